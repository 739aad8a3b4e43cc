// libFuzzer target: the GEXF reader must accept or refuse any bytes with an
// InputError, never crash, hang or leak (reader_target.hpp).
#include "ecosys/io/gexf.hpp"
#include "reader_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return ecosys::fuzz::read_any_bytes(data, size, ecosys::read_gexf_text);
}
