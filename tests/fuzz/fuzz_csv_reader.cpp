// libFuzzer target: a CSV network folder. The input is split at the first two
// 0x1F (unit separator) bytes into actors.csv, ties.csv and participants.csv
// (with a fixed projects.csv), so the fuzzer reaches the cross-file checks.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ecosys/graph/graph.hpp"
#include "ecosys/io/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    ecosys::CsvFiles files;
    std::size_t a = text.find('\x1F');
    files["actors.csv"] = std::string(text.substr(0, a));
    if (a != std::string_view::npos) {
        std::string_view rest = text.substr(a + 1);
        std::size_t b = rest.find('\x1F');
        files["ties.csv"] = std::string(rest.substr(0, b));
        if (b != std::string_view::npos) {
            files["projects.csv"] = "id,name\np1,P\np2,Q\n";
            files["participants.csv"] = std::string(rest.substr(b + 1));
        }
    }
    try {
        ecosys::LoadResult r = ecosys::read_csv_files(files, "fuzz");
        ecosys::Graph g = ecosys::Graph::from_network(r.network);
        (void)g.edge_count();
    } catch (const ecosys::InputError&) {
    }
    return 0;
}
