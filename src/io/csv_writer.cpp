#include "ecosys/io/csv_writer.hpp"

#include <cmath>
#include <string_view>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "ecosys/io/output_file.hpp"
#include "io/export_util.hpp"
#include "io/io_util.hpp"
#include "util/spreadsheet_guard.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

/// One line of cells, each written as it is (numbers) or already guarded (text).
std::string line(const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        out += detail::csv_field(cells[i]);
    }
    return out + "\n";
}

/// One line of text cells, each guarded against formula injection (util/spreadsheet_guard.hpp).
std::string row(std::vector<std::string> cells) {
    for (std::string& c : cells) c = detail::guard_spreadsheet_text(c);
    return line(cells);
}

std::string keywords(const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) out += (i ? ";" : "") + words[i];
    return out;
}

/// A programme's regions for programmes.csv: separated by ';', or as a JSON array when
/// an id holds ';' or the list would start with '[' (the reader takes both).
std::string region_list(const std::vector<std::string>& ids) {
    bool plain = ids.empty() || ids.front().empty() || ids.front().front() != '[';
    for (const std::string& id : ids)
        plain = plain && !id.empty() && id.find(';') == std::string::npos && id.front() != ' ' && id.front() != '\t' &&
                id.back() != ' ' && id.back() != '\t';
    if (plain) return keywords(ids);
    return nlohmann::json(ids).dump();
}

}  // namespace

CsvFiles write_csv_files(const Network& net, const std::string& folder, WriteWarnings& warnings) {
    detail::WriteNotes notes(folder, warnings);
    CsvFiles files;

    std::string sectors = row({"id", "label", "color"});
    for (const Sector& s : net.sectors) sectors += row({s.id, s.label, s.color});
    files["sectors.csv"] = sectors;

    std::string regions = row({"id", "name", "parent"});
    for (const Region& r : net.regions)
        if (r.declared) regions += row({r.id, r.name == r.id ? "" : r.name, r.parent});
    files["regions.csv"] = regions;

    // Attribute columns: the CSV reader lower-cases column names and treats the
    // fields' names as fields, so other names are kept apart with "attr_".
    std::vector<std::string> header = {"id", "name", "sector", "region", "kind", "role", "needs", "seeds"};
    std::vector<std::pair<std::string, std::string>> attrs;  // column, attribute key
    std::unordered_set<std::string_view> keys_seen;             // keys in attrs (views into the pools)
    for (const Actor& a : net.actors) {
        for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it) {
            if (!keys_seen.insert(it.key()).second) continue;
            std::string column = detail::ascii_lower(it.key());
            if (column != it.key())
                notes.warn("case " + it.key(), "attribute " + detail::quote(it.key()) + " is written as column " + detail::quote(column) +
                                                   ": CSV folders read column names in lower case");
            bool taken = column.empty();
            for (const std::string& h : header) taken = taken || h == column;
            for (const auto& [c, k] : attrs) taken = taken || c == column;
            if (taken) {
                column = "attr_" + column;
                notes.warn("renamed " + it.key(), "attribute " + detail::quote(it.key()) + " is written as column " + detail::quote(column));
            }
            attrs.push_back({column, it.key()});
            header.push_back(column);
        }
    }
    bool typed = false;
    std::string actors = row(header);
    for (const Actor& a : net.actors) {
        std::vector<std::string> cells;
        for (const std::string& field : {a.id, a.name == a.id ? std::string() : a.name, a.sector, a.region, a.kind, a.role,
                                         keywords(a.needs), keywords(a.seeds)})
            cells.push_back(detail::guard_spreadsheet_text(field));
        for (const auto& [column, key] : attrs) {
            auto it = a.attributes.find(key);
            if (it == a.attributes.end() || it->is_null()) {
                cells.emplace_back();
                continue;
            }
            typed = typed || !it->is_string();
            // Numbers and booleans stay as written (-3 is a number, not a formula).
            cells.push_back(it->is_string() ? detail::guard_spreadsheet_text(detail::scalar_text(*it)) : detail::scalar_text(*it));
        }
        actors += line(cells);
    }
    files["actors.csv"] = actors;
    if (typed) notes.warn("typed", "a CSV folder keeps attribute values as text: numbers and booleans read back as strings");

    std::string ties = row({"source", "target", "type", "weight", "year", "directed"});
    for (const Tie& t : net.ties)
        ties += line({detail::guard_spreadsheet_text(net.actors.at(t.source).id), detail::guard_spreadsheet_text(net.actors.at(t.target).id),
                      detail::guard_spreadsheet_text(t.type), detail::format_double(t.weight), t.year ? std::to_string(*t.year) : "",
                      t.directed ? "true" : "false"});
    files["ties.csv"] = ties;

    // The programme columns only when some project has them: older folders stay as they were.
    bool funded = false, detailed = false;
    for (const Project& p : net.projects) {
        funded = funded || p.end_year || !p.programme.empty() || p.funding;
        detailed = detailed || !p.participations.empty();
    }
    // 318000 rather than 3.18e+05, as people write amounts; the value reads back the same.
    const auto amount = [](const std::optional<double>& x) {
        if (!x) return std::string();
        if (std::floor(*x) == *x && std::fabs(*x) < 1e15) return std::to_string(static_cast<long long>(*x));
        return detail::format_double(*x);
    };
    std::vector<std::string> project_head = {"id", "name", "type", "year", "region"};
    if (funded) project_head.insert(project_head.end(), {"end_year", "programme", "funding"});
    std::string projects = row(project_head);
    std::string participants = detailed ? row({"project", "actor", "role", "funding"}) : row({"project", "actor"});
    for (const Project& p : net.projects) {
        std::vector<std::string> cells = {detail::guard_spreadsheet_text(p.id), detail::guard_spreadsheet_text(p.name),
                                          detail::guard_spreadsheet_text(p.type), p.year ? std::to_string(*p.year) : "",
                                          detail::guard_spreadsheet_text(p.region)};
        if (funded)
            cells.insert(cells.end(), {p.end_year ? std::to_string(*p.end_year) : "", detail::guard_spreadsheet_text(p.programme),
                                       amount(p.funding)});
        projects += line(cells);
        for (std::size_t k = 0; k < p.participants.size(); ++k) {
            const std::string& actor = net.actors.at(p.participants[k]).id;
            if (!detailed) {
                participants += row({p.id, actor});
                continue;
            }
            const Participation& part = p.participation(k);
            participants += line({detail::guard_spreadsheet_text(p.id), detail::guard_spreadsheet_text(actor),
                                  detail::guard_spreadsheet_text(part.role), amount(part.funding)});
        }
    }
    files["projects.csv"] = projects;
    files["participants.csv"] = participants;
    if (!net.programmes.empty() || !net.currency.empty()) {
        std::string programmes = row({"id", "name", "regions", "years", "budget", "currency"});
        for (const Programme& g : net.programmes)
            programmes += line({detail::guard_spreadsheet_text(g.id), detail::guard_spreadsheet_text(g.name),
                                detail::guard_spreadsheet_text(region_list(g.regions)),
                                g.from && g.to ? std::to_string(*g.from) + "-" + std::to_string(*g.to) : "",
                                amount(g.budget), detail::guard_spreadsheet_text(net.currency)});
        // A currency without programmes still needs a row to live in.
        if (net.programmes.empty()) programmes += line({"", "", "", "", "", detail::guard_spreadsheet_text(net.currency)});
        files["programmes.csv"] = programmes;
    }
    // Lines end in LF, so every CR LF is inside a quoted cell: the reader reads it back as
    // LF (as it must for a file whose line ends were all turned to CR LF). Say so.
    for (const auto& [file, content] : files) {
        std::size_t crlf = 0;
        for (std::size_t at = content.find("\r\n"); at != std::string::npos; at = content.find("\r\n", at + 2)) ++crlf;
        if (crlf > 0)
            notes.warn("crlf " + file, file + ": " + std::to_string(crlf) + " line break" + (crlf == 1 ? "" : "s") +
                                           " written as CR LF inside cells will read back as LF (the CSV reader takes CR LF "
                                           "for a line end); JSON keeps them");
    }
    return files;
}

WriteWarnings write_csv_network(const Network& network, const std::filesystem::path& folder, const ExportOptions& options) {
    WriteWarnings warnings;
    std::string name = folder.generic_string();
    while (name.size() > 1 && name.back() == '/') name.pop_back();
    CsvFiles files = write_csv_files(network, name, warnings);
    if (options.bom)
        for (auto& [file, content] : files) content.insert(0, "\xEF\xBB\xBF");
    if (!network.name.empty() && network.name != std::filesystem::path(name).filename().string())
        warnings.push_back({Diagnostic::Severity::warning, {name, 0, 0},
                            "the network's name " + detail::quote(network.name) +
                                " is not written: a CSV folder takes its name from the folder"});
    std::error_code ec;
    if (std::filesystem::exists(folder, ec) && !std::filesystem::is_directory(folder, ec))
        throw OutputError("cannot write " + name + ": it is a file, and a CSV network is a folder");
    std::vector<std::pair<std::filesystem::path, std::string_view>> outputs;
    for (const auto& [file, content] : files) outputs.emplace_back(folder / file, content);
    // A programmes.csv left by an earlier write would be read back with this network:
    // removed under the same lock as the tables are replaced.
    std::vector<std::filesystem::path> stale;
    if (!files.count("programmes.csv")) stale.push_back(folder / "programmes.csv");
    write_files_atomically(outputs, stale);
    return warnings;
}

}  // namespace ecosys
