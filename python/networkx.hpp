#pragma once
// NetworkX graphs to and from networks, through the library's importer for other
// tools' formats (io/foreign_import.hpp), so that a graph is checked and mapped
// exactly as a GraphML file with the same attributes would be.
//
// to_networkx(): one node per actor (keyed by its id) with attributes name, sector,
// region, kind, role, needs, seeds (those that are set) and the actor's extra
// attributes; one edge per tie with type, weight, year (when set) and, in a graph
// with directed ties, directed. A MultiGraph when no tie is directed, else a
// MultiDiGraph in which an undirected tie is one edge with directed=False. G.graph
// holds name, creator ("ecosys VERSION"), and sectors, regions and projects as
// lists of dicts in the form of the native JSON format (docs/network-format.md).
// from_networkx() reads all of that back: the round trip keeps every actor, tie,
// region, sector and project (tie order aside; see docs/python.md).

#include <memory>
#include <optional>
#include <string>

#include <pybind11/pybind11.h>

#include "ecosys/graph/graph.hpp"
#include "ecosys/io/import_options.hpp"
#include "network_handle.hpp"

namespace ecosys::python {

namespace py = pybind11;

/// The network of a NetworkX graph (any of Graph, DiGraph, MultiGraph, MultiDiGraph).
/// Locations in messages: "G.nodes:N" (the N-th node), "G.edges:N", "G.graph".
/// Throws InputError with every problem; warns (InputWarning) unless `quiet`.
std::shared_ptr<NetworkHandle> from_networkx(py::handle graph, const ImportOptions& options,
                                             const std::optional<std::string>& name, bool quiet);

/// The NetworkX graph of a network (see above).
py::object to_networkx(const Network& network);

/// The graph ecosys measures with `options` (graph/graph.hpp): a simple nx.Graph with
/// one node per actor (name, sector, region) and one edge per tied pair, parallel ties
/// and each pair of a project's participants merged into its `weight` (the tie
/// strength the weighted metrics read; their path length is 1/weight). NetworkX's
/// functions on it give ecosys's values (docs/metrics.md's conventions).
py::object measured_graph(const Network& network, const GraphOptions& options);

}  // namespace ecosys::python
