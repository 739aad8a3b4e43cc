# Type stubs of the ecosys module (pybind11, python/ecosys_module.cpp), for editors
# and type checkers; copied next to the module at build time. Every name and
# argument here is checked against the built module by python/tests/test_stubs.py.
# The meaning of each argument: help(ecosys.Network.metrics) and docs/python.md.

import os
from typing import Any, Iterable, NamedTuple, Optional, Sequence, Union

__version__: str

PathLike = Union[str, os.PathLike[str]]
Keys = Union[None, str, Iterable[str]]

class Error(Exception): ...
class InputError(Error, ValueError):
    diagnostics: list[Diagnostic]
class UsageError(Error, ValueError): ...
class RenderError(Error): ...
class OutputError(Error, OSError): ...
class InputWarning(UserWarning): ...
class EcosysWarning(UserWarning): ...

class Diagnostic(NamedTuple):
    file: str
    line: int
    column: int
    message: str
    severity: str

class Actor(NamedTuple):
    id: str
    name: str
    sector: str
    region: Optional[str]
    kind: str
    role: str
    needs: list[str]
    seeds: list[str]
    attributes: dict[str, Any]

class Tie(NamedTuple):
    source: str
    target: str
    type: str
    weight: float
    year: Optional[int]
    directed: bool

class Region(NamedTuple):
    id: str
    name: str
    parent: Optional[str]
    declared: bool

class Sector(NamedTuple):
    id: str
    label: str
    color: str

class Project(NamedTuple):
    id: str
    name: str
    type: str
    year: Optional[int]
    region: Optional[str]
    participants: list[str]
    end_year: Optional[int]
    programme: Optional[str]
    funding: Optional[float]
    roles: list[Optional[str]]
    participant_funding: list[Optional[float]]

class Programme(NamedTuple):
    id: str
    name: str
    regions: list[str]
    years: Optional[tuple[int, int]]
    budget: Optional[float]

class MetricTables(NamedTuple):
    actors: Any  # pandas.DataFrame
    regions: Any  # pandas.DataFrame

class HelixTables(NamedTuple):
    actors: Any  # pandas.DataFrame
    regions: Any  # pandas.DataFrame

class SVG:
    @property
    def data(self) -> str: ...
    @property
    def notes(self) -> list[str]: ...
    def _repr_svg_(self) -> str: ...
    def save(self, path: PathLike, format: Optional[str] = None) -> None: ...

class Network:
    @property
    def name(self) -> str: ...
    @property
    def source(self) -> Optional[str]: ...
    @property
    def actors(self) -> list[Actor]: ...
    @property
    def ties(self) -> list[Tie]: ...
    @property
    def regions(self) -> list[Region]: ...
    @property
    def sectors(self) -> list[Sector]: ...
    @property
    def projects(self) -> list[Project]: ...
    @property
    def programmes(self) -> list[Programme]: ...
    @property
    def currency(self) -> Optional[str]: ...
    @property
    def warnings(self) -> list[Diagnostic]: ...
    def __len__(self) -> int: ...
    def info(self) -> dict[str, Any]: ...
    def metrics(
        self,
        *,
        only: Keys = None,
        scope: Optional[str] = None,
        region: Keys = None,
        weighted: bool = False,
        directed: bool = False,
        threads: int = 0,
        seed: int = 1,
        projects: bool = True,
        project_weighting: str = "count",
        approx: Union[None, float, tuple[float, float]] = None,
        whole: bool = True,
        as_frame: bool = False,
    ) -> Union[dict[str, Any], MetricTables]: ...
    def helix(
        self,
        *,
        scope: str = "network",
        region: Keys = None,
        weighted: bool = False,
        permutations: int = 9999,
        seed: int = 1,
        projects: bool = True,
        project_weighting: str = "count",
        as_frame: bool = False,
    ) -> Union[dict[str, Any], HelixTables]: ...
    def compare(
        self,
        *,
        by: Optional[str] = None,
        metrics: Keys = None,
        region: Optional[str] = None,
        years: Union[None, str, Sequence[int]] = None,
        sort: Optional[str] = None,
        weighted: bool = False,
        samples: int = 100,
        seed: int = 1,
        threads: int = 0,
        projects: bool = True,
        project_weighting: str = "count",
        whole: bool = True,
        labels: Keys = None,
        as_frame: bool = False,
    ) -> Any: ...
    def render(self, region: Optional[str] = None, overview: bool = False, **options: Any) -> SVG: ...
    def report(
        self,
        path: PathLike,
        *,
        weighted: bool = False,
        seed: int = 1,
        samples: int = 100,
        permutations: int = 9999,
        layout: str = "auto",
        threads: int = 0,
        projects: bool = True,
        project_weighting: str = "count",
        quiet: bool = False,
        max_diagram_actors: int = 2000,
    ) -> None: ...
    def whatif(
        self,
        *,
        remove_actors: Keys = None,
        remove_role: Optional[str] = None,
        remove_kind: Optional[str] = None,
        remove_sector: Optional[str] = None,
        remove_tie_type: Optional[str] = None,
        remove_projects: Keys = None,
        remove_project_type: Optional[str] = None,
        after_year: Optional[int] = None,
        region: Keys = None,
        pair: Optional[Sequence[str]] = None,
        each_role: Optional[str] = None,
        each_actor: bool = False,
        each_project: bool = False,
        top: int = 0,
        weighted: bool = False,
        seed: int = 1,
        permutations: int = 9999,
        projects: bool = True,
        project_weighting: str = "count",
    ) -> dict[str, Any]: ...
    def evaluate(
        self,
        programme: str,
        *,
        pre: Optional[str] = None,
        post: Optional[str] = None,
        treated: Keys = None,
        control: Keys = None,
        metrics: Keys = None,
        weight_by: str = "none",
        permutations: int = 9999,
        seed: int = 1,
        event_study: bool = False,
        weighted: bool = False,
        projects: bool = True,
        project_weighting: str = "count",
    ) -> dict[str, Any]: ...
    def qap(
        self,
        *,
        x: Keys,
        y: str = "ties",
        model: str = "ols",
        null: str = "dsp",
        permutations: int = 1000,
        seed: int = 1,
        directed: bool = False,
        region: str = "*",
        correlate: bool = False,
        max_actors: int = 2000,
        projects: bool = True,
        project_weighting: str = "count",
    ) -> dict[str, Any]: ...
    def keyplayers(
        self,
        *,
        k: int,
        goal: str = "fragment",
        radius: int = 1,
        region: Keys = None,
        candidates: Optional[str] = None,
        seed: int = 1,
        restarts: int = 8,
        projects: bool = True,
        project_weighting: str = "count",
    ) -> dict[str, Any]: ...
    def to_networkx(self, *, measured: bool = False, projects: bool = True, project_weighting: str = "count") -> Any: ...
    def clear_cache(self) -> None: ...
    def cache_stats(self) -> list[dict[str, Any]]: ...

def load(path: PathLike, *, quiet: bool = False, **import_options: Any) -> Network: ...
def from_networkx(G: Any, *, name: Optional[str] = None, quiet: bool = False, **import_options: Any) -> Network: ...
def compare(
    networks: Union[Network, Iterable[Network]],
    *,
    by: Optional[str] = None,
    metrics: Keys = None,
    region: Optional[str] = None,
    years: Union[None, str, Sequence[int]] = None,
    sort: Optional[str] = None,
    weighted: bool = False,
    samples: int = 100,
    seed: int = 1,
    threads: int = 0,
    projects: bool = True,
    project_weighting: str = "count",
    whole: bool = True,
    labels: Keys = None,
    as_frame: bool = False,
) -> Any: ...
def metric_registry() -> list[dict[str, Any]]: ...
