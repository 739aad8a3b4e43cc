#pragma once
// The shape every metric algorithm shares (after NetworKit's Algorithm): the
// constructor takes the graph and the options, run() computes, const accessors
// return the results. Results are per vertex of the Graph (Graph::actor(v)
// maps a vertex back to its actor).

namespace ecosys {

struct Progress;      // ecosys/progress.hpp
class Distribution;   // ecosys/distribution.hpp

class Algorithm {
public:
    virtual ~Algorithm() = default;

    /// Computes the results; the accessors may be called afterwards.
    virtual void run() = 0;

    [[nodiscard]] bool has_run() const noexcept { return has_run_; }

    /// Where the long source-by-source algorithms (betweenness, closeness, harmonic,
    /// path lengths) report progress and look for cancellation; nullptr = nowhere.
    /// `progress` must outlive run().
    void set_progress(const Progress* progress) noexcept { progress_ = progress; }

    /// The processes that share the sources of the exact path metrics (betweenness,
    /// closeness, harmonic; docs/distributed.md); nullptr = this process does them
    /// all. Every process of `distribution` must run the same algorithm on the same
    /// graph. Algorithms that do not split their work by source compute everything
    /// in every process and ignore it. `distribution` must outlive run().
    void set_distribution(Distribution* distribution) noexcept { distribution_ = distribution; }

protected:
    /// Throws std::logic_error("... run() must be called first") unless run() has finished.
    void assure_finished() const;

    bool has_run_ = false;
    const Progress* progress_ = nullptr;
    Distribution* distribution_ = nullptr;
};

}  // namespace ecosys
