#include "ecosys/render/names.hpp"

#include <cstdint>

namespace ecosys::render {

namespace {

bool kept(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

void append_hex(std::string& out, unsigned char c) {
    static constexpr char digits[] = "0123456789ABCDEF";
    out += '_';
    out += digits[c >> 4];
    out += digits[c & 0xF];
}

}  // namespace

std::string encode_id(std::string_view id) {
    std::string out;
    out.reserve(id.size());
    for (unsigned char c : id) {
        if (kept(c)) out += static_cast<char>(c);
        else append_hex(out, c);
    }
    return out;
}

std::string element_id(std::string_view prefix, std::string_view id) {
    std::string out(prefix);
    out += '-';
    out += encode_id(id);
    return out;
}

std::string file_stem(std::string_view id) {
    if (id.empty()) return "_";
    // Injective and portable: only a-z 0-9 - . stay (no capitals, so names differing
    // in case differ after encoding on case-insensitive file systems too); every other
    // byte is _XX, so '_' starts only escapes; a leading '.', a trailing '.', and the
    // first letter of a Windows device name (con, prn, aux, nul, com1-9, lpt1-9, also
    // before an extension) are escaped as well.
    std::string out;
    out.reserve(id.size());
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto c = static_cast<unsigned char>(id[i]);
        const bool edge_dot = c == '.' && (i == 0 || i + 1 == id.size());
        if (((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.') && !edge_dot) out += static_cast<char>(c);
        else append_hex(out, c);
    }
    const std::string_view base = std::string_view(out).substr(0, out.find('.'));
    static constexpr const char* devices[] = {"con", "prn", "aux", "nul"};
    bool device = false;
    for (const char* d : devices) device = device || base == d;
    if (base.size() == 4 && (base.substr(0, 3) == "com" || base.substr(0, 3) == "lpt") && base[3] >= '1' && base[3] <= '9')
        device = true;
    if (device) {
        const char first = out.front();
        out.erase(0, 1);
        std::string escaped;
        append_hex(escaped, static_cast<unsigned char>(first));
        out.insert(0, escaped);
    }
    constexpr std::size_t max_length = 120;
    if (out.size() > max_length) {
        // Cut, with '~' and a hash of the whole id: '~' is never kept above, so a cut
        // stem cannot equal the stem of an id that was not cut. Two cut stems could
        // only meet by a 64-bit hash collision; render refuses such a pair.
        std::uint64_t hash = 1469598103934665603ULL;
        for (unsigned char c : id) hash = (hash ^ c) * 1099511628211ULL;
        static constexpr char digits[] = "0123456789abcdef";
        std::string tail = "~";
        for (int shift = 60; shift >= 0; shift -= 4) tail += digits[(hash >> shift) & 0xF];
        std::size_t cut = max_length - tail.size();
        // Never cut inside an escape (_XX).
        if (cut >= 1 && out[cut - 1] == '_') cut -= 1;
        else if (cut >= 2 && out[cut - 2] == '_') cut -= 2;
        out.resize(cut);
        out += tail;
    }
    return out;
}

}  // namespace ecosys::render
