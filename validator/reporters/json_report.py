"""JSON: the versioned report of docs/report-format.md.

The envelope (version, tool, summary, inputs) is indented for reading; each
article is one line of compact JSON, so that a report of a whole archive is
written fast (the standard library's C encoder only runs without indentation)
and can be grepped by article.  The document is built as one string and
written by :mod:`validator.output` (it is not streamed).  Keys are written in a fixed order and findings are sorted, so the
same input gives byte-identical output.
"""

from __future__ import annotations

import json

from validator.report import RunReport


def render(report: RunReport) -> str:
    envelope = report.as_records(articles=False)
    head = json.dumps(envelope, indent=2, ensure_ascii=False)
    if not report.articles:
        return head[:-2] + ',\n  "articles": []\n}\n'
    articles = ",\n".join(
        "    " + json.dumps(a.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
        for a in report.articles)
    return f'{head[:-2]},\n  "articles": [\n{articles}\n  ]\n}}\n'
