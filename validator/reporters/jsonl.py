"""JSON Lines: one line per article, then one line for the run.

Each article line is the article object of the JSON report (docs/report-format.md),
as compact JSON, in report order.  The last line is the report's envelope —
``version``, ``tool``, ``fail_on``, ``summary``, ``inputs`` — with no
``articles`` key: a reader tells it apart by its ``version`` key.  A
``provcheck check --format jsonl`` run writes each article's line as soon as
that article and all before it are checked, keeping only the counts of the
summary (see :func:`validator.batch.Batch.stream`), so an archive of a million
records is reported in flat memory; the lines are the same bytes as
:func:`render` gives for the finished report.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from validator.report import RunReport
from validator.reporters.json_report import article_json, article_texts  # article_json: streamed lines (checkcmd)


def envelope_line(records: dict, inputs=()) -> Iterator[str]:
    """The last line: ``records`` (the envelope without ``inputs``), then ``inputs``
    encoded one at a time — the same bytes as encoding the whole envelope at once."""
    head = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
    yield head[:-1] + ',"inputs":['
    for i, record in enumerate(inputs):
        yield ("," if i else "") + json.dumps(record.model_dump(), ensure_ascii=False, separators=(",", ":"))
    yield "]}\n"


def chunks(report: RunReport) -> Iterator[str]:
    for text in article_texts(report):
        yield text + "\n"
    yield from envelope_line(report.as_records(articles=False, inputs=False), report.inputs)


def render(report: RunReport) -> str:
    return "".join(chunks(report))
