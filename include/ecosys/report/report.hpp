#pragma once
// The analysis an analyst hands on: one self-contained HTML file (no request leaves
// the page; its Content-Security-Policy forbids any) with the overview diagram, the
// regions compared in a table sortable by clicking a column, small-multiple charts of
// the key metrics, one section per region (diagram, top brokers, sector mix, sector-
// to-sector heat map) and a methods section (input checksums, version, every
// parameter and seed, the metric definitions). docs/report.md describes it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/language.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/model/network.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/report/checksum.hpp"

namespace ecosys {

struct NetworkDiff;

struct ReportOptions {
    /// Every figure, table, diagram and the Change section read these: weights and
    /// direction (as `ecosys metrics --weighted --directed`), projects as ties, one seed
    /// for Louvain, the layouts, the E-I permutations and the random graphs, random graphs
    /// per region for the size-adjusted z-scores (samples, 0: none), relabellings of the
    /// E-I test (ei_permutations, 0: no test), worker threads, progress and cancellation.
    AnalysisOptions analysis;
    /// An interactive explorer of the whole network and each region (report/explorer.hpp),
    /// when this program embeds its browser libraries (explorer_available()).
    bool explorer = true;
    /// The language of every text for people (headings, notes, labels, legends); keys,
    /// ids and numbers' values are the same in both (ecosys/language.hpp).
    Language language = Language::en;
    /// The years are fiscal years (the network went through --fiscal-years), and in
    /// Japanese whether to write them by era (ExplorerOptions).
    bool fiscal_years = false;
    bool era = false;
    /// Layout engine of the diagrams (automatic: by size, as `ecosys render`).
    render::Engine engine = render::Engine::automatic;
    /// Diagrams of more actors (regions, in the overview) are left out, and the report
    /// says so where they would be and under Methods, with their size and how to draw
    /// them: past a few thousand actors a diagram is a blot on the page, its SVG adds about
    /// 1.5 kB an actor (38 MB for 23,133) and its layout takes minutes (docs/report.md,
    /// "Size"). 0: none left out.
    std::size_t max_diagram_actors = 2'000;
    /// The explorer is left out (saying so, as a diagram is) for networks of more actors:
    /// its layout of every actor (Graphviz sfdp) takes minutes past 10^5 actors and its
    /// page grows by tens of MB (docs/report.md, "Size"). 0: no limit.
    std::size_t max_explorer_actors = 50'000;
    /// The files read, for the methods section (checksum.hpp describe_input).
    std::vector<InputFile> inputs;
    /// How the report was made, shown in the methods section (e.g. the command line).
    std::string command;
    /// An analysis cache of this network to read from and fill (its options must be
    /// `analysis`); nullptr: the report makes its own. Lets a caller read --stats.
    AnalysisCache* cache = nullptr;
    /// What changed from an earlier network or period to this one (compare/diff.hpp):
    /// when given, the report gains a "Change" section. nullptr: none.
    const NetworkDiff* change = nullptr;
};

struct Report {
    std::string html;
    /// What the reader of the report should know (a diagram Graphviz warned about ...).
    std::vector<std::string> notes;
};

/// Builds the report. The network must be indexed. Throws UsageError for a network
/// without actors. Deterministic: the same network and options give the same bytes.
/// Cost: the metrics of `ecosys compare` (with their random graphs), `ecosys helix`,
/// and one layout per region plus the overview (up to max_diagram_actors each). Reports
/// each stage to options.progress ("report: regions" k of n, "report: overview diagram"
/// 0 then 1 of 1 ...) and stops between stages when it is cancelled (Cancelled).
[[nodiscard]] Report build_report(const Network& network, const ReportOptions& options = {});

/// What changed from `before` to `after` for the report's Change section: diff_networks
/// over the section's metrics with the report's own analysis options (direction, weights,
/// projects, seed, threads), so that the section reads the network as the rest does.
[[nodiscard]] NetworkDiff report_change(const Network& before, const Network& after, const std::string& before_label,
                                        const std::string& after_label, const ReportOptions& options);

}  // namespace ecosys
