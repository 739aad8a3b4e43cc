#include "ecosys/output/column_labels.hpp"

#include <utility>
#include <vector>

#include "ecosys/analysis/registry.hpp"

namespace ecosys {

namespace {

/// The Japanese of the columns that are not metrics (docs/glossary-ja.md, "Table columns").
constexpr std::pair<std::string_view, std::string_view> fixed_columns[] = {
    {"record", "種別"}, {"id", "ID"}, {"name", "名称"}, {"sector", "セクター"}, {"region", "地域"},
    {"network", "ネットワーク"}, {"year", "年"}, {"to_sector", "相手セクター"}, {"expected", "期待値"},
    {"ei_expected", "E-I指数の期待値"}, {"assortativity", "セクター同類性"}, {"sectors_present", "存在するセクター"},
    {"missing_links", "欠けているセクター間の紐帯"}, {"synergy_projects", "シナジーのプロジェクト数"},
    {"synergy_r4", "シナジー R4"}, {"brokered", "仲介数"}, {"sectors_tied", "結びつくセクター数"},
    {"effective_size", "実効規模"}, {"efficiency", "効率性"}, {"constraint", "制約度"}, {"hierarchy", "階層度"},
    {"coordinator", "調整者"}, {"itinerant", "巡回仲介者"}, {"representative", "代表者"}, {"gatekeeper", "門番"},
    {"liaison", "連絡者"}, {"goal", "目的"}, {"k", "k"}, {"set", "集合"}, {"score", "スコア"}, {"exact", "厳密解"},
    {"upper_bound", "上限"}, {"candidates", "候補数"}, {"restarts", "再試行数"},
    {"restarts_at_best", "最良に達した再試行数"}, {"worst_restart_score", "再試行の最低スコア"}, {"note", "注記"},
    {"measure", "指標"}, {"before", "前"}, {"after", "後"}, {"delta", "差"}, {"change", "変化"}, {"part", "部分"},
    {"key", "キー"}, {"section", "区分"}, {"group", "群"}, {"treated", "対象"}, {"pre", "事業前"}, {"post", "事業後"},
    {"control_pre", "対照群の事業前"}, {"control_post", "対照群の事業後"}, {"did", "差の差 (DiD)"},
    {"p_value", "p値"}, {"assignments", "割り当て数"}, {"share_again", "再共同の割合"}, {"x", "説明変数"},
    {"y", "被説明変数"}, {"correlation", "相関"}, {"n_dyads", "ペア数"}, {"permutations", "置換数"},
    {"p_greater", "p (以上)"}, {"p_less", "p (以下)"}, {"p_two_sided", "p (両側)"}, {"term", "項"},
    {"estimate", "推定値"}, {"std_error", "標準誤差"}, {"t", "t"}, {"z", "z"}, {"rank", "順位"}, {"actor", "アクター"},
    {"role", "役割"}, {"fragmentation_before", "除去前の分断度"}, {"fragmentation_after", "除去後の分断度"},
    {"damage", "損失"}, {"components_before", "除去前の連結成分数"}, {"components_after", "除去後の連結成分数"},
    {"cut_off", "切り離されるアクター"}, {"need", "ニーズ"}, {"seed", "シーズ"}, {"need_region", "ニーズの地域"},
    {"seed_region", "シーズの地域"}, {"cross_region", "地域をまたぐ"}, {"similarity", "類似度"}, {"distance", "距離"},
    {"jaccard", "ジャッカード係数"}, {"shared", "共通キーワード"}, {"introduction", "紹介経路"}, {"source", "始点"},
    {"target", "終点"}, {"tied", "紐帯あり"}, {"method", "手法"}, {"auc", "AUC"},
    {"average_precision", "平均適合率"}, {"precision_at_10", "上位10件の適合率"},
    {"precision_at_100", "上位100件の適合率"}, {"precision_at_1000", "上位1000件の適合率"}, {"pairs", "ペア数"}, {"edge_betweenness", "辺媒介中心性"},
    {"bridge", "ブリッジ"},
};

/// Suffixes of keys (CSV) and of headings (tables), with their Japanese.
constexpr std::pair<std::string_view, std::string_view> suffixes[] = {
    {"_cug_p_greater", " CUG p (以上)"}, {"_cug_p_less", " CUG p (以下)"}, {"_z_error", " zの標準誤差"},
    {"_rank", " 順位"}, {"_z", " z"}, {" CUG p", " CUG p"}, {" z", " z"}, {"_before", " (前)"}, {"_after", " (後)"},
};

/// The Japanese of `key` without a suffix; empty when there is none.
std::string_view japanese_of(std::string_view key) {
    if (const MetricInfo* m = find_metric(key); m && !m->label_ja.empty()) return m->label_ja;
    for (const auto& [en, ja] : fixed_columns)
        if (en == key) return ja;
    return {};
}

std::string japanese_heading(std::string_view key) {
    if (std::string_view ja = japanese_of(key); !ja.empty()) return std::string(ja);
    for (const auto& [en, ja] : suffixes)
        if (key.size() > en.size() && key.substr(key.size() - en.size()) == en)
            if (std::string_view base = japanese_of(key.substr(0, key.size() - en.size())); !base.empty())
                return std::string(base) + std::string(ja);
    return {};
}

/// The fields of one CSV line (RFC 4180 quotes).
std::vector<std::string> csv_fields(std::string_view line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c != '"') fields.back() += c;
            else if (i + 1 < line.size() && line[i + 1] == '"') fields.back() += '"', ++i;
            else quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::span<const std::pair<std::string_view, std::string_view>> fixed_column_headings() { return fixed_columns; }

std::string column_heading(Language language, std::string_view key) {
    if (language == Language::en) return std::string(key);
    std::string ja = japanese_heading(key);
    return ja.empty() ? std::string(key) : ja;
}

bool has_japanese_heading(std::string_view key) { return !japanese_heading(key).empty(); }

std::string with_japanese_header_row(std::string csv) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    const std::size_t start = csv.compare(0, bom.size(), bom) == 0 ? bom.size() : 0;
    const std::size_t end = csv.find('\n', start);
    const std::string_view header = std::string_view(csv).substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::string row;
    for (const std::string& key : csv_fields(header)) {
        if (!row.empty()) row += ',';
        row += csv_field(column_heading(Language::ja, key));
    }
    csv.insert(start, row + "\n");
    return csv;
}

}  // namespace ecosys
