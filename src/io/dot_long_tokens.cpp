#include "io/dot_long_tokens.hpp"

#include <algorithm>

#include "ecosys/error.hpp"

namespace ecosys::detail {

namespace {

bool is_id_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

// A quoted string's content as Graphviz 2.42's lexer makes it: \" becomes ", a
// backslash before a line break removes both, every other byte stays (\\ too).
std::string unquote(std::string_view content) {
    std::string out;
    out.reserve(content.size());
    for (std::size_t i = 0; i < content.size(); ++i) {
        if (content[i] == '\\' && i + 1 < content.size()) {
            if (content[i + 1] == '"') {
                out += '"';
                ++i;
                continue;
            }
            if (content[i + 1] == '\n') {
                ++i;
                continue;
            }
            out += '\\';
            out += content[++i];
            continue;
        }
        out += content[i];
    }
    return out;
}

}  // namespace

DotLongTokens::DotLongTokens(std::string_view text, const std::string& source) : original_(text) {
    const std::size_t n = text.size();
    std::size_t copied = 0;  // text[0, copied) is in shortened_ (once a token was replaced)
    // Replaces text[begin, end) by `open` placeholder `close` and the token's line breaks.
    auto replace = [&](std::size_t begin, std::size_t end, std::string value, std::string_view open, std::string_view close,
                       bool placeholder) {
        if (prefix_.empty()) {
            shortened_.reserve(n);
            for (int k = 0; prefix_.empty() || text.find(prefix_) != std::string_view::npos; ++k)
                prefix_ = "~ecosys-long-token-" + std::to_string(k) + "~";
        }
        ++count_;
        shortened_.append(text.substr(copied, begin - copied));
        shortened_ += open;
        if (placeholder) {
            shortened_ += prefix_ + std::to_string(replaced_.size()) + "~";
            replaced_.push_back(std::move(value));
        }
        shortened_ += close;
        shortened_.append(static_cast<std::size_t>(std::count(text.begin() + begin, text.begin() + end, '\n')), '\n');
        copied = end;
    };
    auto line_at = [&](std::size_t at) { return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n')); };

    // Braces outside strings and comments: the first graph ends where depth returns to 0.
    int depth = 0;
    bool graph_ended = false;
    auto token_at = [&](std::size_t at) {  // a token (not a comment) starts at `at`
        if (graph_ended && trailing_line_ == 0) trailing_line_ = line_at(at);
    };
    std::size_t i = 0;
    while (i < n) {
        const char c = text[i];
        if (c != '#' && c != '/' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') token_at(i);
        if (c == '/' && !(i + 1 < n && (text[i + 1] == '/' || text[i + 1] == '*'))) token_at(i);
        if (c == '#' || (c == '/' && i + 1 < n && text[i + 1] == '/')) {
            // To the end of the line, like Graphviz. A '#' line keeps its start: at the
            // start of a line it may be a line directive ("# 12"), which sets line numbers.
            std::size_t end = text.find('\n', i);
            if (end == std::string_view::npos) end = n;
            if (end - i > long_token) replace(c == '#' ? i + 64 : i, end, {}, {}, {}, false);
            i = end;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
            std::size_t close = text.find("*/", i + 2);
            const std::size_t end = close == std::string_view::npos ? n : close + 2;
            if (close == std::string_view::npos) token_at(i);  // not a comment: an error
            // An unterminated comment stays open, for Graphviz to report as before.
            if (end - i > long_token) replace(i, end, {}, close == std::string_view::npos ? "/*" : "", {}, false);
            i = end;
        } else if (c == '"') {
            std::size_t j = i + 1;
            while (j < n && text[j] != '"') j += text[j] == '\\' && j + 1 < n ? 2 : 1;
            const bool closed = j < n;
            const std::size_t end = closed ? j + 1 : n;
            if (end - i > long_token) replace(i, end, unquote(text.substr(i + 1, j - i - 1)), "\"", closed ? "\"" : "", true);
            i = end;
        } else if (c == '<') {
            int depth = 0;
            std::size_t j = i;
            for (; j < n; ++j) {
                if (text[j] == '<') ++depth;
                else if (text[j] == '>' && --depth == 0) break;
            }
            const bool closed = j < n;
            const std::size_t end = closed ? j + 1 : n;
            if (end - i > long_token)
                replace(i, end, std::string(text.substr(i + 1, (closed ? j : n) - i - 1)), "<", closed ? ">" : "", true);
            i = end;
        } else if ((c >= '0' && c <= '9') || c == '.') {
            std::size_t j = i;
            while (j < n && ((text[j] >= '0' && text[j] <= '9') || text[j] == '.')) ++j;
            if (j - i > long_token)
                throw ParseError({source, line_at(i), 0},
                                 "malformed DOT: a number of " + std::to_string(j - i) + " characters; a number has at most " +
                                 std::to_string(long_token) + " (put long values in quotes)");
            i = j;
        } else if (is_id_char(static_cast<unsigned char>(c))) {
            std::size_t j = i;
            while (j < n && is_id_char(static_cast<unsigned char>(text[j]))) ++j;
            if (j - i > long_token) replace(i, j, std::string(text.substr(i, j - i)), "\"", "\"", true);
            i = j;
        } else {
            if (c == '{') ++depth;
            if (c == '}' && depth > 0 && --depth == 0) graph_ended = true;
            ++i;
        }
    }
    if (count_ > 0) shortened_.append(text.substr(copied));
}

std::string DotLongTokens::restore(std::string_view value) const {
    if (replaced_.empty()) return std::string(value);
    std::string out;
    std::size_t at = 0;
    for (std::size_t p = value.find(prefix_); p != std::string_view::npos; p = value.find(prefix_, at)) {
        std::size_t q = p + prefix_.size(), index = 0;
        bool digits = false;
        while (q < value.size() && value[q] >= '0' && value[q] <= '9') index = index * 10 + static_cast<std::size_t>(value[q++] - '0'), digits = true;
        if (!digits || q >= value.size() || value[q] != '~' || index >= replaced_.size()) {
            out.append(value.substr(at, p + 1 - at));
            at = p + 1;
            continue;
        }
        out.append(value.substr(at, p - at));
        out += replaced_[index];
        at = q + 1;
    }
    out.append(value.substr(at));
    return out;
}

}  // namespace ecosys::detail
