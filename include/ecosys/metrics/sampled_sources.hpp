#pragma once
// The shape the estimates from sampled sources share (SampledBetweenness,
// SampledPathLength): searches out of `sources` actors drawn by `seed` alone, run by
// `threads` workers, and how many sources were used.

#include <cstddef>
#include <cstdint>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

class SampledSources : public Algorithm {
public:
    /// Sources searched from (each estimate says of how many actors it draws them).
    [[nodiscard]] std::size_t sources_used() const;

protected:
    SampledSources(const Graph& graph, std::size_t sources, std::uint64_t seed, unsigned threads)
        : graph_(graph), sources_(sources), seed_(seed), threads_(threads) {}

    const Graph& graph_;
    std::size_t sources_;
    std::uint64_t seed_;
    unsigned threads_;
    std::size_t used_ = 0;
};

}  // namespace ecosys
