#include "ecosys/compare/null_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <random>
#include <stdexcept>
#include <utility>

#include "ecosys/compare/curveball.hpp"
#include "ecosys/metrics/clustering.hpp"
#include "ecosys/metrics/diameter.hpp"
#include "ecosys/metrics/path_lengths.hpp"
#include "ecosys/metrics/sampled_path_length.hpp"
#include "metrics/shared_sources.hpp"
#include "util/parallel.hpp"
#include "util/random.hpp"
#include "util/rounding.hpp"

namespace ecosys {

namespace {

using Edge = GlobalCurveball::Edge;

enum Statistic : std::size_t { transitivity, mean_clustering, mean_path_length, diameter, statistic_count };

/// How the mean path length of the random graphs is measured.
enum class PathMode { exact, exact_some, sampled };

/// What one random graph gives.
struct SampleResult {
    double value[statistic_count] = {};
    bool has_path_length = false;  ///< mean_path_length measured in this sample
    double path_variance = 0.0;    ///< the sampling variance of that value (sampled sources)
    std::size_t moved = 0;
};

/// Mean and sum of squared deviations, added in a fixed order (Welford): exactly 0
/// when every value agrees.
struct Running {
    std::size_t count = 0;
    double mean = 0.0, m2 = 0.0;
    void add(double x) {
        ++count;
        const double delta = x - mean;
        mean += delta / static_cast<double>(count);
        m2 += delta * (x - mean);
    }
    [[nodiscard]] double variance() const { return count >= 2 ? m2 / static_cast<double>(count - 1) : 0.0; }
};

/// The standard error of z = (x - mean) / sd estimated from n normal samples: 1/n
/// from the mean, z^2 / (2 (n - 1)) from the standard deviation (delta method).
double z_variance(double z, std::size_t n) {
    if (n < 2) return std::numeric_limits<double>::infinity();
    return 1.0 / static_cast<double>(n) + z * z / (2.0 * static_cast<double>(n - 1));
}

}  // namespace

std::optional<double> NullDistribution::z() const {
    // Below this the random graphs agree to rounding: the z-score would be noise.
    if (!(sd > 1e-12)) return std::nullopt;
    // A value equal to the random graphs' mean in exact arithmetic is z = 0, not the
    // rounding of the mean divided by sd (docs/robustness.md, "Zero up to rounding").
    return detail::zero_if_rounding(observed - mean, std::abs(observed) + std::abs(mean)) / sd;
}

const std::vector<std::string>& DegreePreservingNull::keys() {
    static const std::vector<std::string> k{"transitivity", "mean_clustering", "mean_path_length", "diameter"};
    return k;
}

bool DegreePreservingNull::has(std::string_view key) {
    return std::find(keys().begin(), keys().end(), key) != keys().end();
}

bool DegreePreservingNull::estimated(std::string_view key) { return key == "mean_path_length"; }

const NullDistribution& DegreePreservingNull::distribution(std::string_view key) const {
    assure_finished();
    const auto it = std::find(keys().begin(), keys().end(), key);
    if (it == keys().end()) throw std::out_of_range("no null distribution for '" + std::string(key) + "'");
    const auto q = static_cast<std::size_t>(it - keys().begin());
    if (!computed_[q]) throw std::out_of_range("'" + std::string(key) + "' was not among the statistics asked for");
    return distributions_[q];
}

std::size_t DegreePreservingNull::moved_ties() const {
    assure_finished();
    return moved_;
}

void DegreePreservingNull::run() {
    const std::size_t n = graph_.vertex_count();
    std::vector<Edge> original;
    for (Graph::Vertex v = 0; v < n; ++v)
        for (Graph::Vertex w : graph_.neighbours(v))
            if (v < w) original.emplace_back(v, w);
    const Graph simple = Graph::from_edges(n, original);  // unweighted, as the statistics are
    const std::size_t m = original.size();

    // Only the statistics asked for (all when none is named).
    bool want[statistic_count];
    for (std::size_t q = 0; q < statistic_count; ++q)
        want[q] = options_.statistics.empty() ||
                  std::find(options_.statistics.begin(), options_.statistics.end(), keys()[q]) != options_.statistics.end();
    const bool want_triangles = want[transitivity] || want[mean_clustering];

    // The observed statistics, exact whatever the size: the z-score compares them
    // with the random graphs, and they are the values `metrics` prints.
    double observed[statistic_count] = {};
    if (want_triangles) {
        Clustering clustering(simple);
        clustering.run();
        observed[transitivity] = clustering.transitivity();
        observed[mean_clustering] = clustering.mean();
    }
    const double size = static_cast<double>(n) * static_cast<double>(m);
    const PathMode mode = size <= options_.exact_path_limit    ? PathMode::exact
                          : size <= options_.sampled_path_limit ? PathMode::exact_some
                                                                : PathMode::sampled;
    // With sampled sources the observed mean path length waits for the samples: it
    // is only needed when they leave a z (a search from every actor of a graph this
    // large costs more than all the random graphs).
    auto observe_paths = [&] {
        if (const PathLengths* known = options_.observed_paths) {
            observed[mean_path_length] = known->mean_path_length();
            observed[diameter] = known->diameter();
            return;
        }
        PathLengths paths(simple, false, options_.threads);
        paths.set_progress(progress_);
        paths.run();
        observed[mean_path_length] = paths.mean_path_length();
        observed[diameter] = paths.diameter();
    };
    if (want[mean_path_length] && mode != PathMode::sampled) {
        observe_paths();
    } else if (want[diameter]) {
        Diameter d(simple);
        d.run();
        observed[diameter] = d.diameter();
    }
    const std::size_t samples = options_.samples;
    if (m < 2 && samples > 0 && mode == PathMode::exact) {
        // No trade can change a graph of fewer than two edges: every random graph is the
        // graph itself. Say so without drawing them (a one-actor region took 100 seeded
        // generators, and threads, for nothing).
        distributions_.assign(statistic_count, {});
        computed_.assign(want, want + statistic_count);
        for (std::size_t q = 0; q < statistic_count; ++q) {
            NullDistribution& d = distributions_[q];
            d.observed = d.mean = observed[q];
            d.samples = want[q] ? samples : 0;
            d.sd = 0.0;
        }
        moved_ = 0;
        has_run_ = true;
        return;
    }
    const std::size_t exact_paths = !want[mean_path_length]        ? 0
                                    : mode == PathMode::exact      ? samples
                                    : mode == PathMode::exact_some ? std::min(samples, options_.path_samples)
                                                                   : 0;

    // The starts: burn_in global trades from the graph itself, each with its own
    // generator (streams counted down from the top; the samples count up from 1).
    const std::size_t start_count = std::min(samples, std::max<std::size_t>(options_.starts, 1));
    std::vector<std::vector<Edge>> starts(start_count, original);
    std::vector<std::size_t> start_moved(start_count, 0);
    if (options_.burn_in > 0)
        detail::parallel_for(start_count, options_.threads, progress_, "random graphs: burn-in", [&](unsigned, std::size_t c) {
            GlobalCurveball burn(n, original);
            std::mt19937_64 rng = detail::seeded_rng(options_.seed, ~std::uint64_t{c});
            burn.run(options_.burn_in, rng);
            starts[c] = burn.edges();
            start_moved[c] = burn.moved();
        });
    moved_ = 0;
    for (std::size_t c = 0; c < start_count; ++c) moved_ += start_moved[c];

    // Each random graph on its own: its own generator, its own slot of results.
    // With other processes (set_distribution): this one's contiguous share of the
    // samples, those with exact path lengths counted as n times the cost of the others.
    std::vector<double> sample_cost(distribution_ ? samples : 0, 1.0);
    for (std::size_t i = 0; i < std::min(exact_paths, sample_cost.size()); ++i) sample_cost[i] = static_cast<double>(n);
    detail::SharedSources share(distribution_, "random_graphs", distribution_ ? sample_cost : std::vector<double>(samples));
    std::vector<SampleResult> results(samples);
    const unsigned workers = detail::worker_count(share.size(), options_.threads);
    std::vector<std::unique_ptr<GlobalCurveball>> curveballs(workers);
    detail::parallel_for(share.size(), options_.threads, progress_, "random graphs", [&](unsigned worker, std::size_t item) {
        const std::size_t i = share.begin() + item;
        if (!curveballs[worker]) curveballs[worker] = std::make_unique<GlobalCurveball>(n, original);
        GlobalCurveball& curveball = *curveballs[worker];
        curveball.set_start(starts[i % start_count]);
        std::mt19937_64 rng = detail::seeded_rng(options_.seed, i + 1);
        curveball.run(options_.trades_per_sample, rng);
        const Graph g = curveball.graph();
        SampleResult& r = results[i];
        r.moved = curveball.moved();

        if (want_triangles) {
            Clustering clustering(g);
            clustering.run();
            r.value[transitivity] = clustering.transitivity();
            r.value[mean_clustering] = clustering.mean();
        }
        if (i < exact_paths) {
            PathLengths paths(g, false, 1);
            paths.run();
            r.value[mean_path_length] = paths.mean_path_length();
            r.value[diameter] = paths.diameter();
            r.has_path_length = true;
        } else {
            if (want[diameter]) {
                Diameter d(g);
                d.run();
                r.value[diameter] = d.diameter();
            }
            if (want[mean_path_length] && mode == PathMode::sampled) {
                // Sources drawn with their own stream of the sample's seed.
                SampledPathLength paths(g, options_.path_sources, rng(), 1);
                paths.run();
                r.value[mean_path_length] = paths.mean_path_length();
                r.path_variance = paths.variance();
                r.has_path_length = true;
            }
        }
    });

    // Every sample's results on every process: each slot was filled by one process
    // and is 0 on the others, so the sum is exact.
    constexpr std::size_t packed_width = statistic_count + 3;
    std::vector<double> packed(distribution_ ? samples * packed_width : 0);
    if (distribution_) {
        for (std::size_t i = share.begin(); i < share.end(); ++i) {
            double* p = packed.data() + i * packed_width;
            std::copy(results[i].value, results[i].value + statistic_count, p);
            p[statistic_count] = results[i].has_path_length ? 1.0 : 0.0;
            p[statistic_count + 1] = results[i].path_variance;
            p[statistic_count + 2] = static_cast<double>(results[i].moved);
        }
    }
    share.sum(packed);
    if (distribution_ && distribution_->size() > 1) {
        for (std::size_t i = 0; i < samples; ++i) {
            const double* p = packed.data() + i * packed_width;
            std::copy(p, p + statistic_count, results[i].value);
            results[i].has_path_length = p[statistic_count] != 0.0;
            results[i].path_variance = p[statistic_count + 1];
            results[i].moved = static_cast<std::size_t>(p[statistic_count + 2]);
        }
    }

    // Reduced in sample order: the same bits whatever the thread count.
    Running running[statistic_count];
    Running path_variance;
    for (const SampleResult& r : results) {
        moved_ += r.moved;
        for (std::size_t q = 0; q < statistic_count; ++q) {
            if (!want[q] || (q == mean_path_length && !r.has_path_length)) continue;
            running[q].add(r.value[q]);
        }
        if (r.has_path_length) path_variance.add(r.path_variance);
    }

    distributions_.assign(statistic_count, {});
    computed_.assign(want, want + statistic_count);
    for (std::size_t q = 0; q < statistic_count; ++q) {
        NullDistribution& d = distributions_[q];
        d.observed = observed[q];
        d.mean = running[q].mean;
        d.samples = running[q].count;
        d.sd = std::sqrt(running[q].variance());
    }

    // The mean path length's extra error.
    NullDistribution& path = distributions_[mean_path_length];
    if (mode == PathMode::exact_some && path.samples < samples) {
        // z from fewer exact random graphs: its Monte Carlo variance, less that of all.
        if (const std::optional<double> z = path.z())
            path.z_error = std::sqrt(std::max(0.0, z_variance(*z, path.samples) - z_variance(*z, samples)));
    } else if (mode == PathMode::sampled && path.samples >= 2) {
        // Each estimate is the exact value plus an independent error of (estimated)
        // variance v_i: the estimates' variance is sd^2 + mean(v). Deconvolve, then
        // propagate the sampling's share of the errors of the mean and of sd^2 to z.
        // A z only where the noise is at most a quarter of what is left for sd^2: with
        // more, sd^2 is a small difference of large numbers, the linear error below no
        // longer holds (on DE of CORDIS with 256 of 2,900 actors as sources, noise 10x
        // sd^2, z came out 25-40 % low with errors of 15 %), and no z is given.
        path.sources = options_.path_sources;
        const double noise = path_variance.mean;
        const double total = running[mean_path_length].variance();
        const double sd2 = total - noise;
        const double count = static_cast<double>(path.samples);
        path.sd = sd2 > 0.0 && noise <= 0.25 * sd2 ? std::sqrt(sd2) : 0.0;
        if (path.sd > 0.0) {
            const double diameter_seen = observed[diameter];
            observe_paths();
            observed[diameter] = diameter_seen;  // the same number, from Diameter above
            path.observed = observed[mean_path_length];
        } else {
            path.observed = std::numeric_limits<double>::quiet_NaN();
        }
        if (const std::optional<double> z = path.z()) {
            const double from_mean = noise / (count * sd2);
            // The variance of sd^2 (normal estimates) less what exact values would give.
            const double sampling_var_sd2 =
                2.0 * (total * total - sd2 * sd2) / (count - 1.0) + path_variance.variance() / count;
            const double from_sd = (*z) * (*z) * sampling_var_sd2 / (4.0 * sd2 * sd2);
            path.z_error = std::sqrt(from_mean + from_sd);
        }
    }
    has_run_ = true;
}

}  // namespace ecosys
