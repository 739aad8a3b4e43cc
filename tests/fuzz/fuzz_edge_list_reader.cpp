// libFuzzer target: the edge list reader must accept or refuse any bytes with an
// InputError, never crash, hang or leak (reader_target.hpp).
#include "ecosys/io/edge_list.hpp"
#include "reader_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return ecosys::fuzz::read_any_bytes(data, size, ecosys::read_edge_list_text);
}
