#pragma once
// The schema half of the native JSON reader (json_reader.cpp): turns located
// values (json_parse.hpp) into network records (docs/network-format.md) and hands
// them to the NetworkBuilder, reporting each value of the wrong type or shape at
// its line and column. It reads the whole document (network()) or one record at
// a time (sector(), actor(), tie(), ...), as json_reader.cpp's StreamReader does.

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/io/reader.hpp"
#include "io/json_parse.hpp"
#include "io/network_builder.hpp"

namespace ecosys::detail::json_reader {

/// The members of the top-level object, in the order a message lists them.
inline const std::initializer_list<std::string_view> network_members = {
    "name", "currency", "sectors", "regions", "programmes", "actors", "ties", "projects"};

class Converter {
public:
    Converter(const std::string& source, NetworkBuilder& builder);

    /// The whole document: its top level, then every record.
    void network(const Node& root);

    /// One record of the list of that name.
    void sector(const Node& n);
    void region(const Node& n);
    void actor(const Node& n);
    void tie(const Node& n);
    void project(const Node& n);
    void programme(const Node& n);
    /// The value of the top-level "currency".
    void currency(const Node& n);

    Location at(const Node& n) const { return {source_, n.line, n.column}; }
    Location at(int line, int column) const { return {source_, line, column}; }

    /// The error for `n`, which is not `expected`: "WHAT must be EXPECTED, got DESCRIPTION".
    void type_error(const Node& n, const std::string& what, const std::string& expected);
    /// The warning for member `key` of `owner`, not one of `known`, whose value is at `where`.
    void unknown_member(const Location& where, const std::string& key, const std::string& owner,
                        std::initializer_list<std::string_view> known);

private:
    Place place(const Node& n) const { return {file_, n.line, n.column}; }

    /// The value of member `key` of object `obj` (the last one when it is given twice), or null.
    static const Node* member(const Node& obj, std::string_view key);
    const Node* array_member(const Node& obj, std::string_view key, const std::string& owner);
    /// Reports members given twice and members not in `known`.
    void check_members(const Node& obj, const char* owner, std::initializer_list<std::string_view> known);
    bool expect_object(const Node& n, const char* what);

    /// Messages name their record ("actor 'u1'") only when there is a problem:
    /// `owner` is a string or a callable returning one.
    template <class Owner>
    static std::string text_of(const Owner& owner);

    /// Reads an optional string member into `out`; true when present and valid.
    template <class Owner>
    bool get_string(const Node& obj, std::string_view key, const Owner& owner, std::string& out);
    /// Reads a required string member; reports it missing at the object.
    template <class Owner>
    bool get_required_string(const Node& obj, std::string_view key, const Owner& owner, std::string& out);
    template <class Owner>
    void get_year(const Node& obj, const Owner& owner, std::optional<int>& out, std::string_view key = "year");
    /// An optional day, "YYYY-MM-DD" (docs/network-format.md): sets `year` to its year when
    /// the file gives none, and must agree with the one it gives.
    template <class Owner>
    void get_date(const Node& obj, const Owner& owner, std::optional<Date>& out, std::optional<int>& year,
                  std::string_view key = "date", std::string_view year_key = "year");
    /// An optional amount of money (funding, budget): a finite number >= 0, or null.
    template <class Owner>
    void get_amount(const Node& obj, std::string_view key, const Owner& owner, std::optional<double>& out);
    /// An optional array of strings.
    template <class Owner>
    std::vector<std::string> keywords(const Node& obj, std::string_view key, const Owner& owner);

    const std::string& source_;
    NetworkBuilder& b_;
    std::uint32_t file_;
    std::shared_ptr<AttributePool> pool_ = std::make_shared<AttributePool>();  // keys and equal values held once
};

}  // namespace ecosys::detail::json_reader
