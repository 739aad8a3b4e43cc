#pragma once
// The language of what ecosys writes for people: headings, notes, labels, legends and
// captions of the report, the explorer, diagrams and tables. Keys, ids, CSV headers and
// JSON stay English whatever the language (they are read by programs).

#include <cstddef>
#include <string>
#include <string_view>

namespace ecosys {

enum class Language { en, ja };

[[nodiscard]] std::string_view to_string(Language language);

/// "en" or "ja"; UsageError otherwise ("unknown language 'jp'; expected en or ja").
[[nodiscard]] Language parse_language(std::string_view text);

/// The language when no --lang is given: ECOSYS_LANG ("ja", "en", or a locale name
/// such as "ja_JP.UTF-8"), else English. An unreadable value is English.
[[nodiscard]] Language default_language();

/// `en` or `ja` by the language: the one way text in two languages is chosen.
[[nodiscard]] constexpr std::string_view tr(Language language, std::string_view en, std::string_view ja) {
    return language == Language::ja ? ja : en;
}

/// tr() as a std::string, for text built by concatenation.
[[nodiscard]] inline std::string say(Language language, std::string_view en, std::string_view ja) {
    return std::string(tr(language, en, ja));
}

/// A count for people: "1,234" (thousands separated) in both languages; in Japanese with
/// its counter word, "1,234 件" (`counter` empty: the number alone).
[[nodiscard]] std::string count_text(Language language, std::size_t n, std::string_view counter = {});

}  // namespace ecosys
