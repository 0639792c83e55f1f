"""JSON: the versioned report of docs/report-format.md.

The envelope (version, tool, summary, inputs) is indented for reading; each
article is one line of compact JSON, so that a report of a whole archive is
written fast (the standard library's C encoder only runs without indentation),
a piece at a time (:func:`chunks`: the inputs and the articles are encoded one by
one, the articles straight out of the run's compact store, so the report is
never all in memory as objects or as text), and can be grepped by article.  Keys
are written in a fixed order and findings are sorted, so the same input gives
byte-identical output.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from validator.report import ArticleResult, RunReport
from validator.resultstore import CompactResults, compact_json


def article_json(article: ArticleResult) -> str:
    """One article as compact JSON (shared with the JSON Lines format)."""
    return compact_json(article)


def article_texts(report: RunReport) -> Iterator[str]:
    """Each article's :func:`article_json`, in order: as kept when the results are kept
    compactly (:meth:`~validator.resultstore.CompactResults.texts`), made otherwise."""
    if isinstance(report.articles, CompactResults):
        return report.articles.texts()
    return map(article_json, report.articles)


def chunks(report: RunReport) -> Iterator[str]:
    """The report as a sequence of strings whose concatenation is :func:`render`:
    the indented envelope, its ``inputs`` one by one, then one line per article."""
    head = json.dumps(report.as_records(articles=False, inputs=False), indent=2, ensure_ascii=False)
    if not report.inputs:
        yield head[:-2] + ',\n  "inputs": []'
    else:
        yield head[:-2] + ',\n  "inputs": [\n'
        for i, record in enumerate(report.inputs):
            item = json.dumps(record.model_dump(), indent=2, ensure_ascii=False).replace("\n", "\n    ")
            yield (",\n    " if i else "    ") + item
        yield "\n  ]"
    if not report.articles:
        yield ',\n  "articles": []\n}\n'
        return
    yield ',\n  "articles": [\n'
    for i, text in enumerate(article_texts(report)):
        yield (",\n    " if i else "    ") + text
    yield "\n  ]\n}\n"


def render(report: RunReport) -> str:
    return "".join(chunks(report))
