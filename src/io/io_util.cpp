#include "io/io_util.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <iterator>

#include "util/text.hpp"

namespace ecosys::detail {

std::string format_double(double value) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    if (ec != std::errc()) return std::to_string(value);
    return std::string(buf, end);
}

std::string_view trim_blanks(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::optional<double> parse_double(std::string_view text) {
    text = trim_blanks(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    // The one rule of every reader: a magnitude too small for a double (1e-400) is read
    // as 0, one too large (1e400) as infinity, which the weight checks refuse.
    if (ec == std::errc::result_out_of_range) return std::strtod(std::string(text).c_str(), nullptr);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return v;
}

std::optional<long long> parse_integer(std::string_view text) {
    text = trim_blanks(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    long long v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return v;
}

void check_utf8(std::string_view text, const std::string& source) {
    // UTF-16 and UTF-32, with or without a byte order mark: ASCII text in them has
    // NULs at every second (fourth) byte from the start.
    const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100u; };
    const bool bom = (byte(0) == 0xFE && byte(1) == 0xFF) || (byte(0) == 0xFF && byte(1) == 0xFE);
    const bool utf16 = text.size() >= 4 && ((byte(0) == 0 && byte(2) == 0 && byte(1) != 0 && byte(3) != 0) ||
                                            (byte(1) == 0 && byte(3) == 0 && byte(0) != 0 && byte(2) != 0));
    const bool utf32 = text.size() >= 4 && ((byte(0) == 0 && byte(1) == 0 && byte(2) == 0) ||
                                            (byte(1) == 0 && byte(2) == 0 && byte(3) == 0));
    if (bom || utf16 || utf32)
        throw ParseError({source, 1, 1},
                         "the file is in UTF-16 or UTF-32, not UTF-8; save it as UTF-8");
    std::size_t bad = find_invalid_utf8(text);
    if (bad == std::string_view::npos) return;
    auto lc = line_column_at(text, bad);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
    throw ParseError({source, lc.line, lc.column},
                     std::string("invalid UTF-8 (byte ") + hex +
                     "); save the file as UTF-8 (it may be in Shift_JIS or another legacy encoding)");
}

std::string value_text(const nlohmann::json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    if (value.is_number_integer()) return value.dump();
    if (value.is_number_float()) {
        double d = value.get<double>();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
        return format_double(d);
    }
    if (value.is_null()) return "";
    return value.dump();
}

std::string name_from_source(const std::string& source) {
    std::filesystem::path p(source);
    std::string stem = p.stem().string();
    return stem.empty() ? source : stem;
}

std::string read_all(std::istream& in) {
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}


}  // namespace ecosys::detail
