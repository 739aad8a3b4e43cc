#include "ecosys/io/pair_list.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "ecosys/error.hpp"
#include "io/csv.hpp"
#include "io/io_util.hpp"
#include "io/text_file.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

struct ColumnTable {
    std::vector<detail::CsvRow> rows;
    std::vector<int> columns;  // index of each wanted column
};

ColumnTable read_table(const std::filesystem::path& path, const std::string& source, const std::vector<std::string>& wanted) {
    ColumnTable t;
    t.rows = detail::parse_csv(detail::read_text_file(path, source), source);
    if (t.rows.empty())
        throw InputError({source, 1, 1},
                         "the file is empty; expected a header row with the columns " + detail::join_alternatives(wanted, " and "));
    std::vector<std::string> names;
    for (const auto& f : t.rows[0].fields) names.push_back(detail::ascii_lower(detail::trim_blanks(f.value)));
    std::vector<Diagnostic> errors;
    for (const std::string& w : wanted) {
        int found = -1;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == w) found = static_cast<int>(i);
        if (found < 0) {
            const std::string hint = detail::did_you_mean(w, names);
            errors.push_back({Diagnostic::Severity::error, {source, t.rows[0].line, 1},
                              "the header has no column '" + w + "'" + hint +
                                  "; expected the columns " + detail::join_alternatives(wanted, " and ")});
        }
        t.columns.push_back(found);
    }
    if (!errors.empty()) throw InputError(std::move(errors));
    return t;
}

/// The actor of `field`'s id, or an "unknown actor" error (with did you mean) in `errors`.
std::optional<std::size_t> actor_of(const detail::CsvField& field, const Network& network, const std::string& source,
                                    std::vector<std::string>& ids, std::size_t& budget, std::vector<Diagnostic>& errors,
                                    std::string_view hint_text) {
    const std::string id(detail::trim_blanks(field.value));
    if (auto a = network.find_actor(id)) return a;
    if (ids.empty())
        for (const Actor& a : network.actors) ids.push_back(a.id);
    const std::string hint = detail::did_you_mean(id, ids, &budget);
    errors.push_back({Diagnostic::Severity::error, {source, field.line, field.column},
                      "unknown actor " + detail::quote(id) + hint + "; " +
                          std::string(hint_text)});
    return std::nullopt;
}

/// `field` as a finite number, or an error in `errors`.
std::optional<double> number_of(const detail::CsvField& field, const std::string& source, std::vector<Diagnostic>& errors) {
    const std::string_view text = detail::trim_blanks(field.value);
    std::optional<double> x = detail::parse_double(text);
    if (x && std::isfinite(*x)) return x;
    errors.push_back({Diagnostic::Severity::error, {source, field.line, field.column},
                      (text.empty() ? std::string("the value is empty") : "the value " + detail::quote(text) + " is not a finite number") +
                          "; every cell of a dyadic variable holds a number (0 for no tie)"});
    return std::nullopt;
}

constexpr std::size_t max_errors = 20;

void throw_if(std::vector<Diagnostic>& errors) {
    if (!errors.empty()) throw InputError(std::move(errors));
}

/// Records value v for (a, b); undirected: for the pair either way. Reports a pair given
/// twice with different values at `field`.
void put_cell(std::map<std::pair<std::size_t, std::size_t>, double>& cells, std::size_t a, std::size_t b, double v,
              bool directed, const Network& network, const detail::CsvField& field, const std::string& source,
              std::vector<Diagnostic>& errors) {
    const std::pair<std::size_t, std::size_t> key = directed || a < b ? std::pair{a, b} : std::pair{b, a};
    auto [it, fresh] = cells.emplace(key, v);
    if (fresh || it->second == v) return;
    errors.push_back({Diagnostic::Severity::error, {source, field.line, field.column},
                      "the pair " + detail::quote(network.actors[a].id) + ", " + detail::quote(network.actors[b].id) + " is given " +
                          detail::format_double(it->second) + " before and " + detail::format_double(v) + " here" +
                          (directed ? std::string("; give each ordered pair once")
                                    : std::string("; undirected, a pair holds one value both ways (add --directed to read the pairs as ordered)"))});
}

}  // namespace

DyadicCells read_dyadic_file(const std::filesystem::path& path, const Network& network, bool directed) {
    const std::string source = path.generic_string();
    std::vector<detail::CsvRow> rows = detail::parse_csv(detail::read_text_file(path, source), source);
    if (rows.empty())
        throw InputError({source, 1, 1},
                         "the file is empty; expected a pair list (header source,target[,value]) or a matrix (header: a "
                         "corner cell, then actor ids)");
    std::vector<std::string> names;
    for (const auto& f : rows[0].fields) names.push_back(detail::ascii_lower(detail::trim_blanks(f.value)));
    auto column = [&](std::string_view name) -> int {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == name) return static_cast<int>(i);
        return -1;
    };
    std::vector<std::string> ids;
    std::size_t budget = 2'000'000;
    std::vector<Diagnostic> errors;
    std::map<std::pair<std::size_t, std::size_t>, double> cells;
    DyadicCells out;
    const int source_column = column("source"), target_column = column("target");
    if (source_column >= 0 && target_column >= 0) {
        const int value_column = column("value") >= 0 ? column("value") : column("weight");
        const int need = std::max({source_column, target_column, value_column});
        for (std::size_t r = 1; r < rows.size() && errors.size() < max_errors; ++r) {
            const detail::CsvRow& row = rows[r];
            if (static_cast<int>(row.fields.size()) <= need) {
                errors.push_back({Diagnostic::Severity::error, {source, row.line, 1},
                                  "row has " + std::to_string(row.fields.size()) + " fields; the header has " +
                                      std::to_string(names.size())});
                continue;
            }
            const auto a = actor_of(row.fields[source_column], network, source, ids, budget, errors,
                                    "the pairs name actors of the network by id");
            const auto b = actor_of(row.fields[target_column], network, source, ids, budget, errors,
                                    "the pairs name actors of the network by id");
            std::optional<double> v = 1.0;
            if (value_column >= 0) v = number_of(row.fields[value_column], source, errors);
            if (!a || !b || !v) continue;
            if (*a == *b) {
                errors.push_back({Diagnostic::Severity::error, {source, row.fields[target_column].line, row.fields[target_column].column},
                                  "actor " + detail::quote(network.actors[*a].id) + " is paired with itself; a pair needs two actors"});
                continue;
            }
            put_cell(cells, *a, *b, *v, directed, network, row.fields[value_column >= 0 ? value_column : target_column], source,
                     errors);
        }
    } else {
        if (rows[0].fields.size() < 2)
            throw InputError({source, rows[0].line, 1},
                             "the header has no column 'source' and 'target' (a pair list) nor actor ids after a corner cell "
                             "(a matrix)");
        out.matrix = true;
        std::vector<std::size_t> column_actor;
        std::map<std::size_t, std::size_t> seen_column;
        for (std::size_t c = 1; c < rows[0].fields.size(); ++c) {
            const auto a = actor_of(rows[0].fields[c], network, source, ids, budget, errors,
                                    "the header of a matrix names actors of the network by id");
            column_actor.push_back(a.value_or(0));
            if (a && !seen_column.emplace(*a, c).second)
                errors.push_back({Diagnostic::Severity::error, {source, rows[0].fields[c].line, rows[0].fields[c].column},
                                  "actor " + detail::quote(network.actors[*a].id) + " has a second column; each actor has one"});
        }
        throw_if(errors);
        std::map<std::size_t, std::size_t> seen_row;
        for (std::size_t r = 1; r < rows.size() && errors.size() < max_errors; ++r) {
            const detail::CsvRow& row = rows[r];
            if (row.fields.size() != rows[0].fields.size()) {
                errors.push_back({Diagnostic::Severity::error, {source, row.line, 1},
                                  "row has " + std::to_string(row.fields.size()) + " fields; the header has " +
                                      std::to_string(rows[0].fields.size()) + " (an actor id, then one value per column)"});
                continue;
            }
            const auto a = actor_of(row.fields[0], network, source, ids, budget, errors,
                                    "the rows of a matrix start with an actor id of the network");
            if (!a) continue;
            if (!seen_row.emplace(*a, r).second) {
                errors.push_back({Diagnostic::Severity::error, {source, row.fields[0].line, row.fields[0].column},
                                  "actor " + detail::quote(network.actors[*a].id) + " has a second row; each actor has one"});
                continue;
            }
            for (std::size_t c = 1; c < row.fields.size(); ++c) {
                const std::optional<double> v = number_of(row.fields[c], source, errors);
                if (!v || column_actor[c - 1] == *a) continue;
                put_cell(cells, *a, column_actor[c - 1], *v, directed, network, row.fields[c], source, errors);
            }
        }
        throw_if(errors);
        if (seen_row.size() != seen_column.size() ||
            !std::equal(seen_row.begin(), seen_row.end(), seen_column.begin(),
                        [](const auto& x, const auto& y) { return x.first == y.first; })) {
            for (const auto& [actor, c] : seen_column)
                if (!seen_row.count(actor))
                    throw InputError({source, rows[0].fields[c].line, rows[0].fields[c].column},
                                     "actor " + detail::quote(network.actors[actor].id) +
                                     " has a column but no row; a matrix has a row for every column");
            for (const auto& [actor, r] : seen_row)
                if (!seen_column.count(actor))
                    throw InputError({source, rows[r].line, 1},
                                     "actor " + detail::quote(network.actors[actor].id) +
                                     " has a row but no column; a matrix has a column for every row");
        }
        for (const auto& [actor, c] : seen_column) out.matrix_actors.push_back(actor);
    }
    throw_if(errors);
    out.cells.reserve(cells.size());
    for (const auto& [key, v] : cells) out.cells.emplace_back(key.first, key.second, v);
    return out;
}

std::vector<std::pair<std::size_t, std::size_t>> read_pair_list(const std::filesystem::path& path, const Network& network) {
    const std::string source = path.generic_string();
    ColumnTable t = read_table(path, source, {"source", "target"});
    std::vector<std::string> ids;
    std::size_t budget = 2'000'000;
    std::vector<Diagnostic> errors;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
        const detail::CsvRow& row = t.rows[r];
        std::size_t ends[2] = {0, 0};
        bool ok = true;
        for (int k = 0; k < 2; ++k) {
            const int c = t.columns[k];
            if (c >= static_cast<int>(row.fields.size())) {
                errors.push_back({Diagnostic::Severity::error, {source, row.line, 1},
                                  "row has " + std::to_string(row.fields.size()) + " fields; the " + (k ? "target" : "source") +
                                      " column is field " + std::to_string(c + 1)});
                ok = false;
                break;
            }
            const detail::CsvField& f = row.fields[c];
            const std::string id(detail::trim_blanks(f.value));
            if (auto a = network.find_actor(id)) {
                ends[k] = *a;
                continue;
            }
            if (ids.empty())
                for (const Actor& a : network.actors) ids.push_back(a.id);
            const std::string hint = detail::did_you_mean(id, ids, &budget);
            errors.push_back({Diagnostic::Severity::error, {source, f.line, f.column},
                              "unknown actor " + detail::quote(id) + hint +
                                  "; the pairs name actors of the network by id"});
            ok = false;
        }
        if (!ok) continue;
        if (ends[0] == ends[1]) {
            const detail::CsvField& f = row.fields[t.columns[1]];
            errors.push_back({Diagnostic::Severity::error, {source, f.line, f.column},
                              "actor " + detail::quote(network.actors[ends[0]].id) + " is paired with itself; a pair needs two actors"});
            continue;
        }
        pairs.emplace_back(ends[0], ends[1]);
    }
    if (!errors.empty()) throw InputError(std::move(errors));
    return pairs;
}

std::vector<std::pair<std::string, std::string>> read_synonyms(const std::filesystem::path& path) {
    const std::string source = path.generic_string();
    ColumnTable t = read_table(path, source, {"term", "canonical"});
    std::vector<Diagnostic> errors;
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
        const detail::CsvRow& row = t.rows[r];
        std::string cells[2];
        bool ok = true;
        for (int k = 0; k < 2 && ok; ++k) {
            const int c = t.columns[k];
            const char* what = k ? "canonical" : "term";
            if (c >= static_cast<int>(row.fields.size()) || detail::trim_blanks(row.fields[c].value).empty()) {
                const int col = c < static_cast<int>(row.fields.size()) ? row.fields[c].column : 1;
                errors.push_back({Diagnostic::Severity::error, {source, row.line, col},
                                  std::string("the ") + what + " is empty; every row maps a term to its canonical keyword"});
                ok = false;
            } else {
                cells[k] = std::string(detail::trim_blanks(row.fields[c].value));
            }
        }
        if (ok) out.emplace_back(cells[0], cells[1]);
    }
    if (!errors.empty()) throw InputError(std::move(errors));
    return out;
}

}  // namespace ecosys
