"""The language of an article's blocks taken together, and of each block.

Pure functions of the blocks: :mod:`validator.facts` caches them per article and
registers the ``detected_language`` fact.
"""

from __future__ import annotations

import re

from validator.article import Block
from validator.language.block import MIN_LETTERS, SHORT_LETTERS, Detection, _found, _names, _unjudged, identify
from validator.language.detector import HEAD_MIN, SAMPLE_CAP, SAMPLE_TARGET, langdetect
from validator.language.scripts import (
    _CAPITALISED, _CASED, _WORD, _letters_guess, _lower_letters, letters_in, script_profile,
)
from validator.language.tags import normalise
from validator.language.words import _is_kurmanji, function_words

_SAMPLED_KINDS = ("paragraph", "standfirst", "footer", "caption")


def _head(text: str, n: int) -> str:
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n + 1)
    return text[: cut if cut > n // 2 else n]


def sample_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks an article's language is judged on: its prose, else all of them."""
    prose = [b for b in blocks if b.kind in _SAMPLED_KINDS]
    return prose or [b for b in blocks if b.kind != "quote"] or blocks


def sample(blocks: list[Block]) -> str:
    """The head of every block: the whole text up to :data:`SAMPLE_CAP` characters, else
    :data:`SAMPLE_TARGET` characters in all.

    With many blocks, evenly spaced ones, each head at least :data:`HEAD_MIN`
    characters, so that one foreign paragraph cannot decide the article.
    """
    texts = [" ".join(b.text.split()) for b in blocks]
    texts = [t for t in texts if t]
    if sum(len(t) for t in texts) <= SAMPLE_CAP:
        return "\n".join(texts)
    if len(texts) * HEAD_MIN > SAMPLE_TARGET:
        k = SAMPLE_TARGET // HEAD_MIN
        texts = [texts[i * len(texts) // k] for i in range(k)]
    budget, heads = SAMPLE_TARGET, [""] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
    for rank, i in enumerate(order):  # short blocks whole, the rest share what is left
        heads[i] = _head(texts[i], budget // (len(order) - rank))
        budget -= len(heads[i])
    return "\n".join(heads)


def article_language(blocks: list[Block], declared: object = None) -> tuple[Detection, int, Block | None]:
    """The language of ``blocks`` taken together, from a sample of their heads.

    The ``declared`` language is the one expected.  Returns the detection,
    the sample's length in characters, and the first sampled block (where a
    finding about the article's language stands).
    """
    blocks = sample_blocks(blocks)
    text = sample(blocks)
    expect = normalise(str(declared)) if declared not in (None, "") else None
    return _judge_sample(text, expect), len(text), blocks[0] if blocks else None


#: what function words must show to decide an article without langdetect: their
#: share of the words, their lead over the next language (confirming the
#: declared language, naming one when none is declared), and the agreement of
#: the words unique to one language (at least ARTICLE_UNIQUE of them)
ARTICLE_SHARE, ARTICLE_LEAD, ARTICLE_LEAD_UNDECLARED, ARTICLE_AGREEMENT, ARTICLE_UNIQUE = 0.2, 2, 3, 0.9, 8


def _judge_sample(text: str, expect: str | None = None) -> Detection:
    """The language of an article's sample.

    Decided without langdetect when the evidence is overwhelming and 90% of
    the letters are in one script — Kurdish letters and words, the letters of
    the expected language (non-Latin scripts), or function words (Latin
    script; see :data:`ARTICLE_SHARE`) — else by langdetect, whose
    probability it then is.  ``share`` tells how mixed the scripts are.
    """
    words = _WORD.findall(text.lower())
    prof = script_profile(text, words)
    unjudged = _unjudged(prof, MIN_LETTERS) or _names(text, prof, MIN_LETTERS)
    if unjudged:
        return unjudged
    if prof.script == "Latin":
        fw = function_words(words)
        if _is_kurmanji(text, words, prof.letters, fw):
            return _found(prof, "kmr", prof.share, "Kurmanji letters and function words")
        ranked = fw.ranked()
        if ranked and (expect is None or ranked[0][0] == expect) and prof.share >= 0.9:
            top, c = ranked[0]
            second = ranked[1][1] if len(ranked) > 1 else 0
            agree = fw.agreement(top)
            lead = ARTICLE_LEAD if expect else ARTICLE_LEAD_UNDECLARED
            if (c >= ARTICLE_SHARE * fw.words and c >= lead * second and agree >= ARTICLE_AGREEMENT
                    and fw.unique.get(top, 0) >= ARTICLE_UNIQUE):
                return _found(prof, top, agree, "function words",
                              note=f"{c} of {fw.words} words are its function words")
    else:
        guess = _letters_guess(prof)
        if guess and (expect is None or guess == expect or guess == "ckb") and prof.share >= 0.9:
            return _found(prof, guess, prof.share, f"{prof.script} letters")
    found, method = langdetect(text), "langdetect"
    if found and found[0][1] < 0.9 and prof.script in _CASED and _lower_letters(text) < 0.7 * prof.letters:
        # names say little of the language and mislead langdetect: ask again without them
        bare = _CAPITALISED.sub(" ", text)
        if letters_in(bare, _WORD.findall(bare)) >= MIN_LETTERS:
            again = langdetect(bare)
            if again and again[0][1] > found[0][1]:
                found, method = again, "langdetect without capitalised words"
    if not found:
        return _found(prof, None, 0.0, "langdetect", note="langdetect found no features")
    lang, p = normalise(found[0][0]) or found[0][0], found[0][1]
    if p < 0.5:
        return _found(prof, None, p, method, note=f"best guess {lang} (p={p:.2f})")
    return _found(prof, lang, p, method, prof.letters >= SHORT_LETTERS)


QUOTED = re.compile(
    r"“[^”]{0,2000}”|„[^“”]{0,2000}[“”]|«[^»]{0,2000}»|»[^«]{0,2000}«|‹[^›]{0,500}›|「[^」]{0,500}」"
    r"|『[^』]{0,500}』|\"[^\"\n]{0,2000}\"|(?<!\w)‘[^’]{0,300}’(?!\w)"
    r"|(?<![\w*])\*(?!\*)[^*\n]{1,300}(?<!\*)\*(?![\w*])|(?<![\w_])_(?!_)[^_\n]{1,300}(?<!_)_(?![\w_])"
)


#: a character that opens one of :data:`QUOTED`'s quotations (none: nothing to strip)
_OPENERS = re.compile("[“„«»‹「『\"‘*_]")


def strip_quoted(text: str) -> str:
    """``text`` without its quotations (“…”, «…», „…“, "…") and emphasised (*…*, _…_) phrases."""
    return QUOTED.sub(" ", text) if _OPENERS.search(text) else text


def block_languages(blocks: list[Block], min_letters: int = MIN_LETTERS, ignore_quoted: bool = True,
                    expect: str | None = None) -> list[tuple[Block, Detection]]:
    """The language of each of ``blocks`` with at least ``min_letters`` letters.

    Shorter blocks, and block quotations when ``ignore_quoted`` (which also
    drops quoted and emphasised phrases from the text), get a Detection whose
    ``lang`` is None.
    """
    out = []
    for block in blocks:
        if ignore_quoted and block.kind == "quote":
            out.append((block, Detection(None, 0.0, "quotation", note="a block quotation")))
            continue
        text = strip_quoted(block.text) if ignore_quoted else block.text
        out.append((block, identify(text, expect, min_letters)))
    return out
