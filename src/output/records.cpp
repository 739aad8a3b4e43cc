// The four writers of any Records (output/records.hpp).
#include "ecosys/output/records.hpp"

#include <cassert>

#include "ecosys/output/column_labels.hpp"
#include "util/spreadsheet_guard.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

/// Which of the two texts for people: a table's or Markdown's.
enum class PeopleFormat { table, markdown };

std::vector<const RecordColumn*> columns_in(const Records& records, unsigned format, std::vector<std::size_t>& at) {
    std::vector<const RecordColumn*> out;
    at.clear();
    for (std::size_t c = 0; c < records.columns.size(); ++c)
        if (records.columns[c].formats & format) {
            out.push_back(&records.columns[c]);
            at.push_back(c);
        }
    return out;
}

/// "industry:3", "academia:2", ...: each count after its name.
std::vector<std::string> count_items(const RecordCounts& counts) {
    std::vector<std::string> items;
    for (const auto& [name, count] : counts) items.push_back(name + ":" + std::to_string(count));
    return items;
}

/// A value as a table or Markdown shows it.
std::string people_text(const RecordColumn& column, const RecordValue& value, Language language, bool wide, PeopleFormat format) {
    if (std::holds_alternative<std::monostate>(value)) return "-";
    if (const auto* s = std::get_if<std::string>(&value)) {
        if (column.kind == RecordKind::word) return *s;
        if (format == PeopleFormat::markdown) return detail::markdown_text(*s);
        if (!column.cut || wide) return *s;
        return detail::shorten(*s, column.cut_width > 0 ? column.cut_width : detail::cell_width);
    }
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) return detail::significant_number(*d);
    if (const auto* b = std::get_if<bool>(&value)) return say(language, *b ? "yes" : "no", *b ? "はい" : "いいえ");
    const auto* list = std::get_if<std::vector<std::string>>(&value);
    const std::string items = list ? detail::join(*list, column.separator) : detail::join(count_items(std::get<RecordCounts>(value)), " ");
    return format == PeopleFormat::markdown ? detail::markdown_text(items) : items;
}

std::string csv_text(const RecordColumn& column, const RecordValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return "";
    if (const auto* s = std::get_if<std::string>(&value))
        return column.kind == RecordKind::word ? *s : detail::guard_spreadsheet_text(*s);
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) return detail::shortest_number(*d);
    if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    if (const auto* list = std::get_if<std::vector<std::string>>(&value)) return detail::guard_spreadsheet_text(detail::join(*list, ";"));
    return detail::guard_spreadsheet_text(detail::join(count_items(std::get<RecordCounts>(value)), ";"));
}

nlohmann::ordered_json json_value(const RecordValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return nullptr;
    if (const auto* s = std::get_if<std::string>(&value)) return *s;
    if (const auto* i = std::get_if<std::int64_t>(&value)) return *i;
    if (const auto* d = std::get_if<double>(&value)) return *d;
    if (const auto* b = std::get_if<bool>(&value)) return *b;
    if (const auto* list = std::get_if<std::vector<std::string>>(&value)) return *list;
    nlohmann::ordered_json counts = nlohmann::ordered_json::object();
    for (const auto& [name, count] : std::get<RecordCounts>(value)) counts[name] = count;
    return counts;
}

}  // namespace

std::string RecordColumn::heading(Language language) const {
    if (en.empty() && ja.empty()) return column_heading(language, key);
    return say(language, en, ja.empty() ? en : ja);
}

void Records::add(std::vector<RecordValue> row) {
    assert(row.size() == columns.size());
    rows.push_back(std::move(row));
}

void Records::add_keyed(const std::vector<std::pair<std::string_view, RecordValue>>& values) {
    std::vector<RecordValue> row(columns.size());
    for (const auto& [key, value] : values) {
        std::size_t at = 0;
        while (at < columns.size() && columns[at].key != key) ++at;
        assert(at < columns.size());  // a key of no column: a writer's mistake
        if (at < columns.size()) row[at] = value;
    }
    rows.push_back(std::move(row));
}

Records stacked_records(const std::string& kind_key, const std::vector<std::pair<std::string, const Records*>>& parts) {
    Records out{{RecordColumn(kind_key, RecordKind::word)}, {}};
    // Where each part's columns went in `out`.
    std::vector<std::vector<std::size_t>> places;
    for (const auto& [kind, part] : parts) {
        std::vector<std::size_t>& place = places.emplace_back();
        for (const RecordColumn& column : part->columns) {
            std::size_t at = 1;
            while (at < out.columns.size() && out.columns[at].key != column.key) ++at;
            if (at == out.columns.size()) out.columns.push_back(column);
            place.push_back(at);
        }
    }
    for (std::size_t p = 0; p < parts.size(); ++p)
        for (const std::vector<RecordValue>& row : parts[p].second->rows) {
            std::vector<RecordValue> values(out.columns.size());
            values[0] = parts[p].first;
            for (std::size_t c = 0; c < row.size(); ++c) values[places[p][c]] = row[c];
            out.add(std::move(values));
        }
    return out;
}

std::string records_table(const Records& records, Language language, bool wide, const std::string& indent) {
    std::vector<std::size_t> at;
    const std::vector<const RecordColumn*> shown = columns_in(records, in_table, at);
    std::vector<std::string> headings;
    for (const RecordColumn* c : shown) headings.push_back(c->heading(language));
    detail::TextTable table(std::move(headings));
    for (std::size_t c = 0; c < shown.size(); ++c)
        if (shown[c]->right) table.align_right(c);
    for (const std::vector<RecordValue>& row : records.rows) {
        std::vector<std::string> cells;
        for (std::size_t c = 0; c < shown.size(); ++c) cells.push_back(people_text(*shown[c], row[at[c]], language, wide, PeopleFormat::table));
        table.add(std::move(cells));
    }
    return table.str(indent);
}

std::string records_csv(const Records& records) {
    std::vector<std::size_t> at;
    const std::vector<const RecordColumn*> shown = columns_in(records, in_csv, at);
    std::vector<std::string> fields;
    for (const RecordColumn* c : shown) fields.push_back(c->key);
    std::string out = detail::csv_line(fields);
    for (const std::vector<RecordValue>& row : records.rows) {
        fields.clear();
        for (std::size_t c = 0; c < shown.size(); ++c) fields.push_back(csv_text(*shown[c], row[at[c]]));
        out += detail::csv_line(fields);
    }
    return out;
}

nlohmann::ordered_json records_json(const Records& records) {
    std::vector<std::size_t> at;
    const std::vector<const RecordColumn*> shown = columns_in(records, in_json, at);
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const std::vector<RecordValue>& row : records.rows) {
        nlohmann::ordered_json record = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < shown.size(); ++c) record[shown[c]->key] = json_value(row[at[c]]);
        out.push_back(std::move(record));
    }
    return out;
}

std::string records_markdown(const Records& records, Language language, MarkdownRule spacing) {
    std::vector<std::size_t> at;
    const std::vector<const RecordColumn*> shown = columns_in(records, in_markdown, at);
    const std::string space = spacing == MarkdownRule::spaced ? " " : "";
    std::string head = "|", rule = "|";
    for (const RecordColumn* c : shown) {
        head += " " + c->heading(language) + " |";
        rule += space + (c->right ? "---:" : "---") + space + "|";
    }
    std::string out = head + "\n" + rule + "\n";
    for (const std::vector<RecordValue>& row : records.rows) {
        out += "|";
        for (std::size_t c = 0; c < shown.size(); ++c)
            out += " " + people_text(*shown[c], row[at[c]], language, true, PeopleFormat::markdown) + " |";
        out += "\n";
    }
    return out;
}

}  // namespace ecosys
