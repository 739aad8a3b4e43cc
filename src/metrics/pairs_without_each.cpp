#include "metrics/pairs_without_each.hpp"

#include <algorithm>
#include <limits>

namespace ecosys::detail {

namespace {

std::uint64_t pairs_of(std::uint64_t s) { return s * (s == 0 ? 0 : s - 1); }

}  // namespace

PairsWithoutEach::PairsWithoutEach(std::size_t vertices) : node_(vertices), loss_(vertices) {
    stack_.reserve(vertices);
    component_.reserve(vertices);
}

void PairsWithoutEach::run(const Graph& graph, std::span<const std::uint8_t> removed) {
    const std::size_t n = graph.vertex_count();
    if (node_.size() < n) *this = PairsWithoutEach(n);
    // A vertex's slots are set when the search finds it (stamp == epoch_), so a run
    // clears nothing: its cost is that of the search alone.
    if (++epoch_ == 0) {
        for (Node& x : node_) x.stamp = 0;
        epoch_ = 1;
    }
    // Removed vertices count as found, with a discovery time above every other, so
    // the search passes them by without asking (they never lower a low-point).
    if (!removed.empty())
        for (Vertex v = 0; v < n; ++v)
            if (removed[v]) {
                node_[v].stamp = epoch_;
                node_[v].disc = std::numeric_limits<std::uint32_t>::max();
            }
    const auto discover = [&](Vertex v, Vertex parent, std::uint32_t time) {
        node_[v] = {epoch_, time, time, parent, 0, 1, 0, 0};
        stack_.push_back(v);
        component_.push_back(v);
    };
    total_ = 0;
    std::uint32_t timer = 0;
    for (Vertex root = 0; root < n; ++root) {
        if (node_[root].stamp == epoch_) continue;
        component_.clear();
        discover(root, root, ++timer);
        while (!stack_.empty()) {
            const Vertex v = stack_.back();
            Node& at = node_[v];
            const auto nbrs = graph.neighbours(v);
            std::size_t i = at.next;
            std::uint32_t low = at.low;
            bool descended = false;
            while (i < nbrs.size()) {
                const Vertex w = nbrs[i++];
                const Node& other = node_[w];
                if (other.stamp != epoch_) {  // go down to w; come back to v's next neighbour
                    at.next = static_cast<std::uint32_t>(i);
                    at.low = low;
                    discover(w, v, ++timer);
                    descended = true;
                    break;
                }
                if (w != at.parent) low = std::min(low, other.disc);
            }
            if (descended) continue;
            at.low = low;
            stack_.pop_back();
            if (v == root) break;
            Node& up = node_[at.parent];
            up.low = std::min(up.low, low);
            up.subtree += at.subtree;
            if (low >= up.disc) {  // v's subtree is cut off when its parent goes
                up.split_pairs += pairs_of(at.subtree);
                up.split_size += at.subtree;
            }
        }
        // Removing v leaves its cut-off subtrees and the rest of its component in
        // place of the whole component; the other components do not change.
        const std::uint64_t size = component_.size();
        total_ += pairs_of(size);
        for (Vertex v : component_)
            loss_[v] = pairs_of(size) - node_[v].split_pairs - pairs_of(size - 1 - node_[v].split_size);
    }
}

}  // namespace ecosys::detail
