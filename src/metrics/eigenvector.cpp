#include "ecosys/metrics/eigenvector.hpp"

#include <algorithm>
#include <cmath>

#include "ecosys/metrics/components.hpp"

namespace ecosys {

namespace {

/// Principal eigenvector of one component (unit norm, in x) and its eigenvalue;
/// `change` gets the L1 change per actor of the last step if the tolerance was not met
/// within max_iterations, and stays 0 otherwise.
double power_iteration(const Graph& g, bool weighted, std::span<const Graph::Vertex> members,
                       std::vector<double>& x, std::vector<double>& y, double& unconverged_change) {
    const double start = 1.0 / std::sqrt(static_cast<double>(members.size()));
    for (Graph::Vertex v : members) x[v] = start;
    const double tolerance = 1e-13 * static_cast<double>(members.size());

    auto multiply = [&](bool plus_identity) {  // y = (A [+ I]) x on the component
        for (Graph::Vertex v : members) {
            double sum = plus_identity ? x[v] : 0.0;
            const auto nbrs = g.neighbours(v);
            const auto wts = g.weights(v);
            for (std::size_t i = 0; i < nbrs.size(); ++i) sum += (weighted ? wts[i] : 1.0) * x[nbrs[i]];
            y[v] = sum;
        }
    };

    unconverged_change = 0.0;
    bool met = false;
    double change = 0.0;
    for (std::size_t it = 0; it < Eigenvector::max_iterations && !met; ++it) {
        multiply(true);  // A + I: shifts the spectrum so that bipartite graphs do not oscillate
        double norm = 0.0;
        for (Graph::Vertex v : members) norm += y[v] * y[v];
        norm = std::sqrt(norm);
        if (norm == 0.0) {
            met = true;
            break;
        }
        change = 0.0;
        for (Graph::Vertex v : members) {
            const double next = y[v] / norm;
            change += std::abs(next - x[v]);
            x[v] = next;
        }
        met = change < tolerance;
    }
    if (!met) unconverged_change = change / static_cast<double>(members.size());
    multiply(false);
    double lambda = 0.0;  // Rayleigh quotient x.Ax
    for (Graph::Vertex v : members) lambda += x[v] * y[v];
    return lambda;
}

}  // namespace

void Eigenvector::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    eigenvalue_ = 0.0;
    if (n == 0) {
        has_run_ = true;
        return;
    }

    Components components(graph_);
    components.run();
    const auto& component_of = components.component_of();
    const std::size_t k = components.count();

    // Vertices grouped by component (counting sort), so each power iteration
    // touches only its own component.
    std::vector<std::size_t> begin(k + 1, 0);
    for (auto c : component_of) ++begin[c + 1];
    for (std::size_t c = 0; c < k; ++c) begin[c + 1] += begin[c];
    std::vector<Graph::Vertex> members(n);
    {
        std::vector<std::size_t> next(begin.begin(), begin.end() - 1);
        for (Graph::Vertex v = 0; v < n; ++v) members[next[component_of[v]]++] = v;
    }

    std::vector<double> x(n, 0.0), y(n, 0.0), lambda(k, 0.0);
    std::vector<double> unconverged(k, 0.0);
    for (std::size_t c = 0; c < k; ++c) {
        std::span<const Graph::Vertex> part(members.data() + begin[c], begin[c + 1] - begin[c]);
        lambda[c] = power_iteration(graph_, weighted_, part, x, y, unconverged[c]);
    }

    eigenvalue_ = *std::max_element(lambda.begin(), lambda.end());
    const double cutoff = eigenvalue_ - 1e-9 * std::max(1.0, std::abs(eigenvalue_));
    double norm = 0.0;
    zero_actors_ = zero_components_ = 0;
    converged_ = true;
    last_change_ = 0.0;
    for (std::size_t c = 0; c < k; ++c) {
        if (lambda[c] < cutoff) {  // its vector is not used (its actors get 0)
            zero_actors_ += begin[c + 1] - begin[c];
            ++zero_components_;
            continue;
        }
        if (unconverged[c] > 0.0) {
            converged_ = false;
            last_change_ = std::max(last_change_, unconverged[c]);
        }
        std::span<const Graph::Vertex> part(members.data() + begin[c], begin[c + 1] - begin[c]);
        double overlap = 0.0;  // with the uniform start vector
        for (Graph::Vertex v : part) overlap += x[v];
        for (Graph::Vertex v : part) {
            scores_[v] = overlap * x[v];
            norm += scores_[v] * scores_[v];
        }
    }
    norm = std::sqrt(norm);
    for (double& s : scores_) s /= norm;
    has_run_ = true;
}

const std::vector<double>& Eigenvector::scores() const {
    assure_finished();
    return scores_;
}

double Eigenvector::eigenvalue() const {
    assure_finished();
    return eigenvalue_;
}

std::size_t Eigenvector::actors_set_to_zero() const {
    assure_finished();
    return zero_actors_;
}

std::size_t Eigenvector::components_set_to_zero() const {
    assure_finished();
    return zero_components_;
}

}  // namespace ecosys
