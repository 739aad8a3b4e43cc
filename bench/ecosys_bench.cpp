// The ecosys side of bench/run.sh: loads one benchmark graph, runs one operation,
// and prints one JSON line {"tool", "op", "seconds", "load_seconds", "peak_mib",
// "threads", "check"} where seconds is measured inside this process around the call
// alone (as the Python anchors do) and peak_mib is the process's peak resident set.
//
//   ecosys_bench OP GRAPH_DIR [--threads N] [--approx EPS[,DELTA]] [--seed S]
//
// OP: load (the CSV folder GRAPH_DIR, plus building the metric graph), load-json
// (GRAPH_DIR/network.json), betweenness, approx, closeness, harmonic, pagerank,
// clustering, components, core, louvain. Unless OP is a load, the time excludes
// loading and building the graph.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <numeric>
#include <optional>
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
#if __has_include("ecosys/metrics/approx_betweenness.hpp")
#include "ecosys/metrics/approx_betweenness.hpp"
#define ECOSYS_BENCH_PARALLEL 1
#else
#define ECOSYS_BENCH_PARALLEL 0
#endif

namespace {

double seconds_of(const std::function<void()>& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

double max_of(const std::vector<double>& v) { return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()); }

[[noreturn]] void usage(const std::string& message) {
    std::cerr << "ecosys_bench: " << message
              << "\nusage: ecosys_bench OP GRAPH_DIR [--threads N] [--approx EPS[,DELTA]] [--seed S]\n";
    std::exit(2);
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc < 3) usage("expected OP and GRAPH_DIR");
    const std::string op = argv[1];
    const std::filesystem::path dir = argv[2];
    unsigned threads = 0;
    double epsilon = 0.01, delta = 0.1;
    std::uint64_t seed = 1;
    for (int i = 3; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) usage("missing value after " + arg);
        const std::string value = argv[++i];
        if (arg == "--threads") threads = static_cast<unsigned>(std::stoul(value));
        else if (arg == "--seed") seed = std::stoull(value);
        else if (arg == "--approx") {
            const auto comma = value.find(',');
            epsilon = std::stod(value.substr(0, comma));
            if (comma != std::string::npos) delta = std::stod(value.substr(comma + 1));
        } else usage("unknown option " + arg);
    }

    double load_seconds = 0.0, seconds = 0.0, check = 0.0;
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
        } else if (op == "louvain") {
            ecosys::Louvain a(g, false, seed);
            seconds = seconds_of([&] { a.run(); });
            check = a.modularity();
        } else {
            usage("unknown operation '" + op + "'");
        }
    }
    std::printf(
        "{\"tool\": \"ecosys\", \"op\": \"%s\", \"seconds\": %.6f, \"load_seconds\": %.6f, \"peak_mib\": %.1f, "
        "\"threads\": %u, \"check\": %.10g}\n",
        op.c_str(), seconds, load_seconds, peak_mib(), threads, check);
    return 0;
} catch (const std::exception& e) {
    std::cerr << "ecosys_bench: " << e.what() << '\n';
    return 1;
}
