"""The residue check kind: regions, messages, options."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tests.test_rule_cases import run_case
from validator.checks.residue import Check

APPEAL = """Harbour Works Delayed Again

Work on the northern breakwater has been delayed for a third time, the port authority said on Friday.

Before you go, we have a small favour to ask. We need your help to keep reporting
from the harbour, and your support, no matter how small, keeps us independent so
please support us today.
"""


def test_one_finding_per_region_says_how_many_lines(tmp_path):
    result = run_case(tmp_path, "scrape-residue", {"ext": "txt", "text": APPEAL})
    [finding] = result.findings
    assert (finding.line, finding.end_line) == (5, 7)
    assert finding.message == "Page residue left in the article: 'we have a small favour to ask. We need your help " \
                              "to keep reporting' (3 lines)."


def test_repeated_headline_says_so(tmp_path):
    text = "Ceasefire Holds for a Second Day\n\n12-03-2019 Ceasefire Holds for a Second Day. The truce held.\n"
    [finding] = run_case(tmp_path, "title-repeated", {"ext": "txt", "text": text}).findings
    assert finding.message == "Repeated text: 'Ceasefire Holds for a Second Day' (the headline again)."


def test_find_needs_a_source():
    with pytest.raises(ValidationError):
        Check(kind="residue", find=[])
    with pytest.raises(ValidationError):
        Check(kind="residue", find=["everything"])
