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

private:
    std::string_view original_;
    std::string shortened_;
    std::size_t count_ = 0;
    std::string prefix_;                 // absent from the file's text
    std::vector<std::string> replaced_;  // what Graphviz would have made of each token
};

}  // namespace ecosys::detail
