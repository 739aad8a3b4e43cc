"""Long computations release the GIL and stop on Ctrl-C.

Random graphs (Barabasi-Albert, 3 ties per new actor): on 20,000 actors exact
betweenness takes a minute on one thread, to be interrupted half a second in; on
8,000 actors about two seconds, long enough to watch another Python thread run;
the layout of 3,000 actors takes seconds."""

import _thread
import os
import random
import signal
import threading
import time

import pytest

import ecosys

nx = pytest.importorskip("networkx", reason="python3-networkx is not installed (it makes the test graph)")


@pytest.fixture(scope="module")
def big():
    return ecosys.from_networkx(nx.barabasi_albert_graph(20000, 3, seed=1), default_sector="industry")


@pytest.fixture(scope="module")
def gil_graph():
    """8,000 actors: about 2 s of betweenness on one quiet thread, so still running 0.3 s in."""
    return ecosys.from_networkx(nx.barabasi_albert_graph(8000, 3, seed=1), default_sector="industry")


@pytest.fixture(scope="module")
def medium():
    return ecosys.from_networkx(nx.barabasi_albert_graph(3000, 3, seed=1), default_sector="industry")


def count_loops(seconds):
    counted, deadline = 0, time.monotonic() + seconds
    while time.monotonic() < deadline:
        counted += 1
    return counted


def interrupt_after(seconds, how):
    """Interrupts the main thread after `seconds`; returns the time it did (a list)."""
    when = []

    def fire():
        time.sleep(seconds)
        when.append(time.monotonic())
        how()

    threading.Thread(target=fire, daemon=True).start()
    return when


@pytest.mark.parametrize("threads", [1, 2])
def test_ctrl_c_stops_betweenness_within_a_second(big, threads):
    when = interrupt_after(0.5, _thread.interrupt_main)
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        big.metrics(only=["betweenness"], threads=threads)
    raised = time.monotonic()
    assert when, "betweenness ended before the interruption (%.2f s): use a larger graph" % (raised - start)
    assert raised - when[0] < 1.0, "KeyboardInterrupt %.2f s after Ctrl-C" % (raised - when[0])
    # The interrupted analysis left nothing half-done behind.
    assert len(big.metrics(only=["degree"])["actors"]) == len(big)


def test_real_sigint(big):
    when = interrupt_after(0.5, lambda: os.kill(os.getpid(), signal.SIGINT))
    with pytest.raises(KeyboardInterrupt):
        big.metrics(only=["closeness"], threads=1)
    assert time.monotonic() - when[0] < 1.0


def test_a_signal_handlers_own_exception_comes_through(big):
    class Deadline(Exception):
        pass

    def handler(signum, frame):
        raise Deadline()

    previous = signal.signal(signal.SIGALRM, handler)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        start = time.monotonic()
        with pytest.raises(Deadline):
            big.metrics(only=["harmonic"], threads=1)
        assert time.monotonic() - start < 1.5
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def huge_file(tmp_path_factory):
    """200,000 actors, each tied to 3 earlier ones at random (an edge list written
    here, quicker than NetworkX's generators): reading it and Louvain take seconds."""
    path = tmp_path_factory.mktemp("huge") / "huge.tsv"
    rng = random.Random(2)
    with open(path, "w") as out:
        for v in range(4, 200000):
            for u in {rng.randrange(v) for _ in range(3)}:
                out.write("%d\t%d\n" % (u, v))
    return path


@pytest.fixture(scope="module")
def huge(huge_file):
    return ecosys.load(huge_file, default_sector="industry", quiet=True)


def stopped_within_a_second(call):
    when = interrupt_after(0.5, _thread.interrupt_main)
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        call()
    raised = time.monotonic()
    assert when, "the call ended before the interruption (%.2f s): make it longer" % (raised - start)
    assert raised - when[0] < 1.0, "KeyboardInterrupt %.2f s after Ctrl-C" % (raised - when[0])


def test_ctrl_c_stops_louvain(huge):
    stopped_within_a_second(lambda: huge.metrics(only=["community"]))


def test_ctrl_c_stops_the_ei_permutations(big):
    # 10^7 relabellings (the most accepted) of 20,000 actors: hours, unless stopped.
    stopped_within_a_second(lambda: big.helix(permutations=10**7))


def test_ctrl_c_stops_the_random_graphs(big):
    stopped_within_a_second(lambda: ecosys.compare([big], metrics=["transitivity"], samples=10**5, threads=1))


def test_gil_is_released_during_betweenness(gil_graph):
    """While one thread computes betweenness, the main thread keeps running Python."""
    alone = count_loops(0.25)
    done = threading.Event()
    failure = []

    def work():
        try:
            gil_graph.metrics(only=["betweenness"], threads=1)
        except BaseException as e:  # reported in the main thread
            failure.append(e)
        finally:
            done.set()

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(0.05)  # let it get into the library
    counted = count_loops(0.25)
    still_running = not done.is_set()
    worker.join()
    assert not failure, failure
    assert still_running, "betweenness ended within 0.3 s: use a larger graph"
    # Were the GIL held, this thread would not run a single loop until betweenness ends.
    assert counted > alone / 20, "%d loops in 0.25 s against %d alone: the GIL was held" % (counted, alone)


def test_ctrl_c_stops_a_graphviz_layout(medium):
    # 3,000 actors: seconds of layout; it finishes in the background.
    stopped_within_a_second(lambda: medium.render(quiet=True))
    # The next diagram waits for Graphviz and comes out whole.
    small = ecosys.from_networkx(nx.path_graph(3), default_sector="industry")
    assert small.render(quiet=True).data.rstrip().endswith("</svg>")


def test_ctrl_c_stops_loading(huge_file):
    # The read goes on in the background; the call returns at once.
    stopped_within_a_second(lambda: ecosys.load(huge_file, default_sector="industry", quiet=True))


def test_errors_of_loading_still_come_through(tmp_path):
    path = tmp_path / "three.tsv"
    path.write_text("a\tb\nb\tc\n")
    with pytest.raises(ecosys.InputError, match="default-sector") as caught:
        ecosys.load(path)
    assert caught.value.diagnostics[0].line == 1
