// libFuzzer target: the sector map reader (--sector-map FILE): any bytes are a
// map or an InputError, never a crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ecosys/io/import_options.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        ecosys::SectorMap map = ecosys::read_sector_map(text, "fuzz.csv");
        for (const auto& e : map.entries) (void)map.find(e.value);
    } catch (const ecosys::InputError&) {
    }
    return 0;
}
