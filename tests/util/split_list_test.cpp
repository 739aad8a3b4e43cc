// Comma-separated lists on the command line (util/text.hpp split_list): CSV quoting for
// items that hold commas, such as author ids "KIM, J".

#include <doctest/doctest.h>

#include "ecosys/error.hpp"
#include "util/text.hpp"

using ecosys::UsageError;
using ecosys::detail::split_list;
using List = std::vector<std::string>;

TEST_CASE("split_list: plain items, blanks trimmed, empty items and repeats dropped") {
    CHECK(split_list(" a,b ,,a") == List{"a", "b"});
    CHECK(split_list("").empty());
    CHECK(split_list("x") == List{"x"});
}

TEST_CASE("split_list: a quoted item keeps its commas, blanks and doubled quotes") {
    CHECK(split_list("\"KIM, J\",park") == List{"KIM, J", "park"});
    CHECK(split_list("park, \"KIM, J\" ,\"LEE,  S\"") == List{"park", "KIM, J", "LEE,  S"});
    CHECK(split_list("\"say \"\"hi\"\", then\"") == List{"say \"hi\", then"});
    CHECK(split_list("\" padded \"") == List{" padded "});
    // A quoted empty item is dropped like an unquoted one (found by fuzz_option_values:
    // it gave an empty item, which no id, sector or predictor is).
    CHECK(split_list("\"\"").empty());
    CHECK(split_list("a,\"\", b") == List{"a", "b"});
    // A quote that does not open an item is part of it.
    CHECK(split_list("q\"uote,b") == List{"q\"uote", "b"});
}

TEST_CASE("split_list: an unclosed quote or text after a closing quote is a usage error") {
    CHECK_THROWS_WITH_AS(split_list("\"KIM, J"), doctest::Contains("opens a quote at character 1 that does not close"),
                         UsageError);
    CHECK_THROWS_WITH_AS(split_list("\"KIM\" J,b"), doctest::Contains("text after the closing quote at character 7"),
                         UsageError);
}
