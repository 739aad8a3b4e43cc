#pragma once
// Leydesdorff's Triple Helix indicator: the mutual information among the helices
// in three (and four) dimensions, from which helices take part in each project.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/metrics/algorithm.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// Each project is one observation of binary variables, one per helix: does the
/// helix take part (at least one participant of that sector) or not. With H(S) the
/// Shannon entropy in bits of the joint distribution of the variables in S over
/// the projects, the mutual information among the helices in S is (McGill 1954;
/// Abramson 1963) the alternating sum over the non-empty subsets A of S
///   T(S) = sum_A (-1)^(|A|+1) H(A):
///   T(u,i,g)   = H_u + H_i + H_g - H_ui - H_ug - H_ig + H_uig
///   T(u,i,g,f) = sum H_x - sum H_xy + sum H_xyz - H_uigf.
/// Sign: a negative T in three dimensions is a reduction of uncertainty that no
/// pair of helices accounts for, Leydesdorff's synergy; a positive T means the
/// helices overlap redundantly (each pair's relation already tells the rest). In
/// four dimensions the sign of T flips relative to that reading (Leydesdorff &
/// Ivanova 2014), so r4() = -t4() is given as well: the mutual redundancy, negative
/// for synergy like t3().
///
/// L. Leydesdorff (2003), The mutual information of university-industry-government
/// relations: an indicator of the Triple Helix dynamics, Scientometrics 58(2), 445-467;
/// L. Leydesdorff, H. W. Park, B. Lengyel (2014), A routine for measuring synergy in
/// university-industry-government relations: mutual information as a Triple-Helix
/// and Quadruple-Helix indicator, Scientometrics 99(1), 27-35;
/// L. Leydesdorff, I. A. Ivanova (2014), Mutual redundancies in interhuman
/// communication systems, JASIST 65(2), 386-399.
/// run() takes O(2^h P log P) time for h helices and P projects.
class Synergy final : public Algorithm {
public:
    /// `helices`: 3 or 4 sector ids. `patterns`: one per project, bit h set when
    /// helices[h] takes part. Throws std::invalid_argument for another number of helices.
    Synergy(std::vector<std::string> helices, std::vector<std::uint32_t> patterns);

    void run() override;

    [[nodiscard]] const std::vector<std::string>& helices() const noexcept { return helices_; }
    [[nodiscard]] std::size_t projects() const noexcept { return patterns_.size(); }
    /// H of the helices in `mask` (bit h = helices[h]), in bits; 0 without projects.
    [[nodiscard]] double entropy(std::uint32_t mask) const;
    /// T(mask), the alternating sum above; 0 without projects.
    [[nodiscard]] double information(std::uint32_t mask) const;

    /// T of the first three helices.
    [[nodiscard]] double t3() const;
    /// T of all four helices; nullopt with three.
    [[nodiscard]] std::optional<double> t4() const;
    /// -t4(): the four-helix mutual redundancy, negative for synergy.
    [[nodiscard]] std::optional<double> r4() const;

private:
    std::vector<std::string> helices_;
    std::vector<std::uint32_t> patterns_;
    double t3_ = 0;
    std::optional<double> t4_;
};

/// The helices T is computed for: academia, industry, government (and finance)
/// when the network declares them, in that order (Leydesdorff's university,
/// industry, government); otherwise the first four (or three) declared sectors;
/// empty when fewer than three are declared.
[[nodiscard]] std::vector<std::string> synergy_helices(const Network& network);

/// One pattern per project with at least one participant among `actors` (indices
/// into network.actors, e.g. a region's): bit h set when a participant among
/// `actors` has sector helices[h]. A project whose participants there belong to
/// none of the helices gives pattern 0.
[[nodiscard]] std::vector<std::uint32_t> project_patterns(const Network& network, const std::vector<std::string>& helices,
                                                          std::span<const std::size_t> actors);

/// The figures of `ecosys helix` for the projects with a participant among `actors`.
struct SynergyFigures {
    std::size_t projects = 0;          ///< projects with a participant in the region
    std::vector<std::string> helices;  ///< 3 or 4 sector ids; t3 reads the first three
    double t3 = 0;                     ///< bits; negative = synergy
    std::optional<double> t4, r4;      ///< with four helices: T and the mutual redundancy -T
    /// T of every three of the helices (one with three helices, four with four).
    std::vector<std::pair<std::vector<std::string>, double>> triples;
};

/// Synergy of the projects with a participant among `actors` (indices into
/// network.actors): T of the helices, of every three of them, and R with four;
/// nullopt without projects there or with fewer than three declared sectors.
[[nodiscard]] std::optional<SynergyFigures> synergy_figures(const Network& network, std::span<const std::size_t> actors);

}  // namespace ecosys
