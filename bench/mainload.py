#!/usr/bin/env python3
"""The main process's own share of a ``--jobs`` run: its CPU and peak memory, the checks left out.

Usage::

    python bench/mainload.py CORPUS_DIR [--sample DIR] [--sample-size N] [--jobs N]

Runs ``provcheck check CORPUS_DIR --format json -o FILE --fail-on never --jobs N --no-cache``
in this process, with the workers answering every unit from the real results (and pre-pass
packs) of the first ``N`` files of ``--sample`` (each answer renamed to the unit's path), so
the main process does all it does in a real run — discovery, the pre-pass's counts and packs,
the results in order, the inputs, the report — while the workers do almost nothing: a run of
100,000 articles takes minutes instead of a quarter of an hour of both cores.  Prints the
main process's CPU seconds and its peak RSS (``VmRSS`` sampled every 50 ms, and
``ru_maxrss``).  Linux only; needs provcheck importable (``pip install -e .``).
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import threading
import time


_CANNED: list = []  # [pre-pass answers, check answers]


def _pick(path: str) -> int:
    return sum(path.encode()) % len(_CANNED[0])


def _work(job, unit, learned=None, preread=None):
    results, prints = _CANNED[1][_pick(unit.path)]
    return [r.model_copy(update={"id": unit.path, "path": unit.path}) for r in results], prints


def _line_sets(job, unit):
    return _CANNED[0][_pick(unit.path)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--sample", default=None, help="folder whose results answer (default: the corpus)")
    parser.add_argument("--sample-size", type=int, default=200)
    parser.add_argument("--jobs", default="2")
    parser.add_argument("--output", default=os.devnull)
    args = parser.parse_args()

    from validator import cli, prepass, reading, units
    from validator.commands import policy_for
    from validator.units import Job, Unit

    sample = args.sample or args.corpus
    policy = policy_for(None, [sample])
    job = Job(policy, tuple(policy.rules), None, False)
    reading.preload(job.rules)
    files = sorted(p for p in glob.glob(os.path.join(sample, "*")) if os.path.isfile(p))[:args.sample_size]
    read = [prepass.line_sets(job, Unit(f)) for f in files]
    checked = [units.work(job, Unit(f), None, r[1]) for f, r in zip(files, read)]
    _CANNED[:] = [read, checked]
    units.work = _work  # the forked workers inherit the replacements
    prepass.line_sets = _line_sets
    peak = [0.0]

    def sample_rss() -> None:
        while True:
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmRSS"):
                        peak[0] = max(peak[0], int(line.split()[1]) / 1024)
            time.sleep(0.05)

    threading.Thread(target=sample_rss, daemon=True).start()
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.monotonic()
    cli.main(["check", args.corpus, "--format", "json", "-o", args.output, "--fail-on", "never",
              "--jobs", args.jobs, "--no-cache"])
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    print(f"wall {time.monotonic() - started:.1f} s, main CPU {cpu:.1f} s, peak RSS {peak[0]:.1f} MB "
          f"(ru_maxrss {after.ru_maxrss / 1024:.1f} MB), load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
