// Participation tables -> actors and projects. Rows are grouped by actor and by
// project; ForeignImport maps the sector values (sector map, default sector)
// with the same messages as the graph formats, and the NetworkBuilder checks
// the result.

#include "ecosys/io/participation_table.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

#include "io/csv.hpp"
#include "io/foreign_import.hpp"
#include "io/io_util.hpp"
#include "io/text_file.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::quote;

/// The shape of a value: A for an upper-case ASCII letter, a for lower case, 9 for a
/// digit, any other byte itself ("NA" and "DE" are both "AA", "2019" is "9999").
std::string shape(std::string_view v) {
    std::string out;
    for (char c : v) {
        const auto u = static_cast<unsigned char>(c);
        out += std::isupper(u) ? 'A' : std::islower(u) ? 'a' : std::isdigit(u) ? '9' : c;
    }
    return out;
}

/// Per column: the missing-value tokens met (count, first place) and the shapes of the
/// values kept, to warn when a token looks like the column's data (NA for Namibia).
struct ColumnValues {
    std::map<std::string, std::pair<std::size_t, Location>> dropped;
    std::map<std::string, std::pair<std::size_t, std::string>> shapes;  // shape -> count, an example
};

/// A role as part of an attribute name: lower case, blanks and punctuation as '_'.
std::string role_key(std::string_view role) {
    std::string out;
    for (char c : detail::ascii_lower(detail::trim_blanks(role)))
        out += (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) ? c : '_';
    return "projects_as_" + out;
}

struct ActorRows {
    detail::ForeignNode node;
    std::map<std::string, std::string> first;  // column -> first value, for the conflict check
    std::map<std::string, long long> roles;
    std::map<std::string, std::optional<long long>> topics;  // topic -> earliest year
    std::vector<std::string> topic_order;                     // topics in first-seen order
};

/// The topics of one cell: split at ';', blanks trimmed, empty parts left out.
std::vector<std::string> split_topics(std::string_view cell) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const std::size_t end = std::min(cell.find(';', start), cell.size());
        const std::string_view part = detail::trim_blanks(cell.substr(start, end - start));
        if (!part.empty()) out.emplace_back(part);
        start = end + 1;
    }
    return out;
}

struct ProjectRows {
    detail::RawProject raw;
    std::map<std::string, std::string> first;
};

void warn_na_shapes(detail::ForeignImport& import, const std::vector<std::string>& names, const std::vector<ColumnValues>& seen,
                    const ParticipationOptions& options) {

    for (std::size_t c = 0; c < seen.size(); ++c) {
        const auto& col = seen[c];
        if (col.dropped.empty() || col.shapes.empty()) continue;
        const auto common = std::max_element(col.shapes.begin(), col.shapes.end(),
                                             [](const auto& x, const auto& y) { return x.second.first < y.second.first; });
        for (const auto& [token, d] : col.dropped) {
            if (shape(token) != common->first) continue;
            std::string rest;
            for (const std::string& na : options.na_values)
                if (na != token) rest += (rest.empty() ? "" : ",") + na;
            import.warning(d.second, "column " + quote(names[c]) + ": " + quote(token) + " (" + std::to_string(d.first) +
                                         (d.first == 1 ? " row" : " rows") +
                                         ") was read as a missing value, but it looks like the column's values (such as " +
                                         quote(common->second.second) +
                                         "); if it is data here, leave it out of the missing-value tokens: --na-values " +
                                         quote(rest));
        }
    }
}

/// The programme of each project from the programme tables (a project column and a
/// programme column, as CORDIS's programme_parts.csv): the first row of a project wins;
/// projects with several are counted in one warning.
void read_programme_tables(detail::ForeignImport& import, std::vector<ProjectRows>& projects,
                           const std::unordered_map<std::string, std::size_t>& project_at, const ParticipationOptions& options) {
    std::size_t several = 0;
    Location several_at;
    for (const std::filesystem::path& path : options.programme_tables) {
        const std::string source = path.generic_string();
        const std::string text = detail::read_text_file(path, source);
        std::vector<detail::CsvRow> rows = detail::parse_csv(text, source);
        if (rows.empty()) throw ValidationError({source, 1, 1}, "the programme table is empty");
        std::vector<std::string> names;
        for (const auto& f : rows.front().fields) names.push_back(detail::ascii_lower(detail::trim_blanks(f.value)));
        const auto find = [&](const std::string& wanted, const char* option) {
            const std::string w = detail::ascii_lower(wanted);
            for (std::size_t i = 0; i < names.size(); ++i)
                if (names[i] == w) return i;
            const std::string hint = detail::did_you_mean(w, names);
            throw InputError({source, rows.front().line, 1},
                             std::string(option) + " " + quote(wanted) + " is not a column of the programme table" +
                             hint + "; its header has " +
                             detail::join_alternatives(names, " and "));
        };
        if (options.columns.programme.empty())
            throw UsageError("--programme-table needs --programme-col naming its programme column");
        const std::size_t c_project = find(options.columns.project, "--project-col");
        const std::size_t c_programme = find(options.columns.programme, "--programme-col");
        std::unordered_map<std::string, bool> seen;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const detail::CsvRow& row = rows[r];
            if (row.fields.size() != names.size()) {
                import.error({source, row.line, 1}, "row has " + std::to_string(row.fields.size()) + " fields but the header has " +
                                                        std::to_string(names.size()));
                continue;
            }
            const std::string project(detail::trim_blanks(row.fields[c_project].value));
            const std::string programme(detail::trim_blanks(row.fields[c_programme].value));
            auto it = project_at.find(project);
            if (it == project_at.end() || programme.empty()) continue;  // a project of another table
            Project& p = projects[it->second].raw.project;
            if (p.programme.empty()) {
                p.programme = programme;
            } else if (p.programme != programme && !seen[project]) {
                seen[project] = true;
                if (several++ == 0) several_at = {source, row.line, row.fields[c_programme].column};
            }
        }
    }
    if (several)
        import.warning(several_at, std::to_string(several) + " project" + (several == 1 ? " has" : "s have") +
                                       " more than one programme; each keeps the first listed (a project belongs to one "
                                       "programme here; keep the others as topics with --topic-col)");
}

}  // namespace

LoadResult read_participation_table(std::string_view text, const std::string& source, const ParticipationOptions& options) {
    return read_participation_tables({{text, source}}, options);
}

LoadResult read_participation_tables(const std::vector<ParticipationText>& files, const ParticipationOptions& options) {
    const ParticipationColumns& cols = options.columns;
    if (files.empty()) throw UsageError("no participation table to read");
    const std::string& first_source = files.front().source;
    if (cols.project.empty() || cols.actor.empty())
        throw UsageError("a participation table needs --project-col and --actor-col naming the project and actor id columns");

    ImportOptions import_options;
    import_options.sector_map = options.sector_map;
    import_options.default_sector = options.default_sector;
    import_options.sector_attr = !cols.sector.empty() ? cols.sector : "sector";
    detail::ForeignImport import("participation table", first_source, import_options);
    import.set_vocabulary({"actor", "column", "--sector-col"});
    if (!options.name.empty()) import.set_name(options.name);

    std::vector<ActorRows> actors;
    std::unordered_map<std::string, std::size_t> actor_at;
    std::vector<ProjectRows> projects;
    std::unordered_map<std::string, std::size_t> project_at;
    std::map<std::string, std::pair<std::size_t, Location>> conflicts;  // column -> count, first place
    auto is_na = [&](std::string_view v) {
        return v.empty() || std::find(options.na_values.begin(), options.na_values.end(), v) != options.na_values.end();
    };
    auto note_conflict = [&](std::map<std::string, std::string>& first, const std::string& col, const std::string& value,
                             const Location& at) {
        auto [it, fresh] = first.emplace(col, value);
        if (fresh || it->second == value) return;
        auto& c = conflicts[col];
        if (c.first++ == 0) c.second = at;
    };

    for (const ParticipationText& file : files) {
    const std::string_view text = file.text;
    const std::string& source = file.source;
    std::vector<detail::CsvRow> rows = detail::parse_csv(text, source);
    if (rows.empty())
        throw ValidationError({source, 1, 1}, "the file is empty; expected a header row naming the columns");
    const detail::CsvRow& header = rows.front();
    std::vector<std::string> names;
    for (const auto& f : header.fields) names.push_back(detail::ascii_lower(detail::trim_blanks(f.value)));

    std::vector<Diagnostic> usage;
    auto column = [&](const std::string& wanted, const char* option) -> int {
        if (wanted.empty()) return -1;
        std::string w = detail::ascii_lower(wanted);
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == w) return static_cast<int>(i);
        const std::string hint = detail::did_you_mean(w, names);
        usage.push_back({Diagnostic::Severity::error, {source, header.line, 1},
                         std::string(option) + " " + quote(wanted) + " is not a column of the header" +
                             hint + "; the header has " +
                             detail::join_alternatives(names, " and ")});
        return -1;
    };
    int c_project = column(cols.project, "--project-col");
    int c_actor = column(cols.actor, "--actor-col");
    int c_name = column(cols.actor_name, "--name-col");
    int c_sector = column(cols.sector, "--sector-col");
    int c_region = column(cols.region, "--region-col");
    int c_year = column(cols.year, "--year-col");
    int c_role = column(cols.role, "--role-col");
    int c_pname = column(cols.project_name, "--project-name-col");
    int c_ptype = column(cols.project_type, "--project-type-col");
    int c_topic = column(cols.topic, "--topic-col");
    int c_end = column(cols.end_year, "--end-year-col");
    int c_funding = column(cols.funding, "--funding-col");
    // The programme column is in the programme table when one is given.
    int c_programme = options.programme_tables.empty() ? column(cols.programme, "--programme-col") : -1;
    std::vector<std::pair<std::string, int>> c_attrs;
    for (const std::string& a : cols.actor_attributes) c_attrs.push_back({detail::ascii_lower(a), column(a, "--actor-attr")});
    if (!usage.empty()) throw InputError(std::move(usage));
    if (c_sector < 0 && options.default_sector.empty())
        throw UsageError("every actor needs a sector: name the column with the actor type with --sector-col (the header has " +
                         detail::join_alternatives(names, " and ") + "), or give them all one with --default-sector SECTOR");
    std::vector<ColumnValues> seen(names.size());

    for (std::size_t r = 1; r < rows.size(); ++r) {
        const detail::CsvRow& row = rows[r];
        if (row.fields.size() != header.fields.size()) {
            import.error({source, row.line, 1}, "row has " + std::to_string(row.fields.size()) + " fields but the header has " +
                                                    std::to_string(header.fields.size()) + "; quote fields that contain commas");
            continue;
        }
        auto cell = [&](int c) { return std::string(detail::trim_blanks(row.fields[c].value)); };
        auto at = [&](int c) { return Location{source, row.line, row.fields[c].column}; };
        // A cell of column c is missing when empty or one of --na-values; either way noted.
        auto missing_in = [&](int c) {
            const std::string v = cell(c);
            ColumnValues& col = seen[static_cast<std::size_t>(c)];
            if (!is_na(v)) {
                auto& sh = col.shapes[shape(v)];
                if (sh.first++ == 0) sh.second = v;
                return false;
            }
            if (!v.empty()) {
                auto& d = col.dropped[v];
                if (d.first++ == 0) d.second = at(c);
            }
            return true;
        };
        auto missing = [&](const std::string& v) { return is_na(v); };
        std::string project = cell(c_project), actor = cell(c_actor);
        if (missing(project) || missing(actor)) {
            import.error(at(missing(project) ? c_project : c_actor),
                         std::string(missing(project) ? "project" : "actor") + " id is empty; every row names a project and an actor");
            continue;
        }

        auto [ait, new_actor] = actor_at.emplace(actor, actors.size());
        if (new_actor) {
            ActorRows a;
            a.node.id = actor;
            a.node.at = {source, row.line, 1};
            a.node.at_id = at(c_actor);
            actors.push_back(std::move(a));
        }
        ActorRows& a = actors[ait->second];
        auto actor_value = [&](int c, const std::string& key) {
            if (c < 0 || missing_in(c)) return;
            std::string v = cell(c);
            if (std::none_of(a.node.attrs.begin(), a.node.attrs.end(), [&](const auto& x) { return x.key == key; }))
                a.node.attrs.push_back({key, v, at(c)});
            note_conflict(a.first, names[c], v, at(c));
        };
        actor_value(c_name, "name");
        actor_value(c_sector, import_options.sector_attr);
        actor_value(c_region, "region");
        for (const auto& [key, c] : c_attrs) actor_value(c, key);
        if (c_role >= 0 && !missing_in(c_role)) ++a.roles[cell(c_role)];
        if (c_topic >= 0 && !missing_in(c_topic)) {
            // Each topic with the earliest year of the actor's rows naming it (null: no year).
            std::optional<long long> y;
            if (c_year >= 0 && !missing(cell(c_year))) y = detail::parse_integer(cell(c_year));
            for (const std::string& topic : split_topics(cell(c_topic))) {
                auto [it, fresh] = a.topics.emplace(topic, y);
                if (!fresh && y && (!it->second || *y < *it->second)) it->second = y;
                if (fresh) a.topic_order.push_back(topic);
            }
        }

        auto [pit, new_project] = project_at.emplace(project, projects.size());
        if (new_project) {
            ProjectRows p;
            p.raw.project.id = project;
            p.raw.at = {source, row.line, 1};
            p.raw.at_id = at(c_project);
            projects.push_back(std::move(p));
        }
        ProjectRows& p = projects[pit->second];
        p.raw.participants.emplace_back(actor, at(c_actor));
        Participation part;
        if (c_role >= 0 && !missing(cell(c_role))) part.role = cell(c_role);
        if (c_funding >= 0 && !missing_in(c_funding)) {
            const std::string f = cell(c_funding);
            const std::optional<double> v = detail::parse_double(f);
            if (!v || !std::isfinite(*v) || *v < 0 || *v > detail::max_amount)
                import.error(at(c_funding), "funding " + quote(f) + " is not an amount; it must be a number from 0 to 1e18 (a "
                                                                     "missing amount: an empty cell or one of --na-values)");
            else part.funding = *v;
        }
        p.raw.participations.push_back(std::move(part));
        // A project's year (or end year): the first row's value is kept, later ones must agree.
        auto project_year = [&](int c, const char* what, std::optional<int>& out) {
            if (c < 0 || missing_in(c)) return;
            const std::string y = cell(c);
            auto v = detail::parse_integer(y);
            if (!v || *v < -9999 || *v > 9999) import.error(at(c), std::string(what) + " " + quote(y) + " is not an integer between -9999 and 9999");
            else if (!out) out = static_cast<int>(*v);
            note_conflict(p.first, names[c], y, at(c));
        };
        project_year(c_end, "end year", p.raw.project.end_year);
        if (c_programme >= 0 && !missing_in(c_programme)) {
            if (p.raw.project.programme.empty()) p.raw.project.programme = cell(c_programme);
            note_conflict(p.first, names[c_programme], cell(c_programme), at(c_programme));
        }
        project_year(c_year, "year", p.raw.project.year);
        if (c_pname >= 0 && !missing_in(c_pname)) {
            if (p.raw.project.name.empty()) p.raw.project.name = cell(c_pname);
            note_conflict(p.first, names[c_pname], cell(c_pname), at(c_pname));
        }
        if (c_ptype >= 0 && !missing_in(c_ptype)) {
            if (p.raw.project.type.empty()) p.raw.project.type = cell(c_ptype);
            note_conflict(p.first, names[c_ptype], cell(c_ptype), at(c_ptype));
        }
    }
    // A token dropped as missing in a column whose values mostly have its shape is
    // probably data there: CORDIS writes Namibia's country as NA.
    warn_na_shapes(import, names, seen, options);
    }  // files
    read_programme_tables(import, projects, project_at, options);
    for (const auto& [col, c] : conflicts)
        import.warning(c.second, "column " + quote(col) + " disagrees with an earlier row of the same actor or project here and in " +
                                     std::to_string(c.first - 1) + " more rows; the first value is kept");

    // Co-participation: actors sharing projects, weighted by how many.
    std::map<std::pair<std::size_t, std::size_t>, long long> pairs;
    if (options.co_participation_ties) {
        for (const ProjectRows& p : projects) {
            std::vector<std::size_t> members;
            for (const auto& [id, at] : p.raw.participants) members.push_back(actor_at.at(id));
            std::sort(members.begin(), members.end());
            members.erase(std::unique(members.begin(), members.end()), members.end());
            for (std::size_t i = 0; i < members.size(); ++i)
                for (std::size_t j = i + 1; j < members.size(); ++j) ++pairs[{members[i], members[j]}];
        }
    }

    std::vector<std::string> ids;
    for (const ActorRows& a : actors) ids.push_back(a.node.id);
    for (ActorRows& a : actors) {
        for (const auto& [role, count] : a.roles) a.node.attrs.push_back({role_key(role), count, a.node.at});
        if (!a.topic_order.empty()) {
            nlohmann::json topics = nlohmann::json::object();
            for (const std::string& t : a.topic_order) {
                const auto& y = a.topics.at(t);
                topics[t] = y ? nlohmann::json(*y) : nlohmann::json(nullptr);
            }
            a.node.attrs.push_back({"topics", std::move(topics), a.node.at});
        }
        import.add_node(std::move(a.node));
    }
    for (ProjectRows& p : projects) import.builder().add_project(std::move(p.raw));
    for (const auto& [pair, count] : pairs) {
        detail::ForeignEdge e;
        e.source = ids[pair.first];
        e.target = ids[pair.second];
        e.at = e.at_source = e.at_target = {first_source, 0, 0};
        e.attrs.push_back({"type", "co_participation", e.at});
        e.attrs.push_back({"weight", count, e.at});
        import.add_edge(std::move(e));
    }
    if (!options.currency.empty()) import.builder().set_currency(options.currency);
    return import.finish();
}

LoadResult load_participation_tables(const std::vector<std::filesystem::path>& paths, const ParticipationOptions& options) {
    std::vector<std::string> texts;
    std::vector<ParticipationText> files;
    texts.reserve(paths.size());
    for (const std::filesystem::path& path : paths) {
        const std::string source = path.generic_string();
        texts.push_back(detail::read_text_file(path, source));
        files.push_back({texts.back(), source});
    }
    return read_participation_tables(files, options);
}

LoadResult load_participation_table(const std::filesystem::path& path, const ParticipationOptions& options) {
    std::string source = path.generic_string();
    return read_participation_table(detail::read_text_file(path, source), source, options);
}

}  // namespace ecosys
