"""dump_network: the one JSON layout of the network files the scripts write
(networks/*.json), so that regenerating a file changes only what changed in it.

Python 3 standard library only.
"""

import json
import os

# The order of the top-level fields in every file; a network leaves out those it has not.
KEYS = ("name", "sectors", "regions", "programmes", "actors", "ties", "projects")


def dump_network(net, path):
    """Write a network as JSON: one actor/tie/project per line (compact but
    readable and diff-friendly), UTF-8, no ASCII escaping."""
    def one(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))
    lines = ["{"]
    keys = [k for k in KEYS if k in net]
    for i, key in enumerate(keys):
        end = "," if i < len(keys) - 1 else ""
        value = net[key]
        if isinstance(value, list):
            if not value:
                lines.append(" %s: []%s" % (one(key), end))
                continue
            lines.append(" %s: [" % one(key))
            for j, item in enumerate(value):
                lines.append("  " + one(item) + ("," if j < len(value) - 1 else ""))
            lines.append(" ]" + end)
        else:
            lines.append(" %s: %s%s" % (one(key), one(value), end))
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # sanity: what we write must parse
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
