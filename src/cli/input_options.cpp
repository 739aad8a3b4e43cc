#include "cli/input_options.hpp"

#include "cli/input_files.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct Given {
    std::string format, id_attr, name_attr, sector_attr = "sector", region_attr = "region", type_attr = "type",
                        weight_attr = "weight", sector_map, default_sector;
};

Given& given() {
    static Given g;
    return g;
}

}  // namespace

void setup_input_options(CLI::App& app) {
    app.fallthrough();
    Given& g = given();
    const std::string group = "Reading files of other tools (any command; see docs/formats.md)";
    auto format_check = CLI::Validator(
        [](std::string& value) -> std::string {
            if (parse_format(value)) return {};
            const std::string hint = detail::did_you_mean(value, format_names());
            return "unknown format " + detail::quote(value) + hint +
                   "; expected " + detail::join_alternatives(format_names());
        },
        "FORMAT");
    app.add_option("--input-format", g.format,
                   "Format of the input: json, csv (a folder), graphml, gexf, gml, pajek, edgelist or dot; default: by extension and content")
        ->check(format_check)
        ->group(group);
    app.add_option("--id-attr", g.id_attr, "Node attribute holding the actor id (default: the file's node id)")->group(group);
    app.add_option("--name-attr", g.name_attr, "Node attribute holding the actor name (default: name, else label)")->group(group);
    app.add_option("--sector-attr", g.sector_attr, "Node attribute holding the sector")->capture_default_str()->group(group);
    app.add_option("--region-attr", g.region_attr, "Node attribute holding the region")->capture_default_str()->group(group);
    app.add_option("--type-attr", g.type_attr, "Edge attribute holding the tie type (falls back to label)")->capture_default_str()->group(group);
    app.add_option("--weight-attr", g.weight_attr, "Edge attribute holding the tie weight (falls back to GML's value)")
        ->capture_default_str()
        ->group(group);
    app.add_option("--sector-map", g.sector_map, "CSV file with columns value,sector mapping the file's raw values (e.g. PRC) to sectors")
        ->group(group);
    app.add_option("--default-sector", g.default_sector, "Sector of nodes that have none (e.g. for edge lists)")->group(group);
}

const ImportOptions& input_options() {
    static ImportOptions options;
    static bool ready = false;
    if (ready) return options;
    const Given& g = given();
    if (!g.format.empty()) options.format = parse_format(g.format);
    options.id_attr = g.id_attr;
    options.name_attr = g.name_attr;
    options.sector_attr = g.sector_attr;
    options.region_attr = g.region_attr;
    options.type_attr = g.type_attr;
    options.weight_attr = g.weight_attr;
    options.default_sector = g.default_sector;
    if (!g.sector_map.empty()) {
        remember_input(g.sector_map);
        options.sector_map = load_sector_map(g.sector_map);
    }
    ready = true;
    return options;
}

}  // namespace ecosys::cli
