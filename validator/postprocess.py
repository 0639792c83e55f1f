"""The run's one post-processing step, once every article's result is in.

Each article's own suppressions (comments, metadata, the config entries that
match its path) are applied while it is checked (:func:`validator.suppress.apply`).
What needs the whole run comes after, here, in this order, inside the run
(:func:`validator.engine.collect`), so a command only renders the report:

1. :func:`validator.suppress.finish` — the config's ``suppress`` entries that
   suppressed nothing or have no reason (``unused-suppression``,
   ``suppression-without-reason``, reported at the config file), then the
   suppression findings ``--select``/``--ignore`` drop;
2. :func:`validator.baseline.apply` — with ``--baseline``, the findings the
   baseline records marked suppressed (``suppression: "baseline"``) and the
   entries that no longer occur reported as ``baseline-stale``.

A run whose post-processing needs nothing of the other articles (no config
``suppress`` entry, no ``--dedupe``, no baseline) can be finished one article
at a time (:func:`streamable`, :func:`finished`): ``--format jsonl`` then
writes each article's line as it completes.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator import baseline, suppress
from validator.report import ArticleResult, RunReport


def finish(report: RunReport, batch, accepted: baseline.Accepted | None = None) -> RunReport:
    """The report of ``batch`` (:class:`validator.batch.Batch`) post-processed: run-level
    suppression findings, ``--select``/``--ignore`` on them, then the baseline ``accepted``."""
    report = suppress.finish(report, batch.policy, batch.keep)
    if accepted is not None:
        report = baseline.apply(report, accepted)
    return report


def streamable(batch, accepted: baseline.Accepted | None = None) -> bool:
    """Whether the batch's results can be finished one article at a time: the
    config's ``suppress`` entries report on the whole run (an unused entry is
    known only at its end), ``--dedupe`` compares every article with the ones
    before it, and a baseline's stale entries are known only at the end, so a
    run with any of them is finished as a whole."""
    return not batch.policy.config.suppress and not batch.dedupe and accepted is None


def finished(batch) -> Iterator[ArticleResult]:
    """``batch.results()`` with what :func:`finish` does to each article (the
    suppression findings ``--select``/``--ignore`` drop), for a :func:`streamable` run."""
    for a in batch.results():
        one = RunReport.model_construct(tool={}, inputs=(), articles=(a,), rules=(), fail_on="error")
        yield suppress.finish(one, batch.policy, batch.keep).articles[0]
