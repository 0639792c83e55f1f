"""The one vocabulary: agencies and phrase families, read from ``rules/vocab.yaml``.

Every piece of code that knows an agency's name or a phrase family reads it
here — rule packs through placeholders (``{@agencies}``, ``{@wire_agencies}``,
``{@photo_agencies}``, ``{@phrases.FAMILY}``), facts, credit parsing and wire
patterns through the functions below.  The file is loaded and validated once
per process; a project adds entries with ``vocab:`` in its config
(:func:`extend`, applied before any article is read).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import re

import regex
import yaml
from validator.paths import rules_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

Kind = Literal["wire", "photo"]
Case = Literal["auto", "exact", "any"]


class Agency(BaseModel):
    """One organisation that licenses copy or pictures."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    kinds: tuple[Kind, ...] = ("wire",)
    spellings: tuple[str, ...] = ()
    #: how letter case counts: ``auto`` (a spelling in capitals of at most three
    #: letters — AP, AA, TT, SPA — matches only in capitals; others in any case),
    #: ``exact`` (every spelling only as written: SANA, not "Sana"), ``any``
    case: Case = "auto"

    @field_validator("spellings")
    @classmethod
    def _no_blank(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not s.strip() for s in value):
            raise ValueError("a spelling may not be blank")
        return value

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every spelling, without repeats."""
        return tuple(dict.fromkeys((self.name, *self.spellings)))

    def exact(self, spelling: str) -> bool:
        """Whether ``spelling`` is matched only as written (see ``case``)."""
        if self.case != "auto":
            return self.case == "exact"
        letters = [c for c in spelling if c.isalpha()]
        return len(letters) <= 3 and all(c.isupper() for c in letters)


class Vocab(BaseModel):
    """The vocabulary file's model (unknown keys rejected)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    agencies: tuple[Agency, ...] = ()
    #: family -> language -> regular expressions
    phrases: dict[str, dict[str, tuple[str, ...]]] = {}

    @field_validator("agencies")
    @classmethod
    def _unique(cls, value: tuple[Agency, ...]) -> tuple[Agency, ...]:
        seen: set[str] = set()
        for agency in value:
            if agency.name.casefold() in seen:
                raise ValueError(f"agency {agency.name!r} is listed twice")
            seen.add(agency.name.casefold())
        return value

    @field_validator("phrases")
    @classmethod
    def _compiles(cls, value: dict[str, dict[str, tuple[str, ...]]], info: ValidationInfo) -> dict:
        if info.context and info.context.get("shipped"):
            return value  # rules/vocab.yaml: a test compiles every phrase (a tenth of a second a run)
        for family, by_lang in value.items():
            for lang, patterns in by_lang.items():
                for pattern in patterns:
                    try:
                        regex.compile(pattern)
                    except regex.error as exc:
                        raise ValueError(f"phrases.{family}.{lang}: invalid regular expression "
                                         f"{pattern!r}: {exc}") from None
        return value


def _vocab_path() -> Path:
    return rules_dir() / "vocab.yaml"


VOCAB_FILE = "vocab.yaml"
_extra: list[Vocab] = []


@lru_cache(maxsize=1)
def _base() -> Vocab:
    with open(_vocab_path(), encoding="utf-8") as fh:
        # libyaml's safe loader when built in: ten times faster on this file, the same data
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    return Vocab.model_validate(data, context={"shipped": True})


def merged(base: Vocab, extra: Vocab) -> Vocab:
    """``base`` with ``extra``'s entries added: an agency named in both gets the
    union of its spellings and kinds; phrases are appended per family and language."""
    agencies = {a.name.casefold(): a for a in base.agencies}
    for a in extra.agencies:
        old = agencies.get(a.name.casefold())
        if old:
            a = Agency(name=old.name, kinds=tuple(dict.fromkeys((*old.kinds, *a.kinds))),
                       spellings=tuple(dict.fromkeys((*old.spellings, *a.spellings))),
                       case=a.case if a.case != "auto" else old.case)
        agencies[a.name.casefold()] = a
    phrases = {f: dict(langs) for f, langs in base.phrases.items()}
    for family, langs in extra.phrases.items():
        for lang, patterns in langs.items():
            phrases.setdefault(family, {})[lang] = (*phrases.get(family, {}).get(lang, ()), *patterns)
    return Vocab(agencies=tuple(agencies.values()), phrases=phrases)


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The shipped vocabulary with every :func:`extend` applied."""
    result = _base()
    for extra in _extra:
        result = merged(result, extra)
    return result


def extend(extra: Vocab) -> None:
    """Add a project's entries (from ``vocab:`` in its config) to the vocabulary."""
    if extra.agencies or extra.phrases:
        _extra.append(extra)
        _clear()


def reset() -> None:
    """Forget every :func:`extend` (tests; a new run with another config)."""
    _extra.clear()
    _clear()


def _clear() -> None:
    for fn in (vocab, agencies, spellings, alternation, expand):
        fn.cache_clear()


@lru_cache(maxsize=8)
def agencies(kind: Kind | None = None) -> tuple[Agency, ...]:
    """The agencies of one kind (``wire`` or ``photo``), or all of them."""
    return tuple(a for a in vocab().agencies if kind is None or kind in a.kinds)


@lru_cache(maxsize=8)
def spellings(kind: Kind | None = None) -> dict[str, str]:
    """Casefolded spelling (without a leading "the") -> canonical agency name."""
    out: dict[str, str] = {}
    for agency in agencies(kind):
        for name in agency.names:
            key = name.casefold()
            key = key[4:] if key.startswith("the ") else key
            out.setdefault(key, agency.name)
    return out


def canonical(name: str, kind: Kind | None = None, strict: bool = False) -> str | None:
    """The canonical name of an agency spelling, or None when it is not one.
    ``strict``: a spelling matched only as written (``Agency.case``) must be
    written so ("ap" is not AP, "Sana" not SANA)."""
    text = " ".join(name.split())
    key = text.casefold()
    key = key[4:] if key.startswith("the ") else key
    canon = spellings(kind).get(key)
    if canon and strict:
        text = text[4:] if text.casefold().startswith("the ") else text
        agency = next(a for a in agencies(kind) if a.name == canon)
        spelled = [n for n in agency.names if n.casefold() in (key, "the " + key)]
        if spelled and all(agency.exact(n) and n != text for n in spelled):
            return None
    return canon


def phrases(family: str) -> tuple[str, ...]:
    """Every pattern of a phrase family, all languages, in file order."""
    return tuple(p for patterns in vocab().phrases.get(family, {}).values() for p in patterns)


_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _name_regex(name: str, exact: bool = False) -> str:
    # spaces and hyphens between words may vary ("France-Presse", "France Presse")
    body = r"[\s\-]+".join(regex.escape(w) for w in regex.split(r"[\s\-]+", name) if w)
    return f"(?-i:{body})" if exact else body


@lru_cache(maxsize=64)
def alternation(key: str) -> str:
    """The regular expression a ``{@key}`` placeholder stands for (a non-capturing
    group), or raise KeyError.  Agency names are bounded by ``(?<!\\w)``/``(?!\\w)``
    and sorted longest first, so "Associated Press" wins over "AP"; a spelling
    matched only as written (``Agency.case``) is wrapped in ``(?-i:…)``.  A phrase
    may itself hold agency placeholders (``{@wire_agencies}``)."""
    if key in ("agencies", "wire_agencies", "photo_agencies"):
        kind = {"agencies": None, "wire_agencies": "wire", "photo_agencies": "photo"}[key]
        exact: dict[str, bool] = {}
        for a in agencies(kind):
            for n in a.names:
                exact[n] = exact.get(n, True) and a.exact(n)
        names = sorted(exact, key=lambda n: (-len(n), n))
        spaced = [n for n in names if not _UNSPACED.search(n)]
        # in scripts written without spaces (新华社北京电, ロイター通信) a name has no word bounds
        unspaced = [n for n in names if _UNSPACED.search(n)]
        return (r"(?:(?<!\w)(?:" + "|".join(_name_regex(n, exact[n]) for n in spaced) + r")(?!\w)"
                + "".join("|" + _name_regex(n) for n in unspaced) + ")")
    if key.startswith("phrases."):
        family = key.split(".", 1)[1]
        if family not in vocab().phrases:
            raise KeyError(key)
        return "(?:" + "|".join(f"(?:{expand(p, allow_phrases=False)})" for p in phrases(family)) + ")"
    raise KeyError(key)


VOCAB_PLACEHOLDER = re.compile(r"\{@([a-z_]+(?:\.[a-z_]+)?)\}")


@lru_cache(maxsize=1024)
def expand(pattern: str, allow_phrases: bool = True) -> str:
    """``pattern`` with every ``{@…}`` vocabulary placeholder replaced; raise
    ValueError naming an unknown one (``allow_phrases=False``: agency lists only, as
    inside a phrase)."""
    def sub(m: re.Match) -> str:
        if not allow_phrases and m.group(1).startswith("phrases."):
            raise ValueError(f"a phrase may not hold a phrase placeholder: {m.group(0)}")
        try:
            return alternation(m.group(1))
        except KeyError:
            families = ", ".join(f"{{@phrases.{f}}}" for f in sorted(vocab().phrases))
            raise ValueError(f"unknown vocabulary placeholder {m.group(0)}; known: {{@agencies}}, "
                             f"{{@wire_agencies}}, {{@photo_agencies}}"
                             + (f", {families}" if families else "")) from None
    return VOCAB_PLACEHOLDER.sub(sub, pattern) if "{@" in pattern else pattern
