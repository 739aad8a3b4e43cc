"""The JSON layout of the reference fixtures with a list of graphs
(connector_hubs.json, core_periphery.json): one field of a graph a line, so
that a regenerated fixture diffs readably. Floats are written with full precision
(Python's repr, as json.dumps does)."""

import json


def one_field_a_line(doc):
    """The fixture as JSON with each field of a graph on one line (diffs stay readable)."""
    out = ["{"]
    for key, value in doc.items():
        if key != "graphs":
            out.append(f" {json.dumps(key)}: {json.dumps(value)},")
    out.append(' "graphs": [')
    for g, graph in enumerate(doc["graphs"]):
        fields = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in graph.items()]
        out.append(" {\n" + ",\n".join(fields) + "\n }" + ("," if g + 1 < len(doc["graphs"]) else ""))
    out.append(" ]")
    out.append("}")
    return "\n".join(out) + "\n"


def write_graphs_fixture(path, generator, numpy_version, graphs):
    """Writes the fixture at `path`: who made it (the script, its NumPy), then the graphs."""
    doc = {"generator": generator, "numpy": numpy_version, "graphs": graphs}
    path.write_text(one_field_a_line(doc))
