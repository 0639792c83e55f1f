"""The agency's own reporting in a story's text: the trace wire copy leaves when it is
printed without a credit.

"A commander told AFP", "SANA reporter said", "documents seen by Reuters", "a Reuters
request for comment", "sagte der dpa", "a déclaré à l'AFP", "рассказал ТАСС": only the
agency (or a text made from its story) can report that someone spoke to the agency or
that its reporter saw something.  The wording per language is the vocabulary's
``wire_sourcing`` family (``rules/vocab.yaml``).  Such a phrase marks the story as wire
copy without crediting the agency — :mod:`validator.detect.wire` reports it only when
the story carries no other wire form.  An agency *cited* ("according to Reuters",
"Reuters reported"), an interview it gave, its photographer are not its reporting.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from validator import vocab
from validator.article import Block
from validator.detect.wire_forms import agency_named, mentions, patterns

#: the block kinds whose text is the story's own prose
KINDS = ("paragraph", "standfirst", "quote")
#: how far before and after an agency's name its phrase may reach
BEFORE, AFTER = 100, 80


_AGENCY_WORD = regex.compile(r"^\W{0,2}(?:news\s+)?(?:agency|agencies|agence|agentur|agencia|агентств)", regex.I)


def _personal(words: str, after: str) -> bool:
    """Whether the agency a phrase names may be a person: a spelling in title case that
    the vocabulary matches only as written because it is also a given name or a word
    ("told Petra", "told Antara") counts only with "agency" after it, or "the" before."""
    for m in patterns()["agency"].finditer(words):
        spelling = m.group(0)
        if spelling.isupper() or " " in spelling.strip() or not spelling[:1].isupper():
            continue
        agency = next((a for a in vocab.agencies("wire") if spelling in a.names), None)
        if agency is not None and agency.exact(spelling):
            before = words[:m.start()].split()[-1:]
            return not (_AGENCY_WORD.match(after) or [w.casefold() for w in before] == ["the"])
    return False


def find(blocks: Iterable[Block]) -> Iterator[tuple[Block, int, str, str]]:
    """Each (block, offset, words, agency) where the story reports what its agency was
    told or saw, the first place per agency."""
    seen: set[str] = set()
    pattern = patterns()["sourcing"]  # searched whole in each short window (screening each costs more)
    for block in blocks:
        if block.kind not in KINDS:
            continue
        text, done = block.text, -1
        for at in mentions(text):
            if at < done:
                continue
            pos, endpos = max(0, at - BEFORE), at + AFTER
            m = pattern.search(text, pos, endpos)
            if m is None or m.end() <= at:
                continue
            done = m.end()
            agency = agency_named(m.group(0))
            if agency and _personal(m.group(0), text[m.end():m.end() + 30]):
                continue
            if agency and agency not in seen:
                seen.add(agency)
                yield block, m.start(), m.group(0), agency
