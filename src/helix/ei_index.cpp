#include "ecosys/helix/ei_index.hpp"

#include <algorithm>
#include <random>
#include <utility>

#include "metrics/shared_sources.hpp"
#include "util/parallel.hpp"

namespace ecosys {

namespace {

std::optional<double> ei(std::size_t external, std::size_t internal) {
    if (external + internal == 0) return std::nullopt;
    return (static_cast<double>(external) - static_cast<double>(internal)) / static_cast<double>(external + internal);
}

/// Fisher-Yates with a fully specified generator (std::shuffle's algorithm is not).
void shuffle(std::vector<std::uint32_t>& items, std::mt19937_64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[rng() % i]);
}

/// Two-sided p from the one-sided counts.
std::optional<double> two_sided(std::optional<double> greater, std::optional<double> less) {
    if (!greater || !less) return std::nullopt;
    return std::min(1.0, 2.0 * std::min(*greater, *less));
}

}  // namespace

void EIIndex::run() {
    const std::size_t n = graph_.vertex_count();
    const std::size_t k = groups_.count();
    const std::vector<std::uint32_t>& label = groups_.of_vertex;

    // Edges once each, for the counts and the permutations.
    std::vector<std::pair<Graph::Vertex, Graph::Vertex>> edges;
    edges.reserve(graph_.edge_count());
    actor_.assign(n, std::nullopt);
    for (Graph::Vertex v = 0; v < n; ++v) {
        std::size_t same = 0, other = 0;
        for (Graph::Vertex w : graph_.neighbours(v)) {
            (label[w] == label[v] ? same : other) += 1;
            if (v < w) edges.push_back({v, w});
        }
        actor_[v] = ei(other, same);
    }

    // counts(labels) -> network internal ties, and per sector external / internal ends.
    // The ties are tallied by their ends' labels (k x k cells) without a branch on whether
    // the labels agree, which a shuffled labelling makes unpredictable; four tallies taken
    // in turn keep consecutive ties in the same cell from waiting on each other's
    // increment. Then internal = sum of the diagonal, in[a] = 2 tally[a][a] and ext[a] = the
    // rest of row a and column a: the same whole numbers as counting tie by tie.
    constexpr std::size_t lanes = 4;
    std::vector<std::size_t> tally(lanes * k * k);
    std::vector<std::size_t> ext(k), in(k);
    auto count = [&](const std::vector<std::uint32_t>& lab) {
        std::fill(tally.begin(), tally.end(), 0);
        std::size_t* cells = tally.data();
        const std::size_t ties = edges.size();
        for (std::size_t i = 0; i < ties; ++i) {
            const auto& [v, w] = edges[i];
            ++cells[(i % lanes) * k * k + lab[v] * k + lab[w]];
        }
        for (std::size_t lane = 1; lane < lanes; ++lane)
            for (std::size_t c = 0; c < k * k; ++c) cells[c] += cells[lane * k * k + c];
        std::fill(ext.begin(), ext.end(), 0);
        std::size_t internal = 0;
        for (std::size_t a = 0; a < k; ++a) {
            internal += cells[a * k + a];
            in[a] = 2 * cells[a * k + a];
            for (std::size_t b = 0; b < k; ++b) {
                if (b == a) continue;
                ext[a] += cells[a * k + b];
                ext[b] += cells[a * k + b];
            }
        }
        return internal;
    };
    const std::size_t m = edges.size();
    internal_ = count(label);
    external_ = m - internal_;
    sector_external_ = ext;
    sector_internal_ = in;

    expected_.reset();
    if (m > 0 && n >= 2) {
        std::vector<double> size(k, 0);
        for (std::uint32_t s : label) size[s] += 1;
        double same_pairs = 0;
        for (double ns : size) same_pairs += ns * (ns - 1.0);
        const double q = same_pairs / (static_cast<double>(n) * (static_cast<double>(n) - 1.0));
        expected_ = 1.0 - 2.0 * q;
    }

    p_greater_.reset();
    p_less_.reset();
    sector_p_.assign(k, std::nullopt);
    if (options_.permutations > 0 && m > 0) {
        const std::size_t N = options_.permutations;
        std::size_t greater = 0, less = 0;  // network: E-I >= / <= observed, i.e. internal <= / >= observed
        std::vector<std::size_t> s_greater(k, 0), s_less(k, 0);
        std::vector<std::optional<double>> observed(k);
        for (std::size_t s = 0; s < k; ++s) observed[s] = ei(sector_external_[s], sector_internal_[s]);
        constexpr double tolerance = 1e-12;  // equal E-I values computed from different counts
        std::vector<std::uint32_t> lab = label;
        std::mt19937_64 rng(options_.seed);
        // With other processes (ecosys/distribution.hpp): this one counts a contiguous
        // share of the relabellings. Each relabelling shuffles the one before, so the
        // share's start is reached by shuffling alone (O(actors) each, without the
        // O(ties) count of a relabelling); the counts are then added over the processes:
        // whole numbers, so the p-values are the same bits as one process's.
        detail::SharedSources share(distribution_, "ei_permutations", N);
        for (std::size_t p = 0; p < share.begin(); ++p) shuffle(lab, rng);
        detail::SerialProgress ticker(progress_, "E-I permutations", share.size());
        for (std::size_t p = share.begin(); p < share.end(); ++p) {
            ticker.tick(p - share.begin());
            shuffle(lab, rng);
            const std::size_t internal = count(lab);
            greater += internal <= internal_;
            less += internal >= internal_;
            for (std::size_t s = 0; s < k; ++s) {
                if (!observed[s]) continue;
                const std::optional<double> value = ei(ext[s], in[s]);
                // No tie ends in s under this labelling: counted on both sides (conservative).
                s_greater[s] += !value || *value >= *observed[s] - tolerance;
                s_less[s] += !value || *value <= *observed[s] + tolerance;
            }
        }
        std::vector<double> counts = {static_cast<double>(greater), static_cast<double>(less)};
        for (std::size_t t = 0; t < k; ++t) {
            counts.push_back(static_cast<double>(s_greater[t]));
            counts.push_back(static_cast<double>(s_less[t]));
        }
        share.sum(counts);  // alone: nothing to add
        greater = static_cast<std::size_t>(counts[0]);
        less = static_cast<std::size_t>(counts[1]);
        for (std::size_t t = 0; t < k; ++t) {
            s_greater[t] = static_cast<std::size_t>(counts[2 + 2 * t]);
            s_less[t] = static_cast<std::size_t>(counts[3 + 2 * t]);
        }
        const double denominator = static_cast<double>(N + 1);
        p_greater_ = static_cast<double>(greater + 1) / denominator;
        p_less_ = static_cast<double>(less + 1) / denominator;
        for (std::size_t s = 0; s < k; ++s)
            if (observed[s])
                sector_p_[s] = two_sided(static_cast<double>(s_greater[s] + 1) / denominator,
                                         static_cast<double>(s_less[s] + 1) / denominator);
    }
    has_run_ = true;
}

std::optional<double> EIIndex::network_index() const {
    assure_finished();
    return ei(external_, internal_);
}

std::optional<double> EIIndex::expected_network_index() const {
    assure_finished();
    return expected_;
}

std::optional<double> EIIndex::network_p_value() const {
    assure_finished();
    return two_sided(p_greater_, p_less_);
}

std::optional<double> EIIndex::network_p_greater() const {
    assure_finished();
    return p_greater_;
}

std::optional<double> EIIndex::network_p_less() const {
    assure_finished();
    return p_less_;
}

std::optional<double> EIIndex::sector_index(std::size_t s) const {
    assure_finished();
    return ei(sector_external_[s], sector_internal_[s]);
}

std::optional<double> EIIndex::sector_p_value(std::size_t s) const {
    assure_finished();
    return sector_p_[s];
}

const std::vector<std::optional<double>>& EIIndex::actor_index() const {
    assure_finished();
    return actor_;
}

std::size_t EIIndex::external_ties() const {
    assure_finished();
    return external_;
}

std::size_t EIIndex::internal_ties() const {
    assure_finished();
    return internal_;
}

}  // namespace ecosys
