"""Policy decisions are pure functions, tested with tables."""

from __future__ import annotations

import copy

import pytest

from validator.selection import select_rules
from validator.policy import load_policy, merge

PACK = [{"id": "a-rule", "severity": "error"}, {"id": "b-rule", "severity": "warning"},
        {"id": "b-rule-format", "severity": "info"}]


@pytest.mark.parametrize("config, expected", [
    ({}, [("a-rule", "error"), ("b-rule", "warning"), ("b-rule-format", "info")]),
    ({"severity": {"a-rule": "info"}}, [("a-rule", "info"), ("b-rule", "warning"), ("b-rule-format", "info")]),
    ({"severity": {"b-rule": "off"}}, [("a-rule", "error"), ("b-rule-format", "info")]),
    ({"rules": [{"id": "b-rule", "severity": "error"}]}, [("a-rule", "error"), ("b-rule", "error"),
                                                           ("b-rule-format", "info")]),
    ({"rules": [{"id": "c-rule", "severity": "info"}], "severity": {"c-rule": "off"}},
     [("a-rule", "error"), ("b-rule", "warning"), ("b-rule-format", "info")]),
])
def test_merge(config, expected):
    pack, before = copy.deepcopy(PACK), copy.deepcopy(config)
    assert [(r["id"], r["severity"]) for r in merge(pack, config)] == expected
    assert pack == PACK and config == before  # inputs untouched


@pytest.mark.parametrize("select, ignore, expected", [
    (None, None, ["photo-credit", "photo-credit-format", "scrape-residue"]),
    (["photo"], None, ["photo-credit", "photo-credit-format"]),
    (["photo-credit"], None, ["photo-credit"]),            # a whole id means that rule only
    (["photo-credit*"], None, ["photo-credit", "photo-credit-format"]),
    (None, ["photo-credit"], ["photo-credit-format", "scrape-residue"]),
    (["photo"], ["photo-credit-format"], ["photo-credit"]),  # ignore wins
    (["no-such"], None, []),
])
def test_select_rules(select, ignore, expected):
    rules = tuple(r for r in load_policy(None).rules
                  if r.id in ("photo-credit", "photo-credit-format", "scrape-residue"))
    assert [r.id for r in select_rules(rules, select, ignore)] == expected
