"""Rule patterns: compiled once, with placeholders filled from the article.

A pattern is a regular expression (the ``regex`` module, case-insensitive,
multi-line: ``^`` and ``$`` match at line ends).  ``{field}`` — a lower-case
dotted name such as ``{source.outlet}`` or ``{title}`` — is a placeholder,
filled from the article's metadata (or a config default, or a fact) and
matched loosely: case, hyphens, dots, apostrophes and spaces between the
letters of a name may differ, so "Alsouria Net" also finds "Al-Souria Net"
and "AlSouria.net".  Configured aliases of an outlet are tried too.  A pattern
whose placeholder has no value in an article cannot match there; the check
then says the rule does not apply.  ``{@agencies}``, ``{@wire_agencies}``,
``{@photo_agencies}`` and ``{@phrases.FAMILY}`` stand for lists of the one
vocabulary (``rules/vocab.yaml``, :mod:`validator.vocab`), expanded before the
pattern is compiled.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from validator.detect.alternation import Alternation
from validator.detect.fold import screen_text
from validator.patternsize import check_size
from validator.vocab import expand

#: Flags every rule pattern is compiled with (VERSION0: compiles 4x faster than V1).
PATTERN_FLAGS = regex.IGNORECASE | regex.MULTILINE

#: fields a placeholder may name
PLACEHOLDERS = frozenset({
    "title", "lang", "outlet", "translator", "authors", "wire",
    "source.outlet", "source.author", "source.url", "source.language", "source.title",
    "source.published",
})
#: (the standard re: an ASCII pattern, which it runs over a 90 KB expanded vocabulary ~40x faster)
_PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)*)\}")
_SEP = r"[\W_]*"
#: what separates the words of a name (compiled here: the regex module's own cache of 500
#: patterns is shrunk at random when a batch's per-name patterns fill it)
_WORD_BREAK = regex.compile(r"[\s\-‐–.'’`_/]+")


def placeholders(pattern: str) -> set[str]:
    return set(_PLACEHOLDER.findall(pattern))


def compile_pattern(pattern: str) -> regex.Pattern:
    """Compile a pattern without placeholders; raise ValueError with the reason (also when it
    is too large to compile: see :mod:`validator.patternsize`)."""
    return _compiled(pattern, expand(pattern))


@lru_cache(maxsize=1024)
def _compiled(pattern: str, source: str) -> regex.Pattern:
    """``source`` (``pattern`` expanded) compiled once per process (the ``regex`` module's
    own cache holds 500 patterns and is cleared when full)."""
    check_size(source)
    try:
        return regex.compile(source, PATTERN_FLAGS)
    except regex.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc


def screened(pattern: str) -> Alternation:
    """A pattern without placeholders, searched with only the alternatives whose needles a
    text holds (:class:`~validator.detect.screen.Alternation`: the same matches)."""
    return _screened(expand(pattern))


@lru_cache(maxsize=256)
def _screened(source: str) -> Alternation:
    return Alternation(source, PATTERN_FLAGS)


def check_pattern(pattern: str) -> str:
    """Validate a pattern (placeholders known, regex valid); return it unchanged."""
    unknown = placeholders(pattern) - PLACEHOLDERS
    if unknown:
        raise ValueError(
            f"unknown placeholder {{{sorted(unknown)[0]}}} in {pattern!r}; "
            f"known: {', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))}"
        )
    compile_pattern(_PLACEHOLDER.sub("x", expand(pattern)))
    return pattern


@lru_cache(maxsize=4096)
def loose_name(value: str) -> str:
    """A regex that finds ``value`` with case, spacing and punctuation variants.

    A short name (up to four words: an outlet, a person) may also be split or
    joined inside its words ("AlSouria" for "Al-Souria"); a longer value (a
    headline) only between its words, which keeps the pattern small and fast.
    """
    words = [w for w in _WORD_BREAK.split(value.strip()) if w]
    if len(words) <= 4:
        parts = [_SEP.join(regex.escape(ch) for ch in word) for word in words]
    else:
        parts = [regex.escape(word) for word in words]
    return r"(?<!\w)" + _SEP.join(parts) + r"(?!\w)"


@lru_cache(maxsize=4096)
def loose_names(names: tuple[str, ...]) -> "LooseNames":
    """Any of ``names``, found loosely (:class:`LooseNames`)."""
    return LooseNames(names)


class LooseNames:
    r"""Names found loosely (:func:`loose_name`), with one pattern compiled only once a text
    may hold one of them.

    The pattern matches a name's letters case-insensitively with only ``[\W_]`` characters
    between them, so a text it matches holds, once its ``[\W_]`` characters are dropped and
    it is folded (:func:`~validator.detect.fold.fold`: case-insensitive matches fold alike,
    and a case pair is word characters both or neither), the name reduced the same way.  A
    text holding no name so reduced cannot match, and :meth:`pattern` gives None for it:
    the same answer as the pattern's, without compiling it (a compile costs a millisecond or
    two, a batch has a name of its own in most articles, and most of them are not named).
    A name or text with a letter :data:`~validator.detect.fold.UNFOLDED` is not screened."""

    __slots__ = ("names", "keys", "_compiled")

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        keys = tuple(_reduced(n) for n in names)
        self.keys = None if not all(keys) else keys  # (None: a name that cannot be screened)
        self._compiled: regex.Pattern | None = None

    def pattern(self, text: str) -> regex.Pattern | None:
        """The compiled pattern, or None when ``text`` cannot hold any of the names."""
        if self.keys is not None:
            reduced = _reduced(text)
            if reduced is not None and not any(key in reduced for key in self.keys):
                return None
        if self._compiled is None:
            # (kept here, not in the regex module's cache: a batch's names would fill it and
            # push out the patterns that rely on it)
            self._compiled = regex.compile("|".join(loose_name(n) for n in self.names), PATTERN_FLAGS,
                                           cache_pattern=False)
        return self._compiled


#: what may stand between a loose name's letters (as :data:`_SEP`), dropped by :func:`_reduced`
_BETWEEN = regex.compile(r"[\W_]+")


def _reduced(text: str) -> str | None:
    r"""``text`` without its ``[\W_]`` characters, folded; None when it cannot be screened."""
    return screen_text(_BETWEEN.sub("", text))


def alternatives(value: str, aliases: dict[str, list[str]] | None) -> list[str]:
    """The value and its configured aliases (matched case-insensitively by key)."""
    names = [value]
    for key, more in (aliases or {}).items():
        if key.lower() == value.lower() or value.lower() in (m.lower() for m in more):
            names.extend([key, *more])
    return list(dict.fromkeys(names))


#: a pattern made of placeholders only (``{title}``, ``(?:{title})|(?:{source.title})``)
_ONLY_PLACEHOLDERS = regex.compile(r"^(?:[(?:|)]|\{[a-z_.]+\})*$")


@lru_cache(maxsize=4096)
def _fill_compiled(pattern: str, filled: tuple[tuple[str, str], ...]):
    values = dict(filled)
    source = _PLACEHOLDER.sub(lambda m: values[m.group(1)], expand(pattern))
    if filled and _ONLY_PLACEHOLDERS.match(pattern):
        # No user syntax, only escaped names joined by [\W_]*: it cannot backtrack
        # catastrophically, and the standard re compiles it three times faster
        # (this runs once per article for {title}).
        return re.compile(source, re.IGNORECASE | re.MULTILINE)
    check_size(source)  # a long name inside a counted repeat of the pattern multiplies
    return regex.compile(source, PATTERN_FLAGS)


_ONE_PLACEHOLDER = regex.compile(r"^(?:\(\?:)?\{[a-z_.]+\}\)?$")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _squash(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


class NameSet:
    """A pattern that is one placeholder (``{title}``): a whole-line match is a
    comparison of the line and the names with case, spaces and punctuation
    removed — no regular expression to compile for every article.  Searching
    inside a text compiles the loose pattern on first use."""

    def __init__(self, source: str, names: list[str]):
        self.pattern = source
        self.keys = frozenset(_squash(n) for n in names)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None):
        return _squash(text[pos:endpos]) in self.keys or None

    def finditer(self, text: str):
        return _fill_compiled(self.pattern, ()).finditer(text)

    def search(self, text: str):
        return _fill_compiled(self.pattern, ()).search(text)


def fill(pattern: str, lookup, aliases: dict[str, list[str]] | None = None):
    """Compile ``pattern`` with its placeholders filled by ``lookup(name)``;
    None when a placeholder has no value for this article."""
    names = placeholders(pattern)
    if not names:
        return _fill_compiled(pattern, ())
    filled = []
    every = []
    for name in sorted(names):
        value = lookup(name)
        if isinstance(value, (list, tuple)):
            value = [str(v) for v in value if v]
        elif value:
            value = [str(value)]
        if not value:
            return None
        alts = [a for v in value for a in alternatives(v, aliases)]
        every.extend(alts)
        filled.append((name, "(?:" + "|".join(loose_name(a) for a in alts) + ")"))
    if _ONE_PLACEHOLDER.match(pattern):
        return NameSet(_PLACEHOLDER.sub(lambda m: dict(filled)[m.group(1)], pattern), every)
    return _fill_compiled(pattern, tuple(filled))
