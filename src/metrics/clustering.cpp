#include "ecosys/metrics/clustering.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ecosys {

void Clustering::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    triangles_.assign(n, 0);
    std::vector<double> weighted_sum(weighted_ ? n : 0, 0.0);

    // Rank by (degree, id); keep only the edges towards higher rank, so that every
    // triangle is found exactly once, from its lowest-ranked corner.
    std::vector<Graph::Vertex> by_rank(n);
    std::iota(by_rank.begin(), by_rank.end(), Graph::Vertex{0});
    std::sort(by_rank.begin(), by_rank.end(), [&](Graph::Vertex a, Graph::Vertex b) {
        return graph_.degree(a) != graph_.degree(b) ? graph_.degree(a) < graph_.degree(b) : a < b;
    });
    std::vector<Graph::Vertex> rank(n);
    for (std::size_t i = 0; i < n; ++i) rank[by_rank[i]] = static_cast<Graph::Vertex>(i);

    double max_weight = 0.0;
    for (double w : graph_.edge_weights()) max_weight = std::max(max_weight, w);
    const bool use_weights = weighted_ && max_weight > 0.0;

    std::vector<std::size_t> offsets(n + 1, 0);
    for (Graph::Vertex v = 0; v < n; ++v)
        for (Graph::Vertex w : graph_.neighbours(v)) offsets[v + 1] += rank[w] > rank[v];
    for (std::size_t v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
    std::vector<Graph::Vertex> forward(offsets[n]);
    std::vector<double> forward_weight(use_weights ? offsets[n] : 0);
    for (Graph::Vertex v = 0; v < n; ++v) {
        std::size_t k = offsets[v];
        const auto nbrs = graph_.neighbours(v);
        const auto wts = graph_.weights(v);
        for (std::size_t i = 0; i < nbrs.size(); ++i) {
            if (rank[nbrs[i]] < rank[v]) continue;
            if (use_weights) forward_weight[k] = wts[i] / max_weight;
            forward[k++] = nbrs[i];
        }
    }

    // mark[x] == v + 1 when x is a forward neighbour of v; weight_to[x] is then w(v, x).
    std::vector<Graph::Vertex> mark(n, 0);
    std::vector<double> weight_to(use_weights ? n : 0, 0.0);
    for (Graph::Vertex v = 0; v < n; ++v) {
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            mark[forward[e]] = v + 1;
            if (use_weights) weight_to[forward[e]] = forward_weight[e];
        }
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            const Graph::Vertex u = forward[e];
            for (std::size_t f = offsets[u]; f < offsets[u + 1]; ++f) {
                const Graph::Vertex x = forward[f];
                if (mark[x] != v + 1) continue;
                ++triangles_[v];
                ++triangles_[u];
                ++triangles_[x];
                if (use_weights) {
                    const double t = std::cbrt(forward_weight[e] * forward_weight[f] * weight_to[x]);
                    weighted_sum[v] += t;
                    weighted_sum[u] += t;
                    weighted_sum[x] += t;
                }
            }
        }
    }

    for (Graph::Vertex v = 0; v < n; ++v) {
        const double d = static_cast<double>(graph_.degree(v));
        if (d < 2) continue;
        if (!weighted_) scores_[v] = 2.0 * static_cast<double>(triangles_[v]) / (d * (d - 1.0));
        else if (use_weights) scores_[v] = 2.0 * weighted_sum[v] / (d * (d - 1.0));
    }
    has_run_ = true;
}

const std::vector<double>& Clustering::scores() const {
    assure_finished();
    return scores_;
}

const std::vector<std::size_t>& Clustering::triangles() const {
    assure_finished();
    return triangles_;
}

double Clustering::mean() const {
    assure_finished();
    if (scores_.empty()) return 0.0;
    double total = 0.0;
    for (double s : scores_) total += s;
    return total / static_cast<double>(scores_.size());
}

double Clustering::transitivity() const {
    assure_finished();
    // Every triangle is counted at its three corners, so the sum of triangles_ is
    // already 3T; a vertex of degree d is the centre of d(d-1)/2 connected triples.
    double corners = 0.0, triples = 0.0;
    for (Graph::Vertex v = 0; v < triangles_.size(); ++v) {
        const double d = static_cast<double>(graph_.degree(v));
        corners += static_cast<double>(triangles_[v]);
        triples += d * (d - 1.0) / 2.0;
    }
    return corners == 0.0 ? 0.0 : corners / triples;
}

}  // namespace ecosys
