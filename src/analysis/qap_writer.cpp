#include "ecosys/analysis/qap_writer.hpp"

#include "util/json_number.hpp"
#include "util/spreadsheet_guard.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using ojson = nlohmann::ordered_json;

std::string number(double x) { return detail::shortest_number(x); }
std::string optional_number(const std::optional<double>& x) { return x ? number(*x) : std::string(); }
std::string shown(const std::optional<double>& x) { return x ? detail::significant_number(*x) : std::string("-"); }

std::string model_name(QapModel m) { return m == QapModel::logit ? "logit" : "ols"; }
std::string null_name(QapNull n) { return n == QapNull::y ? "y" : "dsp"; }
std::string null_words(QapNull n) {
    return n == QapNull::y ? "permuting y's rows and columns" : "Dekker's double semi-partialling";
}

std::string scope_words(const QapReport& r, bool wide) {
    return r.scope == "*" ? "the whole network" : "region " + detail::visible(detail::cell_text(r.scope, wide));
}

/// The significance stars of a two-sided p-value, as R prints them.
std::string stars(const std::optional<double>& p) {
    if (!p) return "";
    return *p < 0.001 ? "***" : *p < 0.01 ? "**" : *p < 0.05 ? "*" : *p < 0.1 ? "." : "";
}

}  // namespace

ojson qap_to_json(const QapReport& r) {
    ojson j;
    j["network"] = r.network;
    j["scope"] = r.scope;
    j["actors"] = r.actors;
    j["directed"] = r.directed;
    j["y"] = r.y;
    if (r.correlation) {
        const QapCorrelation& c = *r.correlation;
        j["x"] = r.x.front();
        j["null"] = "y";
        j["n_dyads"] = c.n_dyads;
        j["permutations"] = c.permutations;
        j["seed"] = r.seed;
        j["correlation"] = c.correlation;
        j["p_greater"] = detail::json_or_null(c.p_greater);
        j["p_less"] = detail::json_or_null(c.p_less);
        j["p_two_sided"] = detail::json_or_null(c.p_two_sided);
    } else if (r.regression) {
        const QapResult& q = *r.regression;
        j["model"] = model_name(q.model);
        j["null"] = null_name(q.null);
        j["n_dyads"] = q.n_dyads;
        j["permutations"] = q.permutations;
        j["seed"] = r.seed;
        if (q.model == QapModel::ols) {
            j["r2"] = detail::json_or_null(q.r2);
            j["adjusted_r2"] = detail::json_or_null(q.adjusted_r2);
        } else {
            j["aic"] = detail::json_or_null(q.aic);
            j["deviance"] = detail::json_or_null(q.deviance);
            j["null_deviance"] = detail::json_or_null(q.null_deviance);
        }
        ojson terms = ojson::array();
        for (const QapCoefficient& c : q.coefficients) {
            ojson t;
            t["term"] = c.term;
            t["estimate"] = c.estimate;
            t["std_error"] = c.std_error;
            t["t"] = c.t;
            t["p_greater"] = detail::json_or_null(c.p_greater);
            t["p_less"] = detail::json_or_null(c.p_less);
            t["p_two_sided"] = detail::json_or_null(c.p_two_sided);
            terms.push_back(std::move(t));
        }
        j["coefficients"] = std::move(terms);
    }
    j["notes"] = r.notes;
    return j;
}

std::string format_qap_json(const QapReport& report) { return qap_to_json(report).dump(2) + "\n"; }

std::string format_qap_csv(const QapReport& r) {
    std::string out;
    if (r.correlation) {
        const QapCorrelation& c = *r.correlation;
        out += detail::csv_line({"x", "y", "correlation", "n_dyads", "permutations", "p_greater", "p_less", "p_two_sided"});
        out += detail::csv_line({detail::guard_spreadsheet_text(r.x.front()), detail::guard_spreadsheet_text(r.y), number(c.correlation),
                                 std::to_string(c.n_dyads), std::to_string(c.permutations), optional_number(c.p_greater),
                                 optional_number(c.p_less), optional_number(c.p_two_sided)});
        return out;
    }
    out += detail::csv_line({"term", "estimate", "std_error", "t", "p_greater", "p_less", "p_two_sided"});
    for (const QapCoefficient& c : r.regression->coefficients)
        out += detail::csv_line({detail::guard_spreadsheet_text(c.term), number(c.estimate), number(c.std_error), number(c.t),
                                 optional_number(c.p_greater), optional_number(c.p_less), optional_number(c.p_two_sided)});
    return out;
}

std::string format_qap_table(const QapReport& r, bool wide) {
    std::string out;
    const std::string net = detail::heading_text(r.network);
    if (r.correlation) {
        const QapCorrelation& c = *r.correlation;
        out += "QAP correlation of " + detail::visible(r.y) + " and " + detail::visible(r.x.front()) + " in " + net + ", " +
               scope_words(r, wide) + ": " + std::to_string(r.actors) + " actors, " + std::to_string(c.n_dyads) +
               (r.directed ? " ordered" : "") + " dyads\n";
        out += "  correlation " + detail::significant_number(c.correlation) + "\n";
        if (c.permutations > 0)
            out += "  p (>=) " + shown(c.p_greater) + ", p (<=) " + shown(c.p_less) + ", p (|r| >=) " + shown(c.p_two_sided) +
                   " from " + std::to_string(c.permutations) + " joint permutations of rows and columns (seed " +
                   std::to_string(r.seed) + ")\n";
    } else {
        const QapResult& q = *r.regression;
        out += "QAP " + std::string(q.model == QapModel::logit ? "logistic" : "OLS") + " regression of " + detail::visible(r.y) +
               " in " + net + ", " + scope_words(r, wide) + ": " + std::to_string(r.actors) + " actors, " +
               std::to_string(q.n_dyads) + (r.directed ? " ordered" : "") + " dyads\n";
        if (q.model == QapModel::ols) out += "  R-squared " + shown(q.r2) + ", adjusted " + shown(q.adjusted_r2) + "\n";
        else out += "  AIC " + shown(q.aic) + ", deviance " + shown(q.deviance) + " (null " + shown(q.null_deviance) + ")\n";
        if (q.permutations > 0)
            out += "  p-values of the " + std::string(q.model == QapModel::logit ? "z" : "t") + " statistics from " +
                   std::to_string(q.permutations) + " permutations, " + null_words(q.null) + " (seed " + std::to_string(r.seed) +
                   ")\n";
        detail::TextTable t({"term", "estimate", "std. error", q.model == QapModel::logit ? "z" : "t", "p (>=)", "p (<=)",
                             "p (|t| >=)", ""});
        for (std::size_t c = 1; c <= 6; ++c) t.align_right(c);
        for (const QapCoefficient& c : q.coefficients)
            t.add({detail::cell_text(c.term, wide), detail::significant_number(c.estimate), detail::significant_number(c.std_error),
                   detail::significant_number(c.t), shown(c.p_greater), shown(c.p_less), shown(c.p_two_sided),
                   stars(c.p_two_sided)});
        out += "\n" + t.str("  ");
        if (q.permutations > 0) out += "  (*** p < 0.001, ** p < 0.01, * p < 0.05, . p < 0.1; two-sided)\n";
    }
    for (const std::string& note : r.notes) out += "note: " + detail::visible(note) + "\n";
    return out;
}

std::string format_qap_markdown(const QapReport& r) {
    std::string out;
    if (r.correlation) {
        const QapCorrelation& c = *r.correlation;
        out += "## QAP correlation of " + detail::markdown_text(r.y) + " and " + detail::markdown_text(r.x.front()) + "\n\n";
        out += "| x | y | correlation | dyads | permutations | p (≥) | p (≤) | p (\\|r\\| ≥) |\n";
        out += "|---|---|---:|---:|---:|---:|---:|---:|\n";
        out += "| " + detail::markdown_text(r.x.front()) + " | " + detail::markdown_text(r.y) + " | " +
               detail::significant_number(c.correlation) + " | " + std::to_string(c.n_dyads) + " | " +
               std::to_string(c.permutations) + " | " + shown(c.p_greater) + " | " + shown(c.p_less) + " | " +
               shown(c.p_two_sided) + " |\n";
    } else {
        const QapResult& q = *r.regression;
        out += "## QAP " + std::string(q.model == QapModel::logit ? "logistic" : "OLS") + " regression of " +
               detail::markdown_text(r.y) + "\n\n";
        out += std::to_string(r.actors) + " actors, " + std::to_string(q.n_dyads) + " dyads; " +
               (q.model == QapModel::ols ? "R² " + shown(q.r2) + ", adjusted " + shown(q.adjusted_r2)
                                         : "AIC " + shown(q.aic)) +
               "; " + std::to_string(q.permutations) + " permutations, " + null_words(q.null) + ".\n\n";
        out += "| term | estimate | std. error | t | p (≥) | p (≤) | p (\\|t\\| ≥) |\n";
        out += "|---|---:|---:|---:|---:|---:|---:|\n";
        for (const QapCoefficient& c : q.coefficients)
            out += "| " + detail::markdown_text(c.term) + " | " + detail::significant_number(c.estimate) + " | " +
                   detail::significant_number(c.std_error) + " | " + detail::significant_number(c.t) + " | " +
                   shown(c.p_greater) + " | " + shown(c.p_less) + " | " + shown(c.p_two_sided) + " |\n";
    }
    for (const std::string& note : r.notes) out += "\n> " + detail::markdown_text(note) + "\n";
    return out;
}

}  // namespace ecosys
