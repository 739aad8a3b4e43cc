// Every metric in two languages (issue 28): the registry's Japanese label and definition,
// and docs/glossary-ja.md listing the same words beside the keys.

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "ecosys/analysis/registry.hpp"
#include "ecosys/error.hpp"
#include "ecosys/language.hpp"

using namespace ecosys;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Whether the text holds a kana or kanji (UTF-8 lead bytes of U+3040..U+9FFF: E3..E9).
bool has_japanese(std::string_view text) {
    for (unsigned char c : text)
        if (c >= 0xE3 && c <= 0xE9) return true;
    return false;
}

}  // namespace

TEST_CASE("registry: every metric has a Japanese label and definition, as docs/glossary-ja.md lists them") {
    const std::string glossary = read_file(std::string(ECOSYS_SOURCE_DIR) + "/docs/glossary-ja.md");
    REQUIRE(!glossary.empty());
    std::map<std::string, std::pair<std::string, std::string>> listed;  // key -> (日本語, 定義)
    const std::regex row(R"(\n\| `([a-z0-9_]+)` \| [^|]+ \| ([^|]+) \| ([^\n]+) \|)");
    for (auto it = std::sregex_iterator(glossary.begin(), glossary.end(), row); it != std::sregex_iterator(); ++it)
        listed[(*it)[1]] = {(*it)[2], (*it)[3]};
    for (const MetricInfo& m : metric_registry()) {
        INFO(m.key);
        CHECK(has_japanese(m.label_ja));
        CHECK(has_japanese(m.definition_ja));
        const auto at = listed.find(std::string(m.key));
        REQUIRE(at != listed.end());
        CHECK(at->second.first == m.label_ja);
        CHECK(at->second.second == m.definition_ja);
    }
    CHECK(listed.size() == metric_registry().size());
}

TEST_CASE("language: --lang values, ECOSYS_LANG and counts for people") {
    CHECK(parse_language("ja") == Language::ja);
    CHECK(parse_language("en") == Language::en);
    CHECK_THROWS_WITH_AS((void)parse_language("jp"), doctest::Contains("unknown language 'jp'; expected en or ja"),
                         UsageError);
    CHECK(tr(Language::ja, "Regions", "地域") == "地域");
    CHECK(tr(Language::en, "Regions", "地域") == "Regions");
    CHECK(count_text(Language::ja, 1234, "件") == "1,234 件");
    CHECK(count_text(Language::ja, 31, "地域") == "31 地域");
    CHECK(count_text(Language::en, 1234567, "件") == "1,234,567");
    CHECK(count_text(Language::ja, 0) == "0");
}
