"""Language identification: what language an article, or one block of it, is in.

langdetect (1.0.9) is the identifier of last resort; this module makes it
deterministic and cheap enough for an archive, and covers what it lacks:

- **Once per process.** The 55 profiles (~0.3 s, ~64 MB) are loaded on first
  use into one module-level ``DetectorFactory``, in sorted file order; call
  :func:`preload` before forking workers to share them.  Its Detector's hot
  loops are rewritten (same operations, same results to the last bit).
- **Deterministic.** ``DetectorFactory.seed`` and every detector's seed are
  :data:`SEED`, so the same text always gives the same language and the same
  probability.  ``n_trial`` is 3 from 150 characters up (no loss of accuracy,
  half the time), langdetect's 7 below.
- **Cheap evidence first.** A text is first judged by the script of its
  letters (Arabic, Cyrillic, CJK, Greek, Hebrew, Indic, Thai), the letters
  unique to one language of a script (Persian پ چ ژ گ, Ukrainian і ї є,
  Russian ы э…) and, in Latin script, the function words of en, fr, de, es,
  it, pt, nl, tr and kmr; langdetect is asked only when these do not settle
  it.  The article's language is judged on a sample of paragraph heads
  (:func:`sample`).  :func:`calls` counts langdetect calls (for the benchmark).
  A block's detection is remembered for a block with the same head
  (:func:`identify`; :func:`forget` forgets them).
- **Kurdish.** langdetect calls Sorani ``fa`` and Kurmanji ``tr``.  Sorani
  (``ckb``) is recognised by the letters ە ێ ۆ ڕ ڵ in Arabic script (not by ڤ
  alone, which Arabic writes in loanwords), Kurmanji
  (``kmr``) by ê î û beside Kurmanji function words (û, ji, di, ku, bi, li,
  yê, ên, wî, wê, jî…) and no Turkish ı ğ ö ü.
- ``zh-cn``/``zh-tw`` are reported as ``zh``; declared tags are compared
  through :func:`normalise` (``en-GB`` → ``en``, ``en-t-ar`` → ``en``,
  ``ku-Arab`` → ``ckb``), and a declared ``ku`` accepts ``ckb`` and ``kmr``.
- **Not judged:** texts with fewer than ``min_letters`` letters (a CJK
  character counts as one letter), with no script holding half the letters,
  or made mostly of capitalised words (names).

A :class:`Detection`'s probability is langdetect's; for the script and letter
methods it is the share of the text's letters in that script; for function
words, the share of the function words unique to one language that are the
language's (or, for a block confirming the expected language, the share of
its function words that are the language's).

Supported languages (:data:`SUPPORTED`): af ar bg bn ca ckb cs cy da de el en
es et fa fi fr gu he hi hr hu id it ja kmr kn ko lt lv mk ml mr ne nl no pa pl
pt ro ru sk sl so sq sv sw ta te th tl tr uk ur vi zh.
"""

from __future__ import annotations

from validator.language.article import (
    ARTICLE_AGREEMENT, ARTICLE_LEAD, ARTICLE_LEAD_UNDECLARED, ARTICLE_SHARE, ARTICLE_UNIQUE, QUOTED, article_language,
    block_languages, sample, sample_blocks, strip_quoted,
)
from validator.language.block import MIN_LETTERS, SHORT_LETTERS, Detection, forget, identify
from validator.language.detector import (
    BLOCK_HEAD, HEAD_MIN, SAMPLE_CAP, SAMPLE_TARGET, SEED, calls, langdetect, preload, reset_calls,
)
from validator.language.detector import _factory as _factory  # the loaded factory (a test compares detectors)
from validator.language.scripts import CLEAR_SCRIPT, Profile, letters_in, script_profile
from validator.language.tags import SUPPORTED, is_supported, normalise, same_language
from validator.language.words import EXPECTED_SHARE, NAMED_SHARE, STOPWORDS, FunctionWords, function_words

__all__ = [
    "ARTICLE_AGREEMENT", "ARTICLE_LEAD", "ARTICLE_LEAD_UNDECLARED", "ARTICLE_SHARE", "ARTICLE_UNIQUE", "BLOCK_HEAD",
    "CLEAR_SCRIPT", "Detection", "EXPECTED_SHARE", "FunctionWords", "HEAD_MIN", "MIN_LETTERS", "NAMED_SHARE",
    "Profile", "QUOTED", "SAMPLE_CAP", "SAMPLE_TARGET", "SEED", "SHORT_LETTERS", "STOPWORDS", "SUPPORTED",
    "article_language", "block_languages", "calls", "forget", "function_words", "identify", "is_supported",
    "langdetect", "letters_in", "normalise", "preload", "reset_calls", "same_language", "sample", "sample_blocks",
    "script_profile", "strip_quoted",
]
