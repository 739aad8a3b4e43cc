#pragma once
// Diagrams of an ecosystem, independent of how they are drawn: which actors (or
// regions) appear, their size, colour, shape and label, the ties between them, the
// groups, the title and the legend. renderer.hpp lays a Diagram out with Graphviz
// and writes SVG, PNG, PDF or DOT. docs/diagrams.md describes what a diagram shows.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/language.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys::render {

/// Graphviz layout engine; `automatic` picks one by size (resolve_engine).
enum class Engine { automatic, dot, neato, fdp, sfdp, circo, twopi };
/// What node colour shows; the shape always shows the sector.
enum class ColorBy { sector, community, region };
/// Which actors are drawn together: as Graphviz clusters where the engine has them.
enum class GroupBy { none, region, sector, community };

/// Which actors get a text label; the others show theirs only in the tooltip.
struct LabelRule {
    enum class Kind { automatic, top, all, none };
    Kind kind = Kind::automatic;
    std::size_t top = 0;  ///< for Kind::top: the N actors largest by the size metric
};

struct DiagramOptions {
    Engine engine = Engine::automatic;
    /// What node size shows: a scalar actor metric of the registry (size_by_keys()) or "none".
    std::string size_by = "betweenness";
    ColorBy color_by = ColorBy::sector;
    GroupBy group_by = GroupBy::none;
    LabelRule labels;
    /// Ties lighter than this are left out (each tie on its own, before parallel ties
    /// are summed). 0 keeps every tie.
    double min_weight = 0.0;
    /// Only ties of this year or earlier; ties without a year are kept (they are taken
    /// to hold throughout). Actors are kept whatever the year.
    std::optional<int> year;
    /// Weights and direction of the metrics (as `ecosys metrics --weighted --directed`:
    /// sizes and tooltips' betweenness and PageRank follow arcs, and --size-by takes the
    /// direction keys; strength is always weighted), whether projects add ties (each pair
    /// of a project's participants, type "project", drawn and counted like the file's ties:
    /// the graph `ecosys metrics` analyses, so the numbers in tooltips match its output),
    /// the seed of the layout and the communities (the same input and seed give the same
    /// file), and the communities' method.
    AnalysisOptions analysis;
    /// Where the tooltips' and sizes' metrics come from when the diagram's graph is the
    /// analysis graph of its scope (no tie filter): shared with the tables of the same
    /// process, so nothing is computed twice. nullptr (or a filtered diagram): computed
    /// for the diagram alone. Its options must be `analysis`.
    AnalysisCache* cache = nullptr;
    /// The language of titles, subtitles and legends (ecosys/language.hpp).
    Language language = Language::en;
};

[[nodiscard]] std::string_view to_string(Engine engine);
[[nodiscard]] std::string_view to_string(ColorBy color_by);
[[nodiscard]] std::string_view to_string(GroupBy group_by);

/// Parsers for the command line; each throws UsageError naming the bad value, the
/// accepted ones and the closest ("unknown layout 'nato' (did you mean 'neato'?);
/// expected auto, dot, neato, fdp, sfdp, circo or twopi").
[[nodiscard]] Engine parse_engine(std::string_view text);
/// A key of size_by_keys(), checked ("unknown size metric ..." otherwise).
[[nodiscard]] std::string parse_size_by(std::string_view text);
/// The scalar actor metrics of the registry, then "none".
[[nodiscard]] const std::vector<std::string>& size_by_keys();
[[nodiscard]] ColorBy parse_color_by(std::string_view text);
[[nodiscard]] GroupBy parse_group_by(std::string_view text);
/// "auto", "all", "none" or "top:N" with N >= 0.
[[nodiscard]] LabelRule parse_labels(std::string_view text);

/// Actor counts up to which `automatic` picks neato; above it sfdp with overlap
/// removal, which PERFORMANCE.md measures at about a second for 4k actors (neato: a minute).
inline constexpr std::size_t neato_limit = 600;

/// circo's largest diagram: its time grows about with the cube of the node count
/// (1.5 s at 60 actors, 9 minutes at 381 on the project's machines).
inline constexpr std::size_t circo_limit = 150;

/// The engine `automatic` stands for, for a diagram of `nodes` nodes: neato up to
/// neato_limit, sfdp above. Other engines stand for themselves; circo above circo_limit
/// throws UsageError ("circo takes minutes on more than 150 nodes ...").
[[nodiscard]] Engine resolve_engine(Engine requested, std::size_t nodes);

/// How an engine draws groups (--group-by):
/// - native: Graphviz clusters laid out by the engine itself (dot, fdp);
/// - packed: each group laid out on its own by the engine, then the groups put in rows
///   in group order, and everything drawn as clusters at those positions (neato, sfdp);
/// - none: the engine cannot show groups (circo, twopi).
enum class Grouping { none, native, packed };
[[nodiscard]] Grouping grouping_of(Engine engine);

inline constexpr std::size_t no_group = std::numeric_limits<std::size_t>::max();

/// One legend item: a coloured marker and its meaning.
struct LegendItem {
    std::string key;     ///< what it stands for: sector id, tie type, community number ...
    std::string marker;  ///< UTF-8 glyph(s): "■", "━━━▶"
    std::string color;   ///< marker colour
    std::string text;
};

/// One actor (or region, in the overview).
struct DiagramNode {
    std::string element_id;  ///< SVG id of the node: "actor-<encoded id>" (names.hpp)
    std::string name;        ///< the full name, as in the file
    std::vector<std::string> label;  ///< label lines shown next to the node; empty: no label
    std::vector<LegendItem> marks;   ///< a last label line of coloured markers (the overview's sector mix)
    std::string tooltip;     ///< hover text (SVG <title>): name, id, sector, region, metrics; '\n' between lines
    std::string fill;        ///< "#RRGGBB"
    std::string shape;       ///< Graphviz shape
    double size = 0.3;       ///< width = height, in inches
    double value = 0.0;      ///< the size metric's value (the actor count in the overview)
    std::size_t group = no_group;  ///< index into Diagram::groups
    /// A fixed place (x, y in points, y upwards, as graphviz_positions() gives them)
    /// that neato keeps while it places the other nodes around it; other engines ignore it.
    std::optional<std::pair<double, double>> pin;
};

/// All the ties of one pair of nodes, drawn as one line.
struct DiagramEdge {
    std::size_t tail = 0, head = 0;  ///< indices into Diagram::nodes
    std::string element_id;          ///< "tie-<n>"
    double weight = 0.0;             ///< summed weight of the pair's ties (their count in the overview)
    double width = 1.0;              ///< line width in points
    std::string line;                ///< solid, dashed or dotted: the style of the dominant tie type
    std::string color;
    std::string type;                ///< the dominant tie type: the one with the largest summed weight
    bool arrow_forward = false;      ///< directed ties of the dominant type go tail -> head
    bool arrow_back = false;         ///< ... or head -> tail (both: arrows at both ends)
    std::string label;               ///< text on the line (the overview's tie counts); usually empty
    std::string tooltip;
};

struct DiagramGroup {
    std::string key;    ///< region or sector id, or the community number
    std::string label;  ///< shown on the cluster
    std::string color;  ///< frame colour
};

/// One legend row: "Sectors  ■ Industry 産  ● Academia 学 ...".
struct LegendRow {
    std::string heading;
    std::vector<LegendItem> items;
    std::string note;  ///< free text after the items ("size: betweenness, largest 0.41")
};

struct Diagram {
    std::string title;
    std::string subtitle;  ///< key figures: actors, ties, density ...
    std::vector<DiagramNode> nodes;
    std::vector<DiagramEdge> edges;
    std::vector<DiagramGroup> groups;
    std::vector<LegendRow> legend;
    Engine engine = Engine::neato;  ///< resolved: never automatic
    Grouping grouping = Grouping::none;  ///< how groups are drawn (none when there are no groups)
    std::uint64_t seed = 1;
    /// Points that neato, fdp and sfdp keep clear around every shape when they remove
    /// overlaps (Graphviz "sep"); 0: their defaults. The layouts see the shapes only,
    /// not the labels placed next to them: drawings with large labels ask for more.
    double node_margin = 0;
    /// Things the reader of the picture should know that the options did not say
    /// (e.g. "circo does not draw groups"); the CLI prints them as warnings.
    std::vector<std::string> notes;
};

/// Every actor of the network and the ties among them (after the tie filters).
/// Metrics are computed on that graph. The network must be indexed.
[[nodiscard]] Diagram network_diagram(const Network& network, const DiagramOptions& options = {});

/// The actors of one region (and of the regions below it, by Region::parent) and the
/// ties among them; the subtitle counts the ties to actors outside. Metrics are
/// computed inside the region. Throws UsageError for an unknown region (with "did
/// you mean") or one without actors.
[[nodiscard]] Diagram region_diagram(const Network& network, std::string_view region_id,
                                     const DiagramOptions& options = {});

/// The national picture: one node per populated region (size by actors, colour and
/// shape of its dominant sector: the one with most actors, the first declared among
/// equals), one line per pair of regions with ties between them (width by the number
/// of ties, labelled with it), each region's name, actor count and sector mix next
/// to its shape. Actors without a region get one node "(no region)" of their own (element id "no-region"), counted in the
/// subtitle; a network without regions gives that one node and a note. Throws
/// UsageError for a network without actors. Uses engine, labels, min_weight, year,
/// graph and seed of the options; size, colour and grouping are fixed.
[[nodiscard]] Diagram overview_diagram(const Network& network, const DiagramOptions& options = {});

}  // namespace ecosys::render
