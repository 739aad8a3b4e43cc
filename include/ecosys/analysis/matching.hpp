#pragma once
// Needs × seeds × network: which actor holding seeds (usually academia or a public
// institute) fits which actor's needs (usually a company), how close they already are
// in the network, and who can introduce them (docs/matching.md, "Matching").

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/links/keywords.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// Weights of the match score: score = similarity·keywords + proximity·(1 / distance)
/// + structure·jaccard, each term in [0, 1] and the weights summing to 1.
struct MatchWeights {
    double keywords = 0.6;
    double proximity = 0.3;
    double structure = 0.1;
};

/// The match score of a pair from its keyword similarity (TF-IDF cosine), its
/// distance in the graph (nullopt: no path) and its Jaccard coefficient.
[[nodiscard]] double match_score(const MatchWeights& w, double similarity, std::optional<std::size_t> distance, double jaccard);

/// Where an actor's keywords come from.
enum class KeywordSource {
    needs_seeds,  ///< needs on one side, seeds on the other
    topics,       ///< the actor attribute "topics" on both sides (import-projects --topic-col)
};

/// An actor's topics: the attribute "topics", an object {topic: first year or null}
/// (as import-projects --topic-col writes it) or an array of strings. With
/// `until`, only topics first seen in or before that year (a null year counts as known).
[[nodiscard]] std::vector<std::string> actor_topics(const Actor& actor, std::optional<int> until = std::nullopt);

/// The keyword lists of every actor, normalised: needs and seeds (both the topics
/// with KeywordSource::topics). `vocabulary` is TF-IDF over all non-empty lists.
struct ActorKeywords {
    std::vector<std::vector<std::string>> needs, seeds;
    std::vector<KeywordVector> need_vectors, seed_vectors;
};
[[nodiscard]] ActorKeywords actor_keywords(const Network& network, KeywordSource source, const KeywordNormalizer& normalize,
                                           std::optional<int> topics_until = std::nullopt);

struct MatchRequest {
    std::size_t top = 20;               ///< pairs listed, 1 .. max_listed_pairs (links/link_prediction.hpp)
    std::string region = "*";           ///< only needs of actors in this region (and below); "*" = all
    bool cross_region_only = false;     ///< only pairs whose actors are in different regions
    KeywordSource source = KeywordSource::needs_seeds;
    std::vector<std::pair<std::string, std::string>> synonyms;  ///< (term, canonical)
    AnalysisOptions analysis;  ///< analysis.graph: how projects enter the graph of the introductions
    MatchWeights weights;
    std::string input_name;  ///< where the network came from, for the message when it has no keywords
};

struct Intermediary {
    std::string id, name, sector, role, kind, region;
};

struct MatchPair {
    std::string need_actor, seed_actor;      ///< ids
    std::string need_region, seed_region;
    std::string need_sector, seed_sector;
    double similarity = 0.0;                 ///< TF-IDF cosine of the needs and the seeds
    std::optional<std::size_t> distance;     ///< shortest path length; nullopt: not connected
    double jaccard = 0.0;
    double score = 0.0;
    bool cross_region = false;
    std::vector<std::string> shared;         ///< normalised keywords in both lists
    /// The actors strictly between them on a shortest path (who can introduce them).
    std::vector<Intermediary> introduction;
};

struct RegionNeeds {
    std::string region;
    std::size_t actors_with_needs = 0;
    std::size_t needs = 0;                   ///< (actor, keyword) needs
    std::size_t unmatched = 0;               ///< of them, no actor of the same region has the keyword as a seed
    /// Regions holding the unmatched keywords as seeds: (region, unmatched needs it could supply), most first.
    std::vector<std::pair<std::string, std::size_t>> suppliers;
    std::vector<std::string> unsupplied;     ///< unmatched keywords no region supplies
};

struct MatchReport {
    std::string network;
    KeywordSource source = KeywordSource::needs_seeds;
    MatchWeights weights;
    std::string region = "*";
    bool cross_region_only = false;
    std::size_t candidates = 0;              ///< untied pairs sharing a keyword
    std::vector<MatchPair> pairs;            ///< best first
    std::vector<RegionNeeds> regions;        ///< regions of actors with needs, in region order
};

/// Scores every untied (needs actor, seeds actor) pair that shares a keyword, keeps the
/// best `top`, with their introduction paths, and summarises unmatched needs per region.
/// Throws InputError (with request.input_name) when no actor has needs or seeds (or
/// topics), saying how to supply them; UsageError for an unknown region, top = 0 or above
/// max_listed_pairs. O(A·(n + m) + K) for A actors with needs and K (need actor, seed
/// actor, shared keyword) triples: a pair's similarity costs one step per keyword the two
/// share, however many keywords each has.
[[nodiscard]] MatchReport compute_matches(const Network& network, const MatchRequest& request);

}  // namespace ecosys
