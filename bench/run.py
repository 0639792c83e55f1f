#!/usr/bin/env python3
"""Time provcheck on a corpus: articles per second, MB per second, peak memory.

Usage::

    python bench/run.py CORPUS_DIR [--jobs N] [--repeat R] [--compare-language]
                        [--json FILE] [--report FILE] [--provcheck CMD] [-- EXTRA PROVCHECK ARGS]

Each run is one child process::

    <python> -m validator check CORPUS_DIR --format json --output /dev/null --fail-on never
             [--jobs N] [EXTRA ARGS]

timed from start to exit (wall clock).  Its peak resident memory is the
``ru_maxrss`` the kernel reports for that child when it is reaped (``os.wait4``:
the same figure as ``getrusage(RUSAGE_CHILDREN)``, but per run, so repeats and
the two runs of ``--compare-language`` do not mask each other).  ``ru_maxrss``
is the largest single process of the run; with ``--jobs N`` the workers'
memory adds up, so on Linux the summed RSS of the process tree is also sampled
(every 50 ms) and shown as "tree RSS".  (A child's ``ru_maxrss`` includes the
size of this launcher when it forked, about 15-20 MB: a floor, not an error
worth correcting for a Python tool that imports pydantic.)

``--compare-language`` runs twice: with the defaults, and with
``--ignore language-mismatch,untranslated-passage,language-undetermined``, and
prints the ratio: what language detection costs.

Standard library only; Python 3.10+.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

LANGUAGE_RULES = "language-mismatch,untranslated-passage,language-undetermined"
#: file extensions provcheck reads, and how to count the articles in each
ARTICLE_EXTENSIONS = (".md", ".markdown", ".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson")


# ---------------------------------------------------------------------------
# The corpus


def count_corpus(root: Path) -> dict:
    """Articles, files and bytes under ``root``, by extension.

    A ``.jsonl`` file counts one article per non-blank line; a ``.json`` file
    holding a list counts its items (or those of an ``articles`` list); every
    other file is one article.
    """
    files = 0
    articles = 0
    size = 0
    by_ext: dict[str, int] = {}
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    for p in paths:
        ext = p.suffix.lower()
        if ext not in ARTICLE_EXTENSIONS:
            continue
        files += 1
        if ext in (".jsonl", ".ndjson"):  # a line at a time: the launcher's size is a floor of the child's peak RSS
            with open(p, "rb") as handle:
                n = sum(1 for line in handle if line.strip())
            size += p.stat().st_size
            articles += n
            by_ext[ext] = by_ext.get(ext, 0) + n
            continue
        data = p.read_bytes()
        size += len(data)
        if ext == ".json":
            n = 1
            try:
                obj = json.loads(data)
            except (ValueError, UnicodeDecodeError):
                obj = None
            if isinstance(obj, list):
                n = len(obj)
            elif isinstance(obj, dict) and isinstance(obj.get("articles"), list):
                n = len(obj["articles"])
        else:
            n = 1
        articles += n
        by_ext[ext] = by_ext.get(ext, 0) + n
    return {"files": files, "articles": articles, "bytes": size, "by_ext": by_ext}


# ---------------------------------------------------------------------------
# Measuring one child process


def _maxrss_bytes(ru_maxrss: int) -> int:
    # Linux and the BSDs report kilobytes, macOS bytes
    return ru_maxrss if sys.platform == "darwin" else ru_maxrss * 1024


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and its descendants from /proc (Linux)."""

    available = os.path.isdir("/proc/self") and os.path.exists("/proc/self/statm")

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self.stop = threading.Event()
        self.page = os.sysconf("SC_PAGE_SIZE") if self.available else 4096

    def _tree_rss(self) -> int:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    stat = fh.read()
            except OSError:
                continue
            # the command name may hold spaces and parentheses: split after the last ")"
            fields = stat[stat.rfind(b")") + 2 :].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        total = 0
        todo = [self.pid]
        while todo:
            pid = todo.pop()
            try:
                with open(f"/proc/{pid}/statm", "rb") as fh:
                    total += int(fh.read().split()[1]) * self.page
            except (OSError, IndexError, ValueError):
                pass
            todo.extend(children.get(pid, ()))
        return total

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.peak = max(self.peak, self._tree_rss())
            except Exception:  # a sampler must never break the measurement
                pass
            self.stop.wait(self.interval)


def measure(cmd: list[str], timeout: float | None = None, sample_tree: bool = False) -> dict:
    """Run ``cmd`` once; return wall time, CPU time, peak RSS, exit code and stderr tail."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        # its own process group, so that a timeout also stops worker processes
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err, start_new_session=True)
        sampler = None
        if sample_tree and TreeSampler.available:
            sampler = TreeSampler(proc.pid)
            sampler.start()
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill) if timeout else None
        if timer:
            timer.start()
        # reap the child ourselves: wait4 gives this child's own resource usage
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except KeyboardInterrupt:
            kill()
            os.wait4(proc.pid, 0)
            raise
        wall = time.perf_counter() - start
        if timer:
            timer.cancel()
        timed_out = killed.is_set()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if sampler:
            sampler.stop.set()
            sampler.join()
        err.seek(0)
        tail = err.read()[-4000:].decode("utf-8", "replace")
    return {
        "wall_s": wall,
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "peak_rss_bytes": _maxrss_bytes(usage.ru_maxrss),
        "tree_rss_bytes": sampler.peak if sampler else None,
        "exit": proc.returncode,
        "timed_out": timed_out,
        "stderr_tail": tail,
    }


# ---------------------------------------------------------------------------
# Reporting


def _report_article_count(path: Path) -> int | None:
    """Best effort: how many articles a provcheck JSON report says it checked."""
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(obj, dict):
        return None
    summary = obj.get("summary")
    if isinstance(summary, dict):
        for key in ("articles", "articles_checked", "total"):
            if isinstance(summary.get(key), int):
                return summary[key]
    for key in ("articles", "results"):
        if isinstance(obj.get(key), list):
            return len(obj[key])
    return None


def _mb(n: float | None) -> str:
    return "-" if n is None else f"{n / 2**20:.1f}"


def summarise(name: str, cmd: list[str], runs: list[dict], corpus: dict) -> dict:
    walls = [r["wall_s"] for r in runs]
    best = min(walls)
    cpu = min(r["user_s"] + r["sys_s"] for r in runs)
    peak = max(r["peak_rss_bytes"] for r in runs)
    trees = [r["tree_rss_bytes"] for r in runs if r["tree_rss_bytes"] is not None]
    return {
        "name": name,
        "command": cmd,
        "repeats": len(runs),
        "wall_s": [round(w, 4) for w in walls],
        "best_wall_s": round(best, 4),
        "median_wall_s": round(statistics.median(walls), 4),
        "cpu_s": round(cpu, 4),
        "articles_per_s": round(corpus["articles"] / best, 2) if best > 0 else None,
        "mb_per_s": round(corpus["bytes"] / 1e6 / best, 3) if best > 0 else None,
        "peak_rss_mb": round(peak / 2**20, 1),
        "tree_rss_mb": round(max(trees) / 2**20, 1) if trees else None,
        "exit": [r["exit"] for r in runs],
    }


def print_table(results: list[dict], show_tree: bool, out=sys.stdout) -> None:
    cols = [("run", 14, "<"), ("wall s", 9, ">"), ("median s", 9, ">"), ("CPU s", 8, ">"),
            ("articles/s", 11, ">"), ("MB/s", 8, ">"), ("peak RSS MB", 12, ">")]
    if show_tree:
        cols.append(("tree RSS MB", 12, ">"))
    cols.append(("exit", 5, ">"))
    print("  ".join(f"{h:{a}{w}}" for h, w, a in cols), file=out)
    print("  ".join("-" * w for _, w, _ in cols), file=out)
    for r in results:
        cells = [r["name"], f"{r['best_wall_s']:.2f}", f"{r['median_wall_s']:.2f}",
                 f"{r['cpu_s']:.2f}", f"{r['articles_per_s']:.1f}" if r["articles_per_s"] else "-",
                 f"{r['mb_per_s']:.2f}" if r["mb_per_s"] else "-", f"{r['peak_rss_mb']:.1f}"]
        if show_tree:
            cells.append("-" if r["tree_rss_mb"] is None else f"{r['tree_rss_mb']:.1f}")
        cells.append(",".join(str(e) for e in sorted(set(r["exit"]))))
        print("  ".join(f"{c:{a}{w}}" for c, (_, w, a) in zip(cells, cols)), file=out)


# ---------------------------------------------------------------------------


def build_command(base: list[str], corpus: Path, output: str, jobs: int | None,
                  extra: list[str]) -> list[str]:
    cmd = base + ["check", str(corpus), "--format", "json", "--output", output,
                  "--fail-on", "never"]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    return cmd + extra


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1 :]

    ap = argparse.ArgumentParser(
        description="Benchmark provcheck on a corpus (see bench/README.md).",
        usage="%(prog)s CORPUS_DIR [options] [-- extra provcheck args]",
    )
    ap.add_argument("corpus", help="directory of articles (e.g. made by bench/generate.py)")
    ap.add_argument("--jobs", type=int, help="passed to provcheck as --jobs N")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per configuration; the best wall time is reported (default 1)")
    ap.add_argument("--warmup", type=int, default=0,
                    help="untimed runs before measuring, to warm the page cache (default 0)")
    ap.add_argument("--compare-language", action="store_true",
                    help="also run with the language rules ignored and print the ratio")
    ap.add_argument("--json", metavar="FILE", help="write the figures as JSON to FILE")
    ap.add_argument("--report", metavar="FILE",
                    help="keep provcheck's JSON report here instead of /dev/null "
                         "(and check its article count)")
    ap.add_argument("--provcheck", metavar="CMD",
                    help="command that runs provcheck (default: the current Python with "
                         "'-m validator'); e.g. --provcheck provcheck")
    ap.add_argument("--timeout", type=float, help="seconds before a run is killed")
    ap.add_argument("--sample-tree", action="store_true",
                    help="sample the summed RSS of the process tree "
                         "(on by default with --jobs > 1)")
    args = ap.parse_args(argv)

    corpus_path = Path(args.corpus)
    if not corpus_path.exists():
        ap.error(f"{corpus_path} does not exist")
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    corpus = count_corpus(corpus_path)
    if corpus["articles"] == 0:
        ap.error(f"no articles found under {corpus_path}")

    base = shlex.split(args.provcheck) if args.provcheck else [sys.executable, "-m", "validator"]
    output = args.report or os.devnull
    configs = [("default", [])]
    if args.compare_language:
        configs.append(("no-language", ["--ignore", LANGUAGE_RULES]))
    show_tree = bool(args.sample_tree or (args.jobs or 1) > 1) and TreeSampler.available

    by_ext = ", ".join(f"{k.lstrip('.')} {v}" for k, v in sorted(corpus["by_ext"].items()))
    print("provcheck benchmark")
    print(f"  corpus   {corpus_path}: {corpus['articles']} articles in {corpus['files']} files, "
          f"{corpus['bytes'] / 1e6:.1f} MB ({by_ext})")
    print(f"  command  {shlex.join(build_command(base, corpus_path, output, args.jobs, extra))}")
    print(f"  host     Python {platform.python_version()}, {platform.system()} "
          f"{platform.machine()}, {os.cpu_count()} CPUs")
    print()

    results = []
    failed = False
    for name, more in configs:
        cmd = build_command(base, corpus_path, output, args.jobs, more + extra)
        for _ in range(args.warmup):
            measure(cmd, args.timeout)
        runs = []
        for k in range(args.repeat):
            r = measure(cmd, args.timeout, sample_tree=show_tree)
            runs.append(r)
            print(f"  {name} run {k + 1}/{args.repeat}: {r['wall_s']:.2f} s, exit {r['exit']}",
                  file=sys.stderr)
            if r["exit"] != 0:
                failed = True
                why = "timed out" if r["timed_out"] else f"exited with {r['exit']}"
                print(f"error: the {name} run {why}: {shlex.join(cmd)}", file=sys.stderr)
                if r["stderr_tail"].strip():
                    print("--- stderr (tail) ---\n" + r["stderr_tail"].rstrip(), file=sys.stderr)
                break
        results.append(summarise(name, cmd, runs, corpus))
        if failed:
            break
    print(file=sys.stderr)

    print_table(results, show_tree)
    if failed:
        print("\n(a run failed: these figures are not valid measurements)")
    ratio = None
    if len(results) == 2 and not failed:
        a, b = results
        ratio = round(a["best_wall_s"] / b["best_wall_s"], 3) if b["best_wall_s"] > 0 else None
        if ratio is not None:
            print()
            print(f"language checks: default / no-language wall time = {ratio:.2f}x "
                  f"({a['articles_per_s']:.0f} vs {b['articles_per_s']:.0f} articles/s)")

    checked = None
    if args.report and not failed:
        checked = _report_article_count(Path(args.report))
        if checked is not None:
            note = "" if checked == corpus["articles"] else f" (corpus has {corpus['articles']}!)"
            print(f"\nreport {args.report}: {checked} articles checked{note}")

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    if args.json:
        figures = {
            "corpus": str(corpus_path),
            "articles": corpus["articles"],
            "files": corpus["files"],
            "bytes": corpus["bytes"],
            "by_ext": corpus["by_ext"],
            "jobs": args.jobs,
            "extra_args": extra,
            "python": platform.python_version(),
            "platform": f"{platform.system()} {platform.machine()}",
            "cpus": os.cpu_count(),
            "runs": results,
            "language_ratio": ratio,
            "report_articles": checked,
            "rusage_children_maxrss_mb": round(_maxrss_bytes(children.ru_maxrss) / 2**20, 1),
            # a child's ru_maxrss never reads below the launcher's own size at fork time
            "launcher_rss_mb": round(
                _maxrss_bytes(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 2**20, 1),
            "ok": not failed,
        }
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
