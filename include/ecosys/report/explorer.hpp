#pragma once
// The interactive explorer: one network drawn in the browser with WebGL (sigma.js on
// graphology, embedded), at the positions Graphviz gives it, with search, filters by
// sector, region, tie type and year, a k-core slider, size by any actor metric, an
// actor's panel with the values `ecosys metrics` prints and its ego network, and
// export of the view as SVG and PNG. A written page needs nothing but itself and
// opens from disk with no network. `ecosys explore` writes it alone; the report
// embeds it. docs/explorer.md says what the page does and how it is built.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

struct ExplorerOptions {
    /// The actor metric that sizes the actors when the page opens (the reader picks
    /// another in the page): a scalar actor key of the registry, or "none".
    std::string size_by = "betweenness";
    /// The most ties drawn (a tie: the ties of one pair of one type and year, their
    /// weights summed). Beyond it the lightest are left out and the page says so;
    /// the metrics are computed on all of them either way.
    std::size_t max_ties = 200'000;
    /// Region views besides the whole network: each populated region's own actors, with
    /// the values of `ecosys metrics --scope region`.
    bool regions = true;
    /// The page's heading; empty: the network's name.
    std::string title;
    /// The language of the page's controls, panel and notes (metric labels included).
    Language language = Language::en;
    /// The years are fiscal years (the network went through --fiscal-years): the timeline
    /// says "FY2019" / "2019年度".
    bool fiscal_years = false;
    /// In Japanese, years by era: "令和元年度" (model/fiscal_year.hpp year_text()).
    bool era = false;
};

/// Whether this program embeds the browser libraries (scripts/fetch_js.sh fetches them
/// before the build; third_party/README.md).
[[nodiscard]] bool explorer_available();

/// Throws UsageError when explorer_available() is false, saying how to get them.
void require_explorer();

/// The parts of the explorer, to stand alone (explorer_page) or sit in another page
/// (the report), which must allow the scripts by the hashes of `scripts`.
struct Explorer {
    std::string markup;                ///< the explorer's element and its data (application/json)
    std::string style;                 ///< its style sheet
    std::vector<std::string> scripts;  ///< inline scripts in order: libraries, then the explorer
    std::string licences;              ///< an HTML comment naming the libraries and their licences
    std::vector<std::string> notes;    ///< what the reader should know (ties left out ...)
    /// Of the notes, those saying what the drawing leaves out for size (ties beyond max_ties).
    std::vector<std::string> left_out;
    std::size_t actors = 0, ties = 0;  ///< drawn
    Language language = Language::en;  ///< of its words (ExplorerOptions::language)
};

/// Builds the explorer of the cache's network: the layout (render::graphviz_positions,
/// with the cache's seed and graph options), the actors' metric values from
/// compute_metrics on the cache (scope network, and scope region with options.regions),
/// the ties (the file's and those projects stand for, as the metrics read them).
/// `id` names the element (several explorers may share a page). Throws UsageError for
/// an unknown size_by and when explorer_available() is false; RenderError from the layout.
[[nodiscard]] Explorer build_explorer(AnalysisCache& cache, const ExplorerOptions& options = {},
                                      std::string_view id = "explorer");

/// A whole HTML page holding `explorer`, with a Content-Security-Policy that allows
/// its scripts by hash and nothing from elsewhere.
[[nodiscard]] std::string explorer_page(const Explorer& explorer, std::string_view title);

}  // namespace ecosys
