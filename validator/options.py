"""The command line's options: ``build_parser()`` for every subcommand, and the
types that check an option's value (a usage error names the option and the value).
What the options mean is decided by the commands (:mod:`validator.checkcmd`,
:mod:`validator.commands`, :mod:`validator.indexcmd`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from validator import __version__, cache, indexcmd
from validator.policy import MAX_TIMEOUT
from validator.reporters import FORMATS


def _ids(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _bytes(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"a number of bytes (1 or more) is needed, not {value!r}")
    return int(value)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not 0 < seconds <= MAX_TIMEOUT:  # nan fails both comparisons
        raise argparse.ArgumentTypeError(f"a number of seconds above 0 and at most {MAX_TIMEOUT:g} "
                                         f"is needed, not {value!r}")
    return seconds


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="provcheck", description=(
        "Check news articles for the provenance they must carry: translator's disclaimer, "
        "original outlet, photo and wire credits, language, no scraped page residue."))
    parser.add_argument("--version", action="version", version=f"provcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser("check", help="check articles and report what provenance is missing")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively; "
                       "dependency folders and what .gitignore excludes are skipped), or - for one "
                       "article on standard input")
    check.add_argument("--stdin-filename", metavar="NAME", help="the name of the article read from "
                       "standard input (`check -`); its extension picks the reader (default stdin.md)")
    check.add_argument("--config", type=Path, help="provcheck.yaml or pyproject.toml (default: found "
                       "from the first path upwards)")
    check.add_argument("--format", choices=sorted(FORMATS), default="text", help="output format (default text)")
    check.add_argument("--output", "-o", help="write the output to this file instead of standard output")
    check.add_argument("--report", action="append", default=[], metavar="FORMAT=PATH",
                       help="also write FORMAT to PATH (repeatable), e.g. --report sarif=out.sarif")
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default=None,
                       help="lowest severity that fails the run (default error)")
    check.add_argument("--max-warnings", type=int, default=None, metavar="N",
                       help="also fail when there are more than N warnings")
    check.add_argument("--select", type=_ids, default=None, metavar="IDS",
                       help="only these rules (comma-separated ids or prefixes)")
    check.add_argument("--ignore", type=_ids, default=None, metavar="IDS",
                       help="skip these rules (comma-separated ids or prefixes)")
    check.add_argument("--changed-since", metavar="REF", help="check only the files added or modified since "
                       "the merge base of REF and HEAD (git; renames followed, deletions ignored)")
    check.add_argument("--baseline", metavar="FILE", help="accept the findings recorded in FILE (made by "
                       "`provcheck baseline`): they are reported as suppressed and do not fail the run")
    check.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                       help="worker processes (default: the CPUs this process may use)")
    check.add_argument("--executor", choices=["local", "dask"], default="local",
                       help="where articles are checked: local processes (default) or a Dask cluster")
    check.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler of --executor dask, "
                       "e.g. tcp://10.0.0.5:8786")
    check.add_argument("--cache", nargs="?", const=cache.DEFAULT_DIR, default=None, metavar="DIR",
                       help=f"reuse the results of unchanged articles, kept in DIR (default {cache.DEFAULT_DIR}/ "
                            "when DIR is omitted; also PROVCHECK_CACHE=DIR); off unless asked for")
    check.add_argument("--no-cache", action="store_true", help="no cache, even with PROVCHECK_CACHE set")
    check.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    check.add_argument("--timeout-per-article", type=_seconds, default=None, metavar="SECONDS",
                       help="time budget of each article's checks (default 10)")
    check.add_argument("--max-file-size", type=_bytes, default=None, metavar="BYTES",
                       help="larger files are not read but reported as input errors "
                            "(default settings.max_file_size, 10000000)")
    check.add_argument("--learn-residue", action=argparse.BooleanOptionalAction, default=None,
                       help="report short lines that recur in 30%% of a folder's articles as residue (default: on "
                            "for a folder of 20 articles or more; settings.learn_residue)")
    check.add_argument("--reference", metavar="INDEX", help="a reference index (`provcheck index build`) "
                       "of wire copy and source articles: uncredited reuse of them is reported "
                       "(default settings.reference)")
    check.add_argument("--dedupe", action="store_true", help="also report articles of this run that are "
                       "near-duplicates of each other (duplicate-article)")
    check.add_argument("--verbose", "-v", action="store_true", help="text output: excerpt, why and fix")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")

    base = sub.add_parser("baseline", help="record the current findings so that `check --baseline` "
                          "fails only on new ones")
    base.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively)")
    base.add_argument("--output", "-o", default="provcheck-baseline.json",
                      help="the baseline file to write (default provcheck-baseline.json)")
    base.add_argument("--config", type=Path, help="provcheck.yaml or pyproject.toml")
    base.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                      help="worker processes (default: the CPUs this process may use)")
    cache_cmd = sub.add_parser("cache", help="manage the content cache of `check --cache`")
    cache_cmd.add_argument("action", choices=["clear"], help="clear: remove the cache folder")
    cache_cmd.add_argument("dir", nargs="?", default=None,
                           help=f"the cache folder (default PROVCHECK_CACHE or {cache.DEFAULT_DIR})")

    sub.add_parser("rules", help="list the rules in force: id, severity, title").add_argument(
        "--config", type=Path)
    explain = sub.add_parser("explain", help="show the documentation of one rule")
    explain.add_argument("rule")
    explain.add_argument("--config", type=Path)
    indexcmd.add_parser(sub, _bytes)
    init = sub.add_parser("init", help="write a commented starter provcheck.yaml")
    init.add_argument("path", nargs="?", default="provcheck.yaml")
    return parser
