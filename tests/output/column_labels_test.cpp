// Column headings in two languages (issue 28): English keeps the keys; Japanese heads a
// metric's column with its registry label and the other columns from one list, which
// docs/glossary-ja.md shows; --header-lang ja adds that row above the keys of a CSV.

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "ecosys/output/column_labels.hpp"
#include "ecosys/analysis/registry.hpp"

using namespace ecosys;

TEST_CASE("column_heading: English is the key; Japanese the registry label, the fixed list, or a suffixed label") {
    CHECK(column_heading(Language::en, "betweenness") == "betweenness");
    CHECK(column_heading(Language::en, "region") == "region");
    CHECK(column_heading(Language::ja, "betweenness") == std::string(find_metric("betweenness")->label_ja));
    CHECK(column_heading(Language::ja, "degree") == "次数中心性");
    CHECK(column_heading(Language::ja, "region") == "地域");
    CHECK(column_heading(Language::ja, "id") == "ID");
    CHECK(column_heading(Language::ja, "transitivity_rank") == std::string(find_metric("transitivity")->label_ja) + " 順位");
    CHECK(column_heading(Language::ja, "mean_path_length_z_error") == std::string(find_metric("mean_path_length")->label_ja) + " zの標準誤差");
    CHECK(column_heading(Language::ja, "density_cug_p_less") == std::string(find_metric("density")->label_ja) + " CUG p (以下)");
    // Not a key: kept as it is, and said so.
    CHECK(column_heading(Language::ja, "wibble_rank") == "wibble_rank");
    CHECK_FALSE(has_japanese_heading("wibble"));
    CHECK_FALSE(has_japanese_heading("_rank"));
    for (const MetricInfo& m : metric_registry()) {
        INFO(m.key);
        CHECK(has_japanese_heading(m.key));
    }
}

TEST_CASE("with_japanese_header_row: a row of headings first, the keys second, the data unchanged") {
    CHECK(with_japanese_header_row("id,degree,name\na,1,\"x, y\"\n") == "ID,次数中心性,名称\nid,degree,name\na,1,\"x, y\"\n");
    // A byte order mark stays first; a quoted key is read as CSV; an unknown key is kept.
    CHECK(with_japanese_header_row("\xEF\xBB\xBF\"region\",zz\r\n1,2\r\n") == "\xEF\xBB\xBF地域,zz\n\"region\",zz\r\n1,2\r\n");
    // Nothing but a header line: the header row is still added.
    CHECK(with_japanese_header_row("sector") == "セクター\nsector");
}

TEST_CASE("the fixed headings are those docs/glossary-ja.md lists under 'Table columns'") {
    std::ifstream in(std::string(ECOSYS_SOURCE_DIR) + "/docs/glossary-ja.md", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string glossary = text.str();
    const std::size_t start = glossary.find("## Table columns");
    REQUIRE(start != std::string::npos);
    const std::string section = glossary.substr(start, glossary.find("\n## ", start + 1) - start);
    std::map<std::string, std::string> listed;
    const std::regex row(R"(\n\| `([a-z0-9_]+)` \| ([^|\n]+) \|)");
    for (auto it = std::sregex_iterator(section.begin(), section.end(), row); it != std::sregex_iterator(); ++it)
        listed[(*it)[1]] = (*it)[2];
    CHECK(listed.size() == fixed_column_headings().size());
    for (const auto& [key, ja] : fixed_column_headings()) {
        const std::string_view heading = key;  // INFO captures in a lambda; clang 14 cannot capture a binding
        INFO(heading);
        const auto at = listed.find(std::string(key));
        REQUIRE(at != listed.end());
        CHECK(at->second == ja);
    }
}
