"""Measure the reuse check: precision/recall on invented stories, and scale.

    python bench/reuse.py fixtures /tmp/reuse -n 300      # write the fixture set
    python bench/reuse.py measure /tmp/reuse              # index it, check it, score it
    python bench/reuse.py scale /tmp/reuse100k -n 100000 --lookups 500

``fixtures`` writes ``reference/stories.jsonl`` (one agency's story of each
of N events, plus N stories of other events by the other agencies, as
distractors), ``articles/<kind>/<n>.txt`` (the variants of
``bench/reusegen.py``) and ``manifest.jsonl`` (each article's expected
verdict).  ``measure`` builds the index with ``provcheck index build``, runs
``provcheck check --select uncredited-reuse`` and prints precision, recall
and the verdicts per kind.  ``scale`` writes N stories, times ``index build``
(wall time, peak memory of the process, file size) and then times lookups
(fingerprint, LSH candidates, exact containment) of articles against it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reusegen as R  # noqa: E402

PROVCHECK = [sys.executable, "-m", "validator"]
OWN = "Our correspondent saw long queues outside the only open bakery before dawn, and a tanker parked by the mosque."


def fixtures(out: Path, n: int, seed: int = 1000) -> None:
    (out / "reference").mkdir(parents=True, exist_ok=True)
    manifest = []
    with open(out / "reference" / "stories.jsonl", "w", encoding="utf-8") as ref:
        for i in range(n):
            ev = R.event(seed + i)
            src = R.story(ev, i % len(R.AGENCIES))
            ref.write(json.dumps(src.record()) + "\n")
            distractor = R.story(R.event(seed + n + i), (i + 2) % len(R.AGENCIES))
            ref.write(json.dumps(distractor.record()) + "\n")
            other = R.story(ev, (i + 1) % len(R.AGENCIES))
            for kind, text, flagged in R.variants(src, other, OWN):
                path = out / "articles" / kind / f"{i:05d}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                manifest.append({"path": str(path), "kind": kind, "flag": flagged, "source": src.agency})
    with open(out / "manifest.jsonl", "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(m) + "\n" for m in manifest)
    print(f"wrote {n} events: {2 * n} reference stories, {len(manifest)} articles under {out}")


def measure(out: Path, jobs: int, threshold: float | None = None) -> None:
    index = out / "reference.pcx"
    if not index.exists():
        subprocess.run([*PROVCHECK, "index", "build", str(out / "reference"), "-o", str(index)], check=True)
    config = out / "provcheck.yaml"
    config.write_text(f"settings: {{reuse_threshold: {threshold}}}\n" if threshold else "{}\n", encoding="utf-8")
    run = subprocess.run([*PROVCHECK, "check", str(out / "articles"), "--config", str(config),
                          "--reference", str(index), "--select",
                          "uncredited-reuse", "--format", "json", "--fail-on", "never", "--jobs", str(jobs)],
                         capture_output=True, text=True, check=True)
    report = json.loads(run.stdout)
    flagged = {}
    for a in report["articles"]:
        hits = [f for f in a["findings"] if f["rule"] == "uncredited-reuse"]
        flagged[os.path.normpath(a["path"])] = hits
    counts, per_kind = Counter(), Counter()
    for line in open(out / "manifest.jsonl", encoding="utf-8"):
        m = json.loads(line)
        hits = flagged[os.path.normpath(m["path"])]
        got = bool(hits)
        right_source = got and all(m["source"] in h["message"] for h in hits)
        key = ("tp" if right_source else "fp") if got and m["flag"] else ("fp" if got else ("fn" if m["flag"] else "tn"))
        counts[key] += 1
        per_kind[(m["kind"], "flagged" if got else "passed")] += 1
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    print(f"precision {tp / max(tp + fp, 1):.3f}  recall {tp / max(tp + fn, 1):.3f}  "
          f"(tp {tp}, fp {fp}, fn {fn}, tn {counts['tn']})")
    for kind in sorted({k for k, _ in per_kind}):
        print(f"  {kind:<24} flagged {per_kind[(kind, 'flagged')]:>5}  passed {per_kind[(kind, 'passed')]:>5}")


def scale(out: Path, n: int, lookups: int, seed: int = 500_000) -> None:
    out.mkdir(parents=True, exist_ok=True)
    stories = out / "stories.jsonl"
    if not stories.exists():
        t0 = time.perf_counter()
        with open(stories, "w", encoding="utf-8") as handle:
            for i in range(n):
                handle.write(json.dumps(R.story(R.event(seed + i), i % len(R.AGENCIES)).record()) + "\n")
        print(f"generated {n:,} stories in {time.perf_counter() - t0:.0f} s ({stories.stat().st_size / 1e6:.0f} MB)")
    index = out / "reference.pcx"
    if index.exists():
        print(f"{index} exists: lookups only (delete it to time the build)")
    else:
        t0 = time.perf_counter()
        subprocess.run([*PROVCHECK, "index", "build", str(stories), "-o", str(index)], check=True)
        build = time.perf_counter() - t0
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = usage.ru_utime + usage.ru_stime
        size = index.stat().st_size
        print(f"index build: {build:.0f} s wall, {cpu:.0f} s CPU ({n / cpu:,.0f} stories per CPU second), "
              f"peak memory {usage.ru_maxrss / 1024:.0f} MB, file {size / 1e6:.0f} MB ({size / n / 1024:.1f} KB a story)")

    from validator import refindex, shingles
    from validator.readers import read_text

    ref = refindex.open_index(str(index))
    articles = []
    for i in range(lookups):  # half light rewrites of indexed stories, half stories not in the index
        j = i * (n // lookups)
        if i % 2 == 0:
            src = R.story(R.event(seed + j), j % len(R.AGENCIES))
            text = next(t for kind, t, _ in R.variants(src, src, OWN) if kind == "light-rewrite")
        else:
            text = R.story(R.event(10 ** 7 + i), j % len(R.AGENCIES)).text()
        articles.append(read_text(text, f"a{i}.txt")[0])
    t0, c0 = time.perf_counter(), time.process_time()
    found = candidates = 0
    for article in articles:
        fp = shingles.fingerprint(article)
        items = ref.candidates(fp.signature)
        candidates += len(items)
        found += any(shingles.containment(fp.shingles, it.shingles) >= 0.5 for it in items)
    per, cpu = (time.perf_counter() - t0) / lookups, (time.process_time() - c0) / lookups
    print(f"lookup: {per * 1000:.1f} ms wall, {cpu * 1000:.1f} ms CPU an article (fingerprint, LSH query, "
          "exact containment), "
          f"{candidates / lookups:.1f} candidates verified on average, {found} of {lookups} matched "
          f"({(lookups + 1) // 2} are light rewrites of indexed stories)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("fixtures")
    p.add_argument("out", type=Path)
    p.add_argument("-n", type=int, default=300)
    p = sub.add_parser("measure")
    p.add_argument("out", type=Path)
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--threshold", type=float, default=None, help="settings.reuse_threshold (default 0.5)")
    p = sub.add_parser("scale")
    p.add_argument("out", type=Path)
    p.add_argument("-n", type=int, default=100_000)
    p.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args(argv)
    if args.cmd == "fixtures":
        fixtures(args.out, args.n)
    elif args.cmd == "measure":
        measure(args.out, args.jobs, args.threshold)
    else:
        scale(args.out, args.n, args.lookups)
    return 0


if __name__ == "__main__":
    sys.exit(main())
