"""Translation statements: where an article says that it is a translation.

A disclaimer is an explicit statement, in any language, that the text is a
translation — "This is an edited translation of …", "Traduit de l'anglais par
…", "Übersetzt von …", "Перевод с английского", "ترجمة: …", "翻译：…" — or a
translator's credit line ("Translated by NAME", "Translation: NAME",
"ÇEVİRİ: NAME"), wherever it stands: an editor's note at the top, the
standfirst, the byline or the closing notes.  The phrase families are
``phrases.translation`` and ``phrases.translator`` in ``rules/vocab.yaml`` (the
``translation-disclaimer`` rule reads the same families).

Not disclaimers: a title prefix ("Translation: …" as a headline), a link label
to the original ("The original Arabic article"), a translator's note inside the
text, a general remark about a site's translations in its furniture.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from validator import vocab
from validator.article import Article
from validator.detect.windows import excerpt, windows
from validator.report import Evidence

_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.VERSION1


@lru_cache(maxsize=4)
def _pattern(_vocab_id: int) -> regex.Pattern:
    return regex.compile(vocab.alternation("phrases.translation") + "|"
                         + vocab.alternation("phrases.translator"), _FLAGS)


def pattern() -> regex.Pattern:
    """The disclaimer phrases of every language, compiled once per vocabulary."""
    return _pattern(id(vocab.vocab()))


#: kinds never searched; and kinds searched only when the whole block is a short line
#: (the layout reader may take a lone translator line for the headline or page furniture)
_SKIP = frozenset({"caption", "credit"})
_SHORT_ONLY = frozenset({"title", "furniture"})
_SHORT = 100


@dataclass(frozen=True)
class Disclaimer:
    """A translation statement found in an article."""

    line: int
    column: int
    words: str  # the matched words
    text: str  # the statement's line (or the block's excerpt)

    def evidence(self) -> Evidence:
        return Evidence(kind="disclaimer", text=self.text, line=self.line, column=self.column,
                        data={"matched": self.words})


def find_disclaimer(article: Article) -> Disclaimer | None:
    """The first translation statement at the top or bottom of the article, or None."""
    compiled = pattern()
    for win in windows(article, skip=_SKIP):
        if win.block.kind in _SHORT_ONLY and len(win.block.text) > _SHORT:
            continue  # a headline or a menu line that merely mentions translation
        m = compiled.search(win.text, timeout=1.0)
        if m:
            line, column = win.position(m.start())
            return Disclaimer(line=line, column=column, words=" ".join(m.group(0).split()),
                              text=excerpt(win.block.text, 300))
    return None
