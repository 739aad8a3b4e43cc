#pragma once
// Lists read for link prediction and matching: a CSV of actor pairs (`links --pairs`)
// and a CSV of keyword synonyms (`match --synonyms`).

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/model/network.hpp"

namespace ecosys {

/// Reads a CSV with the columns `source` and `target` (a header row; other columns are
/// ignored) naming actors of `network`. Returns the pairs as actor indices, in file
/// order. Throws InputError (file:line:col, with "did you mean") for an unknown actor,
/// a pair of an actor with itself, a missing column or a CSV syntax error.
std::vector<std::pair<std::size_t, std::size_t>> read_pair_list(const std::filesystem::path& path, const Network& network);

/// Reads a CSV with the columns `term` and `canonical` (a header row): each term is
/// read as its canonical keyword. Returns (term, canonical) as written, in file order.
/// Throws InputError (file:line:col) for a missing column, an empty cell or a CSV
/// syntax error.
std::vector<std::pair<std::string, std::string>> read_synonyms(const std::filesystem::path& path);

}  // namespace ecosys
