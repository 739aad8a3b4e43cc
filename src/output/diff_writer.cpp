#include "ecosys/output/diff_writer.hpp"

#include "ecosys/output/column_labels.hpp"

#include "ecosys/output/records.hpp"
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

RecordValue count_value(std::size_t n) { return static_cast<std::int64_t>(n); }
RecordValue change_value(std::size_t before, std::size_t after) {
    return static_cast<std::int64_t>(static_cast<long long>(after) - static_cast<long long>(before));
}

/// Every change as a record for programs (CSV): part, id, key, before, after, delta.
Records change_records(const NetworkDiff& d) {
    Records records{{RecordColumn("part", RecordKind::word), RecordColumn("id", RecordKind::text), RecordColumn("key", RecordKind::text),
                     RecordColumn("before", RecordKind::number), RecordColumn("after", RecordKind::number),
                     RecordColumn("delta", RecordKind::number)},
                    {}};
    const RecordValue none;
    for (const std::string& a : d.actors_added) records.add({std::string("actor_added"), a, none, none, none, none});
    for (const std::string& a : d.actors_removed) records.add({std::string("actor_removed"), a, none, none, none, none});
    for (const TieChange& t : d.ties_added) records.add({std::string("tie_added"), t.source + "|" + t.target, t.type, none, none, none});
    for (const TieChange& t : d.ties_removed) records.add({std::string("tie_removed"), t.source + "|" + t.target, t.type, none, none, none});
    for (const RegionChange& r : d.regions)
        for (std::size_t i = 0; i < d.keys.size(); ++i)
            records.add({std::string("region"), r.id, d.keys[i], detail::scalar_value(r.before[i]), detail::scalar_value(r.after[i]),
                         detail::scalar_value(r.delta[i])});
    for (const SectorPairChange& s : d.sector_links) {
        const std::string id = s.first + "|" + s.second;
        records.add({std::string("sector_link"), id, std::string("ties"), count_value(s.before), count_value(s.after), change_value(s.before, s.after)});
        records.add({std::string("sector_link"), id, std::string("gained"), none, none, count_value(s.gained)});
        records.add({std::string("sector_link"), id, std::string("lost"), none, none, count_value(s.lost)});
    }
    for (const BrokerChange& b : d.brokers) {
        for (const std::string& a : b.gained) records.add({std::string("broker_gained"), a, b.measure, none, none, none});
        for (const std::string& a : b.lost) records.add({std::string("broker_lost"), a, b.measure, none, none, none});
    }
    for (const ComponentChange& c : d.changed_component)
        records.add({std::string("component"), c.actor, std::string("component_size"), count_value(c.before), count_value(c.after),
                     change_value(c.before, c.after)});
    return records;
}

/// Every region in one table for people, a cell "before → after" per metric (few keys).
Records compact_region_records(const NetworkDiff& d, Language lang) {
    Records records{{RecordColumn("region", RecordKind::text).cut_in_tables()}, {}};
    for (const std::string& k : d.keys) records.columns.push_back(RecordColumn(k, RecordKind::word).align_right());
    for (const RegionChange& r : d.regions) {
        std::vector<RecordValue> values{r.id == "*" ? say(lang, "* (whole)", "* (全体)") : r.id};
        for (std::size_t i = 0; i < d.keys.size(); ++i)
            values.push_back(detail::scalar_text(r.before[i], true) + " → " + detail::scalar_text(r.after[i], true));
        records.add(std::move(values));
    }
    return records;
}

/// The links between two sectors for people: the pair, ties before and after, "+gained", "-lost".
Records sector_link_records(const NetworkDiff& d) {
    Records records{{RecordColumn("sectors", RecordKind::text, "sectors", "セクター"), RecordColumn("before", RecordKind::integer),
                     RecordColumn("after", RecordKind::integer), RecordColumn("gained", RecordKind::word, "gained", "増").align_right(),
                     RecordColumn("lost", RecordKind::word, "lost", "減").align_right()},
                    {}};
    for (const SectorPairChange& s : d.sector_links)
        records.add({s.first + " – " + s.second, count_value(s.before), count_value(s.after), "+" + std::to_string(s.gained),
                     "-" + std::to_string(s.lost)});
    return records;
}

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

std::string format_diff_csv(const NetworkDiff& d) { return records_csv(change_records(d)); }

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
        out += records_table(compact_region_records(d, lang), lang, wide, "  ");
    } else {
        // Many keys: one table per region (one row per region would be too wide).
        for (const RegionChange& r : d.regions)
            out += "\n" + region_title(r, lang) + "\n" + records_table(detail::change_records(d.keys, r.before, r.after, r.delta, lang), lang, wide, "  ");
    }

    out += T("\nCross-sector links (collapsed ties between two sectors)\n", "\nセクター間の紐帯 (2つのセクターを結ぶ紐帯、重複は1本)\n");
    out += d.sector_links.empty() ? T("  none\n", "  なし\n") : records_table(sector_link_records(d), lang, wide, "  ");

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
    for (const RegionChange& r : d.regions)
        out += "\n## " + md(region_title(r, lang)) + "\n\n" + records_markdown(detail::change_records(d.keys, r.before, r.after, r.delta, lang), lang);
    out += T("\n## Cross-sector links\n\n", "\n## セクター間の紐帯\n\n") + records_markdown(sector_link_records(d), lang);
    out += T("\n## Top brokers\n\n| measure | gained | lost |\n|---|---|---|\n", "\n## 上位の仲介者\n\n| 指標 | 加わった | 外れた |\n|---|---|---|\n");
    for (const BrokerChange& b : d.brokers) out += "| " + column_heading(lang, b.measure) + " | " + joined(b.gained, ", ", true) + " | " + joined(b.lost, ", ", true) + " |\n";
    return out;
}

}  // namespace ecosys
