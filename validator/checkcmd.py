"""``provcheck check``: the options checked (usage errors before any article is
read), the run (:func:`validator.engine.collect`, which ends with the one
post-processing step, :mod:`validator.postprocess`), then each format the
reporters render written where it was asked for.  The exit code is the
verdict's (``RunReport.verdict``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

from validator import (__version__, baseline, batch, cache, engine, enginefindings, executors, gitchanges, output,
                       postprocess, progress, refindex, signals, stdin, units, usage)
from validator.commands import check_paths, jobs_of, policy_for, skipping
from validator.errors import UsageError
from validator.policy import Policy
from validator.report import REPORT_VERSION, Tally
from validator.reporters import FORMATS, reporter
from validator.safe import visible


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
    """--format jsonl: each article's line written as it completes (finished one at a
    time by :func:`validator.postprocess.finished`); only the summary's counts are
    kept, and the verdict is judged from them (the same judge as a whole report's)."""
    from validator.reporters import jsonl

    tally = Tally()

    def lines():
        for article in postprocess.finished(run):
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


def _extra_reports(specs: list[str]) -> list[tuple[str, str]]:
    extra = []
    for spec in specs:
        name, sep, target = spec.partition("=")
        if not sep or name not in FORMATS or not target:
            raise UsageError(f"--report takes FORMAT=PATH with FORMAT one of {', '.join(sorted(FORMATS))}: {spec!r}")
        extra.append((name, target))
    return extra


def _with_settings(policy: Policy, args: argparse.Namespace) -> Policy:
    """The policy with the settings the options override."""
    values = {k: v for k, v in (("max_file_size", args.max_file_size), ("learn_residue", args.learn_residue))
              if v is not None}
    if args.reference is not None:
        values["reference"] = os.path.abspath(args.reference)
    if not values:
        return policy
    settings = policy.config.settings.model_copy(update=values)
    return policy.model_copy(update={"config": policy.config.model_copy(update={"settings": settings})})


def cmd_check(args: argparse.Namespace) -> int:
    extra = _extra_reports(args.report)
    reading_stdin = args.paths == ["-"]
    if "-" in args.paths and not reading_stdin:
        raise UsageError("- (standard input) cannot be mixed with other paths")
    # the configuration first: a broken config is reported (exit 2) before any path is looked at
    policy = skipping(policy_for(args.config, None if reading_stdin else args.paths), args.baseline)
    known = [*(r.id for r in policy.rules), *enginefindings.IDS]
    usage.check_ids("--select", args.select, known)
    usage.check_ids("--ignore", args.ignore, known)
    policy = _with_settings(policy, args)
    if policy.config.settings.reference:  # a missing or foreign index is a usage error, before any check
        try:
            refindex.reference(policy.config.settings.reference)
        except refindex.BadIndex as exc:
            raise UsageError(str(exc)) from None
    if not reading_stdin:
        check_paths(args.paths)
    output.check_target(args.output)
    for name, target in extra:
        output.check_target(target, f"--report {name}={target}")
    accepted = baseline.load(args.baseline) if args.baseline else None
    only = gitchanges.changed_files(args.changed_since, args.paths) if args.changed_since else None
    fail_on = args.fail_on or policy.config.fail_on or "error"
    if args.executor == "dask" and not args.scheduler:
        raise UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    with contextlib.ExitStack() as stack:
        source = stack.enter_context(stdin.article(args.stdin_filename)) if reading_stdin else None
        run = batch.Batch([] if reading_stdin else args.paths, policy, select=args.select, ignore=args.ignore,
                          jobs=jobs_of(args), timeout=args.timeout_per_article, only=only, cache=_cache(args),
                          executor=executors.dask_executor(args.scheduler) if args.executor == "dask" else None,
                          stdin=source, dedupe=args.dedupe)
        run.progress = progress.start(units.total_bytes(run.found), args.quiet)
        if args.format == "jsonl" and not extra and postprocess.streamable(run, accepted) and run.files:
            return _stream_jsonl(run, fail_on, args)
        report = engine.collect(run, fail_on, args.max_warnings, accepted)
    if not report.articles:
        if args.changed_since:
            sys.stderr.write(f"provcheck: nothing changed since {visible(args.changed_since)}: no article to check\n")
        else:
            raise usage.EmptyRun(usage.empty_run(report, args.paths))
    _write(report, args, extra)
    return report.verdict.exit_code


def _write(report, args: argparse.Namespace, extra: list[tuple[str, str]]) -> None:
    """The report in ``--format`` (to ``--output`` or standard output), each ``--report``,
    and GitHub's job summary with ``--format github``."""
    colour = args.color == "always" or (args.color == "auto" and args.output is None
                                        and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    signals.check()  # stopped: no report at all, rather than one of a run that was told to stop
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
