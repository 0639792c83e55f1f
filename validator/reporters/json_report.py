"""JSON: the versioned report of docs/report-format.md.

Keys are written in a fixed order and findings are sorted, so the same input
gives byte-identical output.
"""

from __future__ import annotations

import json

from validator.report import RunReport


def render(report: RunReport) -> str:
    return json.dumps(report.as_records(), indent=2, ensure_ascii=False) + "\n"
