#include "ecosys/output/whatif_writer.hpp"

#include "ecosys/output/column_labels.hpp"

#include <type_traits>

#include "ecosys/output/records.hpp"
#include "util/spreadsheet_guard.hpp"
#include "output/scalar_text.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using ordered_json = nlohmann::ordered_json;


std::string pairs_text(const std::vector<std::pair<std::string, std::string>>& pairs, const std::string& join,
                       const std::string& sep) {
    std::vector<std::string> items;
    for (const auto& [a, b] : pairs) items.push_back(a + join + b);
    return detail::join(items, sep);
}

ordered_json removal_options(const Removal& r) {
    ordered_json o = ordered_json::object();
    if (!r.actors.empty()) o["remove_actors"] = r.actors;
    if (!r.role.empty()) o["remove_role"] = r.role;
    if (!r.kind.empty()) o["remove_kind"] = r.kind;
    if (!r.sector.empty()) o["remove_sector"] = r.sector;
    if (!r.tie_type.empty()) o["remove_tie_type"] = r.tie_type;
    if (!r.projects.empty()) o["remove_project"] = r.projects;
    if (!r.project_type.empty()) o["remove_project_type"] = r.project_type;
    if (r.after_year) o["after_year"] = *r.after_year;
    return o;
}

/// One line saying what was removed.
std::string removed_line(const WhatIfReport& report, Language lang = Language::en) {
    const bool ja = lang == Language::ja;
    std::string line = ja ? "取り除いたもの: アクター " + count_text(lang, report.removed_actors.size(), "件")
                          : "Removed: " + std::to_string(report.removed_actors.size()) + " actors";
    if (!report.removed_actors.empty() && report.removed_actors.size() <= 12)
    {
        std::vector<std::string> ids;  // cut like table cells: a long id must not flood the line
        for (const std::string& id : report.removed_actors) ids.push_back(detail::cell_text(id));
        line += " (" + detail::join(ids, ", ") + ")";
    }
    line += ja ? "、紐帯 " + count_text(lang, report.removed_ties, "本") + "、プロジェクト " + count_text(lang, report.removed_projects.size(), "件")
               : ", " + std::to_string(report.removed_ties) + " ties, " + std::to_string(report.removed_projects.size()) + " projects";
    if (!report.removed_projects.empty() && report.removed_projects.size() <= 12)
        line += " (" + detail::join(report.removed_projects, ", ") + ")";
    return line + "\n";
}

std::string list_or_none(const std::string& s, Language lang = Language::en) {
    return s.empty() ? say(lang, "none", "なし") : s;
}

std::string whole_or_region(const std::string& id, Language lang) {
    return id == "*" ? say(lang, "Whole network", "ネットワーク全体") : say(lang, "Region ", "地域 ") + detail::heading_text(id);
}

}  // namespace

ordered_json whatif_to_json(const WhatIfReport& report) {
    ordered_json j;
    j["network"] = report.network;
    j["removed"] = {{"actors", report.removed_actors},
                    {"ties", report.removed_ties},
                    {"projects", report.removed_projects},
                    {"options", removal_options(report.removal)}};
    j["regions"] = ordered_json::array();
    for (const WhatIfRegion& r : report.regions) {
        ordered_json row;
        row["id"] = r.id;
        row["name"] = r.name;
        for (const char* part : {"before", "after", "delta"}) {
            const auto& values = std::string(part) == "before" ? r.before : std::string(part) == "after" ? r.after : r.delta;
            ordered_json o = ordered_json::object();
            for (std::size_t i = 0; i < report.keys.size(); ++i) o[report.keys[i]] = detail::scalar_json(values[i]);
            row[part] = std::move(o);
        }
        row["cut_off"] = r.cut_off;
        row["lost_sector_links"] = ordered_json::array();
        for (const auto& [a, b] : r.lost_sector_links) row["lost_sector_links"].push_back({a, b});
        row["min_cut_after"] = ordered_json::array();
        for (const auto& [a, b] : r.min_cut_after) row["min_cut_after"].push_back({a, b});
        row["top_brokers_before"] = r.top_brokers_before;
        row["top_brokers_after"] = r.top_brokers_after;
        j["regions"].push_back(std::move(row));
    }
    if (report.pair) {
        j["pair"] = {{"a", report.pair->a},
                     {"b", report.pair->b},
                     {"disjoint_paths_before", report.pair->before},
                     {"disjoint_paths_after", report.pair->after ? ordered_json(*report.pair->after) : ordered_json(nullptr)}};
    }
    return j;
}

std::string format_whatif_json(const WhatIfReport& report) { return whatif_to_json(report).dump(2) + "\n"; }

std::string format_whatif_csv(const WhatIfReport& report) {
    std::string out = detail::csv_line({"region", "measure", "before", "after", "delta"});
    for (const WhatIfRegion& r : report.regions) {
        const std::string id = detail::guard_spreadsheet_text(r.id);
        for (std::size_t i = 0; i < report.keys.size(); ++i)
            out += detail::csv_line({id, report.keys[i], detail::scalar_text(r.before[i], false), detail::scalar_text(r.after[i], false),
                                     detail::scalar_text(r.delta[i], false)});
        out += detail::csv_line({id, "cut_off", "", detail::guard_spreadsheet_text(detail::join(r.cut_off, ";")), ""});
        out += detail::csv_line({id, "lost_sector_links", "", pairs_text(r.lost_sector_links, "|", ";"), ""});
        out += detail::csv_line({id, "min_cut_after", "", detail::guard_spreadsheet_text(pairs_text(r.min_cut_after, "|", ";")), ""});
        out += detail::csv_line({id, "top_brokers", detail::guard_spreadsheet_text(detail::join(r.top_brokers_before, ";")),
                                 detail::guard_spreadsheet_text(detail::join(r.top_brokers_after, ";")), ""});
    }
    if (report.pair) {
        const std::string after = report.pair->after ? std::to_string(*report.pair->after) : "";
        out += detail::csv_line({"*", "pair_disjoint_paths", std::to_string(report.pair->before), after,
                                 report.pair->after ? std::to_string(static_cast<long long>(*report.pair->after) -
                                                                     static_cast<long long>(report.pair->before))
                                                    : ""});
    }
    return out;
}

std::string format_whatif_table(const WhatIfReport& report, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    std::string out = removed_line(report, lang);
    for (const WhatIfRegion& r : report.regions) {
        out += "\n" + whole_or_region(r.id, lang) + (r.name.empty() || r.name == r.id ? "" : " (" + detail::heading_text(r.name) + ")") + "\n";
        out += records_table(detail::change_records(report.keys, r.before, r.after, r.delta, lang), lang, false, "  ");
        out += T("  cut off from the largest component: ", "  最大連結成分から切り離されるアクター: ") + list_or_none(detail::join(r.cut_off, ", "), lang) + "\n";
        out += T("  sector pairs that lost their last tie: ", "  最後の紐帯を失うセクターの組: ") +
               list_or_none(pairs_text(r.lost_sector_links, "–", ", "), lang) + "\n";
        out += T("  ties whose loss would split it now: ", "  失うと今度は分断される紐帯: ") + list_or_none(pairs_text(r.min_cut_after, "–", ", "), lang) + "\n";
        out += T("  top brokers after: ", "  後の上位の仲介者: ") + list_or_none(detail::join(r.top_brokers_after, ", "), lang) + "\n";
    }
    if (report.pair) {
        out += T("\nActor-disjoint paths ", "\nアクターを共有しない経路 ") + report.pair->a + " – " + report.pair->b + ": " +
               std::to_string(report.pair->before) + T(" before, ", " (前)、") +
               (report.pair->after ? std::to_string(*report.pair->after) : T("- (removed)", "- (取り除いた)")) + T(" after\n", " (後)\n");
    }
    return out;
}

std::string format_whatif_markdown(const WhatIfReport& report, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    std::string out = T("# What if: ", "# もしも: ") + detail::heading_text(report.network) + "\n\n" + removed_line(report, lang);
    for (const WhatIfRegion& r : report.regions) {
        out += "\n## " + (r.id == "*" ? T("Whole network", "ネットワーク全体") : detail::heading_text(r.name) + " (`" + detail::heading_text(r.id) + "`)") + "\n\n";
        out += records_markdown(detail::change_records(report.keys, r.before, r.after, r.delta, lang), lang);
        out += T("\n- Cut off from the largest component: ", "\n- 最大連結成分から切り離されるアクター: ") + list_or_none(detail::join(r.cut_off, ", "), lang) + "\n";
        out += T("- Sector pairs that lost their last tie: ", "- 最後の紐帯を失うセクターの組: ") +
               list_or_none(pairs_text(r.lost_sector_links, "–", ", "), lang) + "\n";
        out += T("- Ties whose loss would split it now: ", "- 失うと今度は分断される紐帯: ") + list_or_none(pairs_text(r.min_cut_after, "–", ", "), lang) + "\n";
        out += T("- Top brokers after: ", "- 後の上位の仲介者: ") + list_or_none(detail::join(r.top_brokers_after, ", "), lang) + "\n";
    }
    if (report.pair)
        out += T("\nActor-disjoint paths ", "\nアクターを共有しない経路 ") + report.pair->a + " – " + report.pair->b + ": " +
               std::to_string(report.pair->before) + T(" before, ", " (前)、") +
               (report.pair->after ? std::to_string(*report.pair->after) : T("- (removed)", "- (取り除いた)")) + T(" after\n", " (後)\n");
    return out;
}

std::string format_dependence_json(const DependenceReport& report) {
    ordered_json j;
    j["network"] = report.network;
    j["role"] = report.role.empty() ? ordered_json(nullptr) : ordered_json(report.role);
    j["regions"] = ordered_json::array();
    for (const DependenceRegion& r : report.regions) {
        ordered_json region{{"id", r.id}, {"name", r.name}, {"actors", ordered_json::array()}};
        for (const DependenceRow& a : r.rows)
            region["actors"].push_back({{"id", a.actor},
                                        {"name", a.name},
                                        {"role", a.role},
                                        {"fragmentation_before", a.fragmentation_before},
                                        {"fragmentation_after", a.fragmentation_after},
                                        {"damage", a.damage()},
                                        {"components_before", a.components_before},
                                        {"components_after", a.components_after},
                                        {"cut_off", a.cut_off}});
        j["regions"].push_back(std::move(region));
    }
    return j.dump(2) + "\n";
}

std::string format_dependence_csv(const DependenceReport& report) {
    Records records{{RecordColumn("region", RecordKind::text), RecordColumn("rank", RecordKind::integer), RecordColumn("actor", RecordKind::text),
                     RecordColumn("name", RecordKind::text), RecordColumn("role", RecordKind::word),
                     RecordColumn("fragmentation_before", RecordKind::number), RecordColumn("fragmentation_after", RecordKind::number),
                     RecordColumn("damage", RecordKind::number), RecordColumn("components_before", RecordKind::integer),
                     RecordColumn("components_after", RecordKind::integer), RecordColumn("cut_off", RecordKind::integer).in_units("actors")},
                    {}};
    const auto count = [](std::size_t n) { return RecordValue(static_cast<std::int64_t>(n)); };
    for (const DependenceRegion& r : report.regions)
        for (std::size_t i = 0; i < r.rows.size(); ++i) {
            const DependenceRow& a = r.rows[i];
            records.add({r.id, count(i + 1), a.actor, a.name, a.role, a.fragmentation_before, a.fragmentation_after, a.damage(),
                         count(a.components_before), count(a.components_after), count(a.cut_off)});
        }
    return records_csv(records);
}

std::string format_dependence_table(const DependenceReport& report, bool wide, Language lang) {
    const bool ja = lang == Language::ja;
    const auto T = [lang](std::string_view en, std::string_view jp) { return say(lang, en, jp); };
    const std::string who_kind = report.role.empty() ? T("actor", "アクター") : detail::heading_text(report.role);
    std::string out = ja ? who_kind + " を1つずつ取り除いたときの依存度 (損失: 分断度の上昇)\n"
                         : "Dependence on each " + who_kind + ", removed one at a time (damage: rise in fragmentation)\n";
    for (const DependenceRegion& r : report.regions) {
        if (r.rows.empty()) continue;
        out += "\n" + whole_or_region(r.id, lang) + "\n";
        detail::TextTable t({"#", T("actor", "アクター"), T("damage", "損失"), T("fragmentation after", "除去後の分断度"),
                             T("components after", "除去後の連結成分数"), T("cut off", "切り離される数")});
        for (std::size_t c : {0, 2, 3, 4, 5}) t.align_right(c);
        for (std::size_t i = 0; i < r.rows.size(); ++i) {
            const DependenceRow& a = r.rows[i];
            const std::string who = a.actor == a.name ? a.actor : a.actor + " " + a.name;
            t.add({std::to_string(i + 1), wide ? who : detail::shorten(who, 50),
                   detail::significant_number(a.damage()), detail::significant_number(a.fragmentation_after),
                   std::to_string(a.components_after), std::to_string(a.cut_off)});
        }
        out += t.str("  ");
    }
    return out;
}

std::string format_dependence_markdown(const DependenceReport& report, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view jp) { return say(lang, en, jp); };
    const std::string who_kind = report.role.empty() ? T("actor", "アクター") : report.role;
    std::string out = lang == Language::ja ? "# " + who_kind + " ごとの依存度\n" : "# Dependence on each " + who_kind + "\n";
    for (const DependenceRegion& r : report.regions) {
        if (r.rows.empty()) continue;
        out += "\n## " + (r.id == "*" ? T("Whole network", "ネットワーク全体") : detail::heading_text(r.name) + " (`" + detail::heading_text(r.id) + "`)") + "\n\n";
        out += T("| # | actor | damage | fragmentation after | components after | cut off |\n|---:|---|---:|---:|---:|---:|\n",
                 "| # | アクター | 損失 | 除去後の分断度 | 除去後の連結成分数 | 切り離される数 |\n|---:|---|---:|---:|---:|---:|\n");
        for (std::size_t i = 0; i < r.rows.size(); ++i) {
            const DependenceRow& a = r.rows[i];
            out += "| " + std::to_string(i + 1) + " | " + a.actor + " | " + detail::significant_number(a.damage()) + " | " +
                   detail::significant_number(a.fragmentation_after) + " | " + std::to_string(a.components_after) +
                   " | " + std::to_string(a.cut_off) + " |\n";
        }
    }
    return out;
}

}  // namespace ecosys
