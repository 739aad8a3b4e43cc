// The CSV folder reader: actors.csv (required), ties.csv, projects.csv,
// participants.csv, sectors.csv and regions.csv, each with a header row.

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <optional>

#include <nlohmann/json.hpp>

#include "ecosys/io/reader.hpp"
#include "io/csv.hpp"
#include "io/io_util.hpp"
#include "io/network_builder.hpp"
#include "io/text_file.hpp"
#include "util/spreadsheet_guard.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::CsvField;
using detail::CsvRow;
using detail::quote;

std::string_view trim_view(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

std::string trim(std::string_view s) { return std::string(trim_view(s)); }
/// A cell's value: trimmed, then without the apostrophe the CSV writer puts
/// before text starting with = + - @ TAB CR (util/spreadsheet_guard.hpp).
std::string_view cell_view(std::string_view s) { return detail::unguard_spreadsheet_view(trim_view(s)); }
/// A field's value: as cell_view, but a quoted field keeps the blanks at its ends (the
/// writer quotes every text with blanks at its ends, so " a " reads back as " a ").
std::string_view cell_view(const CsvField& f) {
    return f.quoted ? detail::unguard_spreadsheet_view(f.value) : cell_view(std::string_view(f.value));
}
std::string cell(const CsvField& f) { return std::string(cell_view(f)); }

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// One CSV file with its header, checked for the columns a table needs; its
/// rows are read one at a time (next()), so the file is never held as strings.
class Table {
public:
    Table(std::string source, std::string_view text, detail::NetworkBuilder& builder,
          std::initializer_list<std::string_view> required, std::initializer_list<std::string_view> optional,
          bool extra_columns_are_attributes)
        : source_(std::move(source)), parser_(text, source_), b_(builder), file_(builder.file(source_)) {
        if (!parser_.next(header_)) {
            b_.error({source_, 1, 1}, "the file is empty; expected a header row with " + list(required));
            ok_ = false;
            return;
        }
        for (std::size_t i = 0; i < header_.fields.size(); ++i) {
            std::string name = lower(cell(header_.fields[i]));  // quoted: blanks at the ends are part of it
            names_.push_back(name);
            if (name.empty()) {
                b_.warning(where(header_.fields[i]), "column " + std::to_string(i + 1) + " has no name in the header; it is ignored");
                continue;
            }
            for (std::size_t j = 0; j < i; ++j)
                if (names_[j] == name) b_.error(where(header_.fields[i]), "duplicate column " + quote(name) + " in the header");
            bool known = false;
            for (auto r : required) known = known || r == name;
            for (auto o : optional) known = known || o == name;
            if (!known && !extra_columns_are_attributes) {
                std::vector<std::string> all(required.begin(), required.end());
                all.insert(all.end(), optional.begin(), optional.end());
                const std::string hint = detail::did_you_mean(name, all);
                b_.warning(where(header_.fields[i]), "column " + quote(name) + " is ignored; known columns are " +
                                                         detail::join_alternatives(all, " and ") +
                                                         hint);
            }
        }
        for (auto r : required) {
            if (column(r) < 0) {
                std::vector<std::string> present;
                for (const auto& n : names_)
                    if (!n.empty()) present.push_back(n);
                b_.error({source_, header_.line, 1}, "missing required column '" + std::string(r) + "'; the header has " +
                                                         (present.empty() ? std::string("no columns") : detail::join_alternatives(present, " and ")));
                ok_ = false;
            }
        }
    }

    bool ok() const { return ok_; }
    /// The next data row; false at the end of the file.
    bool next(CsvRow& row) { return parser_.next(row); }
    /// An upper bound of the rows left, for reserving.
    std::size_t max_rows() const { return parser_.line_ends() + 1; }
    const std::vector<std::string>& names() const { return names_; }
    const std::string& source() const { return source_; }
    int column(std::string_view name) const {
        for (std::size_t i = 0; i < names_.size(); ++i)
            if (names_[i] == name) return static_cast<int>(i);
        return -1;
    }
    Location where(const CsvField& f) const { return {source_, f.line, f.column}; }
    Location where(const CsvRow& r) const { return {source_, r.line, 1}; }
    detail::Place place(const CsvField& f) const { return {file_, f.line, f.column}; }
    detail::Place place(const CsvRow& r) const { return {file_, r.line, 1}; }

    /// The row has as many fields as the header; reports it otherwise.
    bool check_width(const CsvRow& row) {
        if (row.fields.size() == header_.fields.size()) return true;
        b_.error(where(row), "row has " + std::to_string(row.fields.size()) + " fields but the header has " +
                                 std::to_string(header_.fields.size()) + "; quote fields that contain commas");
        return false;
    }

    /// The value of column `name` in `row`, trimmed, or nullopt if the table has no such column.
    std::optional<std::string> get(const CsvRow& row, std::string_view name) const {
        int c = column(name);
        if (c < 0) return std::nullopt;
        return cell(row.fields[c]);
    }
    /// The value in column number `c` (from column()), trimmed and unguarded (cell_view); "" when c < 0.
    static std::string_view view(const CsvRow& row, int c) { return c < 0 ? std::string_view() : cell_view(row.fields[c]); }
    Location where(const CsvRow& row, std::string_view name) const {
        int c = column(name);
        return c < 0 ? where(row) : where(row.fields[c]);
    }
    detail::Place place(const CsvRow& row, int c) const { return c < 0 ? place(row) : place(row.fields[c]); }

private:
    static std::string list(std::initializer_list<std::string_view> names) {
        std::vector<std::string> v(names.begin(), names.end());
        return detail::join_alternatives(v, " and ");
    }
    std::string source_;
    detail::CsvParser parser_;
    detail::NetworkBuilder& b_;
    std::uint32_t file_;
    CsvRow header_;
    std::vector<std::string> names_;
    bool ok_ = true;
};

std::vector<std::string> split_keywords(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find(';', start);
        if (end == std::string::npos) end = s.size();
        std::string k = trim(std::string_view(s).substr(start, end - start));
        if (!k.empty()) out.push_back(k);
        start = end + 1;
    }
    return out;
}

std::optional<int> parse_year(const std::string& text, const Location& at, detail::NetworkBuilder& b) {
    if (text.empty()) return std::nullopt;
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v) || std::floor(v) != v) {
        b.error(at, "year " + quote(text) + " is not an integer");
        return std::nullopt;
    }
    if (v < -9999 || v > 9999) {
        b.error(at, "year " + quote(text) + " is out of range; expected a year between -9999 and 9999");
        return std::nullopt;
    }
    return static_cast<int>(v);
}

/// A programme's regions: ids separated by ';', or, when an id holds ';' (or the list
/// starts with '['), the JSON array the writer wrote instead.
std::vector<std::string> region_list(const std::string& cell) {
    if (!cell.empty() && cell.front() == '[') {
        const nlohmann::json j = nlohmann::json::parse(cell, nullptr, false);
        if (j.is_array() && std::all_of(j.begin(), j.end(), [](const nlohmann::json& x) { return x.is_string(); }))
            return j.get<std::vector<std::string>>();
    }
    return split_keywords(cell);
}

/// An amount of money (funding, budget): empty is "not given"; anything but a finite
/// number >= 0 is an error at `at`.
std::optional<double> parse_amount(const std::string& text, const Location& at, const char* what, detail::NetworkBuilder& b) {
    if (text.empty()) return std::nullopt;
    const std::optional<double> d = detail::parse_double(text);
    if (!d || !std::isfinite(*d) || *d < 0 || *d > detail::max_amount) {
        b.error(at, std::string(what) + " " + quote(text) + " is not an amount; it must be a number from 0 to 1e18 (leave the "
                                                           "cell empty when not known)");
        return std::nullopt;
    }
    return d;
}

/// The files of a CSV folder as views: file name -> content.
using CsvViews = std::map<std::string, std::string_view>;

std::optional<Table> open_table(const CsvViews& files, const std::string& folder, const std::string& file, bool required,
                                detail::NetworkBuilder& b, std::initializer_list<std::string_view> req,
                                std::initializer_list<std::string_view> opt, bool attributes = false) {
    std::string source = folder + "/" + file;
    auto it = files.find(file);
    if (it == files.end()) {
        if (required) b.error({folder, 0, 0}, "no " + file + " in this folder; a CSV network needs at least actors.csv");
        return std::nullopt;
    }
    try {
        return std::optional<Table>(std::in_place, source, it->second, b, req, opt, attributes);
    } catch (const ParseError& e) {
        // Keep going with the other files, so every problem is reported at once.
        for (const Diagnostic& d : e.diagnostics()) b.error(d.where, d.message);
        return std::nullopt;
    }
}

/// Reads the rows of ties.csv straight into the builder.
void read_ties(Table& t, detail::NetworkBuilder& b) {
    const int c_source = t.column("source"), c_target = t.column("target"), c_type = t.column("type"),
              c_weight = t.column("weight"), c_year = t.column("year"), c_directed = t.column("directed");
    b.expect_ties(t.max_rows());
    CsvRow row;
    while (t.next(row)) {
        if (!t.check_width(row)) continue;
        Tie tie;
        tie.type = Table::view(row, c_type);
        const detail::Place at_weight = t.place(row, c_weight);
        bool ok = true;
        if (std::string_view w = Table::view(row, c_weight); !w.empty()) {
            double v = 0;
            auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
            if (ec == std::errc::result_out_of_range) {
                // As every reader (detail::parse_double): 1e-400 is 0, 1e400 is refused.
                const std::optional<double> d = detail::parse_double(w);
                if (d && std::isfinite(*d)) {
                    tie.weight = *d;
                } else {
                    b.error(at_weight, "weight " + quote(w) + " is out of range; weights must be finite numbers >= 0");
                    ok = false;
                }
            } else if (ec != std::errc() || end != w.data() + w.size()) {
                b.error(at_weight, "weight " + quote(w) + " is not a number; weights must be finite numbers >= 0");
                ok = false;
            } else {
                tie.weight = v;
            }
        }
        if (std::string_view y = Table::view(row, c_year); !y.empty())
            tie.year = parse_year(std::string(y), t.where(row, "year"), b);
        if (std::string_view d = Table::view(row, c_directed); !d.empty()) {
            std::string flag = lower(std::string(d));
            if (flag == "true" || flag == "1" || flag == "yes") tie.directed = true;
            else if (flag != "false" && flag != "0" && flag != "no") {
                b.error(t.where(row, "directed"), "directed " + quote(flag) + " is not true or false");
                ok = false;
            }
        }
        if (ok)
            b.add_tie(std::move(tie), Table::view(row, c_source), Table::view(row, c_target), t.place(row),
                      t.place(row, c_source), t.place(row, c_target), at_weight);
    }
}

LoadResult read_csv_views(const CsvViews& files, const std::string& folder) {
    std::string name = std::filesystem::path(folder).filename().string();
    if (name.empty()) name = folder;
    detail::NetworkBuilder b(name);
    CsvRow row;

    if (auto t = open_table(files, folder, "sectors.csv", false, b, {"id"}, {"label", "color"}); t && t->ok()) {
        b.clear_sectors();
        bool have = t->next(row);
        if (!have) b.error({folder + "/sectors.csv", 1, 1}, "sectors.csv declares no sectors; add rows or remove the file for the default four");
        for (; have; have = t->next(row)) {
            if (!t->check_width(row)) continue;
            Sector s{*t->get(row, "id"), t->get(row, "label").value_or(""), t->get(row, "color").value_or("")};
            std::optional<Location> at_color;
            if (!s.color.empty()) at_color = t->where(row, "color");
            b.add_sector(std::move(s), t->where(row, "id"), at_color);
        }
    }
    if (auto t = open_table(files, folder, "regions.csv", false, b, {"id"}, {"name", "parent"}); t && t->ok()) {
        while (t->next(row)) {
            if (!t->check_width(row)) continue;
            Region r{*t->get(row, "id"), t->get(row, "name").value_or(""), t->get(row, "parent").value_or(""), true};
            if (r.id.empty()) {
                b.error(t->where(row, "id"), "region id is empty");
                continue;
            }
            if (r.name.empty()) r.name = r.id;
            b.add_region(std::move(r), t->where(row, "id"));
        }
    }

    static constexpr std::string_view actor_columns[] = {"id", "name", "sector", "region", "kind", "role", "needs", "seeds"};
    if (auto t = open_table(files, folder, "actors.csv", true, b, {"id", "sector"}, {"name", "region", "kind", "role", "needs", "seeds"}, true);
        t && t->ok()) {
        const int c_id = t->column("id"), c_sector = t->column("sector"), c_name = t->column("name"),
                  c_region = t->column("region"), c_kind = t->column("kind"), c_role = t->column("role"),
                  c_needs = t->column("needs"), c_seeds = t->column("seeds");
        std::vector<std::size_t> extra;  // columns kept as attributes
        for (std::size_t c = 0; c < t->names().size(); ++c) {
            const std::string& col = t->names()[c];
            if (col.empty() || std::find(std::begin(actor_columns), std::end(actor_columns), col) != std::end(actor_columns)) continue;
            extra.push_back(c);
        }
        // In key order, so that each actor's attributes are appended, not inserted; keys and
        // equal values held once for the whole table (model/attributes.hpp).
        std::stable_sort(extra.begin(), extra.end(), [&](std::size_t x, std::size_t y) { return t->names()[x] < t->names()[y]; });
        auto pool = std::make_shared<AttributePool>();
        std::vector<std::uint32_t> extra_keys;
        for (std::size_t c : extra) extra_keys.push_back(pool->key(t->names()[c]));
        while (t->next(row)) {
            if (!t->check_width(row)) continue;
            Actor a;
            a.id = Table::view(row, c_id);
            a.sector = Table::view(row, c_sector);
            a.name = Table::view(row, c_name);
            a.region = Table::view(row, c_region);
            a.kind = Table::view(row, c_kind);
            a.role = Table::view(row, c_role);
            if (c_needs >= 0) a.needs = split_keywords(std::string(Table::view(row, c_needs)));
            if (c_seeds >= 0) a.seeds = split_keywords(std::string(Table::view(row, c_seeds)));
            a.attributes = Attributes(pool);
            for (std::size_t i = 0; i < extra.size(); ++i) {
                std::string v = cell(row.fields[extra[i]]);
                if (!v.empty()) a.attributes.set_held(extra_keys[i], pool->value(std::move(v)));
            }
            b.add_actor(std::move(a), t->place(row, c_id), t->place(row, c_sector));
        }
    }

    if (auto t = open_table(files, folder, "ties.csv", false, b, {"source", "target"}, {"type", "weight", "year", "directed"}); t && t->ok())
        read_ties(*t, b);

    bool has_projects = false;
    if (auto t = open_table(files, folder, "programmes.csv", false, b, {"id"}, {"name", "regions", "years", "budget", "currency"});
        t && t->ok()) {
        std::string currency;
        while (t->next(row)) {
            if (!t->check_width(row)) continue;
            Programme g;
            g.id = *t->get(row, "id");
            g.name = t->get(row, "name").value_or("");
            g.regions = region_list(t->get(row, "regions").value_or(""));
            if (const std::string years = t->get(row, "years").value_or(""); !years.empty() &&
                                                                              !detail::parse_programme_years(years, g.from, g.to))
                b.error(t->where(row, "years"), "years " + quote(years) + " of programme " + quote(g.id) +
                                                    " is not a period; write A-B (first and last year, e.g. 2014-2016) or A");
            g.budget = parse_amount(t->get(row, "budget").value_or(""), t->where(row, "budget"), "budget", b);
            // One currency for the whole network: every row that names one names the same.
            if (const std::string c = t->get(row, "currency").value_or(""); !c.empty()) {
                if (currency.empty()) b.set_currency(currency = c);
                else if (c != currency)
                    b.error(t->where(row, "currency"), "currency " + quote(c) + " differs from " + quote(currency) +
                                                           " above; every funding and budget of a network is in one currency");
            }
            if (g.id.empty()) {
                // A row holding only the currency (a network with a currency and no programmes).
                if (g.name.empty() && g.regions.empty() && !g.from && !g.budget) continue;
                b.error(t->where(row, "id"), "programme id is empty");
                continue;
            }
            b.add_programme(std::move(g), t->where(row, "id"));
        }
    }
    if (auto t = open_table(files, folder, "projects.csv", false, b, {"id"},
                            {"name", "type", "year", "region", "end_year", "programme", "funding"});
        t && t->ok()) {
        has_projects = true;
        while (t->next(row)) {
            if (!t->check_width(row)) continue;
            detail::RawProject raw;
            raw.project.id = *t->get(row, "id");
            raw.project.name = t->get(row, "name").value_or("");
            raw.project.type = t->get(row, "type").value_or("");
            raw.project.region = t->get(row, "region").value_or("");
            raw.project.year = parse_year(t->get(row, "year").value_or(""), t->where(row, "year"), b);
            raw.project.end_year = parse_year(t->get(row, "end_year").value_or(""), t->where(row, "end_year"), b);
            raw.project.programme = t->get(row, "programme").value_or("");
            raw.project.funding = parse_amount(t->get(row, "funding").value_or(""), t->where(row, "funding"), "funding", b);
            raw.at = t->where(row);
            raw.at_id = t->where(row, "id");
            if (raw.project.end_year) raw.at_end_year = t->where(row, "end_year");
            if (!raw.project.programme.empty()) raw.at_programme = t->where(row, "programme");
            b.add_project(std::move(raw));
        }
    }
    if (auto t = open_table(files, folder, "participants.csv", false, b, {"project", "actor"}, {"role", "funding"}); t && t->ok()) {
        bool have = t->next(row);
        if (!has_projects && have)
            b.error({folder + "/participants.csv", 1, 1}, "participants.csv needs projects.csv beside it, listing the projects");
        for (; have; have = t->next(row)) {
            if (!t->check_width(row)) continue;
            Participation part;
            part.role = t->get(row, "role").value_or("");
            part.funding = parse_amount(t->get(row, "funding").value_or(""), t->where(row, "funding"), "funding", b);
            b.add_participation(*t->get(row, "project"), t->where(row, "project"), *t->get(row, "actor"), t->where(row, "actor"),
                                std::move(part));
        }
    }
    return b.finish();
}

}  // namespace

LoadResult read_csv_network(const std::filesystem::path& folder) {
    std::string folder_name = folder.generic_string();
    while (folder_name.size() > 1 && folder_name.back() == '/') folder_name.pop_back();
    std::vector<detail::FileText> texts;
    texts.reserve(7);
    CsvViews files;
    for (const char* file : {"sectors.csv", "regions.csv", "programmes.csv", "actors.csv", "ties.csv", "projects.csv",
                             "participants.csv"}) {
        std::error_code ec;
        if (std::filesystem::exists(folder / file, ec)) files[file] = texts.emplace_back(folder / file, folder_name + "/" + file).view();
    }
    return read_csv_views(files, folder_name);
}

LoadResult read_csv_files(const CsvFiles& files, const std::string& folder) {
    CsvViews views;
    for (const auto& [file, text] : files) views[file] = text;
    return read_csv_views(views, folder);
}

}  // namespace ecosys
