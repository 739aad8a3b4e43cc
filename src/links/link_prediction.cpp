// The link-prediction methods by name, a pair's neighbourhood by merging neighbour
// lists, and the best pairs of a method.
#include "ecosys/links/link_prediction.hpp"

#include <algorithm>
#include <cmath>
#include <queue>

#include "links/link_pairs.hpp"

namespace ecosys {

const std::vector<LinkMethod>& link_methods() {
    static const std::vector<LinkMethod> all = {LinkMethod::common_neighbors, LinkMethod::jaccard, LinkMethod::adamic_adar,
                                                LinkMethod::resource_allocation, LinkMethod::preferential_attachment};
    return all;
}

std::string to_string(LinkMethod method) {
    switch (method) {
        case LinkMethod::common_neighbors: return "common_neighbors";
        case LinkMethod::jaccard: return "jaccard";
        case LinkMethod::adamic_adar: return "adamic_adar";
        case LinkMethod::resource_allocation: return "resource_allocation";
        case LinkMethod::preferential_attachment: return "preferential_attachment";
    }
    return "";
}

std::optional<LinkMethod> parse_link_method(std::string_view name) {
    for (LinkMethod m : link_methods())
        if (to_string(m) == name) return m;
    return std::nullopt;
}

PairNeighbourhood pair_neighbourhood(const Graph& graph, Graph::Vertex u, Graph::Vertex v) {
    PairNeighbourhood p;
    p.degree_u = graph.degree(u);
    p.degree_v = graph.degree(v);
    const auto a = graph.neighbours(u), b = graph.neighbours(v);
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else {
            const Graph::Vertex w = a[i];
            if (w != u && w != v) {
                const double d = static_cast<double>(graph.degree(w));
                ++p.common;
                p.inverse_log_degree += 1.0 / std::log(d);
                p.inverse_degree += 1.0 / d;
            }
            ++i, ++j;
        }
    }
    return p;
}

double link_score(LinkMethod method, const PairNeighbourhood& p) {
    switch (method) {
        case LinkMethod::common_neighbors: return common_neighbors_score(p);
        case LinkMethod::jaccard: return jaccard_score(p);
        case LinkMethod::adamic_adar: return adamic_adar_score(p);
        case LinkMethod::resource_allocation: return resource_allocation_score(p);
        case LinkMethod::preferential_attachment: return preferential_attachment_score(p);
    }
    return 0.0;
}

double link_score(const Graph& graph, LinkMethod method, Graph::Vertex u, Graph::Vertex v) {
    return link_score(method, pair_neighbourhood(graph, u, v));
}

void for_each_two_step_pair(const Graph& graph,
                            const std::function<void(Graph::Vertex, Graph::Vertex, const PairNeighbourhood&)>& visit) {
    const std::size_t n = graph.vertex_count();
    std::vector<PairNeighbourhood> acc(n);
    std::vector<char> tied(n, 0);
    std::vector<Graph::Vertex> touched;
    for (Graph::Vertex u = 0; u < n; ++u) {
        for (Graph::Vertex w : graph.neighbours(u)) tied[w] = 1;
        for (Graph::Vertex w : graph.neighbours(u)) {
            const double d = static_cast<double>(graph.degree(w));
            const double inv_log = 1.0 / std::log(d), inv = 1.0 / d;  // d >= 2: w has u and v
            const auto wn = graph.neighbours(w);
            // Only v > u: each pair once.
            for (auto it = std::upper_bound(wn.begin(), wn.end(), u); it != wn.end(); ++it) {
                const Graph::Vertex v = *it;
                if (tied[v]) continue;
                PairNeighbourhood& p = acc[v];
                if (p.common == 0) touched.push_back(v);
                ++p.common;
                p.inverse_log_degree += inv_log;
                p.inverse_degree += inv;
            }
        }
        std::sort(touched.begin(), touched.end());
        for (Graph::Vertex v : touched) {
            PairNeighbourhood& p = acc[v];
            p.degree_u = graph.degree(u);
            p.degree_v = graph.degree(v);
            visit(u, v, p);
            p = PairNeighbourhood{};
        }
        touched.clear();
        for (Graph::Vertex w : graph.neighbours(u)) tied[w] = 0;
    }
}

std::vector<ScoredPair> top_link_pairs(const Graph& graph, LinkMethod method, std::size_t top, const PairFilter& filter) {
    if (top == 0) return {};
    if (method == LinkMethod::preferential_attachment) return detail::top_preferential_attachment(graph, top, filter);
    // A min-heap of the best `top` so far; "better" = higher score, then earlier pair.
    auto better = [](const ScoredPair& a, const ScoredPair& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.source != b.source) return a.source < b.source;
        return a.target < b.target;
    };
    std::priority_queue<ScoredPair, std::vector<ScoredPair>, decltype(better)> heap(better);
    for_each_two_step_pair(graph, [&](Graph::Vertex u, Graph::Vertex v, const PairNeighbourhood& p) {
        if (filter && !filter(u, v)) return;
        const ScoredPair s{u, v, link_score(method, p)};
        if (heap.size() < top) heap.push(s);
        else if (better(s, heap.top())) {
            heap.pop();
            heap.push(s);
        }
    });
    std::vector<ScoredPair> out;
    out.reserve(heap.size());
    while (!heap.empty()) out.push_back(heap.top()), heap.pop();
    std::reverse(out.begin(), out.end());
    return out;
}

}  // namespace ecosys
