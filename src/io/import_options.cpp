#include "ecosys/io/import_options.hpp"

#include <algorithm>

#include "ecosys/model/sector_style.hpp"
#include "io/csv.hpp"
#include "io/io_util.hpp"
#include "io/text_file.hpp"
#include "util/text.hpp"

namespace ecosys {

const std::string* SectorMap::find(std::string_view value) const {
    for (const Entry& e : entries)
        if (e.value == value) return &e.sector;
    return nullptr;
}

bool ImportOptions::maps_attributes() const {
    return !id_attr.empty() || !name_attr.empty() || sector_attr != "sector" || region_attr != "region" ||
           type_attr != "type" || weight_attr != "weight" || !sector_map.empty() || !default_sector.empty();
}

SectorMap read_sector_map(std::string_view text, const std::string& source) {
    using detail::quote;
    std::vector<Diagnostic> errors;
    auto error = [&](int line, int column, std::string message) {
        errors.push_back({Diagnostic::Severity::error, {source, line, column}, std::move(message)});
    };
    std::vector<detail::CsvRow> rows = detail::parse_csv(text, source);
    SectorMap map;
    map.source = source;
    if (rows.empty()) throw InputError({source, 1, 1},
                                       "the sector map is empty; expected a header row 'value,sector' and one row per raw value");
    int col_value = -1, col_sector = -1, col_label = -1, col_color = -1;
    const detail::CsvRow& header = rows.front();
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        std::string name = detail::ascii_lower(detail::trim_blanks(header.fields[i].value));
        int c = static_cast<int>(i);
        if (name == "value") col_value = c;
        else if (name == "sector") col_sector = c;
        else if (name == "label") col_label = c;
        else if (name == "color") col_color = c;
        else
            error(header.line, header.fields[i].column,
                  "column " + quote(name) + " of the sector map is not one of value, sector, label and color");
    }
    if (col_value < 0 || col_sector < 0) {
        error(header.line, 1, "the sector map needs a header row with the columns 'value' and 'sector' (optionally 'label' and 'color'), e.g. 'value,sector' then 'PRC,industry'");
        throw InputError(std::move(errors));
    }
    auto cell = [](const detail::CsvRow& row, int c) -> std::string {
        if (c < 0 || c >= static_cast<int>(row.fields.size())) return {};
        return std::string(detail::trim_blanks(row.fields[c].value));
    };
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const detail::CsvRow& row = rows[r];
        if (row.fields.size() != header.fields.size()) {
            error(row.line, 1, "row has " + std::to_string(row.fields.size()) + " fields but the header has " +
                                   std::to_string(header.fields.size()) + "; quote fields that contain commas");
            continue;
        }
        SectorMap::Entry e{cell(row, col_value), cell(row, col_sector), {source, row.line, row.fields[col_value].column}};
        if (e.value.empty()) {
            error(row.line, row.fields[col_value].column, "empty value; every row maps one raw value to a sector");
            continue;
        }
        if (e.sector.empty()) {
            error(row.line, row.fields[col_sector].column, "value " + quote(e.value) + " has an empty sector; name the sector it stands for");
            continue;
        }
        if (const SectorMap::Entry* first = [&]() -> const SectorMap::Entry* {
                for (const auto& x : map.entries)
                    if (x.value == e.value) return &x;
                return nullptr;
            }()) {
            error(row.line, e.at.column, "value " + quote(e.value) + " is mapped twice (first at line " + std::to_string(first->at.line) + ")");
            continue;
        }
        std::string label = cell(row, col_label), color = cell(row, col_color);
        if (!is_sector_color(color))
            error(row.line, row.fields[col_color].column, "the colour of sector " + quote(e.sector) + " " + sector_color_problem(color));
        auto s = std::find_if(map.sectors.begin(), map.sectors.end(), [&](const Sector& x) { return x.id == e.sector; });
        if (s == map.sectors.end()) {
            map.sectors.push_back(Sector{e.sector, label, color});
        } else {
            if (s->label.empty()) s->label = label;
            if (s->color.empty()) s->color = color;
        }
        map.entries.push_back(std::move(e));
    }
    if (!errors.empty()) throw InputError(std::move(errors));
    if (map.entries.empty())
        throw InputError({source, 1, 1}, "the sector map has a header but no rows; add one row per raw value, e.g. 'PRC,industry'");
    return map;
}

SectorMap load_sector_map(const std::filesystem::path& path) {
    std::string source = path.generic_string();
    return read_sector_map(detail::read_text_file(path, source), source);
}

}  // namespace ecosys
