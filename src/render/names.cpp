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
    std::string out;
    if (id.front() == '.') {
        append_hex(out, '.');
        id.remove_prefix(1);
    }
    out += encode_id(id);
    constexpr std::size_t max_length = 120;
    if (out.size() > max_length) {
        // FNV-1a of the whole id keeps cut stems apart.
        std::uint64_t hash = 1469598103934665603ULL;
        for (unsigned char c : id) hash = (hash ^ c) * 1099511628211ULL;
        static constexpr char digits[] = "0123456789abcdef";
        std::string tail = "-";
        for (int shift = 60; shift >= 0; shift -= 4) tail += digits[(hash >> shift) & 0xF];
        out.resize(max_length - tail.size());
        out += tail;
    }
    return out;
}

}  // namespace ecosys::render
