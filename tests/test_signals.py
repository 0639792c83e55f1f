"""Issue 9 item 7: SIGTERM, SIGHUP or Ctrl-C to the parent of a ``--jobs 2`` run
ends the workers and exits 128 + N (143, 129, 130) with one line, no traceback.
Real processes, real signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow  # real signals sent to fresh processes

PARAGRAPH = ("The council approved its budget for the coming year on Tuesday after a long debate, "
             "officials said, and the mayor promised that the new bus routes would open in spring. ")


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _end(proc: subprocess.Popen, workers) -> tuple[bytes, bytes, bool, list[int]]:
    """Wait up to 60 s for the run to end, else kill it; then give its ``workers()`` 10 s to
    end, and kill any left (an orphan holds the run's pipes open, and would hang the test too).
    Returns its output, error output, whether it hung, and the workers that outlived it."""
    hung = False
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        hung = True
        proc.kill()
    pids = workers()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [w for w in pids if _alive(w)]
    for pid in survivors:  # leave no orphan behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    if hung:
        out, err = proc.communicate()
    return out, err, hung, survivors


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to find the workers")
@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)])
def test_a_signal_ends_the_workers_and_the_run(tmp_path, sig, code):
    # long enough that the signal comes mid-run, not as the run ends (then the report is out,
    # and the process, its handlers restored, ends by the signal itself: -2, not 130)
    for n in range(3000):
        (tmp_path / f"a{n:04}.md").write_text(f"# Article {n}\n\n" + PARAGRAPH * 40 + "\n", encoding="utf-8")
    workers: set[int] = set()
    # the run starts with the signal at its default disposition, as on a terminal: a test
    # run started in the background without job control inherits SIGINT ignored, and an
    # ignored signal stays ignored (test_an_ignored_signal_stays_ignored's case)
    proc = subprocess.Popen([sys.executable, "-m", "validator", "check", "--jobs", "2", "--no-cache", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(sig, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(proc.pid)
        assert len(workers) >= 2, "the workers never started"
        time.sleep(0.5)  # let them take work
        assert proc.poll() is None, "the run ended before the signal: make it longer"
        proc.send_signal(sig)
    finally:
        _, err, hung, survivors = _end(proc, lambda: workers)
    assert not hung, "the run did not end within 60 s of the signal"
    assert not survivors, "a worker outlived the run"
    assert proc.returncode == code, err.decode()
    assert err.decode() == f"provcheck: stopped by {signal.Signals(sig).name}; no report written\n"


def test_an_ignored_signal_stays_ignored():
    from validator import signals
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as under nohup
    try:
        with signals.handling():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) is signals._raise
        assert signal.getsignal(signal.SIGTERM) is not signals._raise
    finally:
        signal.signal(signal.SIGHUP, before)


def _assert_stopped_cleanly(tmp_path, script: str) -> None:
    """Run ``script`` (a ``--jobs 2`` check of 20 articles with a fault injected; it writes
    each worker's pid to the file named by its second argument), started with Ctrl-C at its
    default; it must end with 130 and one line, and every worker with it."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(20):
        (articles / f"a{n:02}.md").write_text(f"# Article {n}\n\n" + PARAGRAPH * 10 + "\n", encoding="utf-8")
    forked = tmp_path / "forked.txt"
    proc = subprocess.Popen([sys.executable, "-c", script, str(articles), str(forked)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    out, err, hung, survivors = _end(proc, lambda: [int(pid) for pid in forked.read_text().split()])
    assert not hung, "the run did not end within 60 s of the signal"
    assert not survivors, "a worker outlived the run"
    assert proc.returncode == 130, err.decode()
    assert err.decode() == "provcheck: stopped by SIGINT; no report written\n"
    assert out == b""


# A signal the moment a worker has forked, before the pool has recorded it: the pool must still
# know every worker it forked and kill it (the signal is held until the pool has started), or the
# orphan keeps the interpreter waiting at exit for ever.  The fault is injected in the child run:
# ``Process.start`` signals its own process as soon as the fork has returned.
_SIGNAL_AT_FORK = """
import os, signal, sys
import multiprocessing.process as mpp
_start = mpp.BaseProcess.start
def start(self):
    _start(self)
    with open(sys.argv[2], "a") as handle:
        handle.write(f"{self.pid}\\n")
    os.kill(os.getpid(), signal.SIGINT)
mpp.BaseProcess.start = start
from validator.cli import main
sys.exit(main(["check", "--jobs", "2", "--no-cache", sys.argv[1]]))
"""


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to see the workers")
def test_a_signal_as_a_worker_forks_ends_every_worker_and_the_run(tmp_path):
    _assert_stopped_cleanly(tmp_path, _SIGNAL_AT_FORK)


def test_a_signal_in_a_deferred_block_is_raised_when_the_block_ends():
    from validator import signals
    reached = []
    with pytest.raises(signals.Stopped) as stopped:
        with signals.handling():
            with signals.deferred():
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(0.05)  # the handler has run: held, not raised
                reached.append("end of the block")
            reached.append("after the block")
    assert reached == ["end of the block"]
    assert stopped.value.exit_code == 143


class _SignalsWhenDropped:
    """A finalizer that receives a signal: Python drops what its handler raises there."""

    def __del__(self):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)


def test_a_signal_python_drops_is_raised_at_the_next_check_and_not_printed():
    from validator import signals
    printed = []
    before = sys.unraisablehook
    sys.unraisablehook = printed.append
    try:
        with pytest.raises(signals.Stopped):
            with signals.handling():
                _SignalsWhenDropped()  # finalized at once; its Stopped is dropped
                signals.check()
    finally:
        sys.unraisablehook = before
    assert printed == []


def test_a_run_whose_signal_python_dropped_still_stops_without_a_report(tmp_path, monkeypatch, capsys):
    from validator import units
    from validator.cli import main
    for n in range(3):
        (tmp_path / f"a{n}.md").write_text(f"# Article {n}\n\n" + PARAGRAPH + "\n", encoding="utf-8")
    work = units.work

    def dropping(*args, **kwargs):
        _SignalsWhenDropped()
        return work(*args, **kwargs)
    monkeypatch.setattr(units, "work", dropping)
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    assert main(["check", "--jobs", "1", "--no-cache", "--format", "json", "-o", str(report), str(tmp_path)]) == 143
    assert "stopped by SIGTERM; no report written" in capsys.readouterr().err
    assert list(report.parent.iterdir()) == []


# A worker killed while it writes its result leaves half a message in the results pipe: the
# pool's manager thread must not wait for the rest for ever.  Injected in the child run: each
# worker writes the start of a long result, signals the run and waits to be killed.
_SIGNAL_MID_RESULT = """
import os, signal, struct, sys, time
import concurrent.futures.process as cfp
def _process_worker(call_queue, result_queue, *rest):
    with open(sys.argv[2], "a") as handle:
        handle.write(f"{os.getpid()}\\n")
    with result_queue._wlock:
        os.write(result_queue._writer.fileno(), struct.pack("!i", 1_000_000) + b"x" * 100)
        os.kill(os.getppid(), signal.SIGINT)
        time.sleep(600)
cfp._process_worker = _process_worker
from validator.cli import main
sys.exit(main(["check", "--jobs", "2", "--no-cache", sys.argv[1]]))
"""


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to see the workers")
def test_a_worker_killed_half_way_through_its_result_does_not_hang_the_run(tmp_path):
    _assert_stopped_cleanly(tmp_path, _SIGNAL_MID_RESULT)
