#include "ecosys/output/helix_writer.hpp"

#include "ecosys/output/column_labels.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "ecosys/metrics/connector_hubs.hpp"
#include "util/json_number.hpp"
#include "ecosys/output/records.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using ordered_json = nlohmann::ordered_json;

constexpr std::size_t max_name_width = 32;


ordered_json roles_json(const BrokerageCounts& c) {
    ordered_json out = ordered_json::object();
    for (std::size_t r = 0; r < brokerage_role_count; ++r) out[std::string(to_string(static_cast<BrokerageRole>(r)))] = c[r];
    return out;
}

/// {S: {S: value}} over the sectors; `sparse` leaves out zero entries (and empty rows).
ordered_json pair_matrix(const std::vector<std::string>& sectors, const std::vector<std::size_t>& flat, bool sparse) {
    const std::size_t k = sectors.size();
    ordered_json out = ordered_json::object();
    for (std::size_t s = 0; s < k; ++s) {
        ordered_json row = ordered_json::object();
        for (std::size_t t = 0; t < k; ++t)
            if (!sparse || flat[s * k + t] > 0) row[sectors[t]] = flat[s * k + t];
        if (!sparse || !row.empty()) out[sectors[s]] = std::move(row);
    }
    return out;
}

ordered_json synergy_json(const std::optional<SynergyFigures>& s) {
    if (!s) return nullptr;
    ordered_json out;
    out["projects"] = s->projects;
    out["helices"] = s->helices;
    out["t3"] = s->t3;
    out["t4"] = detail::json_or_null(s->t4);
    out["r4"] = detail::json_or_null(s->r4);
    ordered_json triples = ordered_json::array();
    for (const auto& [names, t] : s->triples) triples.push_back({{"helices", names}, {"t", t}});
    out["triples"] = std::move(triples);
    return out;
}

std::string opt_text(const std::optional<double>& x, bool table) {
    if (!x) return table ? "-" : "";
    return table ? detail::significant_number(*x) : detail::shortest_number(*x);
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

std::string links_text(const std::vector<std::pair<std::string, std::string>>& links, const std::string& pair_sep,
                       const std::string& sep) {
    std::vector<std::string> items;
    for (const auto& [s, t] : links) items.push_back(s + pair_sep + t);
    return join(items, sep);
}

std::string three_digits(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g", x);
    return buffer;
}

/// "connector hub" ... of a ConnectorHubRow's role number (1-7, the registry's hub_role).
std::string hub_role_words(int role) { return std::string(role_name(static_cast<HubRole>(role - 1))); }

std::size_t total(const BrokerageCounts& c) { return std::accumulate(c.begin(), c.end(), std::size_t{0}); }

std::string projects_text(const HelixReport& report, Language lang = Language::en) {
    if (lang == Language::ja) {
        if (!report.graph.projects) return "ネットワークの紐帯のみ (プロジェクトは除く)";
        return std::string("ネットワークの紐帯とプロジェクトの紐帯 (参加者の各ペアを結ぶ、") +
               (report.graph.project_weighting == ProjectWeighting::newman ? "プロジェクトごとに重み 1/(k-1)" : "重み = 共同プロジェクト数") + ")";
    }
    if (!report.graph.projects) return "the network's ties only (projects left out)";
    return std::string("the network's ties and its projects' (each pair of participants tied, ") +
           (report.graph.project_weighting == ProjectWeighting::newman ? "weight 1/(k-1) per project"
                                                                        : "weight = shared projects") +
           ")";
}

}  // namespace

ordered_json helix_to_json(const HelixReport& report) {
    const std::vector<std::string>& sectors = report.sectors;
    const std::size_t k = sectors.size();
    ordered_json out;
    out["network"] = report.network;
    out["scope"] = std::string(to_string(report.scope));
    out["weighted"] = report.weighted;
    out["projects"] = {{"as_ties", report.graph.projects},
                       {"weighting", std::string(to_string(report.graph.project_weighting))}};
    out["permutations"] = report.ei.permutations;
    out["seed"] = report.ei.seed;
    out["hub_partition"] = report.hub_partition;
    out["sectors"] = sectors;

    ordered_json regions = ordered_json::array();
    for (const RegionHelix& r : report.regions) {
        ordered_json j;
        j["id"] = r.id;
        j["name"] = r.name;
        j["actors"] = r.actors;
        j["tied_pairs"] = r.ties;
        ordered_json mixing = ordered_json::object(), density = ordered_json::object();
        for (std::size_t s = 0; s < k; ++s) {
            ordered_json row = ordered_json::object(), drow = ordered_json::object();
            for (std::size_t t = 0; t < k; ++t) {
                row[sectors[t]] = r.mixing[s][t];
                drow[sectors[t]] = detail::json_or_null(r.mixing_density[s][t]);
            }
            mixing[sectors[s]] = std::move(row);
            density[sectors[s]] = std::move(drow);
        }
        j["mixing"] = std::move(mixing);
        j["mixing_density"] = std::move(density);
        j["cross_sector_share"] = r.cross_sector_share;
        j["ei_index"] = detail::json_or_null(r.ei_index);
        j["ei_expected"] = detail::json_or_null(r.ei_expected);
        j["ei_p_value"] = detail::json_or_null(r.ei_p_value);
        ordered_json by_sector = ordered_json::object();
        for (std::size_t s = 0; s < k; ++s)
            by_sector[sectors[s]] = {{"ei_index", detail::json_or_null(r.sector_ei[s])},
                                     {"ei_p_value", detail::json_or_null(r.sector_ei_p_value[s])}};
        j["ei_sectors"] = std::move(by_sector);
        j["assortativity"] = detail::json_or_null(r.assortativity);
        j["sectors_present"] = r.sectors_present;
        ordered_json missing = ordered_json::array();
        for (const auto& [s, t] : r.missing_links) missing.push_back({s, t});
        j["missing_links"] = std::move(missing);
        j["multi_sector_share"] = r.multi_sector_share;
        j["brokerage"] = roles_json(r.brokerage);
        j["brokerage_pairs"] = pair_matrix(sectors, r.brokerage_pairs, false);
        ordered_json top = ordered_json::array();
        for (const auto& [id, counts] : r.top_brokers) {
            ordered_json b;
            b["id"] = id;
            b["total"] = total(counts);
            const ordered_json roles = roles_json(counts);
            for (const auto& [role, n] : roles.items()) b[role] = n;
            top.push_back(std::move(b));
        }
        j["top_brokers"] = std::move(top);
        j["synergy"] = synergy_json(r.synergy);
        ordered_json hubs = ordered_json::array();
        for (const ConnectorHubRow& h : r.hubs)
            hubs.push_back({{"id", h.id},
                            {"name", h.name},
                            {"sector", h.sector},
                            {"within_module_z", h.within_module_z},
                            {"participation", h.participation},
                            {"hub_role", h.role},
                            {"role", std::string(hub_role_words(h.role))}});
        j["hubs"] = std::move(hubs);
        regions.push_back(std::move(j));
    }
    out["regions"] = std::move(regions);

    ordered_json actors = ordered_json::array();
    for (const ActorHelix& a : report.actors) {
        ordered_json j;
        j["id"] = a.id;
        j["name"] = a.name;
        j["sector"] = a.sector;
        j["region"] = a.region.empty() ? ordered_json(nullptr) : ordered_json(a.region);
        j["ei_index"] = detail::json_or_null(a.ei_index);
        j["sectors_tied"] = a.measured ? ordered_json(a.sectors_tied) : ordered_json(nullptr);
        j["effective_size"] = detail::json_or_null(a.effective_size);
        j["efficiency"] = detail::json_or_null(a.efficiency);
        j["constraint"] = detail::json_or_null(a.constraint);
        j["hierarchy"] = detail::json_or_null(a.hierarchy);
        j["brokerage"] = a.measured ? roles_json(a.brokerage) : ordered_json(nullptr);
        j["brokered_pairs"] = a.measured ? pair_matrix(sectors, a.brokered_pairs, true) : ordered_json(nullptr);
        actors.push_back(std::move(j));
    }
    out["actors"] = std::move(actors);
    return out;
}

std::string format_helix_json(const HelixReport& report) { return helix_to_json(report).dump(2) + "\n"; }

namespace {

/// Every record of the helix report for programs (CSV), one list of columns for all of
/// them: per region its own record, its sectors' E-I, the mixing and the brokerage
/// between each two sectors and its connector hubs; then the actors. A record fills
/// only its own columns.
Records helix_records(const HelixReport& report) {
    const auto text = [](const char* key) { return RecordColumn(key, RecordKind::text); };
    const auto integer = [](const char* key) { return RecordColumn(key, RecordKind::integer); };
    const auto number = [](const char* key) { return RecordColumn(key, RecordKind::number); };
    Records records{{RecordColumn("record", RecordKind::word), text("region"), text("id"), text("name"), text("sector"), text("to_sector"),
                     integer("actors"), integer("tied_pairs"), number("density"), number("cross_sector_share"), number("ei_index"),
                     number("ei_expected"), number("ei_p_value"), number("assortativity"), RecordColumn("sectors_present", RecordKind::list),
                     RecordColumn("missing_links", RecordKind::list), number("multi_sector_share"), integer("synergy_projects"),
                     number("synergy_t3"), number("synergy_t4"), number("synergy_r4"), integer("brokered"), integer("sectors_tied"),
                     number("effective_size"), number("efficiency"), number("constraint"), number("hierarchy"), integer("coordinator"),
                     integer("itinerant"), integer("representative"), integer("gatekeeper"), integer("liaison"), number("within_module_z"),
                     number("participation"), integer("hub_role")},
                    {}};
    using Cells = std::vector<std::pair<std::string_view, RecordValue>>;
    const auto count = [](std::size_t n) { return RecordValue(static_cast<std::int64_t>(n)); };
    // The five brokerage roles' columns, in BrokerageRole order, and the total.
    const auto roles = [&](Cells& cells, const BrokerageCounts& c) {
        cells.emplace_back("brokered", count(total(c)));
        for (std::size_t r = 0; r < brokerage_role_count; ++r) cells.emplace_back(to_string(static_cast<BrokerageRole>(r)), count(c[r]));
    };
    const std::vector<std::string>& sectors = report.sectors;
    const std::size_t k = sectors.size();
    for (const RegionHelix& r : report.regions) {
        std::vector<std::string> missing;
        for (const auto& [s, t] : r.missing_links) missing.push_back(s + "-" + t);
        const double n = static_cast<double>(r.actors);
        Cells cells{{"record", std::string("region")}, {"region", r.id}, {"name", r.name}, {"actors", count(r.actors)},
                    {"tied_pairs", count(r.ties)},
                    {"density", r.actors > 1 ? RecordValue(2.0 * static_cast<double>(r.ties) / (n * (n - 1.0))) : RecordValue()},
                    {"cross_sector_share", r.cross_sector_share}, {"ei_index", number_or_absent(r.ei_index)},
                    {"ei_expected", number_or_absent(r.ei_expected)}, {"ei_p_value", number_or_absent(r.ei_p_value)},
                    {"assortativity", number_or_absent(r.assortativity)}, {"sectors_present", r.sectors_present},
                    {"missing_links", missing}, {"multi_sector_share", r.multi_sector_share}};
        if (r.synergy) {
            cells.emplace_back("synergy_projects", count(r.synergy->projects));
            cells.emplace_back("synergy_t3", r.synergy->t3);
            cells.emplace_back("synergy_t4", number_or_absent(r.synergy->t4));
            cells.emplace_back("synergy_r4", number_or_absent(r.synergy->r4));
        }
        roles(cells, r.brokerage);
        records.add_keyed(cells);
        for (std::size_t s = 0; s < k; ++s)
            records.add_keyed({{"record", std::string("sector")}, {"region", r.id}, {"sector", sectors[s]},
                               {"ei_index", number_or_absent(r.sector_ei[s])}, {"ei_p_value", number_or_absent(r.sector_ei_p_value[s])}});
        for (std::size_t s = 0; s < k; ++s)
            for (std::size_t t = 0; t < k; ++t)
                records.add_keyed({{"record", std::string("mixing")}, {"region", r.id}, {"sector", sectors[s]}, {"to_sector", sectors[t]},
                                   {"tied_pairs", count(r.mixing[s][t])}, {"density", number_or_absent(r.mixing_density[s][t])}});
        for (std::size_t s = 0; s < k; ++s)
            for (std::size_t t = 0; t < k; ++t)
                records.add_keyed({{"record", std::string("brokerage_pair")}, {"region", r.id}, {"sector", sectors[s]},
                                   {"to_sector", sectors[t]}, {"brokered", count(r.brokerage_pairs[s * k + t])}});
        for (const ConnectorHubRow& h : r.hubs)
            records.add_keyed({{"record", std::string("hub")}, {"region", r.id}, {"id", h.id}, {"name", h.name}, {"sector", h.sector},
                               {"within_module_z", h.within_module_z}, {"participation", h.participation},
                               {"hub_role", static_cast<std::int64_t>(h.role)}});
    }
    for (const ActorHelix& a : report.actors) {
        Cells cells{{"record", std::string("actor")}, {"region", a.region}, {"id", a.id}, {"name", a.name}, {"sector", a.sector}};
        if (a.measured) {
            cells.emplace_back("ei_index", number_or_absent(a.ei_index));
            cells.emplace_back("sectors_tied", count(a.sectors_tied));
            cells.emplace_back("effective_size", number_or_absent(a.effective_size));
            cells.emplace_back("efficiency", number_or_absent(a.efficiency));
            cells.emplace_back("constraint", number_or_absent(a.constraint));
            cells.emplace_back("hierarchy", number_or_absent(a.hierarchy));
            roles(cells, a.brokerage);
        }
        records.add_keyed(cells);
    }
    return records;
}

/// The actors for people: ids, names and regions cut to 32 columns unless wide, the
/// measures under short headings, "-" for an actor not measured.
Records actor_table_records(const HelixReport& report) {
    Records records{{RecordColumn("id", RecordKind::text, "id", "ID").cut_in_tables(max_name_width),
                     RecordColumn("name", RecordKind::text, "name", "名称").cut_in_tables(max_name_width),
                     RecordColumn("sector", RecordKind::text, "sector", "セクター"),
                     RecordColumn("region", RecordKind::text, "region", "地域").cut_in_tables(max_name_width),
                     RecordColumn("ei_index", RecordKind::number, "E-I"), RecordColumn("sectors_tied", RecordKind::integer, "sectors", "セクター数"),
                     RecordColumn("effective_size", RecordKind::number, "eff_size", "実効規模"),
                     RecordColumn("efficiency", RecordKind::number, "efficiency", "効率性"),
                     RecordColumn("constraint", RecordKind::number, "constraint", "制約度"),
                     RecordColumn("hierarchy", RecordKind::number, "hierarchy", "階層度"),
                     RecordColumn("coordinator", RecordKind::integer, "coord", "調整"), RecordColumn("itinerant", RecordKind::integer, "itin", "巡回"),
                     RecordColumn("representative", RecordKind::integer, "repr", "代表"),
                     RecordColumn("gatekeeper", RecordKind::integer, "gate", "門番"), RecordColumn("liaison", RecordKind::integer, "liais", "連絡")},
                    {}};
    for (const ActorHelix& a : report.actors) {
        std::vector<RecordValue> values{a.id, a.name, a.sector, a.region.empty() ? RecordValue() : RecordValue(a.region)};
        if (a.measured) {
            values.push_back(number_or_absent(a.ei_index));
            values.push_back(static_cast<std::int64_t>(a.sectors_tied));
            for (const auto* x : {&a.effective_size, &a.efficiency, &a.constraint, &a.hierarchy}) values.push_back(number_or_absent(*x));
            for (std::size_t role = 0; role < brokerage_role_count; ++role) values.push_back(static_cast<std::int64_t>(a.brokerage[role]));
        }
        values.resize(records.columns.size());
        records.add(std::move(values));
    }
    return records;
}

/// A region's ties between each two sectors: "ties (density)", the density to 3 digits.
Records mixing_records(const HelixReport& report, const RegionHelix& r) {
    Records records{{RecordColumn("", RecordKind::word)}, {}};  // the row's sector, no heading
    for (const std::string& sector : report.sectors) records.columns.push_back(RecordColumn(sector, RecordKind::word, sector).align_right());
    for (std::size_t s = 0; s < report.sectors.size(); ++s) {
        std::vector<RecordValue> values{report.sectors[s]};
        for (std::size_t t = 0; t < report.sectors.size(); ++t)
            values.push_back(std::to_string(r.mixing[s][t]) + " (" +
                             (r.mixing_density[s][t] ? three_digits(*r.mixing_density[s][t]) : "-") + ")");
        records.add(std::move(values));
    }
    return records;
}

}  // namespace

std::string format_helix_csv(const HelixReport& report) { return records_csv(helix_records(report)); }

std::string format_helix_table(const HelixReport& report, bool wide, Language lang) {
    const bool ja = lang == Language::ja;
    const auto T = [lang](std::string_view en, std::string_view jp) { return say(lang, en, jp); };
    const std::vector<std::string>& sectors = report.sectors;
    const std::size_t k = sectors.size();
    std::string out;
    if (ja) {
        out = detail::heading_text(report.network) + " のヘリックス構造 (産学官金の紐帯)\n";
        out += "紐帯: " + projects_text(report, lang) + "、重複する紐帯は1本にまとめる。\n";
        out += "E-I検定: セクターの無作為な付け替え " + count_text(lang, report.ei.permutations, "回") + "、シード " +
               std::to_string(report.ei.seed) + "。バートの指標は" + (report.weighted ? "重み付き" : "重みなし") + "、アクターの値は" +
               (report.scope == MetricScope::network ? "ネットワーク全体で計算" : "各アクターの地域の中で計算") + "。\n";
    } else {
        out = "Helix structure of " + detail::heading_text(report.network) + "\n";
        out += "Ties: " + projects_text(report) + ", parallel ties collapsed.\n";
        out += "E-I test: " + std::to_string(report.ei.permutations) + " random relabellings of the sectors, seed " +
               std::to_string(report.ei.seed) + ". Burt's measures " + (report.weighted ? "weighted" : "unweighted") +
               "; actor figures computed " +
               (report.scope == MetricScope::network ? "on the whole network" : "inside each actor's region") + ".\n";
    }

    for (const RegionHelix& r : report.regions) {
        if (ja)
            out += "\n" + std::string(r.id == "*" ? "ネットワーク全体" : "地域 " + detail::heading_text(r.id)) + " (" +
                   detail::heading_text(r.name) + "): アクター " + count_text(lang, r.actors, "件") + "、紐帯ペア " +
                   count_text(lang, r.ties, "組") + "\n";
        else
            out += "\n" + std::string(r.id == "*" ? "Whole network" : "Region " + detail::heading_text(r.id)) + " (" + detail::heading_text(r.name) + "): " +
                   std::to_string(r.actors) + " actors, " + std::to_string(r.ties) + " tied pairs\n";
        const std::string none = T("none", "なし");
        detail::TextTable facts({"", ""});
        facts.add({T("sectors present", "存在するセクター"), r.sectors_present.empty() ? none : join(r.sectors_present, ", ")});
        facts.add({T("missing links", "欠けているセクター間の紐帯"), r.missing_links.empty() ? none : links_text(r.missing_links, "–", ", ")});
        facts.add({T("cross-sector share", "セクター横断の割合"),
                   ja ? "紐帯の " + detail::significant_number(r.cross_sector_share) + " が異なるセクターを結ぶ"
                      : detail::significant_number(r.cross_sector_share) + " of ties join two sectors"});
        std::string ei = opt_text(r.ei_index, true);
        if (r.ei_index) {
            ei += T(" (expected ", " (無作為なセクターでの期待値 ") + opt_text(r.ei_expected, true) + T(" with random sectors", "");
            if (r.ei_p_value) ei += T(", p = ", "、p = ") + opt_text(r.ei_p_value, true);
            ei += ")";
        }
        facts.add({T("E-I index", "E-I指数"), ei});
        std::vector<std::string> by_sector;
        for (std::size_t s = 0; s < k; ++s)
            if (r.sector_ei[s])
                by_sector.push_back(sectors[s] + " " + opt_text(r.sector_ei[s], true) +
                                    (r.sector_ei_p_value[s] ? " (p " + opt_text(r.sector_ei_p_value[s], true) + ")" : ""));
        facts.add({T("E-I by sector", "セクター別E-I指数"), by_sector.empty() ? "-" : join(by_sector, ", ")});
        facts.add({T("assortativity", "セクター同類性"), opt_text(r.assortativity, true)});
        facts.add({T("multi-sector share", "多セクター接続の割合"),
                   ja ? "アクターの " + detail::significant_number(r.multi_sector_share) + " が3つ以上のセクターと結びつく"
                      : detail::significant_number(r.multi_sector_share) + " of actors tied into 3 or more sectors"});
        if (r.synergy) {
            const SynergyFigures& s = *r.synergy;
            std::string text = "T(" + join({s.helices.begin(), s.helices.begin() + 3}, ",") +
                               ") = " + detail::significant_number(s.t3) + " bits";
            if (s.t4) text += "; T4 = " + opt_text(s.t4, true) + ", R4 = -T4 = " + opt_text(s.r4, true) + " bits";
            text += ja ? " (プロジェクト " + count_text(lang, s.projects, "件") + "、負 = シナジー)"
                       : " (" + std::to_string(s.projects) + " projects; negative = synergy)";
            facts.add({T("synergy", "シナジー"), text});
        } else {
            facts.add({T("synergy", "シナジー"), k < 3 ? T("- (fewer than three sectors)", "- (セクターが3つ未満)")
                                                     : T("- (no projects)", "- (プロジェクトなし)")});
        }
        std::vector<std::string> roles;
        for (std::size_t role = 0; role < brokerage_role_count; ++role)
            roles.push_back(column_heading(lang, to_string(static_cast<BrokerageRole>(role))) + " " + std::to_string(r.brokerage[role]));
        facts.add({T("brokerage", "仲介"), join(roles, ", ")});
        std::string top;
        for (const auto& [id, counts] : r.top_brokers) {
            std::size_t best = 0;
            for (std::size_t role = 1; role < brokerage_role_count; ++role)
                if (counts[role] > counts[best]) best = role;
            top += (top.empty() ? "" : ", ") + id + " " + std::to_string(total(counts)) + T(" (mostly ", " (主に") +
                   column_heading(lang, to_string(static_cast<BrokerageRole>(best))) + ")";
        }
        facts.add({T("top brokers", "主な仲介者"), top.empty() ? none : top});
        std::string hubs;
        for (std::size_t i = 0; i < r.hubs.size() && i < 5; ++i) {
            const ConnectorHubRow& h = r.hubs[i];
            hubs += (hubs.empty() ? "" : ", ") + detail::shorten(h.id, max_name_width) + " (" +
                    (ja ? std::string(role_name_ja(static_cast<HubRole>(h.role - 1))) : hub_role_words(h.role)) + ", z " +
                    three_digits(h.within_module_z) + ", P " + three_digits(h.participation) + ")";
        }
        if (r.hubs.size() > 5) hubs += ja ? " ほか " + std::to_string(r.hubs.size() - 5) + " 件" : " and " + std::to_string(r.hubs.size() - 5) + " more";
        facts.add({T("hubs", "ハブ"), !hubs.empty() ? hubs
                                      : ja ? "なし (" + report.hub_partition + " 内次数の z が 2.5 以上のアクターがない)"
                                           : "none (no actor has within-" + report.hub_partition + " degree z >= 2.5)"});
        const std::string facts_text = facts.str("  ");
        out += facts_text.substr(facts_text.find('\n') + 1);  // no header line

        out += T("  mixing: ties (density)\n", "  セクター間の紐帯: 本数 (密度)\n") + records_table(mixing_records(report, r), lang, wide, "    ");
    }

    out += ja ? "\nアクター (" + count_text(lang, report.actors.size(), "件") + ")\n\n"
              : "\nActors (" + std::to_string(report.actors.size()) + ")\n\n";
    out += records_table(actor_table_records(report), lang, wide);
    return out;
}

}  // namespace ecosys
