#pragma once
// Everything `ecosys keyplayers` computes, as one library call: the key-player set
// of each requested region (its actors and the regions below it) or of the whole
// network "*" (metrics/key_players.hpp; docs/whatif.md, "Key players").

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/metrics/key_players.hpp"

namespace ecosys {

struct KeyPlayersRequest {
    std::size_t k = 1;
    KeyPlayerGoal goal = KeyPlayerGoal::fragment;
    unsigned radius = 1;
    /// Region ids; empty = the whole network "*" only.
    std::vector<std::string> regions;
    /// A role or a sector: only its actors may be chosen. Empty = anyone.
    std::string candidates;
    /// Local searches (KeyPlayerOptions::restarts); their random starts are seeded by the
    /// cache's AnalysisOptions::seed.
    std::size_t restarts = 8;
    /// As KeyPlayerOptions: exact search within this estimated cost and this many sets.
    std::uint64_t exact_budget = default_key_player_exact_budget;
    std::uint64_t exact_limit = std::numeric_limits<std::uint64_t>::max();
};

struct KeyPlayersRow {
    std::string id;                 ///< region id, "*" for the whole network
    std::size_t actors = 0;         ///< actors of the scope
    std::size_t candidates = 0;     ///< of them, those that may be chosen
    std::vector<std::string> set;   ///< actor ids, in file order; empty with a note
    double score = 0.0;
    bool exact = false;
    double upper_bound = 0.0;       ///< no set scores more (KeyPlayers::upper_bound; score when exact)
    std::size_t restarts = 0, restarts_at_best = 0;
    double worst_restart_score = 0.0;
    /// Why there is no set, e.g. "region has 3 actors, fewer than k = 5"; empty otherwise.
    std::string note;
};

struct KeyPlayersReport {
    std::string network;
    KeyPlayerGoal goal = KeyPlayerGoal::fragment;
    std::size_t k = 1;
    unsigned radius = 1;
    std::string candidates;
    std::vector<KeyPlayersRow> regions;
};

/// "fragment" or "reach".
[[nodiscard]] std::string to_string(KeyPlayerGoal goal);

/// Runs the search on each scope. Throws UsageError, before any search, for an
/// unknown region (did you mean), a --candidates value that is neither a role nor a
/// sector of the network (did you mean), K = 0, or K larger than the candidates of
/// the whole network. A region with fewer actors (or candidates) than K gets a note
/// in its row instead of a set.
[[nodiscard]] KeyPlayersReport compute_key_players(AnalysisCache& cache, const KeyPlayersRequest& request);

}  // namespace ecosys
