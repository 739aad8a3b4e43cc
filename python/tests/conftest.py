"""Shared paths and helpers of the Python module's tests.

ctest runs them with PYTHONPATH=<build>/python, ECOSYS_CLI=<the ecosys program> and
ECOSYS_SOURCE_DIR=<the repository>; by hand, from the repository root:

    PYTHONPATH=build/test/python ECOSYS_CLI=build/test/ecosys python3 -m pytest python/tests

The real networks come from the shared data folder next to the repository
(../shared/data; ECOSYS_DATA overrides it); tests that need it skip without it.
"""

import json
import os
import pathlib
import subprocess

import pytest

SOURCE = pathlib.Path(os.environ.get("ECOSYS_SOURCE_DIR") or pathlib.Path(__file__).resolve().parents[2])
NETWORKS = SOURCE / "networks"
SHIPPED = sorted(NETWORKS.glob("*.json"))
DATA = pathlib.Path(os.environ.get("ECOSYS_DATA") or SOURCE.parent / "shared" / "data")


def data_file(*parts):
    """A file of the shared data folder, or a skip that names the folder."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip("the shared data is not here: %s is missing (set ECOSYS_DATA to the folder)" % path)
    return path


@pytest.fixture(scope="session")
def cli():
    """Runs the ecosys program and returns its standard output."""
    program = os.environ.get("ECOSYS_CLI") or str(SOURCE / "build" / "test" / "ecosys")
    if not os.path.exists(program):
        pytest.skip("the ecosys program is not built at %s (set ECOSYS_CLI)" % program)

    def run(*args):
        done = subprocess.run([program, *map(str, args)], capture_output=True, text=True)
        if done.returncode != 0:
            raise AssertionError("ecosys %s failed (%d): %s" % (" ".join(map(str, args)), done.returncode, done.stderr))
        return done.stdout

    run.program = program
    return run


@pytest.fixture(scope="session")
def cli_json(cli):
    """The parsed --format json output of an ecosys command."""
    return lambda *args: json.loads(cli(*args, "--format", "json"))
