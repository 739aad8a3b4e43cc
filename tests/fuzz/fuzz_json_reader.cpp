// libFuzzer target: the JSON network reader must accept or refuse any bytes
// with an InputError, never crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ecosys/graph/graph.hpp"
#include "ecosys/io/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        ecosys::LoadResult r = ecosys::read_json_network_text(text, "fuzz.json");
        // Whatever loads must also make a graph.
        ecosys::Graph g = ecosys::Graph::from_network(r.network);
        (void)g.edge_count();
    } catch (const ecosys::InputError&) {
    }
    return 0;
}
