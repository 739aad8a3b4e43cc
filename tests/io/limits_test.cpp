// The limits of docs/robustness.md: each hostile size or value is either read
// or refused with a located message, never a crash, a hang or a memory blow-up.
// (10^6 actors and files of several GiB: scripts/limits_check.sh and
// tests/limits_test.sh, which take longer than a unit test should.)

#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "ecosys/io/edge_list.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/pajek.hpp"
#include "ecosys/io/reader.hpp"
#include "io/industry_options.hpp"
#include "io/refusal.hpp"

using namespace ecosys;

using test::industry;
using test::refusal;

TEST_CASE("an actor name of 1 MiB is read whole, from JSON and from a CSV folder") {
    const std::string name(std::size_t{1} << 20, 'x');
    const Network json = read_json_network_text(R"({"actors": [{"id": "a", "sector": "industry", "name": ")" + name + "\"}]}",
                                                "big.json")
                             .network;
    REQUIRE(json.actors.size() == 1);
    CHECK(json.actors[0].name.size() == std::size_t{1} << 20);
    const Network csv = read_csv_files({{"actors.csv", "id,sector,name\na,industry," + name + "\n"}}, "big").network;
    REQUIRE(csv.actors.size() == 1);
    CHECK(csv.actors[0].name.size() == std::size_t{1} << 20);
}

TEST_CASE("JSON nested 100000 levels deep is refused at level 65, at once") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto start = std::chrono::steady_clock::now();
    CHECK(refusal([&] { read_json_network_text(deep, "deep.json"); }) ==
          "deep.json:1:65: error: JSON nested deeper than 64 levels; a network file needs at most 4");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
    // GML: "graph [ x [ x [ ...": the 64th x opens level 65 with its '[' at column 8 + 4 * 63 + 3 = 263.
    std::string deep_gml = "graph [ ";
    for (int i = 0; i < 100000; ++i) deep_gml += "x [ ";
    for (int i = 0; i < 100000; ++i) deep_gml += "] ";
    deep_gml += "]";
    CHECK(refusal([&] { read_gml_text(deep_gml, "deep.gml", industry()); }) ==
          "deep.gml:1:263: error: malformed GML: lists nested deeper than 64 levels");
}

TEST_CASE("the NUL character is refused in every format, where it is") {
    // JSON: the string that holds \u0000, also in attribute keys.
    CHECK(refusal([] { read_json_network_text(R"({"actors": [{"id": "a\u0000b", "sector": "industry"}]})", "nul.json"); }) ==
          "nul.json:1:20: error: a string holds the NUL character (\\u0000); remove it: network text cannot hold it");
    CHECK(refusal([] {
              read_json_network_text(R"({"actors": [{"id": "a", "sector": "industry", "attributes": {"k\u0000": 1}}]})", "key.json");
          }) == "key.json:1:62: error: a string holds the NUL character (\\u0000); remove it: network text cannot hold it");
    // A CSV cell: the tokenizer refuses the byte.
    CHECK(refusal([] { read_csv_files({{"actors.csv", std::string("id,sector\na\0b,industry\n", 23)}}, "in"); }) ==
          "in/actors.csv:2:2: error: NUL byte in the file; is it a text CSV file?");
    // GML keeps &#0; as the four characters (it decodes only references to U+0001 and up).
    CHECK(read_gml_text("graph [\n  node [ id 1 label \"a&#0;b\" ]\n]\n", "nul.gml", industry()).network.actors.at(0).id == "a&#0;b");
    // Pajek and edge lists take raw bytes: the network checks refuse them, at the actor and at the tie.
    CHECK(refusal([] { read_pajek_text(std::string("*Vertices 2\n1 \"a\0b\"\n2 \"c\"\n", 25), "nul.net", industry()); }) ==
          "nul.net:2:1: error: actor 'a\\x00b' holds the NUL character (U+0000); remove it: network text cannot hold it");
    CHECK(refusal([] { read_edge_list_text(std::string("a\0b c\n", 6), "nul.txt", industry()); }) ==
          "nul.txt:1:1: error: actor 'a\\x00b' holds the NUL character (U+0000); remove it: network text cannot hold it\n"
          "nul.txt:1:1: error: tie 'a\\x00b' - 'c' holds the NUL character (U+0000); remove it: network text cannot hold it");
}

TEST_CASE("numbers out of range are refused with the value and the range") {
    const std::string actors = R"({"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "industry"}], )";
    CHECK(refusal([&] { read_json_network_text(actors + R"("ties": [{"source": "a", "target": "b", "weight": 1e400}]})", "w.json"); }) ==
          "w.json:1:138: error: malformed JSON: number overflow parsing '1e400'");
    CHECK(refusal([&] {
              read_json_network_text(actors + R"("ties": [{"source": "a", "target": "b", "year": 99999999999}]})", "y.json");
          }) == "y.json:1:132: error: \"year\" of the tie 'a' - 'b' is out of range: 99999999999; expected a year between -9999 and 9999");
    const CsvFiles csv = {{"actors.csv", "id,sector\na,industry\nb,industry\n"},
                          {"ties.csv", "source,target,weight,year\na,b,1e400,99999999999\n"}};
    CHECK(refusal([&] { read_csv_files(csv, "c"); }) ==
          "c/ties.csv:2:5: error: weight '1e400' is out of range; weights must be finite numbers >= 0\n"
          "c/ties.csv:2:11: error: year '99999999999' is out of range; expected a year between -9999 and 9999");
    CHECK(refusal([] { read_pajek_text("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2 1e400\n", "w.net", industry()); }) ==
          "w.net:5:5: error: weight inf is not a finite number; weights must be finite numbers >= 0");
}

TEST_CASE("a Pajek *Vertices count cannot make millions of actors out of a few bytes") {
    const auto start = std::chrono::steady_clock::now();
    CHECK(refusal([] { read_pajek_text("*Vertices 100000000\n", "v.net", industry()); }) ==
          "v.net:1:11: error: *Vertices 100000000 is more than the file's 2 lines and more than the 100000 vertices ecosys "
          "makes without a line of their own; is the number right?");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
    // Up to 10^5 unlisted vertices are still read (each an actor named by its number).
    CHECK(read_pajek_text("*Vertices 3\n", "v3.net", industry()).network.actors.size() == 3);
}

TEST_CASE("thousands of unknown references are all reported, quickly") {
    // 3000 actors and 3000 ties to 3000 other ids of the same length: every pair
    // is a candidate for "did you mean", 3000 x 3000 edit distances of 58 x 58
    // steps (minutes) before suggestions had a budget (a fuzzer found it).
    const std::string q(50, 'q'), z(50, 'z');
    auto id = [](int i, const std::string& tail) {
        std::string n = std::to_string(i);
        return "org-" + std::string(4 - n.size(), '0') + n + tail;
    };
    std::string actors = "id,sector\n", ties = "source,target\n";
    for (int i = 0; i < 3000; ++i) {
        actors += id(i, q) + ",industry\n";
        ties += id(i, q) + "," + id(i, z) + "\n";
    }
    const auto start = std::chrono::steady_clock::now();
    try {
        read_csv_files({{"actors.csv", actors}, {"ties.csv", ties}}, "big");
        FAIL("the unknown targets were not reported");
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 3000);
        CHECK(e.diagnostics()[0].to_string() == "big/ties.csv:2:60: error: tie target '" + id(0, z) + "' is not an actor id");
        CHECK(e.diagnostics()[2999].to_string() == "big/ties.csv:3001:60: error: tie target '" + id(2999, z) + "' is not an actor id");
    }
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
}
