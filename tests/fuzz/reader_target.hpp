#pragma once
// The body of the reader targets (fuzz_<format>_reader.cpp): the reader must accept or
// refuse any bytes with an InputError, never crash, hang or leak. Nodes without a sector
// get one (--default-sector), so that inputs reach the network checks past the parser,
// and whatever loads must also make a graph.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/io/format.hpp"

namespace ecosys::fuzz {

/// One input through `read(text, source, options)`, a reader of one format's text.
template <class Read>
int read_any_bytes(const std::uint8_t* data, std::size_t size, Read read) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)sniff_format(text);
    ImportOptions options;
    options.default_sector = "industry";
    try {
        LoadResult r = read(text, "fuzz", options);
        Graph g = Graph::from_network(r.network);
        (void)g.edge_count();
    } catch (const InputError&) {
    } catch (const UsageError&) {
        // A file declaring its own sectors without the --default-sector given:
        // a usage error the command line reports (exit 2), not a crash.
    }
    return 0;
}

}  // namespace ecosys::fuzz
