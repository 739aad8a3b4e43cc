// The C++ half of bench/leiden_vs_leidenalg.py: runs our Louvain and Leiden on one
// graph for a few seeds, writes each partition to a file and prints one JSON line
// per run (algorithm, seed, seconds of run(), communities, modularity as we compute
// it, Leiden's iterations). The script recomputes modularity and connectivity from
// the files itself.
//
//   leiden_driver GRAPH OUT_DIR [--seeds N] [--weighted] [--iterations K]
//
// GRAPH: first line the number of vertices n, then one tie per line "u v weight",
// 0 <= u, v < n, as the script writes it. Partitions go to
// OUT_DIR/<algorithm>_<seed>.txt, one community id per line in vertex order.
// --iterations: Leiden's Options::iterations (default 0, until stable).
// Built by the script: g++ -std=c++20 -O2 -Iinclude -Isrc bench/leiden_driver.cpp
// src/metrics/leiden.cpp <build>/libecosys_core.a -lpthread.

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/leiden.hpp"
#include "ecosys/metrics/louvain.hpp"
#include "ecosys/model/network.hpp"

namespace {

ecosys::Network read_graph(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open");
    std::size_t n = 0;
    in >> n;
    ecosys::Network net;
    net.name = path;
    for (std::size_t v = 0; v < n; ++v) {
        ecosys::Actor actor;
        actor.id = std::to_string(v);
        actor.name = actor.id;
        actor.sector = "industry";
        net.actors.push_back(std::move(actor));
    }
    net.index();
    std::size_t u = 0, v = 0;
    double w = 1.0;
    while (in >> u >> v >> w) {
        if (u >= n || v >= n) throw std::runtime_error(path + ": vertex out of range");
        ecosys::Tie tie;
        tie.source = u;
        tie.target = v;
        tie.weight = w;
        net.ties.push_back(tie);
    }
    return net;
}

void write_partition(const std::string& path, const std::vector<std::uint32_t>& community) {
    std::ofstream out(path);
    for (std::uint32_t c : community) out << c << '\n';
    if (!out) throw std::runtime_error(path + ": cannot write");
}

template <class Run>
double seconds(Run&& run) {
    const auto start = std::chrono::steady_clock::now();
    run();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void report(const char* algorithm, std::uint64_t seed, double time, std::size_t count, double modularity,
            std::size_t iterations) {
    std::cout.precision(17);
    std::cout << "{\"algorithm\": \"" << algorithm << "\", \"seed\": " << seed << ", \"seconds\": " << time
              << ", \"communities\": " << count << ", \"modularity\": " << modularity
              << ", \"iterations\": " << iterations << "}" << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: leiden_driver GRAPH OUT_DIR [--seeds N] [--weighted] [--iterations K]\n";
        return 2;
    }
    const std::string graph_path = argv[1], out_dir = argv[2];
    std::uint64_t seeds = 5;
    std::size_t iterations = 0;
    bool weighted = false;
    for (int i = 3; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seeds" && i + 1 < argc) seeds = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--iterations" && i + 1 < argc) iterations = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--weighted") weighted = true;
        else {
            std::cerr << "leiden_driver: unknown option '" << arg << "'\n";
            return 2;
        }
    }
    try {
        const ecosys::Network net = read_graph(graph_path);
        ecosys::GraphOptions graph_options;
        graph_options.projects = false;
        const ecosys::Graph g = ecosys::Graph::from_network(net, graph_options);
        for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
            ecosys::Louvain louvain(g, weighted, seed);
            const double louvain_time = seconds([&] { louvain.run(); });
            write_partition(out_dir + "/louvain_" + std::to_string(seed) + ".txt", louvain.communities());
            report("louvain", seed, louvain_time, louvain.count(), louvain.modularity(), 0);

            ecosys::Leiden::Options options;
            options.weighted = weighted;
            options.seed = seed;
            options.iterations = iterations;
            ecosys::Leiden leiden(g, options);
            const double leiden_time = seconds([&] { leiden.run(); });
            write_partition(out_dir + "/leiden_" + std::to_string(seed) + ".txt", leiden.communities());
            report("leiden", seed, leiden_time, leiden.count(), leiden.modularity(), leiden.iterations_run());
        }
    } catch (const std::exception& e) {
        std::cerr << "leiden_driver: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
