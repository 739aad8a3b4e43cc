#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "io/network_builder.hpp"

using ecosys::detail::IdTable;

// The reader back end interns every actor id and tie end once. An empty id (an empty
// CSV cell) may reach it as a view with a null pointer; the csv_reader fuzzer found
// that it was then copied with memcpy(dst, nullptr, 0), undefined behaviour that
// UndefinedBehaviorSanitizer reports (tests/fuzz/regressions/csv_reader/crash-1599c4...).
TEST_CASE("IdTable: ids are numbered in order of first use, the empty id included") {
    IdTable ids;
    CHECK(ids.intern("a") == 0);
    CHECK(ids.intern(std::string_view()) == 1);  // null data, size 0
    CHECK(ids.intern("") == 1);
    CHECK(ids.intern("abcdefgh") == 2);  // longer than the 7 bytes compared in the slot
    CHECK(ids.intern("abcdefgi") == 3);
    CHECK(ids.find("abcdefgh") == 2);
    CHECK(ids.find(std::string_view()) == 1);
    CHECK(ids.find("b") == IdTable::none);
    CHECK(ids.name(2) == "abcdefgh");
    CHECK(ids.name(1).empty());
    CHECK(ids.size() == 4);
}
