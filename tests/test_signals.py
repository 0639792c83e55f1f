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


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to find the workers")
@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)])
def test_a_signal_ends_the_workers_and_the_run(tmp_path, sig, code):
    for n in range(400):
        (tmp_path / f"a{n:03}.md").write_text(f"# Article {n}\n\n" + PARAGRAPH * 40 + "\n", encoding="utf-8")
    workers: set[int] = set()
    # the run starts with the signal at its default disposition, as on a terminal: a test
    # run started in the background without job control inherits SIGINT ignored, and an
    # ignored signal stays ignored (test_an_ignored_signal_stays_ignored's case)
    proc = subprocess.Popen([sys.executable, "-m", "validator", "check", "--jobs", "2", str(tmp_path)],
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
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = [w for w in workers if _alive(w)]
        for pid in survivors:  # leave no orphan behind, even when the test fails
            os.kill(pid, signal.SIGKILL)
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
