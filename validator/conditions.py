"""``when``: the conditions under which a rule applies to an article.

A small declarative vocabulary, never evaluated code::

    when:
      translated: true          # facts: translated, republished, wire, has_images
      lang: [en, fr]            # declared language (BCP 47 primary subtag)
      format: [markdown, html]  # reader format
      outlet: The Example Post  # publishing outlet
      path: ["translations/**"] # glob on the article's path
      meta: {section: opinion, source.url: true}   # value, list of values, true = present, false = absent
      all: [...]                # every nested condition holds
      any: [...]                # at least one holds
      not: {...}                # the nested condition does not hold

Keys side by side must all hold.  :func:`evaluate` returns whether the rule
applies and the reasons, which every finding of the rule repeats as "why".
"""

from __future__ import annotations

from typing import Any, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

from validator.facts import Facts
from validator.paths import path_matches

StrList = Union[str, list[str]]
_BOOL_FACTS = ("translated", "republished", "wire", "has_images")


def _as_list(value: StrList | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


class When(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    translated: Optional[bool] = None
    republished: Optional[bool] = None
    wire: Optional[bool] = None
    has_images: Optional[bool] = None
    lang: Optional[StrList] = None
    format: Optional[StrList] = None
    outlet: Optional[StrList] = None
    path: Optional[StrList] = None
    meta: Optional[dict[str, Any]] = None
    all: Optional[list["When"]] = None
    any: Optional[list["When"]] = None
    not_: Optional["When"] = Field(default=None, alias="not")

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: StrList | None) -> StrList | None:
        known = {"text", "markdown", "html", "json", "ninjs"}
        bad = [v for v in _as_list(value) if v not in known]
        if bad:
            raise ValueError(f"unknown format {bad[0]!r}; known: {', '.join(sorted(known))}")
        return value


def evaluate(when: When | None, facts: Facts) -> tuple[bool, list[str]]:
    """Whether ``when`` holds for the article, and the reasons (held or not)."""
    if when is None:
        return True, ["applies to every article"]
    reasons: list[str] = []
    for name in _BOOL_FACTS:
        expected = getattr(when, name)
        if expected is None:
            continue
        fact = facts.get(name)
        reasons.append(f"{name} is {str(bool(fact.value)).lower()} ({fact.reason})")
        if bool(fact.value) != expected:
            return False, reasons[-1:]
    for name in ("lang", "format", "outlet"):
        wanted = _as_list(getattr(when, name))
        if not wanted:
            continue
        fact = facts.get(name)
        value = fact.value or ""
        ok = any(str(value).lower().split("-")[0] == w.lower().split("-")[0] if name == "lang"
                 else str(value).lower() == w.lower() for w in wanted)
        reasons.append(f"{name} is {value or 'not set'} ({fact.reason})")
        if not ok:
            return False, reasons[-1:]
    if when.path:
        globs = _as_list(when.path)
        if not path_matches(facts.relpath, globs):
            return False, [f"path {facts.article.path} matches none of {', '.join(globs)}"]
        reasons.append(f"path matches {', '.join(globs)}")
    for key, expected in (when.meta or {}).items():
        value = facts.field(key)
        present = value not in (None, "", (), [])
        if expected is True or expected is False:
            ok = present == expected
        elif isinstance(expected, list):
            ok = str(value) in [str(e) for e in expected]
        else:
            ok = str(value) == str(expected)
        why = f"metadata {key} is {value if present else 'absent'}"
        if not ok:
            return False, [why]
        reasons.append(why)
    for sub in when.all or []:
        ok, why = evaluate(sub, facts)
        if not ok:
            return False, why
        reasons.extend(why)
    if when.any:
        tried: list[str] = []
        for sub in when.any:
            ok, why = evaluate(sub, facts)
            if ok:
                reasons.extend(why)
                break
            tried.extend(why)
        else:
            return False, ["none of: " + "; ".join(tried)]
    if when.not_ is not None:
        ok, why = evaluate(when.not_, facts)
        if ok:
            return False, ["not: " + "; ".join(why)]
        reasons.append("not: " + "; ".join(why))
    return True, reasons
