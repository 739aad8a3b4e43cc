// The one UTF-8 decoder and the one "did you mean" (util/text.hpp), on cases worked by hand.

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/text.hpp"

using ecosys::detail::decode_utf8;
using ecosys::detail::did_you_mean;
using ecosys::detail::Utf8Sequence;

namespace {

/// The sequence at byte `at` of `text`, as (code point, length, valid).
void check_sequence(std::string_view text, std::size_t at, char32_t code_point, std::size_t length, bool valid) {
    const Utf8Sequence d = decode_utf8(text, at);
    CHECK(d.code_point == code_point);
    CHECK(d.length == length);
    CHECK(d.valid == valid);
}

}  // namespace

TEST_CASE("decode_utf8: one to four bytes, by hand") {
    check_sequence("A", 0, U'A', 1, true);                // 0x41
    check_sequence("\x7F", 0, 0x7F, 1, true);             // DEL is ASCII: a control, but valid
    // C3 A9: (0x03 << 6) | 0x29 = 0xE9 (é)
    check_sequence("\xC3\xA9", 0, 0xE9, 2, true);
    // E3 81 82: (0x3 << 12) | (0x01 << 6) | 0x02 = 0x3042 (あ)
    check_sequence("\xE3\x81\x82", 0, 0x3042, 3, true);
    // F0 9F 98 80: (0x1F << 12) | (0x18 << 6) | 0x00 = 0x1F600 (an emoji)
    check_sequence("\xF0\x9F\x98\x80", 0, 0x1F600, 4, true);
    // The largest: F4 8F BF BF = 0x10FFFF; the smallest of each length: C2 80, E0 A0 80, F0 90 80 80.
    check_sequence("\xF4\x8F\xBF\xBF", 0, 0x10FFFF, 4, true);
    check_sequence("\xC2\x80", 0, 0x80, 2, true);
    check_sequence("\xE0\xA0\x80", 0, 0x800, 3, true);
    check_sequence("\xF0\x90\x80\x80", 0, 0x10000, 4, true);
    // At an offset: "aé" from byte 1.
    check_sequence("a\xC3\xA9", 1, 0xE9, 2, true);
}

TEST_CASE("decode_utf8: an invalid byte is one byte long, U+FFFD") {
    check_sequence("\x80", 0, 0xFFFD, 1, false);              // a continuation byte alone
    check_sequence("\xC0\x80", 0, 0xFFFD, 1, false);          // C0: only overlong forms start with it
    check_sequence("\xE0\x80\x80", 0, 0xFFFD, 1, false);      // overlong: 0 in three bytes
    check_sequence("\xF0\x80\x80\x80", 0, 0xFFFD, 1, false);  // overlong: 0 in four bytes
    check_sequence("\xED\xA0\x80", 0, 0xFFFD, 1, false);      // U+D800, a surrogate
    check_sequence("\xF4\x90\x80\x80", 0, 0xFFFD, 1, false);  // 0x110000, past U+10FFFF
    check_sequence("\xF5\x80\x80\x80", 0, 0xFFFD, 1, false);  // F5: no such lead byte
    check_sequence("\xFF", 0, 0xFFFD, 1, false);
    check_sequence("\xE3\x81", 0, 0xFFFD, 1, false);          // cut short
    check_sequence("\xE3\x41\x82", 0, 0xFFFD, 1, false);      // 'A' where a continuation byte must be
}

TEST_CASE("find_invalid_utf8, next_code_point and visible read through decode_utf8") {
    using ecosys::detail::find_invalid_utf8;
    CHECK(find_invalid_utf8("plain ascii text, longer than eight bytes") == std::string_view::npos);
    CHECK(find_invalid_utf8("ab\xC3\xA9\xE3\x81\x82\xF0\x9F\x98\x80") == std::string_view::npos);
    CHECK(find_invalid_utf8("ab\xC3\xA9\xFF") == 4);
    CHECK(find_invalid_utf8("0123456789\xED\xA0\x80") == 10);
    std::size_t i = 0;
    const std::string text = "a\xC3\xA9\xF0\x9F\x98\x80";
    CHECK(ecosys::detail::next_code_point(text, i) == U'a');
    CHECK(i == 1);
    CHECK(ecosys::detail::next_code_point(text, i) == 0xE9);
    CHECK(i == 3);
    CHECK(ecosys::detail::next_code_point(text, i) == 0x1F600);
    CHECK(i == 7);
    CHECK(ecosys::detail::visible("\xC3\xA9 \xFF \xE2\x80\xAE") == "\xC3\xA9 \\xff \\u202e");
}

TEST_CASE("did_you_mean: the closest candidate when it is a likely typo, else nothing") {
    using Names = std::vector<std::string>;
    // "pagernak" -> "pagerank": two substitutions; 8 letters allow a distance below 8/3 + 1 = 3.
    CHECK(did_you_mean("pagernak", Names{"betweenness", "pagerank"}) == " (did you mean 'pagerank'?)");
    // "nato" -> "neato": one insertion; 4 letters allow a distance below 4/3 + 1 = 2; "dot" is 3 away.
    CHECK(did_you_mean("nato", Names{"dot", "neato", "fdp"}) == " (did you mean 'neato'?)");
    // "png" is 2 away from "svg", not below 2; the word itself is no suggestion.
    CHECK(did_you_mean("svg", Names{"svg", "png"}).empty());
    // Shorter than three letters: anything would be close.
    CHECK(did_you_mean("xy", Names{"xyz"}).empty());
    CHECK(did_you_mean("zzzzzz", Names{"pagerank"}).empty());
    // Two at the same distance: the first.
    CHECK(did_you_mean("cat", Names{"bat", "hat"}) == " (did you mean 'bat'?)");
    // A spent budget: no suggestion (and the budget stays spent).
    std::size_t budget = 0;
    CHECK(did_you_mean("cat", Names{"bat"}, &budget).empty());
    CHECK(budget == 0);
    budget = 100;
    CHECK(did_you_mean("cat", Names{"bat"}, &budget) == " (did you mean 'bat'?)");
    CHECK(budget == 91);  // 3 x 3 steps spent
}
