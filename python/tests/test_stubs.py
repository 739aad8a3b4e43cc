"""python/ecosys.pyi describes the built module exactly: the same public names, the
same record fields and properties, and for every function and method the same
parameters (names, order, keyword-only or not, defaults) as pybind11's signatures."""

import ast
import inspect
import re

import pytest

import ecosys
from conftest import SOURCE

STUB = SOURCE / "python" / "ecosys.pyi"
ALIASES = {"PathLike", "Keys"}  # names of the stub's own, not the module's


@pytest.fixture(scope="module")
def stub():
    return ast.parse(STUB.read_text(encoding="utf-8"))


def top_level(tree):
    names = {}
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names[node.name] = node
        elif isinstance(node, ast.AnnAssign):
            names[node.target.id] = node
        elif isinstance(node, ast.Assign):
            names[node.targets[0].id] = node
    return names


def split_top(text):
    """Splits at commas outside brackets and quotes."""
    parts, depth, quote, current = [], 0, None, ""
    for ch in text:
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def module_parameters(function, name):
    """[(name, kind, default)] from pybind11's first docstring line."""
    first = function.__doc__.splitlines()[0]
    m = re.match(r"%s\((.*)\) -> " % re.escape(name), first)
    assert m, "no signature in the docstring of %s: %r" % (name, first)
    out, kind = [], "positional"
    for part in split_top(m.group(1)):
        if part == "*":
            kind = "keyword"
            continue
        if part.startswith("**"):
            out.append(("**", "var_keyword", None))  # its name does not reach callers
            continue
        head, _, default = part.partition(" = ")
        out.append((head.split(":")[0].strip(), kind, ast.literal_eval(default) if default else inspect.Parameter.empty))
    return [p for p in out if p[0] != "self"]


def stub_parameters(node):
    a = node.args
    out = []
    positional = a.args
    defaults = [inspect.Parameter.empty] * (len(positional) - len(a.defaults)) + [ast.literal_eval(d) for d in a.defaults]
    for arg, default in zip(positional, defaults):
        out.append((arg.arg, "positional", default))
    for arg, default in zip(a.kwonlyargs, a.kw_defaults):
        out.append((arg.arg, "keyword", inspect.Parameter.empty if default is None else ast.literal_eval(default)))
    if a.kwarg:
        out.append(("**", "var_keyword", None))
    return [p for p in out if p[0] != "self"]


def test_same_public_names(stub):
    in_module = {n for n in dir(ecosys) if not n.startswith("_")}
    in_stub = {n for n in top_level(stub) if not n.startswith("_")} - ALIASES
    assert in_module == in_stub, "only in the module: %s; only in the stub: %s" % (
        sorted(in_module - in_stub), sorted(in_stub - in_module))


def test_records_have_the_stub_fields(stub):
    for name, node in top_level(stub).items():
        bases = [b.id for b in getattr(node, "bases", []) if isinstance(b, ast.Name)]
        if "NamedTuple" in bases:
            fields = [s.target.id for s in node.body if isinstance(s, ast.AnnAssign)]
            assert list(getattr(ecosys, name)._fields) == fields, name


def class_members(node):
    methods, properties = {}, set()
    for item in node.body:
        if isinstance(item, ast.FunctionDef):
            if any(isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list):
                properties.add(item.name)
            else:
                methods[item.name] = item
    return methods, properties


@pytest.mark.parametrize("cls", ["Network", "SVG"])
def test_classes_match(stub, cls):
    methods, properties = class_members(top_level(stub)[cls])
    real = getattr(ecosys, cls)
    real_properties = {n for n in dir(real) if isinstance(getattr(real, n), property)}
    assert real_properties == properties
    real_methods = {n for n in dir(real) if not n.startswith("__") and n not in real_properties
                    and callable(getattr(real, n)) and getattr(real, n).__doc__}
    assert real_methods - {"_repr_svg_"} == set(methods) - {"_repr_svg_", "__len__"}
    for name, node in methods.items():
        if name.startswith("_"):
            continue
        assert module_parameters(getattr(real, name), name) == stub_parameters(node), "%s.%s" % (cls, name)


def test_functions_match(stub):
    for name, node in top_level(stub).items():
        if isinstance(node, ast.FunctionDef):
            assert module_parameters(getattr(ecosys, name), name) == stub_parameters(node), name


def test_every_argument_is_explained():
    """help(ecosys.Network.metrics) names every argument (the docstrings are the help)."""
    for real in (ecosys.Network.metrics, ecosys.Network.helix, ecosys.Network.compare, ecosys.Network.report,
                 ecosys.Network.whatif, ecosys.Network.keyplayers, ecosys.Network.to_networkx, ecosys.load):
        name = real.__name__
        text = "\n".join(real.__doc__.splitlines()[1:])
        for param, kind, _ in module_parameters(real, name):
            if kind == "var_keyword" or param in ("path",):
                continue
            assert re.search(r"\b%s\b" % re.escape(param), text), "%s: %s is not explained" % (name, param)
