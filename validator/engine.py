"""Evaluate a policy over articles.

:func:`check_article` is the pure per-article function: facts, every rule's
``when``, its check, findings and evidence, within a time budget.
:func:`check_file` reads one file (or one span of a JSONL batch) within the
budget (:mod:`validator.inputs`) and checks each article in it; a file that
cannot be read becomes an ``input-error`` and the batch goes on.
:func:`run` and :func:`collect` turn a batch (:mod:`validator.batch`:
discovery, units, the boilerplate pre-pass, executors, the cache) into the
run's finished ``RunReport``: results in report order (so the report does not
depend on the number of workers), then the one post-processing step
(:mod:`validator.postprocess`: run-level suppression findings, the baseline).
The engine knows no check kind: facts (and the
evidence found computing them) come from :mod:`validator.facts`, each check
from its rule.
"""

from __future__ import annotations

import time
import traceback
from pathlib import Path

import regex

from validator import __version__, baseline, boilerplate, inputs, postprocess, reading, suppress
from validator import dedupe as _dedupe
from validator.article import Article
from validator.checks.base import CheckTimeout, Context
from validator.conditions import evaluate
from validator.enginefindings import INTERNAL_ERROR, INTERNAL_TIMEOUT
from validator.facts import Facts
from validator.model import Evidence
from validator.watchdog import Alarm, Overtime, watchdog
from validator.policy import Policy, Rule
from validator.errors import ReadError
from validator.paths import relative
from validator.readers import reader_for
from validator.selection import path_defaults
from validator.report import ArticleResult, Finding, RuleRun, RunReport

#: facts every article's report shows, computed whether or not a rule asked
REPORTED_FACTS = ("lang", "translated", "republished", "wire", "has_images", "source_outlet")
_FIELD = regex.compile(r"\{([a-z_]+(?:\.[a-z_]+)*)\}")


def _render(template: str, facts: Facts, values: dict[str, str]) -> str:
    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name in values:
            return str(values[name])
        value = facts.field(name)
        if isinstance(value, (list, tuple)):
            value = ", ".join(map(str, value))
        return str(value) if value not in (None, "") else f"(no {name})"
    return _FIELD.sub(sub, template)


def engine_finding(rule: str, message: str, path: str, article: str | None = None, line: int = 1,
                   column: int = 1, severity: str = "error", why: str = "", fix: str | None = None) -> Finding:
    return Finding(rule=rule, severity=severity, message=message, article=article or path, path=path,
                   line=line, column=column, why=why, fix=fix)


def check_article(article: Article, policy: Policy, rules: tuple[Rule, ...], relpath: str | None = None,
                  timeout: float | None = None, started: float | None = None,
                  learned: "boilerplate.Learned | None" = None) -> ArticleResult:
    """Every rule on one article: findings, evidence, which rules ran and why.

    The time budget bounds the whole article: rule patterns through the regex
    module's timeout, and everything else (facts, credit parsing, language
    detection) through :func:`~validator.watchdog.watchdog`.  The clock starts at ``started``
    (when the file was opened, so reading counts) or now.  A check or fact that raises becomes an
    ``internal-error`` finding; nothing here ends the batch."""
    relpath = relpath or article.path
    facts = Facts(article, path_defaults(policy, relpath), policy.config.settings, relpath)
    budget = timeout if timeout is not None else policy.config.settings.timeout_per_article
    deadline = (started or time.monotonic()) + budget if budget and budget > 0 else float("inf")
    ctx = Context(facts=facts, settings=policy.config.settings, deadline=deadline, boilerplate=learned)
    findings: list[Finding] = []
    evidence: list[Evidence] = []
    runs: list[RuleRun] = []
    for note in article.notes:
        findings.append(engine_finding("input-warning", note, article.path, article.id, article.line,
                                       severity="warning", why="the reader noted a problem with this input"))
    try:
        with watchdog(deadline + min(1.0, 0.1 * budget) if budget and budget > 0 else None) as alarm:
            if not _run_rules(article, rules, facts, ctx, budget, findings, evidence, runs, alarm):
                for name in REPORTED_FACTS:  # has_images records each image's credit as evidence
                    facts.get(name)
                facts.detected_language()  # shown when a language rule ran
    except (CheckTimeout, Overtime):  # the watchdog: work the regex timeout does not bound
        if not any(f.rule == INTERNAL_TIMEOUT for f in findings):
            findings.append(_timeout_finding(article, budget, "while computing the article's facts"))
        done = {r.rule for r in runs}
        runs.extend(RuleRun(rule=r.id, status="skipped", reason="the article's time budget ran out")
                    for r in rules if r.id not in done)
    except Exception as exc:  # a fact that raises must not end the batch
        findings.append(_crash_finding(article, "computing the article's facts", exc))
    evidence.extend(facts.evidence)
    unique = {(e.kind, e.line, e.column, e.text): e for e in evidence}
    findings = suppress.apply(article, findings, policy, {r.id for r in rules}, relpath)
    computed = facts.computed()
    return ArticleResult(
        id=article.id, path=article.path, format=article.format, title=article.title,
        lang=computed["lang"].value if "lang" in computed else article.lang, facts=computed,
        evidence=tuple(sorted(unique.values(), key=Evidence.sort_key)),
        findings=tuple(sorted(findings, key=Finding.sort_key)), rules=tuple(runs))


def _run_rules(article: Article, rules: tuple[Rule, ...], facts: Facts, ctx: Context, budget: float,
               findings: list[Finding], evidence: list[Evidence], runs: list[RuleRun], alarm: "Alarm") -> bool:
    """Run each rule on the article, appending to the lists; True when the time budget ran out
    (then the watchdog is stopped: the facts computed so far are reported, no more)."""
    for i, rule in enumerate(rules):
        try:
            applies, reasons = evaluate(rule.when, facts)
            if not applies:
                runs.append(RuleRun(rule=rule.id, status="skipped", reason="when not met: " + "; ".join(reasons)))
                continue
            outcome = rule.check.run(article, ctx)
            if outcome.skipped:
                runs.append(RuleRun(rule=rule.id, status="skipped", reason=outcome.skipped))
                continue
            why = "; ".join(reasons)
            for hit in outcome.hits:
                findings.append(Finding(
                    rule=rule.id, severity=rule.severity, message=_render(rule.message, facts, hit.values),
                    article=article.id, path=article.path, line=hit.line, column=hit.column,
                    end_line=hit.end_line, end_column=hit.end_column, excerpt=hit.excerpt, why=why,
                    fix=_render(rule.fix, facts, hit.values) if rule.fix else None))
        except (CheckTimeout, Overtime):
            alarm.cancel()
            findings.append(_timeout_finding(article, budget, f"in rule {rule.id}"))
            runs.append(RuleRun(rule=rule.id, status="error", reason="time budget ran out"))
            runs.extend(RuleRun(rule=r.id, status="skipped", reason="the article's time budget ran out")
                        for r in rules[i + 1:])
            return True
        except Exception as exc:  # a check that raises must not end the batch
            findings.append(_crash_finding(article, f"rule {rule.id}", exc))
            runs.append(RuleRun(rule=rule.id, status="error", reason=f"{type(exc).__name__}: {exc}"))
            continue
        if not outcome.hits and rule.evidence:
            evidence.extend(e.model_copy(update={"kind": rule.evidence}) if e.kind in ("match", "mention")
                            else e for e in outcome.evidence)
        runs.append(RuleRun(rule=rule.id, status="failed" if outcome.hits else "passed",
                            reason=why if outcome.hits else ""))
    return False


def _timeout_finding(article: Article, budget: float, where: str) -> Finding:
    return engine_finding(
        INTERNAL_TIMEOUT, f"checks ran past the {budget:g} s time budget {where}; "
        f"the remaining rules were not run on this article", article.path, article.id, article.line,
        why=f"--timeout-per-article is {budget:g} s",
        fix="simplify the rule's patterns (nested quantifiers backtrack catastrophically) "
            "or raise --timeout-per-article")


def _crash_finding(article: Article, what: str, exc: BaseException) -> Finding:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" ({Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
    return engine_finding(
        INTERNAL_ERROR, f"{what} raised {type(exc).__name__}: {exc}{where}", article.path, article.id,
        article.line, why="a check failed while running; this is a bug in the check or its configuration")


def check_file(source: str, policy: Policy, rules: tuple[Rule, ...], timeout: float | None = None,
               name: str | None = None, learned: "dict[str, boilerplate.Learned] | None" = None,
               prints: dict | None = None, span: inputs.Span | None = None,
               preread: inputs.Preread | None = None) -> list[ArticleResult]:
    """Read one file (or one ``span`` of a JSONL batch) and check each article in it; never
    raises.  ``name`` is the path shown and matched for ``source`` when they differ (standard
    input).  Reading is inside the time budget: a file of one article has one budget for both,
    from the moment it is opened.  ``preread`` is what the boilerplate pre-pass read of it
    (then it is not read again; what reading cost still counts).  With ``prints``, each
    article's ``--dedupe`` fingerprint is stored there by its id."""
    path = name or source
    settings = policy.config.settings
    relpath = relative(path, policy.root)
    reader = reader_for(path)
    batch = (learned or {}).get(boilerplate.group_of(path))
    budget = timeout if timeout is not None else settings.timeout_per_article
    started = time.monotonic()
    try:
        if preread is not None:
            items, note = preread.unpack()
            started -= preread.seconds
        else:
            items, note = inputs.items_of(source, path, policy, reader, budget, span)
    except inputs.Unreadable as exc:
        return [exc.result]
    except reading.TooSlow as exc:
        return [inputs.error_result(path, exc.message(), fmt=reader.name if reader else "unknown")]
    if not (isinstance(items, list) and len(items) == 1):
        started = None  # several articles: each has its own budget (reading one record had one)
    results = []
    try:
        for item in items:
            if isinstance(item, ReadError):
                results.append(inputs.error_result(path, item.message, item.line, item.column, item.record, reader.name))
                continue
            if note:
                item = item.model_copy(update={"notes": (*item.notes, note)})
            try:
                results.append(check_article(item, policy, rules, relpath, timeout, started, batch))
                if prints is not None and (fp := _dedupe.fingerprint(item)) is not None:
                    prints[item.id] = fp
            except Exception as exc:  # an engine bug must not end the batch either
                results.append(ArticleResult(id=item.id, path=path, format=item.format, findings=(
                    _crash_finding(item, "checking the article", exc),)))
    except OSError as exc:  # the file went away while it was streamed
        results.append(inputs.error_result(path, f"cannot read: {exc.strerror or exc}"))
    if not results and span is None:
        return [inputs.error_result(path, f"no article found in this {reader.name} file", fmt=reader.name)]
    return results


def run(paths: list[str], policy: Policy, select: list[str] | None = None, ignore: list[str] | None = None,
        jobs: int = 1, timeout: float | None = None, fail_on: str = "error",
        only: set[str] | None = None, stdin: tuple[str, str] | None = None, dedupe: bool = False,
        executor=None, cache=None, max_warnings: int | None = None,
        accepted: "baseline.Accepted | None" = None) -> RunReport:
    """Check every article under ``paths``; ``only`` restricts to these files.  With
    ``stdin`` = (file, name), check that one file, read as ``name``, instead.
    ``dedupe`` adds the ``duplicate-article`` findings (:mod:`validator.dedupe`),
    ``accepted`` (a baseline) marks the findings it records.
    :mod:`validator.batch` decides where each file is checked (``executor``,
    default inline or a local pool of ``jobs`` workers) and whether a ``cache``
    answers first."""
    from validator.batch import Batch

    return collect(Batch(paths, policy, select, ignore, jobs=jobs, timeout=timeout, only=only, stdin=stdin,
                         dedupe=dedupe, executor=executor, cache=cache), fail_on, max_warnings, accepted)


def collect(batch, fail_on: str = "error", max_warnings: int | None = None,
            accepted: "baseline.Accepted | None" = None) -> RunReport:
    """The finished report of a batch: its results kept compactly as they complete
    (no article body, about 1 KB an article; see :mod:`validator.resultstore`), then
    the one post-processing step (:func:`validator.postprocess.finish`: run-level
    suppression findings, ``--select``/``--ignore`` on them, the baseline).  With
    ``--dedupe``, the near-duplicates are marked once every result is in
    (:func:`validator.dedupe.mark`, in report order: the same for any ``--jobs``)."""
    from validator.resultstore import CompactResults

    results = batch.results()
    if batch.dedupe:
        results = _dedupe.mark(list(results), batch.prints)
    articles = CompactResults(results)
    infos = (*(r.info() for r in batch.rules), *((_dedupe.INFO,) if batch.dedupe else ()))
    report = RunReport.model_construct(tool={"name": "provcheck", "version": __version__}, inputs=batch.inputs(),
                                       articles=articles, rules=infos, fail_on=fail_on, max_warnings=max_warnings)
    return postprocess.finish(report, batch, accepted)
