#pragma once
// Writing a HelixReport as JSON, CSV or an aligned text table (docs/helix.md).

#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/helix_report.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// {"network", "scope", "weighted", "projects": {"as_ties", "weighting"},
///  "permutations", "seed", "sectors": [...],
///  "regions": [{"id", "name", "actors", "ties", "mixing": {S: {S: ties}},
///    "mixing_density": {S: {S: density|null}}, "cross_sector_share", "ei_index",
///    "ei_expected", "ei_p_value", "ei_sectors": {S: {"ei_index", "ei_p_value"}},
///    "assortativity", "sectors_present": [...], "missing_links": [[S, S], ...],
///    "multi_sector_share", "brokerage": {role: n}, "brokerage_pairs": {S: {S: n}},
///    "top_brokers": [{"id", role: n ...}], "synergy": {...}|null}],
///  "actors": [{"id", "name", "sector", "region", "ei_index", "sectors_tied",
///    "effective_size", "efficiency", "constraint", "hierarchy", "brokerage": {role: n},
///    "brokered_pairs": {S: {S: n}} (non-zero entries only)}]}.
/// Undefined values are null; keys in this order.
[[nodiscard]] nlohmann::ordered_json helix_to_json(const HelixReport& report);

/// helix_to_json() indented by 2, with a final newline.
[[nodiscard]] std::string format_helix_json(const HelixReport& report);

/// One RFC 4180 table of five kinds of record, told apart by the first column:
/// region (scalar region figures), sector (E-I of one sector in one region), mixing
/// (one ordered sector pair of one region: ties, density), brokerage_pair (paths
/// brokered from one sector to another in one region) and actor. Columns a record
/// does not use are empty. Lists are joined with ";" (a missing link as "s-t").
[[nodiscard]] std::string format_helix_csv(const HelixReport& report);

/// For a terminal: a block per region (figures, mixing matrix, top brokers), then a
/// table of the actors (ids and names cut in the middle to 32 columns unless `wide`).
[[nodiscard]] std::string format_helix_table(const HelixReport& report, bool wide = false, Language language = Language::en);

}  // namespace ecosys
