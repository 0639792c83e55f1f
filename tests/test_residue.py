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


def test_labels_glued_far_apart_into_one_run_on_line_are_regions_of_their_own(tmp_path):
    """A dataset's run-on paragraph is one long line: a label at its start and one near its
    end are two findings, neither holding the story between them."""
    story = ("Engineers closed the old bridge on Monday after inspectors found cracks in two of its "
             "piers and the council promised a temporary crossing for the market traders ") * 3
    text = f"Council Closes Bridge\n\nDate of publication 19 September 2016 {story}said Read Also The repairs start.\n"
    findings = run_case(tmp_path, "scrape-residue", {"ext": "txt", "text": text}).findings
    assert [(f.line, f.column) for f in findings] == [(3, 1), (3, text.split("\n")[2].index("Read Also") + 1)]
    assert [f.message for f in findings] == ["Page residue left in the article: 'Date of publication 1'.",
                                             "Page residue left in the article: 'Read Also'."]


def test_repeated_headline_says_so(tmp_path):
    text = "Ceasefire Holds for a Second Day\n\n12-03-2019 Ceasefire Holds for a Second Day. The truce held.\n"
    [finding] = run_case(tmp_path, "title-repeated", {"ext": "txt", "text": text}).findings
    assert finding.message == "Repeated text: 'Ceasefire Holds for a Second Day' (the headline again)."


def test_find_needs_a_source():
    with pytest.raises(ValidationError):
        Check(kind="residue", find=[])
    with pytest.raises(ValidationError):
        Check(kind="residue", find=["everything"])
