// The four writers of any Records (output/records.hpp), on records drawn here. The
// expected texts are written out by hand from the rules in records.hpp: tables padded to
// the widest cell by display width (a CJK character takes two columns), two spaces
// between columns, numbers right-aligned, trailing blanks removed.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "ecosys/output/records.hpp"

using namespace ecosys;

namespace {

// Two records of every kind but word and counts:
//   id     score  count  ok     tags
//   =cmd   1/3    3      true   a, b
//   b      -      -12    false  (none)
Records drawn_records() {
    Records r{{RecordColumn("id", RecordKind::text).cut_in_tables(), RecordColumn("score", RecordKind::number),
               RecordColumn("count", RecordKind::integer, "count", "件数"), RecordColumn("ok", RecordKind::boolean, "ok", "可"),
               RecordColumn("tags", RecordKind::list, "tags", "タグ")},
              {}};
    r.add({std::string("=cmd"), 1.0 / 3, std::int64_t{3}, true, std::vector<std::string>{"a", "b"}});
    r.add({std::string("b"), std::monostate{}, std::int64_t{-12}, false, std::vector<std::string>{}});
    return r;
}

// For CSV and JSON: quoting, the spreadsheet guard on text but not on words, absent values.
Records data_records() {
    Records r{{RecordColumn("id", RecordKind::text), RecordColumn("name", RecordKind::text), RecordColumn("score", RecordKind::number),
               RecordColumn("count", RecordKind::integer), RecordColumn("ok", RecordKind::boolean),
               RecordColumn("tags", RecordKind::list), RecordColumn("method", RecordKind::word)},
              {}};
    r.add({std::string("=cmd"), std::string("Smith, \"Jr\""), 1.0 / 3, std::int64_t{3}, true, std::vector<std::string>{"a", "b"},
           std::string("adamic_adar")});
    r.add({std::string("'+x"), std::monostate{}, 2.0, std::int64_t{-12}, false, std::vector<std::string>{}, std::string("-jaccard")});
    return r;
}

}  // namespace

TEST_CASE("records_table: numbers right-aligned to 6 digits, yes/no, lists joined, '-' for absent") {
    CHECK(records_table(drawn_records()) ==
          "id       score  count  ok   tags\n"
          "=cmd  0.333333      3  yes  a, b\n"
          "b            -    -12  no\n");
}

TEST_CASE("records_table: Japanese headings from the column labels and the columns' own, padded by display width") {
    // id and score are fixed columns of column_labels (ID, スコア); count, ok and tags say their own.
    CHECK(records_table(drawn_records(), Language::ja) ==
          "ID      スコア  件数  可      タグ\n"
          "=cmd  0.333333     3  はい    a, b\n"
          "b            -   -12  いいえ\n");
}

TEST_CASE("records_table: an indent before every line; a long text cut unless wide") {
    Records r{{RecordColumn("id", RecordKind::text).cut_in_tables(), RecordColumn("n", RecordKind::integer)}, {}};
    const std::string long_id(45, 'x');  // 45 columns: cut to 40 with "…" in the middle
    r.add({long_id, std::int64_t{7}});
    const std::string cut = std::string(19, 'x') + "…" + std::string(20, 'x');
    CHECK(records_table(r, Language::en, false, "  ") == "  id" + std::string(40, ' ') + "n\n  " + cut + "  7\n");
    CHECK(records_table(r, Language::en, true) == "id" + std::string(45, ' ') + "n\n" + long_id + "  7\n");
}

TEST_CASE("records_csv: RFC 4180 quoting, the spreadsheet guard on text only, shortest numbers, empty for absent") {
    CHECK(records_csv(data_records()) ==
          "id,name,score,count,ok,tags,method\n"
          "'=cmd,\"Smith, \"\"Jr\"\"\",0.3333333333333333,3,true,\"a;b\",adamic_adar\n"
          "''+x,,2,-12,false,,-jaccard\n");
}

TEST_CASE("records_json: one object per record, numbers as JSON numbers, null for absent, lists as arrays") {
    CHECK(records_json(data_records()).dump() ==
          "[{\"id\":\"=cmd\",\"name\":\"Smith, \\\"Jr\\\"\",\"score\":0.3333333333333333,\"count\":3,\"ok\":true,"
          "\"tags\":[\"a\",\"b\"],\"method\":\"adamic_adar\"},"
          "{\"id\":\"'+x\",\"name\":null,\"score\":2.0,\"count\":-12,\"ok\":false,\"tags\":[],\"method\":\"-jaccard\"}]");
    CHECK(records_json(Records{{RecordColumn("id", RecordKind::text)}, {}}).dump() == "[]");
}

TEST_CASE("records_markdown: alignment row, text and lists escaped, words as they are") {
    CHECK(records_markdown(drawn_records()) ==
          "| id | score | count | ok | tags |\n"
          "|---|---:|---:|---|---|\n"
          "| \\=cmd | 0.333333 | 3 | yes | a\\, b |\n"
          "| b | - | -12 | no |  |\n");
    CHECK(records_markdown(drawn_records(), Language::ja) ==
          "| ID | スコア | 件数 | 可 | タグ |\n"
          "|---|---:|---:|---|---|\n"
          "| \\=cmd | 0.333333 | 3 | はい | a\\, b |\n"
          "| b | - | -12 | いいえ |  |\n");
    Records words{{RecordColumn("method", RecordKind::word, "method", "手法")}, {}};
    words.add({std::string("adamic_adar")});
    CHECK(records_markdown(words) == "| method |\n|---|\n| adamic_adar |\n");
}

TEST_CASE("a column shown only in some formats") {
    Records r{{RecordColumn("id", RecordKind::text), RecordColumn("rank", RecordKind::integer).only(in_table | in_markdown),
               RecordColumn("goal", RecordKind::word).only(in_csv | in_json)},
              {}};
    r.add({std::string("a"), std::int64_t{1}, std::string("reach")});
    CHECK(records_table(r) == "id  rank\na      1\n");
    CHECK(records_markdown(r) == "| id | rank |\n|---|---:|\n| a | 1 |\n");
    CHECK(records_csv(r) == "id,goal\na,reach\n");
    CHECK(records_json(r).dump() == "[{\"id\":\"a\",\"goal\":\"reach\"}]");
}

TEST_CASE("counts: name:count joined by a space for people, by ';' in CSV, an object in JSON") {
    Records r{{RecordColumn("id", RecordKind::text), RecordColumn("sector_counts", RecordKind::counts, "sectors", "セクター")}, {}};
    r.add({std::string("r1"), RecordCounts{{"industry", 3}, {"academia", 2}}});
    r.add({std::string("r2"), RecordCounts{}});
    CHECK(records_table(r) ==
          "id  sectors\n"
          "r1  industry:3 academia:2\n"
          "r2\n");
    CHECK(records_csv(r) == "id,sector_counts\nr1,\"industry:3;academia:2\"\nr2,\n");
    CHECK(records_json(r).dump() ==
          "[{\"id\":\"r1\",\"sector_counts\":{\"industry\":3,\"academia\":2}},{\"id\":\"r2\",\"sector_counts\":{}}]");
    CHECK(records_markdown(r, Language::ja) ==
          "| ID | セクター |\n"
          "|---|---|\n"
          "| r1 | industry\\:3 academia\\:2 |\n"
          "| r2 |  |\n");
}

TEST_CASE("a column's own list separator and cut width in tables; CSV keeps ';' and the whole text") {
    Records r{{RecordColumn("id", RecordKind::text).cut_in_tables(6), RecordColumn("brokers", RecordKind::list).joined_by("; ")}, {}};
    r.add({std::string("abcdefgh"), std::vector<std::string>{"a", "b"}});
    // 6 columns: 2 before the "…", the larger half (3) after it.
    CHECK(records_table(r) ==
          "id      brokers\n"
          "ab…fgh  a; b\n");
    CHECK(records_table(r, Language::en, true) ==
          "id        brokers\n"
          "abcdefgh  a; b\n");
    CHECK(records_markdown(r) == "| id | brokers |\n|---|---|\n| abcdefgh | a\\; b |\n");
    CHECK(records_csv(r) == "id,brokers\nabcdefgh,\"a;b\"\n");
}

TEST_CASE("the spaced alignment row of a Markdown table") {
    Records r{{RecordColumn("region", RecordKind::text), RecordColumn("density", RecordKind::word).align_right()}, {}};
    r.add({std::string("a*b"), std::string("0.5 (1)")});
    CHECK(records_markdown(r, Language::en, MarkdownRule::spaced) == "| region | density |\n| --- | ---: |\n| a\\*b | 0.5 (1) |\n");
}

TEST_CASE("stacked_records: a kind column, the parts' columns shared by key, the others absent") {
    Records actors{{RecordColumn("id", RecordKind::text), RecordColumn("degree", RecordKind::integer)}, {}};
    actors.add({std::string("a"), std::int64_t{2}});
    actors.add({std::string("=b"), std::int64_t{0}});
    Records regions{{RecordColumn("id", RecordKind::text), RecordColumn("density", RecordKind::number)}, {}};
    regions.add({std::string("r"), 0.5});
    const Records all = stacked_records("record", {{"actor", &actors}, {"region", &regions}});
    CHECK(records_csv(all) ==
          "record,id,degree,density\n"
          "actor,a,2,\n"
          "actor,'=b,0,\n"
          "region,r,,0.5\n");
    CHECK(records_json(all).dump() ==
          "[{\"record\":\"actor\",\"id\":\"a\",\"degree\":2,\"density\":null},"
          "{\"record\":\"actor\",\"id\":\"=b\",\"degree\":0,\"density\":null},"
          "{\"record\":\"region\",\"id\":\"r\",\"degree\":null,\"density\":0.5}]");
}

TEST_CASE("add_keyed: the values in their keys' columns, the others absent") {
    Records r{{RecordColumn("record", RecordKind::word), RecordColumn("id", RecordKind::text), RecordColumn("n", RecordKind::integer)}, {}};
    r.add_keyed({{"record", std::string("hub")}, {"n", std::int64_t{4}}});
    r.add_keyed({{"id", std::string("x")}, {"record", std::string("actor")}});
    CHECK(records_csv(r) == "record,id,n\nhub,,4\nactor,x,\n");
}
