#pragma once
// Lists read for link prediction, matching and QAP: a CSV of actor pairs (`links --pairs`),
// a CSV of keyword synonyms (`match --synonyms`) and a dyadic variable (`qap --y FILE`,
// `--x matrix:FILE`).

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/inference/qap.hpp"
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

/// Reads a dyadic variable from a CSV, either
///  - a pair list: a header with `source` and `target` and optionally `value` (or
///    `weight`); a listed pair without a value column is 1, an unlisted pair 0; or
///  - a matrix: a header whose first cell is free and whose other cells are actor ids,
///    then one row per actor: its id, then one number per column (the diagonal is read
///    and ignored).
/// Undirected (`directed` false): a pair's value holds both ways; a pair given twice
/// with different values, or a matrix that is not symmetric, is an error that says
/// which cells disagree. Throws InputError (file:line:col, with "did you mean") for an
/// unknown actor, an actor paired with itself in a pair list, a value that is not a
/// finite number, a row of the wrong length, a repeated matrix row or column.
DyadicCells read_dyadic_file(const std::filesystem::path& path, const Network& network, bool directed);

}  // namespace ecosys
