#include "ecosys/output/diff_writer.hpp"

#include "ecosys/output/column_labels.hpp"

#include "util/spreadsheet_guard.hpp"
#include "output/scalar_text.hpp"
#include "util/table.hpp"

namespace ecosys {

namespace {

using ordered_json = nlohmann::ordered_json;


std::string joined(const std::vector<std::string>& items, const std::string& sep, bool markdown = false) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : sep) + (markdown ? detail::markdown_text(s) : s);
    return out.empty() ? "none" : out;
}

std::string tie_text(const TieChange& t) { return t.source + (t.directed ? " → " : " – ") + t.target + " (" + t.type + ")"; }

ordered_json ties_json(const std::vector<TieChange>& ties) {
    ordered_json out = ordered_json::array();
    for (const TieChange& t : ties) {
        ordered_json j{{"source", t.source}, {"target", t.target}, {"type", t.type}};
        if (t.directed) j["directed"] = true;
        out.push_back(std::move(j));
    }
    return out;
}

std::string region_title(const RegionChange& r, Language lang = Language::en) {
    if (r.id == "*") return say(lang, "Whole network", "ネットワーク全体");
    return say(lang, "Region ", "地域 ") + detail::heading_text(r.id) + (r.name.empty() || r.name == r.id ? "" : " (" + detail::heading_text(r.name) + ")");
}

/// Counts of a change in one line: "3 added, 1 removed".
std::string counts(std::size_t added, std::size_t removed, Language lang = Language::en) {
    if (lang == Language::ja) return "追加 " + count_text(lang, added, "件") + "、削除 " + count_text(lang, removed, "件");
    return std::to_string(added) + " added, " + std::to_string(removed) + " removed";
}

constexpr std::size_t listed_ties = 20;   // ties listed in the table; JSON and CSV hold all
constexpr std::size_t compact_keys = 6;   // up to this many region keys: one table, a row per region

}  // namespace

ordered_json diff_to_json(const NetworkDiff& d) {
    ordered_json out;
    out["before"] = d.before_label;
    out["after"] = d.after_label;
    out["notes"] = d.notes;
    out["actors"] = {{"added", d.actors_added}, {"removed", d.actors_removed}};
    out["ties"] = {{"added", ties_json(d.ties_added)}, {"removed", ties_json(d.ties_removed)}};
    ordered_json regions = ordered_json::array();
    for (const RegionChange& r : d.regions) {
        ordered_json before = ordered_json::object(), after = ordered_json::object(), delta = ordered_json::object();
        for (std::size_t i = 0; i < d.keys.size(); ++i) {
            before[d.keys[i]] = detail::scalar_json(r.before[i]);
            after[d.keys[i]] = detail::scalar_json(r.after[i]);
            delta[d.keys[i]] = detail::scalar_json(r.delta[i]);
        }
        regions.push_back({{"id", r.id}, {"name", r.name}, {"before", before}, {"after", after}, {"delta", delta}});
    }
    out["regions"] = std::move(regions);
    ordered_json links = ordered_json::array();
    for (const SectorPairChange& s : d.sector_links)
        links.push_back({{"sectors", {s.first, s.second}}, {"before", s.before}, {"after", s.after}, {"gained", s.gained}, {"lost", s.lost}});
    out["sector_links"] = std::move(links);
    ordered_json brokers = ordered_json::array();
    for (const BrokerChange& b : d.brokers)
        brokers.push_back({{"measure", b.measure}, {"before", b.before}, {"after", b.after}, {"gained", b.gained}, {"lost", b.lost}});
    out["brokers"] = std::move(brokers);
    ordered_json components = ordered_json::array();
    for (const ComponentChange& c : d.changed_component)
        components.push_back({{"actor", c.actor}, {"before", c.before}, {"after", c.after}});
    out["changed_component"] = std::move(components);
    return out;
}

std::string format_diff_json(const NetworkDiff& d) { return diff_to_json(d).dump(2) + "\n"; }

std::string format_diff_csv(const NetworkDiff& d) {
    const auto g = [](const std::string& s) { return detail::guard_spreadsheet_text(s); };
    std::string out = detail::csv_line({"part", "id", "key", "before", "after", "delta"});
    for (const std::string& a : d.actors_added) out += detail::csv_line({"actor_added", g(a), "", "", "", ""});
    for (const std::string& a : d.actors_removed) out += detail::csv_line({"actor_removed", g(a), "", "", "", ""});
    for (const TieChange& t : d.ties_added) out += detail::csv_line({"tie_added", g(t.source + "|" + t.target), g(t.type), "", "", ""});
    for (const TieChange& t : d.ties_removed)
        out += detail::csv_line({"tie_removed", g(t.source + "|" + t.target), g(t.type), "", "", ""});
    for (const RegionChange& r : d.regions)
        for (std::size_t i = 0; i < d.keys.size(); ++i)
            out += detail::csv_line({"region", g(r.id), d.keys[i], detail::scalar_text(r.before[i], false), detail::scalar_text(r.after[i], false), detail::scalar_text(r.delta[i], false)});
    for (const SectorPairChange& s : d.sector_links) {
        const std::string id = g(s.first + "|" + s.second);
        out += detail::csv_line({"sector_link", id, "ties", std::to_string(s.before), std::to_string(s.after),
                                 std::to_string(static_cast<long long>(s.after) - static_cast<long long>(s.before))});
        out += detail::csv_line({"sector_link", id, "gained", "", "", std::to_string(s.gained)});
        out += detail::csv_line({"sector_link", id, "lost", "", "", std::to_string(s.lost)});
    }
    for (const BrokerChange& b : d.brokers) {
        for (const std::string& a : b.gained) out += detail::csv_line({"broker_gained", g(a), b.measure, "", "", ""});
        for (const std::string& a : b.lost) out += detail::csv_line({"broker_lost", g(a), b.measure, "", "", ""});
    }
    for (const ComponentChange& c : d.changed_component)
        out += detail::csv_line({"component", g(c.actor), "component_size", std::to_string(c.before), std::to_string(c.after),
                                 std::to_string(static_cast<long long>(c.after) - static_cast<long long>(c.before))});
    return out;
}

std::string format_diff_table(const NetworkDiff& d, bool wide, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    std::string out = lang == Language::ja ? detail::heading_text(d.before_label) + " から " + detail::heading_text(d.after_label) + " への変化\n"
                                           : "What changed from " + detail::heading_text(d.before_label) + " to " + detail::heading_text(d.after_label) + "\n";
    for (const std::string& n : d.notes) out += T("note: ", "注: ") + n + "\n";
    out += T("\nActors: ", "\nアクター: ") + counts(d.actors_added.size(), d.actors_removed.size(), lang) + "\n";
    out += T("Ties (by pair and type): ", "紐帯 (ペアと種類ごと): ") + counts(d.ties_added.size(), d.ties_removed.size(), lang) + "\n";
    const auto list_ties = [&](const char* marker, std::string what, const std::vector<TieChange>& ties) {
        for (std::size_t i = 0; i < ties.size() && i < listed_ties; ++i) out += std::string("  ") + marker + " " + tie_text(ties[i]) + "\n";
        if (ties.size() > listed_ties)
            out += lang == Language::ja ? "  … ほか" + what + " " + count_text(lang, ties.size() - listed_ties, "件") + " (すべては --format json または csv で)\n"
                                        : "  ... and " + std::to_string(ties.size() - listed_ties) + " more " + what + " (all in --format json or csv)\n";
    };
    list_ties("+", T("added", "追加"), d.ties_added);
    list_ties("-", T("removed", "削除"), d.ties_removed);

    out += T("\nRegion metrics (after - before)\n", "\n地域の指標 (後 - 前)\n");
    if (d.keys.size() <= compact_keys) {
        // Few keys: one row per region, "before -> after" in each cell.
        std::vector<std::string> head{column_heading(lang, "region")};
        for (const std::string& k : d.keys) head.push_back(column_heading(lang, k));
        detail::TextTable t(head);
        for (std::size_t c = 1; c < head.size(); ++c) t.align_right(c);
        for (const RegionChange& r : d.regions) {
            std::vector<std::string> row{r.id == "*" ? T("* (whole)", "* (全体)") : detail::cell_text(r.id, wide)};
            for (std::size_t i = 0; i < d.keys.size(); ++i)
                row.push_back(detail::scalar_text(r.before[i], true) + " → " + detail::scalar_text(r.after[i], true));
            t.add(std::move(row));
        }
        out += t.str("  ");
    }
    // Many keys: one table per region (one row per region would be too wide).
    for (const RegionChange& r : d.regions) {
        if (d.keys.size() <= compact_keys) break;
        out += "\n" + region_title(r, lang) + "\n";
        detail::TextTable t({T("measure", "指標"), T("before", "前"), T("after", "後"), T("change", "変化")});
        for (std::size_t c = 1; c <= 3; ++c) t.align_right(c);
        for (std::size_t i = 0; i < d.keys.size(); ++i)
            t.add({column_heading(lang, d.keys[i]), detail::scalar_text(r.before[i], true), detail::scalar_text(r.after[i], true), detail::delta_text(r.delta[i])});
        out += t.str("  ");
    }

    out += T("\nCross-sector links (collapsed ties between two sectors)\n", "\nセクター間の紐帯 (2つのセクターを結ぶ紐帯、重複は1本)\n");
    detail::TextTable links({T("sectors", "セクター"), T("before", "前"), T("after", "後"), T("gained", "増"), T("lost", "減")});
    for (std::size_t c = 1; c <= 4; ++c) links.align_right(c);
    for (const SectorPairChange& s : d.sector_links)
        links.add({s.first + " – " + s.second, std::to_string(s.before), std::to_string(s.after), "+" + std::to_string(s.gained),
                   "-" + std::to_string(s.lost)});
    out += d.sector_links.empty() ? T("  none\n", "  なし\n") : links.str("  ");

    out += T("\nTop brokers gained and lost\n", "\n上位の仲介者の増減\n");
    for (const BrokerChange& b : d.brokers)
        out += "  " + column_heading(lang, b.measure) + T(": gained ", ": 加わった ") + joined(b.gained, ", ") + T("; lost ", "、外れた ") +
               joined(b.lost, ", ") + "\n";

    out += T("\nActors whose component changed: ", "\n連結成分が変わったアクター: ") + std::to_string(d.changed_component.size()) + "\n";
    for (std::size_t i = 0; i < d.changed_component.size() && i < listed_ties; ++i)
        out += "  " + d.changed_component[i].actor + T(": component of ", ": 連結成分の大きさ ") + std::to_string(d.changed_component[i].before) + " -> " +
               std::to_string(d.changed_component[i].after) + "\n";
    if (d.changed_component.size() > listed_ties)
        out += lang == Language::ja ? "  … ほか " + count_text(lang, d.changed_component.size() - listed_ties, "件") + " (すべては --format json または csv で)\n"
                                    : "  ... and " + std::to_string(d.changed_component.size() - listed_ties) + " more (all in --format json or csv)\n";
    return out;
}

std::string format_diff_markdown(const NetworkDiff& d, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    const auto md = [](const std::string& s) { return detail::markdown_text(s); };
    std::string out = T("# What changed: ", "# 変化: ") + md(d.before_label) + " → " + md(d.after_label) + "\n\n";
    for (const std::string& n : d.notes) out += "> " + md(n) + "\n\n";
    out += T("- Actors: ", "- アクター: ") + counts(d.actors_added.size(), d.actors_removed.size(), lang) + "\n";
    out += T("- Ties (by pair and type): ", "- 紐帯 (ペアと種類ごと): ") + counts(d.ties_added.size(), d.ties_removed.size(), lang) + "\n";
    out += T("- Actors whose component changed: ", "- 連結成分が変わったアクター: ") + std::to_string(d.changed_component.size()) + "\n";
    for (const RegionChange& r : d.regions) {
        out += "\n## " + md(region_title(r, lang)) + T("\n\n| measure | before | after | change |\n|---|---:|---:|---:|\n",
                                                      "\n\n| 指標 | 前 | 後 | 変化 |\n|---|---:|---:|---:|\n");
        for (std::size_t i = 0; i < d.keys.size(); ++i)
            out += "| " + column_heading(lang, d.keys[i]) + " | " + detail::scalar_text(r.before[i], true) + " | " + detail::scalar_text(r.after[i], true) + " | " + detail::delta_text(r.delta[i]) + " |\n";
    }
    out += T("\n## Cross-sector links\n\n| sectors | before | after | gained | lost |\n|---|---:|---:|---:|---:|\n",
             "\n## セクター間の紐帯\n\n| セクター | 前 | 後 | 増 | 減 |\n|---|---:|---:|---:|---:|\n");
    for (const SectorPairChange& s : d.sector_links)
        out += "| " + md(s.first) + " – " + md(s.second) + " | " + std::to_string(s.before) + " | " + std::to_string(s.after) + " | +" +
               std::to_string(s.gained) + " | -" + std::to_string(s.lost) + " |\n";
    out += T("\n## Top brokers\n\n| measure | gained | lost |\n|---|---|---|\n", "\n## 上位の仲介者\n\n| 指標 | 加わった | 外れた |\n|---|---|---|\n");
    for (const BrokerChange& b : d.brokers) out += "| " + column_heading(lang, b.measure) + " | " + joined(b.gained, ", ", true) + " | " + joined(b.lost, ", ", true) + " |\n";
    return out;
}

}  // namespace ecosys
