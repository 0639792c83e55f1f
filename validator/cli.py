"""The command line: ``provcheck check|baseline|cache|rules|explain|init|index``.

``main(argv) -> int`` parses, runs and returns the exit code: the verdict's
(0 passed, 1 failed by findings, 2 a check crashed), 2 for a usage,
configuration or output error, 128 + N when stopped by signal N (SIGTERM 143,
SIGHUP 129, Ctrl-C 130).  Rendering is the reporters' job and writing
``validator.output``'s; this module only chooses them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from validator import (__version__, baseline, batch, cache, engine, enginefindings, executors, gitchanges,
                       indexcmd, output, progress, refindex, signals, stdin, usage)
from validator.enginefindings import INTERNAL_ERROR
from validator.errors import ConfigError, OutputError, UsageError
from validator.paths import relative
from validator.policy import MAX_TIMEOUT, Policy, find_config, load_policy
from validator.report import REPORT_VERSION, Tally
from validator.reporters import FORMATS, reporter
from validator.safe import visible

STARTER = Path(__file__).with_name("starter.yaml")


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


def _policy(config: Path | None, paths: list[str] | None = None) -> Policy:
    if config is None:
        start = Path(paths[0]) if paths else Path.cwd()
        start = start if start.is_dir() else start.parent
        config = find_config(start.resolve())
    return load_policy(config)


def _render(name: str, report, colour: bool = False, verbose: bool = False):
    """The text of format ``name``: a string, or for formats that can, strings in order."""
    module = reporter(name)
    if name == "text":
        return module.render(report, colour=colour, verbose=verbose)
    return module.chunks(report) if hasattr(module, "chunks") else module.render(report)


def _cache(args: argparse.Namespace):
    folder = None if args.no_cache else (args.cache or os.environ.get("PROVCHECK_CACHE") or None)
    return cache.Cache(folder) if folder else None


def _stream_jsonl(run: batch.Batch, fail_on: str, args: argparse.Namespace) -> int:
    """--format jsonl: each article's line written as it completes; only the summary's
    counts are kept, and the verdict is judged from them (the same judge as a whole report's)."""
    from validator.reporters import jsonl

    tally = Tally()

    def lines():
        for article in batch.finished(run):
            tally.add(article)
            yield jsonl.article_json(article) + "\n"
        inputs = run.inputs()
        verdict = tally.verdict(fail_on, args.max_warnings)
        yield from jsonl.envelope_line({"version": REPORT_VERSION, "tool": {"name": "provcheck", "version": __version__},
                                        "fail_on": fail_on, "max_warnings": args.max_warnings,
                                        "verdict": verdict.model_dump(mode="json"),
                                        "summary": tally.summary(inputs)}, inputs)

    try:
        output.write(lines(), args.output, "jsonl")
    except output.StdoutClosed:
        pass  # the reader went away: the verdict still decides (the run goes on to the end)
    return tally.verdict(fail_on, args.max_warnings).exit_code


def cmd_check(args: argparse.Namespace) -> int:
    extra = []
    for spec in args.report:
        name, sep, target = spec.partition("=")
        if not sep or name not in FORMATS or not target:
            raise UsageError(f"--report takes FORMAT=PATH with FORMAT one of {', '.join(sorted(FORMATS))}: {spec!r}")
        extra.append((name, target))
    reading_stdin = args.paths == ["-"]
    if "-" in args.paths and not reading_stdin:
        raise UsageError("- (standard input) cannot be mixed with other paths")
    # the configuration first: a broken config is reported (exit 2) before any path is looked at
    policy = _skipping(_policy(args.config, None if reading_stdin else args.paths), args.baseline)
    known = [*(r.id for r in policy.rules), *enginefindings.IDS]
    usage.check_ids("--select", args.select, known)
    usage.check_ids("--ignore", args.ignore, known)
    overrides = {k: v for k, v in (("max_file_size", args.max_file_size), ("learn_residue", args.learn_residue))
                 if v is not None}
    if args.reference is not None:
        overrides["reference"] = os.path.abspath(args.reference)
    if overrides:
        policy = _with_settings(policy, **overrides)
    if policy.config.settings.reference:  # a missing or foreign index is a usage error, before any check
        try:
            refindex.reference(policy.config.settings.reference)
        except refindex.BadIndex as exc:
            raise UsageError(str(exc)) from None
    if not reading_stdin:
        _check_paths(args.paths)
    output.check_target(args.output)
    for name, target in extra:
        output.check_target(target, f"--report {name}={target}")
    accepted = baseline.load(args.baseline) if args.baseline else None
    only = gitchanges.changed_files(args.changed_since, args.paths) if args.changed_since else None
    fail_on = args.fail_on or policy.config.fail_on or "error"
    if args.executor == "dask" and not args.scheduler:
        raise UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    jobs = max(1, args.jobs) if args.jobs is not None else executors.usable_cpus()
    with contextlib.ExitStack() as stack:
        source = stack.enter_context(stdin.article(args.stdin_filename)) if reading_stdin else None
        run = batch.Batch([] if reading_stdin else args.paths, policy, select=args.select, ignore=args.ignore,
                          jobs=jobs, timeout=args.timeout_per_article, only=only, cache=_cache(args),
                          executor=executors.dask_executor(args.scheduler) if args.executor == "dask" else None,
                          stdin=source, dedupe=args.dedupe)
        run.progress = progress.start(batch.total_bytes(run.found), args.quiet)
        if args.format == "jsonl" and not extra and accepted is None and batch.streamable(run) and run.files:
            return _stream_jsonl(run, fail_on, args)
        report = engine.collect(run, fail_on)
    if not report.articles:
        if args.changed_since:
            sys.stderr.write(f"provcheck: nothing changed since {visible(args.changed_since)}: no article to check\n")
        else:
            raise usage.EmptyRun(usage.empty_run(report, args.paths))
    if accepted is not None:
        report = baseline.apply(report, accepted, args.baseline)
    report = report.model_copy(update={"max_warnings": args.max_warnings})
    colour = args.color == "always" or (args.color == "auto" and args.output is None
                                        and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    try:
        output.write(_render(args.format, report, colour, args.verbose), args.output, args.format)
    except output.StdoutClosed:
        pass  # the reader went away (`provcheck check X | head`): the verdict still decides
    for name, target in extra:
        output.write(_render(name, report), target, name)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file and args.format == "github":
        with open(summary_file, "a", encoding="utf-8") as handle:
            handle.write(output.safe_text(reporter("github").job_summary(report)))
    return report.verdict.exit_code


def _with_settings(policy: Policy, **values) -> Policy:
    settings = policy.config.settings.model_copy(update=values)
    return policy.model_copy(update={"config": policy.config.model_copy(update={"settings": settings})})


def _skipping(policy: Policy, baseline_file: str | None) -> Policy:
    """The policy with baseline files among the ignored paths: the one given and any
    ``provcheck-baseline.json`` (they are JSON, not articles)."""
    ignore = [*policy.config.ignore, "**/provcheck-baseline.json"]
    if baseline_file and baseline_file != "-":
        ignore.append(relative(baseline_file, policy.root))
    return policy.model_copy(update={"config": policy.config.model_copy(update={"ignore": ignore})})


def _check_paths(paths: list[str]) -> None:
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f"no such file or directory: {path}")


def cmd_baseline(args: argparse.Namespace) -> int:
    _check_paths(args.paths)
    output.check_target(args.output)
    jobs = max(1, args.jobs) if args.jobs is not None else executors.usable_cpus()
    report = engine.run(args.paths, _skipping(_policy(args.config, args.paths), args.output), jobs=jobs)
    text = baseline.render(report, args.output)
    output.write(text, args.output, "baseline")
    entries = text.count('"fingerprint"')
    (sys.stderr if args.output == "-" else sys.stdout).write(
        f"wrote {entries} finding{'s' if entries != 1 else ''} of {len(report.articles)} "
        f"article{'s' if len(report.articles) != 1 else ''} to {args.output}\n")
    return 2 if any(f.rule == INTERNAL_ERROR for f in report.findings) else 0


def cmd_cache(args: argparse.Namespace) -> int:
    folder = args.dir or os.environ.get("PROVCHECK_CACHE") or cache.DEFAULT_DIR
    try:
        removed = cache.clear(folder)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    sys.stdout.write(f"removed {folder}\n" if removed else f"no cache at {folder}\n")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    policy = _policy(args.config)
    width = max((len(r.id) for r in policy.rules), default=10)
    for r in policy.rules:
        sys.stdout.write(f"{r.id:<{width}}  {r.severity:<7}  {r.title}\n")
    return 0


def explain_text(policy: Policy, rule_id: str) -> str:
    if rule_id in enginefindings.RULES and rule_id not in {r.id for r in policy.rules}:
        found = enginefindings.RULES[rule_id]
        return "\n".join([f"{found.id} ({found.severity}, reported by provcheck itself)", "", found.title, "",
                          found.why, "", "Fix: " + found.fix]) + "\n"
    rule = policy.rule(rule_id)
    lines = [f"{rule.id} ({rule.severity}, check kind {rule.check.kind})", "", rule.title, "",
             rule.docs.why.strip(), ""]
    if rule.when is not None:
        lines += ["Applies when: " + rule.when.model_dump_json(exclude_none=True, by_alias=True), ""]
    if rule.fix:
        lines += ["Fix: " + rule.fix, ""]
    lines += ["Compliant:", *("    " + ln for ln in rule.docs.compliant.rstrip().splitlines()), "",
              "Non-compliant:", *("    " + ln for ln in rule.docs.non_compliant.rstrip().splitlines())]
    return "\n".join(lines) + "\n"


def cmd_explain(args: argparse.Namespace) -> int:
    policy = _policy(args.config)
    try:
        sys.stdout.write(explain_text(policy, args.rule))
    except KeyError:
        raise UsageError(f"no rule {args.rule!r}; `provcheck rules` lists them") from None
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    target = Path(args.path)
    if target.exists():
        raise UsageError(f"{target} exists already; not overwriting it")
    target.write_text(STARTER.read_text(encoding="utf-8"), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
    return 0


COMMANDS = {"check": cmd_check, "index": indexcmd.cmd_index, "baseline": cmd_baseline, "cache": cmd_cache,
            "rules": cmd_rules, "explain": cmd_explain, "init": cmd_init}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        with signals.handling():
            return COMMANDS[args.command](args)
    except signals.Stopped as exc:
        return _fail(f"stopped by {exc}; no report written", exc.exit_code)
    except (UsageError, OutputError) as exc:
        return _fail(str(exc), lines=getattr(exc, "lines", False))
    except ConfigError as exc:
        return _fail(f"configuration error:\n{exc}", lines=True)
    except (output.StdoutClosed, BrokenPipeError):  # `provcheck rules | head`: the reader has what it wanted
        output.silence_stdout()
        return 0
    except Exception as exc:  # an internal error must not look like findings
        return _fail(f"internal error: {type(exc).__name__}: {exc}")


def _fail(message: str, code: int = 2, lines: bool = False) -> int:
    """``provcheck: MESSAGE`` on standard error, control characters made visible (newlines
    too, unless the message is made of ``lines``)."""
    text = "\n".join(visible(line) for line in message.split("\n")) if lines else visible(message)
    try:
        sys.stderr.write(f"provcheck: {text}\n")
        sys.stderr.flush()
    except OSError:
        pass
    return code
