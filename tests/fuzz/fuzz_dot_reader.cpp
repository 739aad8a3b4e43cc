// libFuzzer target: the DOT (Graphviz cgraph) reader must accept or refuse any bytes with an
// InputError, never crash, hang or leak. Nodes without a sector get one
// (--default-sector), so that inputs reach the network checks past the parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ecosys/graph/graph.hpp"
#include "ecosys/io/dot.hpp"
#include "ecosys/io/format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)ecosys::sniff_format(text);
    ecosys::ImportOptions options;
    options.default_sector = "industry";
    try {
        ecosys::LoadResult r = ecosys::read_dot_text(text, "fuzz", options);
        // Whatever loads must also make a graph.
        ecosys::Graph g = ecosys::Graph::from_network(r.network);
        (void)g.edge_count();
    } catch (const ecosys::InputError&) {
    } catch (const ecosys::UsageError&) {
        // A file declaring its own sectors without the --default-sector given:
        // a usage error the command line reports (exit 2), not a crash.
    }
    return 0;
}
