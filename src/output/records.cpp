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

/// A value as a table or Markdown shows it.
std::string people_text(const RecordColumn& column, const RecordValue& value, Language language, bool wide, PeopleFormat format) {
    if (std::holds_alternative<std::monostate>(value)) return "-";
    if (const auto* s = std::get_if<std::string>(&value)) {
        if (column.kind == RecordKind::word) return *s;
        if (format == PeopleFormat::markdown) return detail::markdown_text(*s);
        return column.cut ? detail::cell_text(*s, wide) : *s;
    }
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) return detail::significant_number(*d);
    if (const auto* b = std::get_if<bool>(&value)) return say(language, *b ? "yes" : "no", *b ? "はい" : "いいえ");
    const std::string items = detail::join(std::get<std::vector<std::string>>(value), ", ");
    return format == PeopleFormat::markdown ? detail::markdown_text(items) : items;
}

std::string csv_text(const RecordColumn& column, const RecordValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return "";
    if (const auto* s = std::get_if<std::string>(&value))
        return column.kind == RecordKind::word ? *s : detail::guard_spreadsheet_text(*s);
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) return detail::shortest_number(*d);
    if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    return detail::guard_spreadsheet_text(detail::join(std::get<std::vector<std::string>>(value), ";"));
}

nlohmann::ordered_json json_value(const RecordValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return nullptr;
    if (const auto* s = std::get_if<std::string>(&value)) return *s;
    if (const auto* i = std::get_if<std::int64_t>(&value)) return *i;
    if (const auto* d = std::get_if<double>(&value)) return *d;
    if (const auto* b = std::get_if<bool>(&value)) return *b;
    return std::get<std::vector<std::string>>(value);
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

std::string records_markdown(const Records& records, Language language) {
    std::vector<std::size_t> at;
    const std::vector<const RecordColumn*> shown = columns_in(records, in_markdown, at);
    std::string head = "|", rule = "|";
    for (const RecordColumn* c : shown) {
        head += " " + c->heading(language) + " |";
        rule += c->right ? "---:|" : "---|";
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
