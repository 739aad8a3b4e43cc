// The metric registry: one row per metric. Formulas, normalisations and edge cases
// are in docs/metrics.md and docs/helix.md at each row's anchor.

#include "ecosys/analysis/registry.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/error.hpp"
#include "ecosys/helix/ei_index.hpp"
#include "ecosys/helix/helix_completeness.hpp"
#include "ecosys/helix/sector_assortativity.hpp"
#include "ecosys/helix/sector_mixing.hpp"
#include "ecosys/helix/synergy.hpp"
#include "ecosys/metrics/centralization.hpp"
#include "ecosys/metrics/closeness.hpp"
#include "ecosys/metrics/clustering.hpp"
#include "ecosys/metrics/components.hpp"
#include "ecosys/metrics/core_number.hpp"
#include "ecosys/metrics/degree.hpp"
#include "ecosys/metrics/eigenvector.hpp"
#include "ecosys/metrics/funding.hpp"
#include "ecosys/metrics/harmonic.hpp"
#include "ecosys/metrics/hits.hpp"
#include "ecosys/metrics/louvain.hpp"
#include "ecosys/analysis/kernels.hpp"
#include "ecosys/metrics/connector_hubs.hpp"
#include "ecosys/metrics/core_periphery.hpp"
#include "ecosys/metrics/pagerank.hpp"
#include "ecosys/metrics/path_lengths.hpp"
#include "ecosys/metrics/reciprocity.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using Values = std::vector<MetricValue>;

std::int64_t as_count(std::size_t n) { return static_cast<std::int64_t>(n); }

template <class T>
Values reals(const std::vector<T>& xs) {
    Values out(xs.size());
    for (std::size_t v = 0; v < xs.size(); ++v) out[v] = static_cast<double>(xs[v]);
    return out;
}

template <class T>
Values counts(const std::vector<T>& xs) {
    Values out(xs.size());
    for (std::size_t v = 0; v < xs.size(); ++v) out[v] = as_count(static_cast<std::size_t>(xs[v]));
    return out;
}

MetricValue optional(const std::optional<double>& x) { return x ? MetricValue(*x) : MetricValue(); }

double n_of(ScopeAnalysis& s) { return static_cast<double>(s.graph().vertex_count()); }
double m_of(ScopeAnalysis& s) { return static_cast<double>(s.graph().edge_count()); }

/// Up to three actors with the highest positive betweenness; equal values (to 1e-12
/// after normalisation) in file order.
MetricValue top_brokers(ScopeAnalysis& s) {
    const auto& b = betweenness(s);
    std::vector<std::pair<long long, Graph::Vertex>> ranked;
    for (Graph::Vertex v = 0; v < b.size(); ++v) {
        const long long key = std::llround(b[v] * 1e12);
        if (key > 0) ranked.push_back({-key, v});
    }
    std::sort(ranked.begin(), ranked.end());  // highest first, then by vertex = file order
    std::vector<std::string> out;
    for (std::size_t i = 0; i < ranked.size() && i < 3; ++i)
        out.push_back(s.network().actors[s.graph().actor(ranked[i].second)].id);
    return out;
}

MetricValue sector_counts(ScopeAnalysis& s) {
    const Graph& g = s.graph();
    const Network& network = s.network();
    std::vector<SectorCount> out;
    for (const Sector& sector : network.sectors) out.push_back({sector.id, 0});
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
        const std::string& sector = network.actors[g.actor(v)].sector;
        auto it = std::find_if(out.begin(), out.end(), [&](const SectorCount& c) { return c.sector == sector; });
        if (it == out.end()) out.push_back({sector, 1});  // not declared: the readers reject this, a hand-built network may not
        else ++it->actors;
    }
    return out;
}

/// A row's label and definition in Japanese (docs/glossary-ja.md lists them with the keys).
struct Japanese {
    std::string_view label, definition;
};

MetricInfo actor(std::string_view key, std::string_view label, Japanese ja, std::string_view definition, std::string_view anchor,
                 bool weighted, std::vector<std::string_view> kernels,
                 std::function<Values(ScopeAnalysis&)> compute) {
    MetricInfo m;
    m.key = key;
    m.label = label;
    m.label_ja = ja.label;
    m.definition_ja = ja.definition;
    m.level = MetricLevel::actor;
    m.definition = definition;
    m.anchor = anchor;
    m.weighted = weighted;
    m.kernels = std::move(kernels);
    m.actor_values = std::move(compute);
    return m;
}

MetricInfo region(std::string_view key, std::string_view label, Japanese ja, std::string_view definition, std::string_view anchor,
                  bool weighted, std::vector<std::string_view> kernels, std::function<MetricValue(ScopeAnalysis&)> compute,
                  bool scalar = true) {
    MetricInfo m;
    m.key = key;
    m.label = label;
    m.label_ja = ja.label;
    m.definition_ja = ja.definition;
    m.level = MetricLevel::region;
    m.definition = definition;
    m.anchor = anchor;
    m.weighted = weighted;
    m.scalar = scalar;
    m.kernels = std::move(kernels);
    m.region_value = std::move(compute);
    return m;
}

/// The funding of the scope's actors, summed (funding_total, funding_per_actor).
double funding_sum(ScopeAnalysis& s) {
    double sum = 0;
    for (double x : funding(s).funding) sum += x;
    return sum;
}

/// A row that reads funding and roles: a default column only where there are some.
MetricInfo funded(MetricInfo m) {
    m.funding = true;
    return m;
}

/// A row computed only when named (--only, --metrics, size-by), never a default column.
MetricInfo on_request(MetricInfo m) {
    m.on_request = true;
    return m;
}

/// A row that reads tie direction: only under --directed (AnalysisOptions::directed).
MetricInfo directed(MetricInfo m) {
    m.directed = true;
    return m;
}

constexpr std::string_view region_anchor = "docs/metrics.md#region-metrics";

std::vector<MetricInfo> make_registry() {
    std::vector<MetricInfo> r;
    // Actor metrics, in column order.
    r.push_back(actor("degree", "degree",
                      {"次数中心性", "紐帯で結ばれた異なる相手の数（並行する紐帯は 1 つ、自己ループは除く）。"}, "Number of partners (distinct actors tied to it).", "docs/metrics.md#degree",
                      false, {"degree"}, [](ScopeAnalysis& s) { return counts(degree(s).degrees()); }));
    r.push_back(actor("strength", "strength",
                      {"強度（重み付き次数）", "そのアクターの紐帯の重み（強さ）の合計で、`--weighted` の有無によらず常に重み付き。"}, "Sum of the weights of its ties.", "docs/metrics.md#strength", true,
                      {"degree"}, [](ScopeAnalysis& s) { return reals(degree(s).strengths()); }));
    r.push_back(actor("betweenness", "betweenness (normalised)",
                      {"媒介中心性（正規化）", "他のアクターのすべてのペアについて最短経路のうちそのアクターを通る割合を合計し、2/((n−1)(n−2)) で 0〜1 に正規化した値（Brandes）。"},
                      "Share of shortest paths between other actors that pass through it (Brandes), normalised to [0, 1].",
                      "docs/metrics.md#betweenness", true, {"betweenness"},
                      [](ScopeAnalysis& s) { return reals(betweenness(s)); }));
    r.push_back(actor("closeness", "closeness",
                      {"近接中心性", "到達できるアクター r 人（自身を含む）への距離の合計 Σd から (r−1)/(n−1) × (r−1)/Σd として求める、非連結なグラフ向けに補正した近接中心性（Wasserman–Faust）。"},
                      "Reach over short paths: (r-1)/Σ distances scaled by the reachable share (Wasserman-Faust).",
                      "docs/metrics.md#closeness", true, {"closeness"},
                      [](ScopeAnalysis& s) { return reals(closeness(s).scores()); }));
    r.push_back(actor("harmonic", "harmonic closeness",
                      {"調和中心性", "到達できる他の各アクターへの距離の逆数の合計を n−1 で割った値（全員と隣接していれば 1）。"}, "Sum of 1/distance to every other actor.",
                      "docs/metrics.md#harmonic", true, {"harmonic"},
                      [](ScopeAnalysis& s) { return reals(harmonic(s).scores()); }));
    r.push_back(actor("eigenvector", "eigenvector centrality",
                      {"固有ベクトル中心性", "隣接行列の最大固有値に対する非負の固有ベクトル（ユークリッドノルム 1）で、自身も中心的な相手と結ばれているほど高い。"}, "Tied to actors that are themselves central (unit length).",
                      "docs/metrics.md#eigenvector", true, {"eigenvector"},
                      [](ScopeAnalysis& s) { return reals(eigenvector(s).scores()); }));
    r.push_back(actor("pagerank", "PageRank",
                      {"ページランク", "確率 0.85 で紐帯をたどり、それ以外は一様に選んだアクターへ跳ぶランダムウォークがそのアクターに滞在する割合（合計 1）。"}, "PageRank with damping 0.85: where a random walk along ties spends its time.",
                      "docs/metrics.md#pagerank", true, {"pagerank"},
                      [](ScopeAnalysis& s) { return reals(pagerank(s).scores()); }));
    r.push_back(actor("clustering", "clustering coefficient",
                      {"クラスター係数", "相手同士のペアのうち互いにも結ばれているものの割合 2T/(d(d−1))（T は三角形の数、次数 2 未満は 0）。"}, "Share of its partners' pairs that are tied themselves.",
                      "docs/metrics.md#clustering", true, {"clustering"},
                      [](ScopeAnalysis& s) { return reals(clustering(s).scores()); }));
    r.push_back(actor("core", "core number",
                      {"コア数（k-コア）", "全員が k 人以上の相手をもつ部分グラフにそのアクターが属するような最大の k。"}, "Largest k such that it belongs to a group where everyone has k partners.",
                      "docs/metrics.md#core", false, {"core"}, [](ScopeAnalysis& s) { return counts(core(s).scores()); }));
    r.push_back(actor("cut_point", "cut point",
                      {"切断点（関節点）", "取り除くとその連結成分が複数に分かれるアクター（単一障害点）なら 1、そうでなければ 0。"},
                      "1 when removing the actor disconnects its component (an articulation point), else 0.",
                      "docs/metrics.md#cut_point", false, {"cut_points"}, [](ScopeAnalysis& s) {
                          Values out(s.graph().vertex_count(), std::int64_t{0});
                          for (Graph::Vertex v : cut_points(s)) out[v] = std::int64_t{1};
                          return out;
                      }));
    r.back().scalar = false;  // a yes/no, not a magnitude
    r.push_back(actor("component", "component",
                      {"連結成分", "属する連結成分の番号（各成分の最初のアクターのファイル順に 0 から振る）。"}, "Number of its connected component.", "docs/metrics.md#component", false,
                      {"components"}, [](ScopeAnalysis& s) { return counts(components(s).component_of()); }));
    r.back().scalar = false;  // a label, not a magnitude
    r.push_back(actor("community", "community",
                      {"コミュニティ", "Louvain（`--community` で Leiden）のモジュラリティ最適化で得たコミュニティの番号（シードを決めれば再現できる）。"}, "Number of its community: Louvain, or Leiden with --community (seeded).", "docs/metrics.md#community",
                      true, {"louvain"}, [](ScopeAnalysis& s) { return counts(communities(s).of); }));
    r.back().scalar = false;
    // Positions (on request: named with --only or --metrics).
    r.push_back(on_request(actor("coreness", "coreness",
                      {"コアネス", "各紐帯 i–j を c_i c_j で最もよく近似する Borgatti–Everett の連続モデルのコアネス c_i を長さ 1 に正規化した値（指定時のみ）。"},
                      "Borgatti-Everett continuous coreness: c_i of the best fit of every tie i-j by c_i c_j, scaled to unit length.",
                      "docs/metrics.md#core-periphery", false, {"core_periphery"},
                      [](ScopeAnalysis& s) { return reals(core_periphery(s).coreness()); })));
    r.push_back(on_request(actor("core_member", "core member",
                      {"コア所属", "Borgatti–Everett の離散モデルで最もよく当てはまるコア・ペリフェリ分割のコアに入れば 1、ペリフェリなら 0（指定時のみ）。"},
                      "1 when the Borgatti-Everett discrete model places it in the core, 0 in the periphery.",
                      "docs/metrics.md#core-periphery", false, {"core_periphery"},
                      [](ScopeAnalysis& s) { return counts(core_periphery(s).core()); })));
    r.back().scalar = false;
    r.push_back(on_request(actor("within_module_z", "within-module degree z",
                      {"モジュール内次数 z 値", "モジュール（`--partition`：地域・セクター・コミュニティ）内の相手の数が、そのモジュールの平均より標準偏差いくつ分多いか（Guimerà–Amaral の z、指定時のみ）。"},
                      "How many more partners it has inside its module (--partition) than its module's mean, in standard "
                      "deviations (Guimera-Amaral z).",
                      "docs/metrics.md#connector-hubs", true, {"connector_hubs"},
                      [](ScopeAnalysis& s) { return reals(connector_hubs(s).within_module_z()); })));
    r.push_back(on_request(actor("participation", "participation coefficient",
                      {"参加係数", "1 − Σ_s（モジュール s への紐帯数 / 紐帯数）² で、すべての紐帯が一つのモジュール内なら 0、多くのモジュールに分散するほど 1 に近い（指定時のみ）。"},
                      "1 - sum over modules of (its ties into the module / its ties)^2: 0 all ties in one module, near 1 "
                      "spread over many.",
                      "docs/metrics.md#connector-hubs", true, {"connector_hubs"},
                      [](ScopeAnalysis& s) { return reals(connector_hubs(s).participation()); })));
    r.push_back(on_request(actor("hub_role", "hub role",
                      {"ハブ役割", "z 値と参加係数から決まる Guimerà–Amaral の役割 1〜7（R1 超周辺 … R5 地方ハブ、R6 コネクターハブ、R7 無所属ハブ、指定時のみ）。"},
                      "Guimera-Amaral role 1-7 (R1 ultra-peripheral ... R5 provincial hub, R6 connector hub, R7 kinless "
                      "hub) from z and participation.",
                      "docs/metrics.md#connector-hubs", true, {"connector_hubs"}, [](ScopeAnalysis& s) {
                          Values out;
                          for (HubRole role : connector_hubs(s).roles()) out.emplace_back(static_cast<std::int64_t>(role) + 1);
                          return out;
                      })));
    r.back().scalar = false;
    r.push_back(funded(actor("funding", "funding",
                      {"資金額", "参加したプロジェクトでの各参加の資金額の合計（金額不明の参加は 0）。"}, "Sum of the funding of its participations in projects (unknown amounts count 0).",
                      "docs/metrics.md#funding", false, {"funding"},
                      [](ScopeAnalysis& s) { return reals(funding(s).funding); })));
    r.push_back(funded(actor("coordinations", "coordinations",
                      {"代表機関件数", "役割が coordinator（代表機関）であるプロジェクトの数。"}, "Number of projects in which its role is coordinator.",
                      "docs/metrics.md#funding", false, {"funding"},
                      [](ScopeAnalysis& s) { return counts(funding(s).coordinations); })));
    // Actor metrics of the directed view (--directed only).
    r.push_back(directed(actor("in_degree", "in-degree",
                      {"入次数", "そのアクターへのアークをもつアクターの数（無向の紐帯は双方向に数える、有向）。"}, "Number of actors with a tie to it (undirected ties count both ways).",
                               "docs/metrics.md#in_degree", false, {"in_degree"},
                               [](ScopeAnalysis& s) { return counts(in_degree(s).degrees()); })));
    r.push_back(directed(actor("out_degree", "out-degree",
                      {"出次数", "そのアクターからアークが向かうアクターの数（無向の紐帯は双方向に数える、有向）。"}, "Number of actors it has a tie to (undirected ties count both ways).",
                               "docs/metrics.md#in_degree", false, {"out_degree"},
                               [](ScopeAnalysis& s) { return counts(out_degree(s).degrees()); })));
    r.push_back(directed(actor("in_strength", "in-strength",
                      {"入強度", "そのアクターに入るアークの重みの合計（有向）。"}, "Sum of the weights of the ties to it.",
                               "docs/metrics.md#in_degree", true, {"in_degree"},
                               [](ScopeAnalysis& s) { return reals(in_degree(s).strengths()); })));
    r.push_back(directed(actor("out_strength", "out-strength",
                      {"出強度", "そのアクターから出るアークの重みの合計（有向）。"}, "Sum of the weights of the ties from it.",
                               "docs/metrics.md#in_degree", true, {"out_degree"},
                               [](ScopeAnalysis& s) { return reals(out_degree(s).strengths()); })));
    r.push_back(directed(actor("in_closeness", "in-closeness",
                      {"入近接中心性", "そのアクターに到達する経路の距離から求める近接中心性（NetworkX の有向グラフの closeness、有向）。"},
                               "Closeness from the distances of the paths that reach it (NetworkX's directed closeness).",
                               "docs/metrics.md#in_closeness", true, {"in_closeness"},
                               [](ScopeAnalysis& s) { return reals(in_closeness(s).scores()); })));
    r.push_back(directed(actor("out_closeness", "out-closeness",
                      {"出近接中心性", "そのアクターから出る経路の距離から求める近接中心性（有向）。"}, "Closeness from the distances of the paths that leave it.",
                               "docs/metrics.md#in_closeness", true, {"out_closeness"},
                               [](ScopeAnalysis& s) { return reals(out_closeness(s).scores()); })));
    r.push_back(directed(actor("in_harmonic", "in-harmonic closeness",
                      {"入調和中心性", "他の各アクターからそのアクターへの距離の逆数の合計を n−1 で割った値（有向）。"},
                               "Sum of 1/distance from every other actor to it, over n-1.", "docs/metrics.md#in_closeness",
                               true, {"in_harmonic"}, [](ScopeAnalysis& s) { return reals(in_harmonic(s).scores()); })));
    r.push_back(directed(actor("out_harmonic", "out-harmonic closeness",
                      {"出調和中心性", "そのアクターから他の各アクターへの距離の逆数の合計を n−1 で割った値（有向）。"},
                               "Sum of 1/distance from it to every other actor, over n-1.", "docs/metrics.md#in_closeness",
                               true, {"out_harmonic"}, [](ScopeAnalysis& s) { return reals(out_harmonic(s).scores()); })));
    r.push_back(directed(actor("hub", "hub score",
                      {"ハブスコア", "よいオーソリティへアークを向けているほど高い HITS のハブスコア（合計 1、有向）。"}, "HITS hub: points to good authorities (scores sum to 1).",
                               "docs/metrics.md#hits", true, {"hits"},
                               [](ScopeAnalysis& s) { return reals(hits(s).hubs()); })));
    r.push_back(directed(actor("authority", "authority score",
                      {"オーソリティスコア", "よいハブからアークを向けられているほど高い HITS のオーソリティスコア（合計 1、有向）。"}, "HITS authority: pointed to by good hubs (scores sum to 1).",
                               "docs/metrics.md#hits", true, {"hits"},
                               [](ScopeAnalysis& s) { return reals(hits(s).authorities()); })));

    // Region metrics, in column order.
    r.push_back(region("actors", "Actors",
                      {"アクター数", "地域のアクター数 n（下位地域のアクターを含む）。"}, "Actors in the region.", region_anchor, false, {},
                       [](ScopeAnalysis& s) -> MetricValue { return as_count(s.graph().vertex_count()); }));
    r.push_back(region("tied_pairs", "Tied pairs",
                      {"紐帯ペア数", "紐帯または共通のプロジェクトで結ばれた地域内のアクターのペアの数 m（並行する紐帯は 1 ペアと数え、紐帯の記録数 ties とは別）。"},
                       "Pairs of actors of the region tied to each other: parallel ties and projects' ties count once per "
                       "pair (ecosys info counts the tie records too).",
                       region_anchor, false, {}, [](ScopeAnalysis& s) -> MetricValue { return as_count(s.graph().edge_count()); }));
    r.push_back(region("external_ties", "External ties",
                      {"外部紐帯数", "地域のアクターと地域外（他の地域または地域なし）のアクターを結ぶペアの数（`*` では 0）。"}, "Pairs tying an actor of the region to one outside it.",
                       region_anchor, false, {"external_ties"},
                       [](ScopeAnalysis& s) -> MetricValue { return as_count(s.external_ties()); }));
    r.push_back(region("openness", "Openness",
                      {"開放度", "外部紐帯数 /（地域内の紐帯ペア数 + 外部紐帯数）、つまり地域の紐帯のうち地域外へ出るものの割合。"},
                       "External ties / (ties + external ties): the share of a region's ties that leave it.", region_anchor,
                       false, {"external_ties"}, [](ScopeAnalysis& s) -> MetricValue {
                           const double m = m_of(s), e = static_cast<double>(s.external_ties());
                           return m + e > 0 ? e / (m + e) : 0.0;
                       }));
    r.push_back(region("density", "Density",
                      {"密度", "可能なペアのうち結ばれているものの割合 2m/(n(n−1))（規模だけで下がるので、同規模の地域どうしか z スコアで比べる）。"},
                       "Ties / possible pairs, 2m / (n(n-1)). Falls with size alone: compare regions of similar size, or "
                       "the z-scores.",
                       region_anchor, false, {}, [](ScopeAnalysis& s) -> MetricValue {
                           const double n = n_of(s), m = m_of(s);
                           return n > 1 ? 2.0 * m / (n * (n - 1.0)) : 0.0;
                       }));
    r.push_back(region("mean_degree", "Mean degree",
                      {"平均次数", "地域内でのアクター当たりの平均の相手数 2m/n。"}, "Average number of partners inside the region, 2m / n.", region_anchor,
                       false, {}, [](ScopeAnalysis& s) -> MetricValue {
                           const double n = n_of(s), m = m_of(s);
                           return n > 0 ? 2.0 * m / n : 0.0;
                       }));
    r.push_back(region("components", "Components",
                      {"連結成分数", "互いに経路のないアクターのグループ（連結成分）の数（孤立点も 1 つと数える）。"}, "Groups of actors with no path between them (an isolated actor is one).",
                       region_anchor, false, {"components"},
                       [](ScopeAnalysis& s) -> MetricValue { return as_count(components(s).count()); }));
    r.push_back(region("largest_component_share", "Largest component",
                      {"最大連結成分の割合", "最大の連結成分に属するアクターの割合。"},
                       "Share of the region's actors in its largest connected group.", region_anchor, false, {"components"},
                       [](ScopeAnalysis& s) -> MetricValue {
                           if (s.graph().vertex_count() == 0) return 0.0;
                           const Components& c = components(s);
                           return static_cast<double>(c.sizes()[c.largest()]) / n_of(s);
                       }));
    r.push_back(region("isolates", "Isolates",
                      {"孤立点数", "地域内に紐帯をもたないアクターの数。"}, "Actors without a tie inside the region.", region_anchor, false, {},
                       [](ScopeAnalysis& s) -> MetricValue {
                           const Graph& g = s.graph();
                           std::size_t isolates = 0;
                           for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) isolates += g.degree(v) == 0;
                           return as_count(isolates);
                       }));
    r.push_back(region("cut_points", "Cut points",
                      {"切断点数", "取り除くと連結成分が分かれるアクター（関節点、単一障害点）の数。"},
                       "Actors whose removal disconnects their component: single points of failure.", region_anchor,
                       false, {"cut_points"},
                       [](ScopeAnalysis& s) -> MetricValue { return as_count(cut_points(s).size()); }));
    r.push_back(region("bridges", "Bridges",
                      {"ブリッジ数", "取り除くと連結成分が分かれる紐帯（二つの部分を結ぶ唯一のつながり）の数。"},
                       "Ties whose removal disconnects their component: single links between two parts.", region_anchor,
                       false, {"bridges"}, [](ScopeAnalysis& s) -> MetricValue {
                           std::size_t halves = 0;
                           for (unsigned char b : bridges(s)) halves += b;
                           return as_count(halves / 2);
                       }));
    r.push_back(region("transitivity", "Transitivity",
                      {"推移性", "3 × 三角形の数 / 連結三つ組の数（常に重みなし）で、あるアクターの二人の相手どうしも結ばれている頻度。"},
                       "3 x triangles / connected triples: how often two partners of an actor are partners themselves.",
                       region_anchor, false, {"clustering"},
                       [](ScopeAnalysis& s) -> MetricValue { return unweighted_clustering(s).transitivity(); }));
    r.push_back(region("mean_clustering", "Mean clustering",
                      {"平均クラスター係数", "全アクター（孤立点は 0）のクラスター係数の平均（Watts–Strogatz）。"},
                       "Mean over actors of the share of their partners' pairs that are tied (Watts-Strogatz).", region_anchor,
                       true, {"clustering"}, [](ScopeAnalysis& s) -> MetricValue { return clustering(s).mean(); }));
    r.push_back(region("mean_path_length", "Mean path length",
                      {"平均経路長", "最大連結成分内の異なる二人のアクター間の距離（重みなしではステップ数）の平均。"},
                       "Mean number of steps between two actors of the largest component.", region_anchor, true,
                       {"path_lengths"}, [](ScopeAnalysis& s) -> MetricValue { return path_lengths(s).mean_path_length(); }));
    r.push_back(region("diameter", "Diameter",
                      {"直径", "最大連結成分内の最短経路のうち最も長いものの長さ。"}, "Longest shortest path in the largest component.", region_anchor, true,
                       {"path_lengths"}, [](ScopeAnalysis& s) -> MetricValue {
                           const double d = path_lengths(s).diameter();
                           if (s.options().weighted) return d;
                           return static_cast<std::int64_t>(d);
                       }));
    r.push_back(region("degree_centralization", "Degree centralization",
                      {"次数中心化", "Freeman の次数中心化 Σ(d_max − d(v))/((n−1)(n−2)) で、スター型で 1、全員の相手の数が等しいと 0。"},
                       "Freeman's centralization of degree: 1 for a star, 0 when every actor has as many partners.",
                       region_anchor, false, {}, [](ScopeAnalysis& s) -> MetricValue { return degree_centralization(s.graph()); }));
    r.push_back(directed(region("reciprocity", "Reciprocity",
                      {"互酬性", "逆向きのアークもあるアークの割合（無向の紐帯は互いに向き合う 2 本のアーク、有向）。"},
                                "Share of directed arcs whose reverse arc is there too (an undirected tie is two such arcs).",
                                region_anchor, false, {"digraph"},
                                [](ScopeAnalysis& s) { return optional(reciprocity(s.digraph())); })));
    r.push_back(directed(region("in_degree_centralization", "In-degree centralization",
                      {"入次数中心化", "Freeman の入次数の中心化 Σ(d⁻_max − d⁻(v))/(n−1)² で、すべてのアークが一人に向かうと 1（有向）。"},
                                "Freeman's centralization of in-degree: 1 when every arc points to one actor.", region_anchor,
                                false, {"reversed_digraph"},
                                [](ScopeAnalysis& s) -> MetricValue { return directed_degree_centralization(s.reversed_digraph()); })));
    r.push_back(directed(region("out_degree_centralization", "Out-degree centralization",
                      {"出次数中心化", "Freeman の出次数の中心化 Σ(d⁺_max − d⁺(v))/(n−1)² で、すべてのアークが一人から出ると 1（有向）。"},
                                "Freeman's centralization of out-degree: 1 when every arc leaves one actor.", region_anchor,
                                false, {"digraph"},
                                [](ScopeAnalysis& s) -> MetricValue { return directed_degree_centralization(s.digraph()); })));
    r.push_back(region("betweenness_centralization", "Betweenness centralization",
                      {"媒介中心化", "正規化した媒介中心性についての Freeman の中心化 Σ(b_max − b(v))/(n−1) で、一人がすべての経路上にいる（スター型）と 1、仲介が均等に分かれていると 0。"},
                       "Freeman's centralization of betweenness: 1 when one actor lies on every path (a star), 0 when "
                       "brokerage is shared evenly.",
                       region_anchor, true, {"betweenness"},
                       [](ScopeAnalysis& s) -> MetricValue { return betweenness_centralization(betweenness(s)); }));
    r.push_back(region("communities", "Communities",
                      {"コミュニティ数", "Louvain（`--community` で Leiden）のモジュラリティ最適化で得たコミュニティの数（孤立点はそれぞれ 1 つ）。"}, "Groups found by Louvain (or Leiden, --community) modularity optimisation (seeded).",
                       region_anchor, true, {"louvain"},
                       [](ScopeAnalysis& s) -> MetricValue { return as_count(communities(s).count); }));
    r.push_back(region("modularity", "Modularity",
                      {"モジュラリティ", "そのコミュニティ分割の Newman–Girvan モジュラリティで、コミュニティ内が偶然に比べてどれだけ密に結ばれているか。"},
                       "Newman-Girvan modularity of those communities: how much more tied they are inside than chance.",
                       region_anchor, true, {"louvain"},
                       [](ScopeAnalysis& s) -> MetricValue { return communities(s).modularity; }));
    r.push_back(on_request(region("core_periphery_fit", "Core-periphery fit",
                      {"コア・ペリフェリ適合度", "最もよく当てはまるコア・ペリフェリ分割の理想パターンと実際の紐帯との相関（1 は完全なコアとペリフェリ、指定時のみ）。"},
                       "Correlation of the ties with the ideal pattern of the best core-periphery split (1 = a perfect "
                       "core and periphery).",
                       "docs/metrics.md#core-periphery", false, {"core_periphery"},
                       [](ScopeAnalysis& s) { return optional(core_periphery(s).fit()); })));
    r.push_back(on_request(region("core_size", "Core size",
                      {"コアサイズ", "その分割のコアに属するアクターの数（指定時のみ）。"}, "Actors in the core of that split.",
                       "docs/metrics.md#core-periphery", false, {"core_periphery"},
                       [](ScopeAnalysis& s) -> MetricValue { return as_count(core_periphery(s).core_size()); })));
    r.push_back(funded(region("funding_total", "Funding",
                      {"資金総額", "地域のアクターのプロジェクト参加の資金額の合計。"}, "Sum of the funding of the participations of the region's actors.",
                       "docs/metrics.md#funding", false, {"funding"},
                       [](ScopeAnalysis& s) -> MetricValue { return funding_sum(s); })));
    r.push_back(funded(region("funding_per_actor", "Funding per actor",
                      {"アクター当たり資金額", "地域の資金総額 / アクター数（アクターがいなければ 0）。"}, "Funding of the region / its actors (0 without actors).",
                       "docs/metrics.md#funding", false, {"funding"}, [](ScopeAnalysis& s) -> MetricValue {
                           return s.members().empty() ? 0.0 : funding_sum(s) / static_cast<double>(s.members().size());
                       })));
    r.push_back(funded(region("coordinator_share", "Coordinator share",
                      {"代表機関比率", "地域のアクターのプロジェクト参加のうち代表機関（coordinator）としての参加の割合（参加がなければ値なし）。"},
                       "Share of the participations of the region's actors in which they coordinate the project; absent "
                       "without participations.",
                       "docs/metrics.md#funding", false, {"funding"}, [](ScopeAnalysis& s) -> MetricValue {
                           const FundingTotals& t = funding(s);
                           std::int64_t led = 0, all = 0;
                           for (std::size_t v = 0; v < t.participations.size(); ++v) {
                               led += t.coordinations[v];
                               all += t.participations[v];
                           }
                           if (all == 0) return MetricValue();
                           return static_cast<double>(led) / static_cast<double>(all);
                       })));
    r.push_back(region("sector_counts", "Sector counts",
                      {"セクター別アクター数", "宣言された各セクターの地域内のアクター数（宣言順、0 のセクターも含む）。"}, "Actors of each sector in the region.", region_anchor, false, {},
                       sector_counts, false));
    r.push_back(region("top_brokers", "Top brokers",
                      {"上位ブローカー", "地域内で媒介中心性が正で最も高いアクター最大 3 者（高い順）。"}, "Actors with the highest betweenness inside the region.", region_anchor,
                       true, {"betweenness"}, top_brokers, false));
    r.push_back(region("cross_sector_share", "Cross-sector ties",
                      {"セクター間紐帯の割合", "異なるセクター（ヘリックス）どうしを結ぶ紐帯の割合。"}, "Share of ties that join two different sectors (helices).",
                       "docs/helix.md#sector-mixing-matrix", false, {"sector_mixing"},
                       [](ScopeAnalysis& s) -> MetricValue { return mixing(s).cross_sector_share(); }));
    r.push_back(region("ei_index", "E-I index",
                      {"E-I指数", "セクターについての Krackhardt–Stern の (E − I)/(E + I) で、すべての紐帯がセクターをまたげば +1、一つもまたがなければ −1。"},
                       "Krackhardt-Stern (E - I) / (E + I) of the sectors: +1 every tie crosses sectors, -1 none does.",
                       "docs/helix.md#e-i-index", false, {"ei_index"},
                       [](ScopeAnalysis& s) { return optional(ei(s, false).network_index()); }));
    r.push_back(region("ei_p_value", "E-I p-value",
                      {"E-I指数のp値", "セクターのラベルを並べ替えて（9999 回、シード指定）求める E-I 指数の両側並べ替え検定の p 値。"},
                       "Two-sided permutation p-value of the E-I index (sector labels shuffled, seeded).",
                       "docs/helix.md#e-i-index", false, {"ei_test"},
                       [](ScopeAnalysis& s) { return optional(ei(s, true).network_p_value()); }));
    r.push_back(region("sector_assortativity", "Sector assortativity",
                      {"セクター同類性", "セクターについての Newman の同類性係数で、正ならセクター内で、負ならセクター間で結ばれやすい。"},
                       "Newman's assortativity of the sector: > 0 actors tie within their sector, < 0 across.",
                       "docs/helix.md#sector-assortativity", false, {"sector_mixing"},
                       [](ScopeAnalysis& s) { return optional(sector_assortativity(mixing(s))); }));
    r.push_back(region("multi_sector_share", "Multi-sector actors",
                      {"多セクター連結アクターの割合", "相手が三つ以上のセクターにわたるアクターの割合。"}, "Share of actors whose partners span three or more sectors.",
                       "docs/helix.md#helix-completeness", false, {"helix_completeness"},
                       [](ScopeAnalysis& s) -> MetricValue { return completeness(s).multi_sector_share(); }));
    r.push_back(region("synergy_t3", "Synergy T (3 helices)",
                      {"シナジー T（3 ヘリックス）", "プロジェクトへの学・産・官の参加についての Leydesdorff の相互情報量 T（ビット）で、負ならシナジーがある。"},
                       "Leydesdorff's mutual information among academia, industry and government in projects, in bits; "
                       "negative = synergy.",
                       "docs/helix.md#triple-helix-synergy-t", false, {"synergy"}, [](ScopeAnalysis& s) -> MetricValue {
                           const auto& f = synergy(s);
                           return f ? MetricValue(f->t3) : MetricValue();
                       }));
    r.push_back(region("synergy_t4", "Synergy T (4 helices)",
                      {"シナジー T（4 ヘリックス）", "金を加えた四つのヘリックスについての同じ T で、符号の読み方は逆になる（helix.md）。"}, "The same with finance; its sign reads the other way (see docs/helix.md).",
                       "docs/helix.md#triple-helix-synergy-t", false, {"synergy"}, [](ScopeAnalysis& s) -> MetricValue {
                           const auto& f = synergy(s);
                           return f && f->t4 ? MetricValue(*f->t4) : MetricValue();
                       }));
    return r;
}

std::vector<std::string> keys_where(bool (*keep)(const MetricInfo&)) {
    std::vector<std::string> out;
    for (const MetricInfo& m : metric_registry())
        if (keep(m)) out.emplace_back(m.key);
    return out;
}

}  // namespace

bool has_funding_data(const Network& network) {
    for (const Project& p : network.projects)
        if (p.funding || !p.participations.empty()) return true;
    return false;
}

std::string_view to_string(MetricLevel level) { return level == MetricLevel::actor ? "actor" : "region"; }

std::span<const MetricInfo> metric_registry() {
    static const std::vector<MetricInfo> registry = make_registry();
    return registry;
}

const MetricInfo* find_metric(std::string_view key) {
    for (const MetricInfo& m : metric_registry())
        if (m.key == key) return &m;
    return nullptr;
}

const std::vector<std::string>& metric_keys(MetricLevel level) {
    static const std::vector<std::string> actor = keys_where([](const MetricInfo& m) { return m.level == MetricLevel::actor; });
    static const std::vector<std::string> region =
        keys_where([](const MetricInfo& m) { return m.level == MetricLevel::region; });
    return level == MetricLevel::actor ? actor : region;
}

const std::vector<std::string>& all_metric_keys() {
    static const std::vector<std::string> all = keys_where([](const MetricInfo&) { return true; });
    return all;
}

const MetricInfo& require_metric(std::string_view key, std::span<const std::string> accepted,
                                 std::string_view accepted_label) {
    const MetricInfo* m = find_metric(key);
    if (!m || std::find(accepted.begin(), accepted.end(), key) == accepted.end()) {
        const std::vector<std::string> candidates(accepted.begin(), accepted.end());
        // The key was "ties" until it was named for what it counts (tie records are ties).
        if (key == "ties" && std::find(accepted.begin(), accepted.end(), "tied_pairs") != accepted.end())
            throw UsageError("unknown metric 'ties'; the number of pairs of actors tied to each other is 'tied_pairs' "
                             "(ecosys info also counts the tie records)");
        throw UsageError(detail::unknown_name_message("metric", key, candidates, accepted_label));
    }
    return *m;
}

void require_direction(const MetricInfo& m, bool directed) {
    if (m.directed && !directed)
        throw UsageError("metric '" + std::string(m.key) + "' reads tie direction: add --directed (Python: directed=True)");
}

std::string key_list(std::span<const std::string> keys) {
    std::string out;
    for (const std::string& k : keys) out += (out.empty() ? "" : ", ") + k;
    return out;
}

}  // namespace ecosys
