"""Which rules and config defaults apply: ``--select``/``--ignore`` and the
config's path defaults.

:func:`select_rules` and :func:`rule_selected` decide which rules a run keeps
(the batch and the report's suppressions ask the same question);
:func:`path_defaults` gives the config defaults whose globs match an
article's path, for its facts.
"""

from __future__ import annotations

from validator.paths import path_matches
from validator.policy import Policy, Rule


def select_rules(rules: tuple[Rule, ...], select: list[str] | None, ignore: list[str] | None) -> tuple[Rule, ...]:
    """Rules kept by ``--select``/``--ignore`` (ids or id prefixes; ignore wins)."""
    known = frozenset(r.id for r in rules)
    return tuple(r for r in rules if rule_selected(r.id, select, ignore, known))


def rule_selected(rule_id: str, select: list[str] | None, ignore: list[str] | None,
                  known: frozenset[str] = frozenset()) -> bool:
    """Whether ``--select``/``--ignore`` keep a rule id; ignore wins.  A name that
    is a ``known`` rule id means that rule only (``photo-credit`` is not
    ``photo-credit-format``); any other name, or one ending in ``*``, is a prefix."""
    def hit(names: list[str]) -> bool:
        return any(rule_id == n or (n not in known and rule_id.startswith(n.rstrip("*"))) for n in names)
    return (not select or hit(select)) and not (ignore and hit(ignore))


def path_defaults(policy: Policy, relpath: str) -> dict[str, tuple[object, str]]:
    """Config defaults whose globs match the path, as name → (value, reason)."""
    out: dict[str, tuple[object, str]] = {}
    for default in policy.config.defaults:
        if path_matches(relpath, default.paths):
            for key, value in default.set.items():
                out[key] = (value, f"config defaults for {', '.join(default.paths)} set {key}: {value}")
    return out
