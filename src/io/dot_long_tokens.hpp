#pragma once
// Graphviz's DOT lexer (flex) scans a token again from its start each time it
// reads the next 8 KiB of it, so one token of n bytes costs O(n^2): 8 MiB in one
// quoted string took half a minute. The DOT reader hands Graphviz a copy of the
// text in which every long token is a short placeholder, and puts the text back
// into the names and values Graphviz returns: reading stays linear in the file.
//
// Long (more than long_token bytes): quoted strings, HTML strings, identifiers,
// comments (/* */ and // replaced by their line breaks, # lines cut after 64 bytes). Line breaks inside a replaced token
// follow its placeholder, so Graphviz's line numbers stay those of the file.
// Numbers that long are refused (ParseError at their line).
//
// The same scan finds where the first graph ends (the '}' that closes its first '{',
// outside strings and comments) and the line of the first token after it, so that
// text after the graph is refused even where Graphviz's parser says nothing (an
// unterminated string or HTML string after the graph ends its second read silently).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ecosys::detail {

class DotLongTokens {
public:
    static constexpr std::size_t long_token = 4096;

    /// Scans `text` once; `source` names the file in errors.
    DotLongTokens(std::string_view text, const std::string& source);

    /// The text to give Graphviz: `text` itself when it has no long token.
    [[nodiscard]] std::string_view text() const { return count_ == 0 ? original_ : std::string_view(shortened_); }
    /// The number of long tokens replaced (comments included).
    [[nodiscard]] std::size_t count() const { return count_; }
    /// `value` (a name or value from Graphviz) with the placeholders in it put back.
    [[nodiscard]] std::string restore(std::string_view value) const;
    /// The line of the first token (not a comment or a blank) after the first graph's
    /// closing '}', or 0 when there is none.
    [[nodiscard]] int trailing_line() const { return trailing_line_; }

private:
    std::string_view original_;
    std::string shortened_;
    std::size_t count_ = 0;
    int trailing_line_ = 0;
    std::string prefix_;                 // absent from the file's text
    std::vector<std::string> replaced_;  // what Graphviz would have made of each token
};

}  // namespace ecosys::detail
