#include "ecosys/output/qap_writer.hpp"

#include "util/json_number.hpp"
#include "ecosys/output/records.hpp"
#include "util/spreadsheet_guard.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using ojson = nlohmann::ordered_json;

std::string optional_number(const std::optional<double>& x) { return x ? detail::shortest_number(*x) : std::string(); }
std::string shown(const std::optional<double>& x) { return x ? detail::significant_number(*x) : std::string("-"); }

std::string model_name(QapModel m) { return m == QapModel::logit ? "logit" : "ols"; }
std::string null_name(QapNull n) { return n == QapNull::y ? "y" : "dsp"; }
std::string null_words(QapNull n, Language lang = Language::en) {
    if (lang == Language::ja) return n == QapNull::y ? "y の行と列の並べ替え" : "Dekker の二重半偏回帰";
    return n == QapNull::y ? "permuting y's rows and columns" : "Dekker's double semi-partialling";
}

std::string scope_words(const QapReport& r, bool wide, Language lang = Language::en) {
    if (lang == Language::ja)
        return r.scope == "*" ? "ネットワーク全体" : "地域 " + detail::visible(detail::cell_text(r.scope, wide));
    return r.scope == "*" ? "the whole network" : "region " + detail::visible(detail::cell_text(r.scope, wide));
}

/// The significance stars of a two-sided p-value, as R prints them.
std::string stars(const std::optional<double>& p) {
    if (!p) return "";
    return *p < 0.001 ? "***" : *p < 0.01 ? "**" : *p < 0.05 ? "*" : *p < 0.1 ? "." : "";
}

/// The regression's coefficients as records; the table adds each one's significance stars.
Records coefficient_records(const QapResult& q) {
    Records records{{RecordColumn("term", RecordKind::text).cut_in_tables(), RecordColumn("estimate", RecordKind::number),
                     RecordColumn("std_error", RecordKind::number, "std. error", "標準誤差"),
                     RecordColumn("t", RecordKind::number, q.model == QapModel::logit ? "z" : "t"),
                     RecordColumn("p_greater", RecordKind::number, "p (>=)"), RecordColumn("p_less", RecordKind::number, "p (<=)"),
                     RecordColumn("p_two_sided", RecordKind::number, "p (|t| >=)"),
                     RecordColumn("", RecordKind::word).only(in_table)},  // the stars, with no heading
                    {}};
    for (const QapCoefficient& c : q.coefficients)
        records.add({c.term, c.estimate, c.std_error, c.t, number_or_absent(c.p_greater), number_or_absent(c.p_less),
                     number_or_absent(c.p_two_sided), stars(c.p_two_sided)});
    return records;
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
        j["coefficients"] = records_json(coefficient_records(q));
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
        out += detail::csv_line({detail::guard_spreadsheet_text(r.x.front()), detail::guard_spreadsheet_text(r.y), detail::shortest_number(c.correlation),
                                 std::to_string(c.n_dyads), std::to_string(c.permutations), optional_number(c.p_greater),
                                 optional_number(c.p_less), optional_number(c.p_two_sided)});
        return out;
    }
    return records_csv(coefficient_records(*r.regression));
}

std::string format_qap_table(const QapReport& r, bool wide, Language lang) {
    const bool ja = lang == Language::ja;
    const auto T = [lang](std::string_view en, std::string_view jp) { return say(lang, en, jp); };
    std::string out;
    const std::string net = detail::heading_text(r.network);
    if (r.correlation) {
        const QapCorrelation& c = *r.correlation;
        if (ja)
            out += net + " の" + scope_words(r, wide, lang) + "における " + detail::visible(r.y) + " と " + detail::visible(r.x.front()) +
                   " の QAP 相関: アクター " + count_text(lang, r.actors, "件") + "、" + (r.directed ? "順序付き" : "") + "ペア " +
                   count_text(lang, c.n_dyads, "組") + "\n";
        else
            out += "QAP correlation of " + detail::visible(r.y) + " and " + detail::visible(r.x.front()) + " in " + net + ", " +
                   scope_words(r, wide) + ": " + std::to_string(r.actors) + " actors, " + std::to_string(c.n_dyads) +
                   (r.directed ? " ordered" : "") + " dyads\n";
        out += T("  correlation ", "  相関 ") + detail::significant_number(c.correlation) + "\n";
        if (c.permutations > 0)
            out += "  p (>=) " + shown(c.p_greater) + ", p (<=) " + shown(c.p_less) + ", p (|r| >=) " + shown(c.p_two_sided) +
                   (ja ? "、行と列の同時並べ替え " + count_text(lang, c.permutations, "回") + "から (シード " + std::to_string(r.seed) + ")\n"
                       : " from " + std::to_string(c.permutations) + " joint permutations of rows and columns (seed " +
                             std::to_string(r.seed) + ")\n");
    } else {
        const QapResult& q = *r.regression;
        if (ja)
            out += net + " の" + scope_words(r, wide, lang) + "における " + detail::visible(r.y) + " の QAP " +
                   (q.model == QapModel::logit ? "ロジスティック" : "OLS") + "回帰: アクター " + count_text(lang, r.actors, "件") + "、" +
                   (r.directed ? "順序付き" : "") + "ペア " + count_text(lang, q.n_dyads, "組") + "\n";
        else
            out += "QAP " + std::string(q.model == QapModel::logit ? "logistic" : "OLS") + " regression of " + detail::visible(r.y) +
                   " in " + net + ", " + scope_words(r, wide) + ": " + std::to_string(r.actors) + " actors, " +
                   std::to_string(q.n_dyads) + (r.directed ? " ordered" : "") + " dyads\n";
        if (q.model == QapModel::ols) out += T("  R-squared ", "  決定係数 ") + shown(q.r2) + T(", adjusted ", "、自由度調整済み ") + shown(q.adjusted_r2) + "\n";
        else out += "  AIC " + shown(q.aic) + T(", deviance ", "、逸脱度 ") + shown(q.deviance) + T(" (null ", " (帰無モデル ") + shown(q.null_deviance) + ")\n";
        if (q.permutations > 0)
            out += ja ? std::string("  ") + (q.model == QapModel::logit ? "z" : "t") + " 統計量の p 値: 並べ替え " +
                            count_text(lang, q.permutations, "回") + "、" + null_words(q.null, lang) + " (シード " + std::to_string(r.seed) + ")\n"
                      : "  p-values of the " + std::string(q.model == QapModel::logit ? "z" : "t") + " statistics from " +
                            std::to_string(q.permutations) + " permutations, " + null_words(q.null) + " (seed " + std::to_string(r.seed) +
                            ")\n";
        out += "\n" + records_table(coefficient_records(q), lang, wide, "  ");
        if (q.permutations > 0) out += T("  (*** p < 0.001, ** p < 0.01, * p < 0.05, . p < 0.1; two-sided)\n", "  (*** p < 0.001, ** p < 0.01, * p < 0.05, . p < 0.1、両側)\n");
    }
    for (const std::string& note : r.notes) out += T("note: ", "注: ") + detail::visible(note) + "\n";
    return out;
}

std::string format_qap_markdown(const QapReport& r, Language lang) {
    const bool ja = lang == Language::ja;
    const auto T = [lang](std::string_view en, std::string_view jp) { return say(lang, en, jp); };
    std::string out;
    if (r.correlation) {
        const QapCorrelation& c = *r.correlation;
        out += ja ? "## " + detail::markdown_text(r.y) + " と " + detail::markdown_text(r.x.front()) + " の QAP 相関\n\n"
                  : "## QAP correlation of " + detail::markdown_text(r.y) + " and " + detail::markdown_text(r.x.front()) + "\n\n";
        out += T("| x | y | correlation | dyads | permutations | p (≥) | p (≤) | p (\\|r\\| ≥) |\n",
                 "| x | y | 相関 | ペア数 | 並べ替え数 | p (≥) | p (≤) | p (\\|r\\| ≥) |\n");
        out += "|---|---|---:|---:|---:|---:|---:|---:|\n";
        out += "| " + detail::markdown_text(r.x.front()) + " | " + detail::markdown_text(r.y) + " | " +
               detail::significant_number(c.correlation) + " | " + std::to_string(c.n_dyads) + " | " +
               std::to_string(c.permutations) + " | " + shown(c.p_greater) + " | " + shown(c.p_less) + " | " +
               shown(c.p_two_sided) + " |\n";
    } else {
        const QapResult& q = *r.regression;
        if (ja) {
            out += "## " + detail::markdown_text(r.y) + " の QAP " + (q.model == QapModel::logit ? "ロジスティック" : "OLS") + "回帰\n\n";
            out += "アクター " + count_text(lang, r.actors, "件") + "、ペア " + count_text(lang, q.n_dyads, "組") + "、" +
                   (q.model == QapModel::ols ? "R² " + shown(q.r2) + "、自由度調整済み " + shown(q.adjusted_r2) : "AIC " + shown(q.aic)) +
                   "、並べ替え " + count_text(lang, q.permutations, "回") + "、" + null_words(q.null, lang) + "。\n\n";
        } else {
            out += "## QAP " + std::string(q.model == QapModel::logit ? "logistic" : "OLS") + " regression of " +
                   detail::markdown_text(r.y) + "\n\n";
            out += std::to_string(r.actors) + " actors, " + std::to_string(q.n_dyads) + " dyads; " +
                   (q.model == QapModel::ols ? "R² " + shown(q.r2) + ", adjusted " + shown(q.adjusted_r2)
                                             : "AIC " + shown(q.aic)) +
                   "; " + std::to_string(q.permutations) + " permutations, " + null_words(q.null) + ".\n\n";
        }
        out += T("| term | estimate | std. error | t | p (≥) | p (≤) | p (\\|t\\| ≥) |\n", "| 項 | 推定値 | 標準誤差 | t | p (≥) | p (≤) | p (\\|t\\| ≥) |\n");
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
