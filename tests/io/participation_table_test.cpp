// Participation tables (one row per actor per project) into actors and projects.

#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "ecosys/io/participation_table.hpp"
#include "io/cordis_columns.hpp"

using namespace ecosys;
namespace fs = std::filesystem;

namespace {

ParticipationOptions cordis_like() {
    ParticipationOptions o;
    o.columns = test::cordis_columns();
    o.columns.sector = "type";
    o.sector_map = read_sector_map("value,sector\nPRC,industry\nHES,academia\nREC,academia\nPUB,government\nOTH,other\n", "cordis.csv");
    return o;
}

//  p1: u (HES), c (PRC), g (PUB)     p2: u, c      p3: c (alone)
//  co-participation: u-c twice, u-g once, c-g once
const char* const table =
    "rcn,role,pic,type,country,start_year\n"
    "p1,coordinator,u,HES,JP,2016\n"
    "p1,participant,c,PRC,JP,2016\n"
    "p1,participant,g,PUB,JP,2016\n"
    "p2,coordinator,c,PRC,JP,NA\n"
    "p2,participant,u,REC,JP,2017\n"
    "p3,coordinator,c,PRC,KR,2018\n";

}  // namespace

TEST_CASE("a participation table becomes actors and projects; roles are counted per actor") {
    LoadResult r = read_participation_table(table, "t.csv", cordis_like());
    const Network& n = r.network;
    REQUIRE(n.actors.size() == 3);
    CHECK(n.actors[0].id == "u");
    CHECK(n.actors[0].sector == "academia");  // HES on its first row; REC later is a warning
    CHECK(n.actors[1].region == "JP");        // JP first, KR later
    CHECK(n.actors[0].attributes.to_json() == nlohmann::json{{"projects_as_coordinator", 1}, {"projects_as_participant", 1}});
    CHECK(n.actors[1].attributes.to_json() == nlohmann::json{{"projects_as_coordinator", 2}, {"projects_as_participant", 1}});
    REQUIRE(n.projects.size() == 3);
    CHECK(n.projects[0].participants == std::vector<std::size_t>{0, 1, 2});
    CHECK(n.projects[1].year == 2017);  // NA is a missing value
    CHECK(n.projects[2].year == 2018);
    CHECK(n.ties.empty());
    REQUIRE(r.warnings.size() == 2);
    CHECK(r.warnings[0].to_string() ==
          "t.csv:6:18: warning: column 'type' disagrees with an earlier row of the same actor or project here and in 0 more rows; the first value is kept");
    CHECK(r.warnings[1].to_string() ==
          "t.csv:7:22: warning: column 'country' disagrees with an earlier row of the same actor or project here and in 0 more rows; the first value is kept");
}

TEST_CASE("--na-values: NA among country codes is warned about with a count, and kept when left out of the list") {
    // Namibia's country code is NA: with the default tokens the two Namibian rows lose
    // their region, and since the column's values are two capitals like NA, a warning says so.
    const char* const namibia =
        "rcn,role,pic,type,country,start_year\n"
        "p1,coordinator,u,HES,DE,2016\n"
        "p1,participant,n,PRC,NA,2016\n"
        "p2,participant,m,PRC,NA,N/A\n";
    LoadResult r = read_participation_table(namibia, "t.csv", cordis_like());
    CHECK(r.network.actors[1].region.empty());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].to_string() ==
          "t.csv:3:22: warning: column 'country': 'NA' (2 rows) was read as a missing value, but it looks like the column's "
          "values (such as 'DE'); if it is data here, leave it out of the missing-value tokens: --na-values 'N/A,n/a,null,NULL'");
    ParticipationOptions o = cordis_like();
    o.na_values = {"N/A"};
    LoadResult kept = read_participation_table(namibia, "t.csv", o);
    CHECK(kept.network.actors[1].region == "NA");
    CHECK(kept.network.actors[2].region == "NA");
    CHECK(kept.network.projects[1].year == std::nullopt);  // N/A is still missing; 2016 and N/A are not alike
    CHECK(kept.warnings.empty());
}

TEST_CASE("co-participation ties are weighted by shared projects") {
    ParticipationOptions o = cordis_like();
    o.co_participation_ties = true;
    Network n = read_participation_table(table, "t.csv", o).network;
    REQUIRE(n.ties.size() == 3);
    auto id = [&](std::size_t i) { return n.actors[i].id; };
    CHECK(id(n.ties[0].source) + "-" + id(n.ties[0].target) == "u-c");
    CHECK(n.ties[0].weight == 2);
    CHECK(n.ties[0].type == "co_participation");
    CHECK(n.ties[1].weight == 1);
    CHECK(n.ties[2].weight == 1);
}

TEST_CASE("participation table errors name the column or the value") {
    ParticipationOptions o = cordis_like();
    o.columns.project = "rcm";
    CHECK_THROWS_WITH_AS(read_participation_table(table, "t.csv", o),
                         "t.csv:1:1: error: --project-col 'rcm' is not a column of the header (did you mean 'rcn'?); the header has "
                         "rcn, role, pic, type, country and start_year",
                         InputError);
    o = cordis_like();
    o.sector_map = read_sector_map("value,sector\nPRC,industry\nHES,academia\n", "short.csv");
    CHECK_THROWS_WITH_AS(read_participation_table(table, "t.csv", o),
                         "t.csv:4:18: error: value 'PUB' of column 'type' on actor 'g' is not in the sector map short.csv; add a row "
                         "'PUB,SECTOR' to it\n"
                         "t.csv:6:18: warning: column 'type' disagrees with an earlier row of the same actor or project here and in 0 "
                         "more rows; the first value is kept\n"
                         "t.csv:7:22: warning: column 'country' disagrees with an earlier row of the same actor or project here and in "
                         "0 more rows; the first value is kept",
                         ValidationError);
    o = cordis_like();
    o.columns.sector.clear();
    CHECK_THROWS_WITH_AS(read_participation_table(table, "t.csv", o),
                         "every actor needs a sector: name the column with the actor type with --sector-col (the header has rcn, "
                         "role, pic, type, country and start_year), or give them all one with --default-sector SECTOR",
                         UsageError);
}

TEST_CASE("CORDIS Horizon 2020 participations: the counts of its PROVENANCE.md") {
    const fs::path file = fs::path(ECOSYS_NETWORKS_DIR) / ".." / ".." / "shared" / "data" / "cordis-h2020-participations" / "participations.csv";
    if (!fs::exists(file)) {
        MESSAGE("skipped: " << file.lexically_normal().string() << " is not there (the shared data folder sits beside the repository)");
        return;
    }
    ParticipationOptions o = cordis_like();
    o.co_participation_ties = true;
    LoadResult r = load_participation_table(file, o);
    const Network& n = r.network;
    CHECK(n.actors.size() == 27411);
    CHECK(n.projects.size() == 20079);
    std::size_t participations = 0;
    for (const Project& p : n.projects) participations += p.participants.size();
    CHECK(participations == 91341);
    std::map<std::string, std::size_t> by_sector;
    for (const Actor& a : n.actors) ++by_sector[a.sector];
    CHECK(by_sector["industry"] == 17584);         // PRC
    CHECK(by_sector["academia"] == 2246 + 2532);   // HES + REC
    CHECK(by_sector["government"] == 1944);        // PUB
    CHECK(by_sector["other"] == 3105);             // OTH
    // The one-mode projection: 523,618 pairs sharing projects, weights summing to 664,128.
    CHECK(n.ties.size() == 523618);
    double weight = 0;
    std::size_t si_ties = 0;
    double si_weight = 0;
    for (const Tie& t : n.ties) {
        weight += t.weight;
        if (n.actors[t.source].region == "SI" && n.actors[t.target].region == "SI") ++si_ties, si_weight += t.weight;
    }
    CHECK(weight == 664128);
    // Slovenia as a regional ecosystem: 268 organisations, 262 ties of weight 349.
    CHECK(n.actors_in_region("SI").size() == 268);
    CHECK(si_ties == 262);
    CHECK(si_weight == 349);
}

TEST_CASE("--topic-col: each actor's topics with the earliest year of its rows naming them") {
    ParticipationOptions o = cordis_like();
    o.columns.topic = "part";
    //  u: SC1 in 2017 and 2015 (earliest 2015), ERC in 2017; c: SC1 with no year, then 2016.
    const char* const rows =
        "rcn,role,pic,type,country,start_year,part\n"
        "p1,coordinator,u,HES,JP,2017,SC1; ERC\n"
        "p2,participant,u,HES,JP,2015,SC1\n"
        "p3,participant,c,PRC,JP,NA,SC1\n"
        "p4,participant,c,PRC,JP,2016,;SC1;\n"
        "p5,participant,g,PUB,JP,2016,NA\n";
    const LoadResult r = read_participation_table(rows, "t.csv", o);
    const Network& n = r.network;
    CHECK(n.actors[*n.find_actor("u")].attributes.at("topics") == nlohmann::json{{"SC1", 2015}, {"ERC", 2017}});
    CHECK(n.actors[*n.find_actor("c")].attributes.at("topics") == nlohmann::json{{"SC1", 2016}});
    CHECK_FALSE(n.actors[*n.find_actor("g")].attributes.contains("topics"));
}
