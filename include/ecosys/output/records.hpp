#pragma once
// A result's records described once, and one writer per format for any of them.
//
// A result that is a list of records (ties, key players, link-prediction methods, ...)
// says once what its columns are: the key that CSV and JSON use, the kind of value, the
// heading for people in English and Japanese (by default column_heading(): the registry's
// label of a metric, the Japanese of the other columns) and the formats that show the
// column. The four writers below render any Records the same way, so a kind of value is
// written alike by every command:
//
//   kind      table (for people)            CSV                    JSON      Markdown
//   text      cut to 40 columns if `cut`    spreadsheet-guarded    string    escaped
//   word      as it is                      as it is               string    as it is
//   integer   right-aligned                 decimal                number    right-aligned
//   number    6 significant digits, right   shortest exact form    number    as the table
//   boolean   yes / no (はい / いいえ)       true / false           bool      as the table
//   list      items joined by ", "          joined by ";", guarded array     joined, escaped
//   counts    name:count joined by " "      joined by ";", guarded object    joined, escaped
//   (absent)  "-"                           empty cell             null      "-"
//
// A column may join its list items by another separator in tables and Markdown
// (joined_by) and cut its text narrower than 40 columns (cut_in_tables(width)).
//
// `text` is the data's (ids, names: anything a file can hold), `word` the program's (a
// method name, a metric key): it never starts a formula and needs no escaping. The
// heading, notes and other members around the records stay each result's own.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/language.hpp"

namespace ecosys {

/// `counts`: names with a count each, in order (the actors of each sector of a region).
enum class RecordKind { text, word, integer, number, boolean, list, counts };

/// The formats that show a column (a bit set).
enum RecordFormat : unsigned {
    in_table = 1u,
    in_csv = 2u,
    in_json = 4u,
    in_markdown = 8u,
    in_all = in_table | in_csv | in_json | in_markdown,
};

struct RecordColumn {
    /// A column shown in every format, headed by column_heading(language, key) unless
    /// `en` (and `ja`, else `en` in Japanese too) is given.
    RecordColumn(std::string key, RecordKind kind, std::string en = {}, std::string ja = {})
        : key(std::move(key)), kind(kind), en(std::move(en)), ja(std::move(ja)),
          right(kind == RecordKind::integer || kind == RecordKind::number) {}

    std::string key;  ///< the CSV header and JSON member
    RecordKind kind;
    std::string en;  ///< the heading in tables and Markdown (empty: column_heading)
    std::string ja;
    unsigned formats = in_all;
    bool cut = false;    ///< text cut to `cut_width` in tables unless `wide`
    std::size_t cut_width = 0;  ///< 0: detail::cell_width (40 columns)
    bool right;          ///< right-aligned in tables and Markdown (numbers are)
    std::string separator = ", ";  ///< between list items in tables and Markdown
    std::string unit;    ///< what a number counts or measures (documentation; not written)

    /// Shown only in `formats` (RecordFormat bits).
    RecordColumn& only(unsigned shown_in) { formats = shown_in; return *this; }
    /// Text cut in tables unless `wide`: to `width` columns (0: detail::cell_width), the
    /// middle replaced by "…" (detail::shorten).
    RecordColumn& cut_in_tables(std::size_t width = 0) { cut = true; cut_width = width; return *this; }
    /// List items joined by `between` in tables and Markdown (CSV keeps ";").
    RecordColumn& joined_by(std::string between) { separator = std::move(between); return *this; }
    RecordColumn& in_units(std::string what) { unit = std::move(what); return *this; }
    /// Right-aligned like a number (a word that shows one, such as "0.5 (tied)").
    RecordColumn& align_right() { right = true; return *this; }

    [[nodiscard]] std::string heading(Language language) const;
};

/// The value of a `counts` column: each name with its count, in order.
using RecordCounts = std::vector<std::pair<std::string, std::int64_t>>;

/// One value of a record: absent, or of its column's kind (text and word: std::string).
using RecordValue = std::variant<std::monostate, std::string, std::int64_t, double, bool, std::vector<std::string>, RecordCounts>;

/// A number that may be absent.
[[nodiscard]] inline RecordValue number_or_absent(const std::optional<double>& x) {
    return x ? RecordValue(*x) : RecordValue();
}

struct Records {
    std::vector<RecordColumn> columns;
    std::vector<std::vector<RecordValue>> rows;  ///< one value per column

    /// Appends a row; it must hold one value per column.
    void add(std::vector<RecordValue> row);
    /// Appends a row holding each value in the column of its key and leaving the other
    /// columns absent: for records of several kinds sharing one wide list of columns.
    void add_keyed(const std::vector<std::pair<std::string_view, RecordValue>>& values);
};

/// Records of several kinds in one list, as one CSV holds them: a first column `kind_key`
/// (a word) naming each record's kind, then each part's columns in turn, leaving out a
/// column whose key an earlier part already has (the two share it: an actor's and a
/// region's "id"). A record fills its own part's columns and leaves the others absent;
/// the records come part by part.
[[nodiscard]] Records stacked_records(const std::string& kind_key, const std::vector<std::pair<std::string, const Records*>>& parts);

/// An aligned text table (util/table.hpp's TextTable): headings, then a line per record,
/// every line started by `indent`. `wide`: text cells are never cut.
[[nodiscard]] std::string records_table(const Records& records, Language language = Language::en, bool wide = false,
                                        const std::string& indent = "");
/// A header line of the keys, then a line per record (RFC 4180 fields).
[[nodiscard]] std::string records_csv(const Records& records);
/// An array of objects, one per record, members in column order.
[[nodiscard]] nlohmann::ordered_json records_json(const Records& records);
/// How the alignment row of a Markdown table is spaced: "|---|---:|" or "| --- | ---: |".
enum class MarkdownRule { tight, spaced };

/// A Markdown table: headings, the alignment row (numbers right), a line per record.
[[nodiscard]] std::string records_markdown(const Records& records, Language language = Language::en,
                                           MarkdownRule rule = MarkdownRule::tight);

}  // namespace ecosys
