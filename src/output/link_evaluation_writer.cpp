// Writing an EvaluationReport as JSON, CSV, an aligned text table or Markdown.
#include <nlohmann/json.hpp>

#include "ecosys/output/link_evaluation_writer.hpp"
#include "util/table.hpp"

namespace ecosys {

namespace {

std::string summary(const EvaluationReport& r, Language lang = Language::en) {
    if (lang == Language::ja)
        return "リンク予測の評価: " + std::to_string(r.train_until) + " 年までの紐帯とプロジェクトで学習 (アクター " +
               count_text(lang, r.training_actors, "件") + "、紐帯ペア " + count_text(lang, r.training_edges, "組") +
               ")、結びついていない " + count_text(lang, r.candidates, "組") + "のうち後に結びつく " + count_text(lang, r.positives, "組") +
               "で検証 (負例はすべて、標本抽出なし)。match が読むのは " + r.keywords +
               (r.undated ? "。年のない紐帯・プロジェクト " + count_text(lang, r.undated, "件") + "は除外" : std::string()) + "\n";
    return "Link prediction evaluated: trained on ties and projects up to " + std::to_string(r.train_until) + " (" +
           std::to_string(r.training_actors) + " actors, " + std::to_string(r.training_edges) + " tied pairs), tested on the " +
           std::to_string(r.positives) + " of " + std::to_string(r.candidates) +
           " untied pairs that tie later (all negatives, no sampling); match reads " + r.keywords +
           (r.undated ? "; " + std::to_string(r.undated) + " undated ties or projects left out" : std::string()) + "\n";
}

}  // namespace

std::string format_evaluation_json(const EvaluationReport& r) {
    nlohmann::ordered_json j;
    j["network"] = r.network;
    j["train_until"] = r.train_until;
    j["training_actors"] = r.training_actors;
    j["training_edges"] = r.training_edges;
    j["candidates"] = r.candidates;
    j["positives"] = r.positives;
    j["undated"] = r.undated;
    j["keywords"] = r.keywords;
    j["negatives"] = "all";
    j["methods"] = nlohmann::ordered_json::array();
    for (const MethodEvaluation& m : r.methods)
        j["methods"].push_back({{"method", m.method},
                                {"auc", m.auc},
                                {"average_precision", m.average_precision},
                                {"precision_at_10", m.precision_at_10},
                                {"precision_at_100", m.precision_at_100},
                                {"precision_at_1000", m.precision_at_1000}});
    return j.dump(2) + "\n";
}

std::string format_evaluation_csv(const EvaluationReport& r) {
    std::string out = detail::csv_line({"method", "auc", "average_precision", "precision_at_10", "precision_at_100", "precision_at_1000"});
    for (const MethodEvaluation& m : r.methods)
        out += detail::csv_line({m.method, detail::shortest_number(m.auc), detail::shortest_number(m.average_precision),
                                 detail::shortest_number(m.precision_at_10), detail::shortest_number(m.precision_at_100),
                                 detail::shortest_number(m.precision_at_1000)});
    return out;
}

std::string format_evaluation_table(const EvaluationReport& r, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    detail::TextTable t({T("method", "手法"), "AUC", T("average precision", "平均適合率"), T("precision@10", "適合率@10"),
                         T("precision@100", "適合率@100"), T("precision@1000", "適合率@1000")});
    for (std::size_t c = 1; c < 6; ++c) t.align_right(c);
    for (const MethodEvaluation& m : r.methods)
        t.add({m.method, detail::significant_number(m.auc), detail::significant_number(m.average_precision),
               detail::significant_number(m.precision_at_10), detail::significant_number(m.precision_at_100),
               detail::significant_number(m.precision_at_1000)});
    return summary(r, lang) + t.str();
}

std::string format_evaluation_markdown(const EvaluationReport& r, Language lang) {
    auto f = [](double x) { return detail::significant_number(x); };
    std::string out = summary(r, lang) + say(lang, "\n| method | AUC | average precision | precision@10 | precision@100 | precision@1000 |\n",
                                             "\n| 手法 | AUC | 平均適合率 | 適合率@10 | 適合率@100 | 適合率@1000 |\n") +
                      "|---|---:|---:|---:|---:|---:|\n";
    for (const MethodEvaluation& m : r.methods)
        out += "| " + m.method + " | " + f(m.auc) + " | " + f(m.average_precision) + " | " + f(m.precision_at_10) + " | " +
               f(m.precision_at_100) + " | " + f(m.precision_at_1000) + " |\n";
    return out;
}

}  // namespace ecosys
