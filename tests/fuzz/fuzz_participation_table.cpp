// libFuzzer target: the participation table reader (ecosys import-projects) with
// every column mapped, a sector map and co-participation ties, so that inputs
// reach the per-actor and per-project merging and the tie counting. The input
// is the table; its header names the columns below (seeds in scripts/fuzz.sh).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ecosys/graph/graph.hpp"
#include "ecosys/io/participation_table.hpp"

namespace {

ecosys::ParticipationOptions options() {
    ecosys::ParticipationOptions o;
    o.columns.project = "project";
    o.columns.actor = "actor";
    o.columns.actor_name = "name";
    o.columns.sector = "type";
    o.columns.region = "country";
    o.columns.year = "year";
    o.columns.role = "role";
    o.columns.project_name = "title";
    o.columns.project_type = "scheme";
    o.columns.actor_attributes = {"city", "size"};
    o.sector_map = ecosys::read_sector_map("value,sector\nPRC,industry\nHES,academia\nREC,academia\nPUB,government\n", "map.csv");
    o.default_sector = "industry";
    o.co_participation_ties = true;
    return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const ecosys::ParticipationOptions o = options();
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        ecosys::LoadResult r = ecosys::read_participation_table(text, "fuzz.csv", o);
        ecosys::Graph g = ecosys::Graph::from_network(r.network);
        (void)g.edge_count();
    } catch (const ecosys::InputError&) {
    } catch (const ecosys::UsageError&) {
        // Options that do not fit the file: the command line reports them (exit 2).
    }
    return 0;
}
