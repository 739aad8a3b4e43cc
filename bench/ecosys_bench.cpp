// The ecosys side of bench/run.sh: loads one benchmark graph, runs one operation,
// and prints one JSON line {"tool", "op", "seconds", "load_seconds", "peak_mib",
// "threads", "check"} where seconds is measured inside this process around the call
// alone (as the Python anchors do) and peak_mib is the process's peak resident set.
//
//   ecosys_bench OP GRAPH_DIR [--threads N] [--approx EPS[,DELTA]] [--seed S] [--order ORDER]
//
// OP: load (the CSV folder GRAPH_DIR, plus building the metric graph), load-json
// (GRAPH_DIR/network.json), betweenness, approx, closeness, harmonic, pagerank,
// clustering, components, core, louvain, blocks, dbetweenness (directed betweenness:
// every tie an arc from its source to its target, as edges.txt's "i j" lines are
// for the anchors; Graph::directed, built untimed). Unless OP is a load, the time excludes
// loading and building the graph.
//
// --order relabels the graph before the operation (not timed in "seconds"; its own
// time is "order_seconds"): file (the default, as loaded), rcm / cm ((reverse)
// Cuthill-McKee, graph/ordering.hpp), random (a shuffle by --seed). "order_bandwidth"
// and "order_gap" (mean |u - v| over edges) describe the order used. "cpu_seconds" is
// the process's CPU time (all threads) around the call: on a shared machine it is
// less disturbed by other processes than the wall-clock "seconds".
//
// blocks: biconnected components, timed; "check" is the largest block's vertex count.
// A second line {"blocks": ...} compares the work of exact betweenness as it runs
// (Brandes from every actor of the 2-core left by degree-1 folding: the sum over the
// 2-core's components of actors * ties) with Brandes inside each block of 3 or more
// actors separately (the sum over them of |V_B| * |E_B|), in edge visits.

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <numeric>
#include <optional>
#include <random>
#include <string>

#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/metrics/betweenness.hpp"
#include "ecosys/metrics/closeness.hpp"
#include "ecosys/metrics/clustering.hpp"
#include "ecosys/metrics/components.hpp"
#include "ecosys/metrics/core_number.hpp"
#include "ecosys/metrics/harmonic.hpp"
#include "ecosys/metrics/louvain.hpp"
#include "ecosys/metrics/pagerank.hpp"

// The same driver measures the code before the parallel engine existed (no thread
// count, no approximation) and after it.
// Vertex orders and blocks exist since the Boost.Graph algorithms.
#if __has_include("ecosys/graph/ordering.hpp")
#include "ecosys/graph/biconnected.hpp"
#include "ecosys/graph/ordering.hpp"
#define ECOSYS_BENCH_BGL 1
#else
#define ECOSYS_BENCH_BGL 0
#endif

#if __has_include("ecosys/metrics/approx_betweenness.hpp")
#include "ecosys/metrics/approx_betweenness.hpp"
#define ECOSYS_BENCH_PARALLEL 1
#else
#define ECOSYS_BENCH_PARALLEL 0
#endif

namespace {

double process_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double last_cpu_seconds = 0.0;  // CPU time (all threads) of the last seconds_of call

double seconds_of(const std::function<void()>& f) {
    const double cpu = process_cpu_seconds();
    const auto start = std::chrono::steady_clock::now();
    f();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    last_cpu_seconds = process_cpu_seconds() - cpu;
    return wall;
}

double peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

double max_of(const std::vector<double>& v) { return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()); }

[[noreturn]] void usage(const std::string& message) {
    std::cerr << "ecosys_bench: " << message
              << "\nusage: ecosys_bench OP GRAPH_DIR [--threads N] [--approx EPS[,DELTA]] [--seed S] [--order ORDER]\n";
    std::exit(2);
}

#if ECOSYS_BENCH_BGL
/// Mean |u - v| over the edges: how far apart neighbours sit in the arrays.
double mean_gap(const ecosys::Graph& g) {
    double sum = 0;
    for (ecosys::Graph::Vertex v = 0; v < g.vertex_count(); ++v)
        for (const ecosys::Graph::Vertex w : g.neighbours(v)) sum += v > w ? v - w : w - v;
    return g.edge_count() == 0 ? 0.0 : sum / static_cast<double>(g.targets().size());
}

/// The 2-core: what is left after removing degree-1 actors again and again (the
/// betweenness kernel's folding), isolated actors dropped too; work = the sum over its
/// connected components of actors * ties (Brandes from every actor of each).
struct TwoCore {
    std::size_t actors = 0, ties = 0;
    double work = 0;
};

TwoCore two_core(const ecosys::Graph& g) {
    using V = ecosys::Graph::Vertex;
    std::vector<std::size_t> degree(g.vertex_count());
    std::vector<V> stack;
    for (V v = 0; v < g.vertex_count(); ++v) {
        degree[v] = g.degree(v);
        if (degree[v] <= 1) stack.push_back(v);
    }
    std::vector<bool> gone(g.vertex_count(), false);
    while (!stack.empty()) {
        const V v = stack.back();
        stack.pop_back();
        if (gone[v]) continue;
        gone[v] = true;
        for (const V w : g.neighbours(v))
            if (!gone[w] && --degree[w] == 1) stack.push_back(w);
    }
    TwoCore core;
    std::vector<bool> seen(g.vertex_count(), false);
    for (V root = 0; root < g.vertex_count(); ++root) {
        if (gone[root] || seen[root]) continue;
        std::size_t n = 0, halves = 0;
        stack.assign(1, root);
        seen[root] = true;
        while (!stack.empty()) {
            const V v = stack.back();
            stack.pop_back();
            ++n;
            for (const V w : g.neighbours(v)) {
                if (gone[w]) continue;
                ++halves;
                if (!seen[w]) seen[w] = true, stack.push_back(w);
            }
        }
        core.actors += n;
        core.ties += halves / 2;
        core.work += static_cast<double>(n) * static_cast<double>(halves / 2);
    }
    return core;
}
#endif

}  // namespace

int main(int argc, char** argv) try {
    if (argc < 3) usage("expected OP and GRAPH_DIR");
    const std::string op = argv[1];
    const std::filesystem::path dir = argv[2];
    unsigned threads = 0;
    double epsilon = 0.01, delta = 0.1;
    std::uint64_t seed = 1;
    std::string order = "file";
    for (int i = 3; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) usage("missing value after " + arg);
        const std::string value = argv[++i];
        if (arg == "--threads") threads = static_cast<unsigned>(std::stoul(value));
        else if (arg == "--seed") seed = std::stoull(value);
        else if (arg == "--order") order = value;
        else if (arg == "--approx") {
            const auto comma = value.find(',');
            epsilon = std::stod(value.substr(0, comma));
            if (comma != std::string::npos) delta = std::stod(value.substr(comma + 1));
        } else usage("unknown option " + arg);
    }

    double load_seconds = 0.0, seconds = 0.0, check = 0.0, order_seconds = 0.0, bandwidth = 0.0, gap = 0.0;
    double cpu_seconds = 0.0;
    std::string blocks_line;
    if (op == "load-json") {
        seconds = seconds_of([&] {
            const ecosys::LoadResult r = ecosys::load_network(dir / "network.json");
            const ecosys::Graph g = ecosys::Graph::from_network(r.network);
            check = static_cast<double>(g.edge_count());
        });
        load_seconds = seconds;
    } else {
        ecosys::LoadResult loaded;
        std::optional<ecosys::Graph> graph;
        load_seconds = seconds_of([&] {
            loaded = ecosys::load_network(dir);
            graph.emplace(ecosys::Graph::from_network(loaded.network));
        });
#if ECOSYS_BENCH_BGL
        if (order != "file") {
            order_seconds = seconds_of([&] {
                std::vector<ecosys::Graph::Vertex> by;
                if (order == "rcm" || order == "cm") {
                    by = ecosys::cuthill_mckee_order(*graph, order == "rcm");
                } else if (order == "random") {
                    by.resize(graph->vertex_count());
                    std::iota(by.begin(), by.end(), ecosys::Graph::Vertex{0});
                    std::mt19937_64 random(seed);
                    std::shuffle(by.begin(), by.end(), random);
                } else {
                    usage("unknown order '" + order + "'; expected file, rcm, cm or random");
                }
                graph.emplace(graph->relabeled(by));
            });
        }
        bandwidth = static_cast<double>(ecosys::bandwidth(*graph));
        gap = mean_gap(*graph);
#else
        if (order != "file") usage("this build has no vertex orders");
#endif
        const ecosys::Graph& g = *graph;
#if ECOSYS_BENCH_PARALLEL
#define ECOSYS_THREADS , threads
#else
#define ECOSYS_THREADS
        (void)threads;
#endif
        if (op == "load") {
            seconds = load_seconds;
            check = static_cast<double>(g.edge_count());
        } else if (op == "betweenness") {
            ecosys::Betweenness a(g, false ECOSYS_THREADS);
            seconds = seconds_of([&] { a.run(); });
            check = max_of(a.scores());
        } else if (op == "dbetweenness") {
            for (ecosys::Tie& t : loaded.network.ties) t.directed = true;
            std::vector<std::size_t> all(loaded.network.actors.size());
            std::iota(all.begin(), all.end(), std::size_t{0});
            const ecosys::Graph d = ecosys::Graph::directed(loaded.network, all, {});
            ecosys::Betweenness a(d, false ECOSYS_THREADS);
            seconds = seconds_of([&] { a.run(); });
            check = max_of(a.scores());
        } else if (op == "approx") {
#if ECOSYS_BENCH_PARALLEL
            ecosys::ApproxBetweenness a(g, epsilon, delta, seed, threads);
            seconds = seconds_of([&] { a.run(); });
            check = static_cast<double>(a.samples());
#else
            usage("this build has no approximate betweenness");
#endif
        } else if (op == "closeness") {
            ecosys::Closeness a(g, false ECOSYS_THREADS);
            seconds = seconds_of([&] { a.run(); });
            check = max_of(a.scores());
        } else if (op == "harmonic") {
            ecosys::Harmonic a(g, false ECOSYS_THREADS);
            seconds = seconds_of([&] { a.run(); });
            check = max_of(a.scores());
        } else if (op == "pagerank") {
            ecosys::PageRank a(g);
            seconds = seconds_of([&] { a.run(); });
            check = max_of(a.scores());
        } else if (op == "clustering") {
            ecosys::Clustering a(g);
            seconds = seconds_of([&] { a.run(); });
            check = a.mean();
        } else if (op == "components") {
            ecosys::Components a(g);
            seconds = seconds_of([&] { a.run(); });
            check = static_cast<double>(a.count());
        } else if (op == "core") {
            ecosys::CoreNumber a(g);
            seconds = seconds_of([&] { a.run(); });
            check = static_cast<double>(*std::max_element(a.scores().begin(), a.scores().end()));
        } else if (op == "blocks") {
#if ECOSYS_BENCH_BGL
            ecosys::BiconnectedComponents bc;
            seconds = seconds_of([&] { bc = ecosys::biconnected_components(g); });
            std::size_t largest = 0, largest_edges = 0;
            std::vector<std::size_t> edges_in(bc.count(), 0);
            for (const std::uint32_t b : bc.block_of_edge) ++edges_in[b];
            double split_work = 0;
            for (std::size_t b = 0; b < bc.count(); ++b) {
                edges_in[b] /= 2;
                if (bc.blocks[b].size() > largest) largest = bc.blocks[b].size(), largest_edges = edges_in[b];
                if (bc.blocks[b].size() > 2) split_work += static_cast<double>(bc.blocks[b].size()) * edges_in[b];
            }
            const TwoCore core = two_core(g);
            check = static_cast<double>(largest);
            char line[512];
            std::snprintf(line, sizeof line,
                          "{\"blocks\": %zu, \"cut_vertices\": %zu, \"actors\": %zu, \"ties\": %zu, "
                          "\"two_core_actors\": %zu, \"two_core_ties\": %zu, \"largest_block_actors\": %zu, "
                          "\"largest_block_ties\": %zu, \"work_folded\": %.6g, \"work_split\": %.6g}\n",
                          bc.count(), bc.articulation_points.size(), g.vertex_count(), g.edge_count(), core.actors, core.ties,
                          largest, largest_edges, core.work, split_work);
            blocks_line = line;
#else
            usage("this build has no biconnected components");
#endif
        } else if (op == "louvain") {
            ecosys::Louvain a(g, false, seed);
            seconds = seconds_of([&] { a.run(); });
            check = a.modularity();
        } else {
            usage("unknown operation '" + op + "'");
        }
        if (op != "load") cpu_seconds = last_cpu_seconds;
    }
    std::printf(
        "{\"tool\": \"ecosys\", \"op\": \"%s\", \"seconds\": %.6f, \"load_seconds\": %.6f, \"peak_mib\": %.1f, "
        "\"threads\": %u, \"check\": %.10g, \"order\": \"%s\", \"order_seconds\": %.6f, \"order_bandwidth\": %.0f, "
        "\"order_gap\": %.1f, \"cpu_seconds\": %.6f}\n",
        op.c_str(), seconds, load_seconds, peak_mib(), threads, check, order.c_str(), order_seconds, bandwidth, gap, cpu_seconds);
    std::fputs(blocks_line.c_str(), stdout);
    return 0;
} catch (const std::exception& e) {
    std::cerr << "ecosys_bench: " << e.what() << '\n';
    return 1;
}
