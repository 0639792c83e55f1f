"""Boilerplate learned from a batch: short lines that recur across its articles.

A page template leaves the same short lines in every article scraped from it
("Share this story", "Most read", an outlet's appeal).  With ``--learn-residue``
(``settings.learn_residue: true``: every folder of two articles or more), or by
default for a folder of at least ``settings.learn_residue_min_batch`` articles
(20 unless configured; ``--no-learn-residue`` turns it off), the batch
runner reads the batch before checking it (:func:`plan` decides; the pre-pass,
:mod:`validator.prepass`, maps :func:`article_sets` over the files, in the worker
processes with ``--jobs``; :func:`learn_groups` gathers them per folder): each article's short lines are normalised (:func:`normal_line`: case folded, digits
and punctuation levelled) and, per folder, a line found in at least
``settings.learn_residue_share`` (30 %) of the folder's articles, and in two at
least, is boilerplate (:func:`learn`, a pure function of the articles' line
sets).  The ``scrape-residue`` rule then reports such a line wherever it stands,
saying in how many of the batch's articles it was found.  (A pre-pass rather
than a post-pass so that the findings go through the rule's severity, message
and suppressions like any other; what the pre-pass read is kept for the checks,
so a file is still read once.)

Never learned: prose (a sentence-like line), lines over 12 words or 120
characters, dates alone, bylines, photo credits, closing notes (a translator's
disclaimer, "Source: …") and lines naming a news agency — provenance recurs
across an outlet's articles too, and is not residue.  The result depends only
on the set of articles, never on their order or on ``--jobs``.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import regex

from validator.article import Article
from validator.detect.residue import carries_provenance, physical_lines
from validator.readers.layout import _DATELINE_ONLY, is_prose
from validator.settings import Settings

_DEFAULTS = Settings()

MAX_WORDS = 12
MAX_CHARS = 120
_DIGITS = regex.compile(r"\d+")
_NON_WORD = regex.compile(r"[\W_]+")


@dataclass(frozen=True)
class Learned:
    """A folder's boilerplate: normalised line -> number of articles carrying it."""

    articles: int
    lines: Mapping[str, int] = field(default_factory=dict)


def normal_line(line: str, agencies: regex.Pattern | None = None) -> str | None:
    """The line's key when it is a short non-sentence line that may be boilerplate, else None."""
    text = line.strip()
    if not text or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS or is_prose(text):
        return None
    if _DATELINE_ONLY.match(text) or carries_provenance(text, agencies):
        return None
    key = _NON_WORD.sub(" ", _DIGITS.sub("0", text.casefold())).strip()
    return key if any(c.isalpha() for c in key) else None


def line_set(article: Article, agencies: regex.Pattern | None = None) -> frozenset[str]:
    """The article's candidate lines (its headline and provenance lines left out)."""
    keys = set()
    for block in article.blocks:
        if block.kind in ("title", "byline", "credit", "footer"):
            continue
        for _, line in physical_lines(block):
            key = normal_line(line, agencies)
            if key:
                keys.add(key)
    return frozenset(keys)


def learn(line_sets: Iterable[frozenset[str]], share: float = _DEFAULTS.learn_residue_share,
          min_batch: int = _DEFAULTS.learn_residue_min_batch) -> Learned | None:
    """The boilerplate of one batch of articles (each given as its line set), or None
    when the batch is smaller than ``min_batch``."""
    articles, counts = 0, {}
    for keys in line_sets:
        articles += 1
        _count(counts, keys)
    return _decide(articles, counts, share, min_batch)


def _count(counts: dict[str, int], keys: Iterable[str]) -> None:
    for key in keys:
        counts[key] = counts.get(key, 0) + 1


def _decide(articles: int, counts: dict[str, int], share: float, min_batch: int) -> Learned | None:
    """What ``articles`` articles whose lines were counted in ``counts`` teach: the lines in
    at least ``share`` of them (and two at least), or None for a batch under ``min_batch``."""
    if articles < max(min_batch, 2):
        return None
    need = max(2, math.ceil(share * articles))
    return Learned(articles, {k: n for k, n in sorted(counts.items()) if n >= need})


class Tally:
    """Each folder's articles and line counts, added a file at a time as the pre-pass
    reads them: what :func:`learn` needs, without keeping every article's line set
    (a line recurring in 100,000 articles is one key and a count)."""

    def __init__(self) -> None:
        self._groups: dict[str, tuple[list[int], dict[str, int]]] = {}

    def add(self, path: str, sets: Iterable[frozenset[str]]) -> None:
        """The line sets of one file's articles (a file with none still counts for its folder)."""
        articles, counts = self._groups.setdefault(group_of(path), ([0], {}))
        for keys in sets:
            articles[0] += 1
            _count(counts, keys)

    def learned(self, share: float = _DEFAULTS.learn_residue_share,
                min_batch: int = _DEFAULTS.learn_residue_min_batch) -> dict[str, Learned]:
        """Folder -> learned boilerplate, for every folder with enough articles that learned a line."""
        out = {}
        for folder, (articles, counts) in sorted(self._groups.items()):
            learned = _decide(articles[0], counts, share, min_batch)
            if learned is not None and learned.lines:
                out[folder] = learned
        return out


def group_of(path: str) -> str:
    """The batch an input file belongs to: its folder."""
    return os.path.dirname(os.path.abspath(path))


def article_sets(articles: Iterable[Article]) -> list[frozenset[str]]:
    """The line sets of a file's articles (the per-file half of the pre-pass)."""
    from validator.patterns import compile_pattern

    agencies = compile_pattern("{@agencies}")
    return [line_set(a, agencies) for a in articles]


def learn_groups(paths: list[str], sets_per_path: Iterable[list[frozenset[str]]],
                 share: float = _DEFAULTS.learn_residue_share,
                 min_batch: int = _DEFAULTS.learn_residue_min_batch) -> dict[str, Learned]:
    """Folder -> learned boilerplate, for every folder of ``paths`` with enough articles
    (``sets_per_path`` holds the line sets of each path's articles, in order)."""
    tally = Tally()
    for path, sets in zip(paths, sets_per_path):
        tally.add(path, sets)
    return tally.learned(share, min_batch)


def wanted(rules) -> bool:
    """Whether a rule in force reports learned boilerplate."""
    return any(r.check.kind == "residue" and "learned" in getattr(r.check, "find", ()) for r in rules)


def plan(paths: list[str], rules, settings: Settings) -> tuple[float, int] | None:
    """Whether the batch runner learns boilerplate for this run: (share, minimum batch),
    or None when no rule uses it, ``learn_residue`` is off, or (left to the default) no
    folder holds enough files to reach the minimum batch.  Asked for explicitly, any
    folder of two articles or more learns."""
    mode, min_batch, share = settings.learn_residue, settings.learn_residue_min_batch, settings.learn_residue_share
    if mode is False or not paths or not wanted(rules):
        return None
    if mode is None:  # automatic: only for a batch large enough (a JSON/JSONL file may hold many articles)
        folders: dict[str, int] = {}
        for p in paths:
            folders[group_of(p)] = folders.get(group_of(p), 0) + 1
        if max(folders.values()) < min_batch and not any(p.lower().endswith((".json", ".jsonl", ".ndjson"))
                                                         for p in paths):
            return None
    return share, 2 if mode else min_batch
