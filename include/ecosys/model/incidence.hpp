#pragma once
// Each actor's ties and projects, and each region's members, indexed once per network,
// so that the work on one part of a network (a region's graph, its ties to the
// outside, its members) costs in proportion to that part, not to the whole network.
// A network of 10,000 one-actor regions took 26 s to compare and 836 MB to measure
// per region when every region's graph scanned every tie (docs/robustness.md, Limits).
// Both indexes hold indices into the network they were built from, which must not
// change while they are in use.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ecosys/model/network.hpp"

namespace ecosys {

/// The ties and projects of every actor. O(actors + ties + participations) to build.
class ActorIncidence {
public:
    explicit ActorIncidence(const Network& network);

    /// Indices into Network::ties of the ties with `actor` at an end, ascending, each
    /// once (a self-loop too).
    [[nodiscard]] std::span<const std::size_t> ties_of(std::size_t actor) const noexcept {
        return {ties_.data() + tie_offsets_[actor], ties_.data() + tie_offsets_[actor + 1]};
    }
    /// Indices into Network::projects of the projects `actor` takes part in, ascending,
    /// each once.
    [[nodiscard]] std::span<const std::size_t> projects_of(std::size_t actor) const noexcept {
        return {projects_.data() + project_offsets_[actor], projects_.data() + project_offsets_[actor + 1]};
    }

private:
    std::vector<std::size_t> tie_offsets_, ties_, project_offsets_, projects_;
};

/// Network::actors_in_region for every region of an indexed network: the same members
/// (the actors of the region and of every region below it by Region::parent, in file
/// order). O(actors + regions) to build; members() then costs in proportion to the
/// region's actors and sub-regions (times log of its actors).
class RegionMembers {
public:
    explicit RegionMembers(const Network& network);

    /// The actors of region `id` and of the regions below it, ascending; empty for an
    /// id that no region and no actor has.
    [[nodiscard]] std::vector<std::size_t> members(std::string_view id) const;

private:
    std::unordered_map<std::string_view, std::vector<std::size_t>> own_;       // region -> its own actors
    std::unordered_map<std::string_view, std::vector<std::string_view>> below_;  // region -> regions whose parent it is
};

}  // namespace ecosys
