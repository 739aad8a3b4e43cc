#include "ecosys/render/names.hpp"

#include <cstdint>
#include <vector>

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

namespace {

bool ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// A Windows device name (con, prn, aux, nul, com0-9, lpt0-9) in any case, alone or
/// before an extension.
bool device_name(std::string_view stem) {
    std::string base(stem.substr(0, stem.find('.')));
    for (char& c : base) c = ascii_lower(c);
    for (const char* d : {"con", "prn", "aux", "nul"})
        if (base == d) return true;
    return base.size() == 4 && (base.compare(0, 3, "com") == 0 || base.compare(0, 3, "lpt") == 0) && base[3] >= '0' && base[3] <= '9';
}

/// The case tag: '+' and the capitals among the id's ASCII letters as a hexadecimal
/// number (letter i is bit i), lower-case digits, no leading zeros; empty without capitals.
std::string case_tag(const std::vector<bool>& capitals) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (std::size_t nibble = 0; nibble * 4 < capitals.size(); ++nibble) {
        unsigned value = 0;
        for (std::size_t bit = 0; bit < 4 && nibble * 4 + bit < capitals.size(); ++bit)
            if (capitals[nibble * 4 + bit]) value |= 1U << bit;
        hex.insert(hex.begin(), digits[value]);
    }
    const std::size_t first = hex.find_first_not_of('0');
    return first == std::string::npos ? std::string() : "+" + hex.substr(first);
}

}  // namespace

std::string file_stem(std::string_view id) {
    if (id.empty()) return "_";
    // Readable, injective even where file names ignore case, and portable:
    // - ASCII letters (as written), digits, '-' and '.' stay; every other byte is _XX,
    //   so '_' starts only escapes and '+' and '~' appear only as below; a leading or
    //   trailing '.' is escaped too;
    // - an id with capitals gets the case tag "+<hex>" (case_tag): "CZ" -> "CZ+3",
    //   "Kanto" -> "Kanto+1", "kanto" -> "kanto". Lower-cased, a stem still gives the
    //   id back: the part before '+' decodes to the id in lower case, the tag says
    //   which letters are capitals. So no two ids share a name, even case-insensitively;
    // - a stem whose part before the first '.' is a Windows device name has its first
    //   letter escaped ("con" -> "_63on", "CON.x" -> "_43ON.x+7").
    std::string out;
    out.reserve(id.size() + 4);
    std::vector<bool> capitals;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto c = static_cast<unsigned char>(id[i]);
        if (ascii_letter(c)) capitals.push_back(c >= 'A' && c <= 'Z');
        const bool edge_dot = c == '.' && (i == 0 || i + 1 == id.size());
        if (kept(c) && !edge_dot) out += static_cast<char>(c);
        else append_hex(out, c);
    }
    out += case_tag(capitals);
    if (device_name(out)) {
        std::string escaped;
        append_hex(escaped, static_cast<unsigned char>(out.front()));
        out.replace(0, 1, escaped);
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
