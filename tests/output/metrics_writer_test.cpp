#include <doctest/doctest.h>

#include <sstream>

#include "ecosys/output/metrics_writer.hpp"
#include "metrics/small_network.hpp"
#include "util/text.hpp"

using namespace ecosys;

namespace {

//   東北大学 (tohoku) --- b (tohoku)      c (no region)
Network sample() {
    Network net = test::regional_network({{"tohoku-u", "tohoku", "academia"}, {"b", "tohoku"}, {"c", ""}},
                                         {{"tohoku-u", "b", 2}});
    net.actors[0].name = "東北大学";
    net.regions[0].name = "東北 Tohoku";
    net.name = "sample";
    return net;
}

}  // namespace

TEST_CASE("JSON layout: network, scope, weighted, actors, regions, in that order") {
    MetricsOptions options;
    options.only = {"degree", "strength", "tied_pairs", "sector_counts", "top_brokers"};
    options.scope = MetricScope::region;
    const nlohmann::ordered_json j = metrics_to_json(compute_metrics(sample(), options));
    CHECK(j.dump() ==
          R"({"network":"sample","scope":"region","weighted":false,"actors":[)"
          R"({"id":"tohoku-u","name":"東北大学","sector":"academia","region":"tohoku","degree":1,"strength":2.0},)"
          R"({"id":"b","name":"b","sector":"industry","region":"tohoku","degree":1,"strength":2.0},)"
          R"({"id":"c","name":"c","sector":"industry","region":null,"degree":null,"strength":null}],"regions":[)"
          R"({"id":"tohoku","name":"東北 Tohoku","tied_pairs":1,"sector_counts":{"industry":1,"academia":1,"government":0,"finance":0},"top_brokers":[]},)"
          R"({"id":"*","name":"sample","tied_pairs":1,"sector_counts":{"industry":2,"academia":1,"government":0,"finance":0},"top_brokers":[]}]})");
}

TEST_CASE("CSV: one table, a record column, the metric keys as column names") {
    MetricsOptions options;
    options.only = {"degree", "pagerank", "tied_pairs", "sector_counts"};
    const std::string csv = format_metrics_csv(compute_metrics(sample(), options));
    std::istringstream lines(csv);
    std::string header, first, region;
    std::getline(lines, header);
    std::getline(lines, first);
    CHECK(header == "record,id,name,sector,region,degree,pagerank,tied_pairs,sector_counts");
    CHECK(first.rfind("actor,tohoku-u,東北大学,academia,tohoku,1,", 0) == 0);
    CHECK(first.substr(first.size() - 2) == ",,");  // no region values on an actor row
    std::getline(lines, region);  // b
    std::getline(lines, region);  // c
    std::getline(lines, region);
    // The list holds ';', a list separator in many locales: quoted (util/table.hpp csv_field).
    CHECK(region == "region,tohoku,東北 Tohoku,,,,,1,\"industry:1;academia:1;government:0;finance:0\"");
}

TEST_CASE("CSV quotes fields that hold commas or quotes") {
    Network net = sample();
    net.actors[1].name = "Bank, \"North\"";
    MetricsOptions options;
    options.only = {"degree"};
    const std::string csv = format_metrics_csv(compute_metrics(net, options));
    CHECK(csv.find("actor,b,\"Bank, \"\"North\"\"\",industry,tohoku,1\n") != std::string::npos);
}

TEST_CASE("table: columns line up by display width, CJK characters counting two") {
    MetricsOptions options;
    options.only = {"degree", "strength"};
    const std::string table = format_metrics_table(compute_metrics(sample(), options));
    std::istringstream lines(table);
    std::string line;
    std::vector<std::string> rows;
    while (std::getline(lines, line))
        if (line.rfind("tohoku-u", 0) == 0 || line.rfind("b ", 0) == 0 || line.rfind("c ", 0) == 0 ||
            line.rfind("id ", 0) == 0)
            rows.push_back(line);
    REQUIRE(rows.size() == 4);
    // The last column is a right-aligned number, so aligned rows end at the same column.
    for (const std::string& row : rows) CHECK(detail::display_width(row) == detail::display_width(rows[0]));
    CHECK(rows[0] == "id        name      sector    region  degree  strength");
    CHECK(rows[1] == "tohoku-u  東北大学  academia  tohoku       1         2");
    CHECK(rows[3] == "c         c         industry  -            0         0");
}

TEST_CASE("table: long names are cut in the middle to 40 columns, keeping the end; --wide prints them whole") {
    Network net = sample();
    net.actors[1].name = std::string(30, 'x') + "産学官金産学官金";  // 30 + 16 columns
    MetricsOptions options;
    options.only = {"degree"};
    const MetricsReport report = compute_metrics(net, options);
    // 39 columns and the ellipsis: 19 at the start, 20 at the end (4 x and 8 CJK characters).
    CHECK(format_metrics_table(report).find(std::string(19, 'x') + "…xxxx産学官金産学官金") != std::string::npos);
    CHECK(format_metrics_table(report, true).find(std::string(30, 'x') + "産学官金産学官金") != std::string::npos);
}

TEST_CASE("table: two long ids that differ only at the end stay apart") {
    //   Cheyenne:Laramie.County.Fire.District..1 and ..2 (41 columns each) used to print as
    //   the same 40 columns "Cheyenne:Laramie.County.Fire.District..…".
    Network net = sample();
    net.actors[0].id = "Cheyenne:Laramie.County.Fire.District..1";
    net.actors[1].id = "Cheyenne:Laramie.County.Fire.District..2";
    net.actors[0].id += "0";
    net.actors[1].id += "0";
    net.index();
    MetricsOptions options;
    options.only = {"degree"};
    const std::string table = format_metrics_table(compute_metrics(net, options));
    CHECK(table.find("Cheyenne:Laramie.Co…ty.Fire.District..10") != std::string::npos);
    CHECK(table.find("Cheyenne:Laramie.Co…ty.Fire.District..20") != std::string::npos);
}

TEST_CASE("CSV: text starting with = + - @ gets an apostrophe, negative numbers stay numbers") {
    //   =cmd (industry, region +r) --- @b (industry, region +r)      -u (academia, region +r)
    // One tie, inside a sector: E-I index (0 - 1) / 1 = -1.
    Network net = test::regional_network(
        {{"=cmd|' /C calc'!A0", "+r", "industry"}, {"@b", "+r", "industry"}, {"-u", "+r", "academia"}},
        {{"=cmd|' /C calc'!A0", "@b", 1}});
    net.name = "test";
    MetricsOptions options;
    options.only = {"degree", "ei_index", "top_brokers"};
    const std::string csv = format_metrics_csv(compute_metrics(net, options));
    std::istringstream lines(csv);
    std::vector<std::string> rows;
    for (std::string line; std::getline(lines, line);) rows.push_back(line);
    REQUIRE(rows.size() == 6);
    CHECK(rows[0] == "record,id,name,sector,region,degree,top_brokers,ei_index");  // actor, then region metrics
    CHECK(rows[1] == "actor,'=cmd|' /C calc'!A0,'=cmd|' /C calc'!A0,industry,'+r,1,,");
    CHECK(rows[2] == "actor,'@b,'@b,industry,'+r,1,,");
    CHECK(rows[3] == "actor,'-u,'-u,academia,'+r,0,,");
    CHECK(rows[4] == "region,'+r,'+r,,,,,-1");  // no brokers: nobody sits between two others
    CHECK(rows[5] == "region,*,test,,,,,-1");
}
