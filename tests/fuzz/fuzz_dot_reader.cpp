// libFuzzer target: the DOT (Graphviz cgraph) reader must accept or refuse any bytes with an
// InputError, never crash, hang or leak (reader_target.hpp).
#include "ecosys/io/dot.hpp"
#include "reader_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return ecosys::fuzz::read_any_bytes(data, size, ecosys::read_dot_text);
}
