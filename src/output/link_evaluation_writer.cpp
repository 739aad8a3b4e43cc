// Writing an EvaluationReport as JSON, CSV, an aligned text table or Markdown.
#include <nlohmann/json.hpp>

#include "ecosys/output/link_evaluation_writer.hpp"
#include "ecosys/output/records.hpp"
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

/// One record per method: its AUC, average precision and precision among the top 10, 100, 1000.
Records method_records(const EvaluationReport& r) {
    Records records{{RecordColumn("method", RecordKind::word, "method", "手法"), RecordColumn("auc", RecordKind::number, "AUC"),
                     RecordColumn("average_precision", RecordKind::number, "average precision", "平均適合率"),
                     RecordColumn("precision_at_10", RecordKind::number, "precision@10", "適合率@10"),
                     RecordColumn("precision_at_100", RecordKind::number, "precision@100", "適合率@100"),
                     RecordColumn("precision_at_1000", RecordKind::number, "precision@1000", "適合率@1000")},
                    {}};
    for (const MethodEvaluation& m : r.methods)
        records.add({m.method, m.auc, m.average_precision, m.precision_at_10, m.precision_at_100, m.precision_at_1000});
    return records;
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
    j["methods"] = records_json(method_records(r));
    return j.dump(2) + "\n";
}

std::string format_evaluation_csv(const EvaluationReport& r) { return records_csv(method_records(r)); }

std::string format_evaluation_table(const EvaluationReport& r, Language lang) { return summary(r, lang) + records_table(method_records(r), lang); }

std::string format_evaluation_markdown(const EvaluationReport& r, Language lang) {
    return summary(r, lang) + "\n" + records_markdown(method_records(r), lang);
}

}  // namespace ecosys
