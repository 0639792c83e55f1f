"""The small commands: ``provcheck baseline|cache|rules|explain|init``, and what
they share with ``check`` (:mod:`validator.checkcmd`): the policy a command runs
with, the baseline files it skips, the paths it must find.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from validator import baseline, cache, enginefindings, engine, executors, output
from validator.enginefindings import INTERNAL_ERROR
from validator.errors import UsageError
from validator.paths import relative
from validator.policy import Policy, find_config, load_policy

STARTER = Path(__file__).with_name("starter.yaml")


def policy_for(config: Path | None, paths: list[str] | None = None) -> Policy:
    """The policy of ``--config``, or of the config found from the first path (or the
    working directory) upwards."""
    if config is None:
        start = Path(paths[0]) if paths else Path.cwd()
        start = start if start.is_dir() else start.parent
        config = find_config(start.resolve())
    return load_policy(config)


def skipping(policy: Policy, baseline_file: str | None) -> Policy:
    """The policy with baseline files among the ignored paths: the one given and any
    ``provcheck-baseline.json`` (they are JSON, not articles)."""
    ignore = [*policy.config.ignore, "**/provcheck-baseline.json"]
    if baseline_file and baseline_file != "-":
        ignore.append(relative(baseline_file, policy.root))
    return policy.model_copy(update={"config": policy.config.model_copy(update={"ignore": ignore})})


def check_paths(paths: list[str]) -> None:
    """A usage error for the first path that does not exist."""
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f"no such file or directory: {path}")


def jobs_of(args: argparse.Namespace) -> int:
    """``--jobs``, at least 1; by default the CPUs this process may use."""
    return max(1, args.jobs) if args.jobs is not None else executors.usable_cpus()


def cmd_baseline(args: argparse.Namespace) -> int:
    check_paths(args.paths)
    output.check_target(args.output)
    report = engine.run(args.paths, skipping(policy_for(args.config, args.paths), args.output), jobs=jobs_of(args))
    entries = baseline.entries(report, args.output)
    output.write(baseline.render(report, args.output, entries), args.output, "baseline")
    count = len(entries)
    (sys.stderr if args.output == "-" else sys.stdout).write(
        f"wrote {count} finding{'s' if count != 1 else ''} of {len(report.articles)} "
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
    policy = policy_for(args.config)
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
    policy = policy_for(args.config)
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
