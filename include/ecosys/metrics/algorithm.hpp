#pragma once
// The shape every metric algorithm shares (after NetworKit's Algorithm): the
// constructor takes the graph and the options, run() computes, const accessors
// return the results. Results are per vertex of the Graph (Graph::actor(v)
// maps a vertex back to its actor).

namespace ecosys {

struct Progress;  // ecosys/progress.hpp

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

protected:
    /// Throws std::logic_error("... run() must be called first") unless run() has finished.
    void assure_finished() const;

    bool has_run_ = false;
    const Progress* progress_ = nullptr;
};

}  // namespace ecosys
