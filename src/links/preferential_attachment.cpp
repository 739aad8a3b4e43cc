// Preferential attachment: deg(u) · deg(v) (networkx preferential_attachment), and
// its best untied pairs without looking at all n² of them.
#include <algorithm>
#include <numeric>
#include <queue>
#include <unordered_set>

#include "ecosys/links/link_prediction.hpp"
#include "links/link_pairs.hpp"

namespace ecosys {

double preferential_attachment_score(const PairNeighbourhood& p) {
    return static_cast<double>(p.degree_u) * static_cast<double>(p.degree_v);
}

namespace detail {

std::vector<ScoredPair> top_preferential_attachment(const Graph& graph, std::size_t top, const PairFilter& filter) {
    const std::size_t n = graph.vertex_count();
    std::vector<Graph::Vertex> order(n);
    std::iota(order.begin(), order.end(), Graph::Vertex{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](Graph::Vertex a, Graph::Vertex b) { return graph.degree(a) > graph.degree(b); });
    // deg(order[i]) · deg(order[j]) does not grow with i or with j, so the pairs (i < j)
    // come out of a heap in score order when row i + 1 enters as (i + 1, i + 2) once
    // (i, i + 1) is taken and (i, j + 1) follows (i, j).
    struct Entry {
        double score;
        std::size_t i, j;
    };
    auto worse = [](const Entry& a, const Entry& b) {
        if (a.score != b.score) return a.score < b.score;
        if (a.i != b.i) return a.i > b.i;
        return a.j > b.j;
    };
    auto product = [&](std::size_t i, std::size_t j) {
        return static_cast<double>(graph.degree(order[i])) * static_cast<double>(graph.degree(order[j]));
    };
    std::priority_queue<Entry, std::vector<Entry>, decltype(worse)> heap(worse);
    if (n >= 2) heap.push({product(0, 1), 0, 1});
    std::vector<ScoredPair> out;
    while (!heap.empty() && out.size() < top) {
        const Entry e = heap.top();
        heap.pop();
        if (e.j + 1 < n) heap.push({product(e.i, e.j + 1), e.i, e.j + 1});
        if (e.j == e.i + 1 && e.i + 2 < n) heap.push({product(e.i + 1, e.i + 2), e.i + 1, e.i + 2});
        Graph::Vertex u = order[e.i], v = order[e.j];
        if (u > v) std::swap(u, v);
        const auto nb = graph.neighbours(u);
        if (std::binary_search(nb.begin(), nb.end(), v)) continue;
        if (filter && !filter(u, v)) continue;
        out.push_back({u, v, e.score});
    }
    return out;
}

}  // namespace detail

}  // namespace ecosys
