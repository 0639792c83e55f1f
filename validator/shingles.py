"""Word shingles of an article's prose and their MinHash signature.

One source for how text becomes comparable: the reference index
(:mod:`validator.refindex`), the ``reuse`` check and ``--dedupe`` all call
:func:`fingerprint`.  Words are normalised (Unicode compatibility forms,
case, accents and other combining marks, every decimal digit as its ASCII
digit, punctuation dropped); a shingle is :data:`SIZE` consecutive words,
hashed to 32 bits (each word's BLAKE2b hash, combined by position).  The MinHash signature is datasketch's (``affine32``
scheme, :data:`NUM_PERM` permutations, fixed seed), fed with those hashes.
Changing any of this changes every index: bump :data:`VERSION`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from validator.article import Article, Block

#: the normalisation and shingling scheme; stored in every index and checked on load
VERSION = 1
SIZE = 5  # words per shingle
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
#: the block kinds whose words are compared: the story, not its furniture or credits
KINDS = frozenset({"standfirst", "paragraph", "quote", "heading"})

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_MARKS = regex.compile(r"\p{M}+")


@lru_cache(maxsize=1 << 17)
def norm_word(word: str) -> str:
    """A word as compared: NFKD, case-folded, marks dropped, digits in ASCII."""
    if word.isascii():
        return word.lower()
    text = _MARKS.sub("", unicodedata.normalize("NFKD", word)).casefold()
    if not text.isascii():
        text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
    return text


def words(text: str) -> list[tuple[str, int, int]]:
    """The normalised words of a text with their (start, end) offsets in it."""
    out = []
    for m in _WORD.finditer(text):
        w = norm_word(m.group(0))
        if w:
            out.append((w, m.start(), m.end()))
    return out


@lru_cache(maxsize=1 << 17)
def word_hash(word: str) -> int:
    """A normalised word's 64-bit hash (BLAKE2b)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


#: odd 64-bit multipliers, one per position in a shingle (fixed: part of VERSION)
_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                0xFF51AFD7ED558CCD)[:SIZE]


@lru_cache(maxsize=1)
def _multipliers():
    import numpy as np

    return np.array(_MULTIPLIERS, dtype=np.uint64)


def positional(tokens: list[str]) -> np.ndarray:
    """The 32-bit hash of the shingle starting at each word (a text shorter
    than a shingle is one shingle): the words' hashes combined by position
    (uint64 arithmetic, wrapping), mixed, the high 32 bits kept."""
    import numpy as np  # (loaded on first use: a tenth of a second a run)
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    h = np.fromiter((word_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    n = max(1, len(tokens) - SIZE + 1)
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(min(SIZE, len(tokens))):
            acc += h[k:k + n] * _multipliers()[k]
        acc ^= acc >> np.uint64(31)
        acc *= np.uint64(0xBF58476D1CE4E5B9)
        acc ^= acc >> np.uint64(29)
    return (acc >> np.uint64(32)).astype(np.uint32)


def hashes(tokens: list[str]) -> np.ndarray:
    """The sorted, distinct 32-bit hashes of the shingles of a word sequence."""
    import numpy as np
    return np.unique(positional(tokens))


@lru_cache(maxsize=1)
def permutations():
    from datasketch import MinHash  # loaded on first use: it imports SciPy (half a second)

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(shingles: np.ndarray) -> np.ndarray:
    """The MinHash signature (uint32, :data:`NUM_PERM` values) of a set of shingle hashes."""
    import numpy as np
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int, permutations=permutations())
    m.update_batch(shingles.tolist())
    return np.asarray(m.hashvalues, dtype=np.uint32)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity two signatures estimate (datasketch's estimator)."""
    import numpy as np
    return float(np.count_nonzero(a == b)) / len(a)


def containment(article: np.ndarray, other: np.ndarray) -> float:
    """The exact share of ``article``'s shingle hashes found in ``other`` (both sorted)."""
    import numpy as np
    if not len(article):
        return 0.0
    return len(np.intersect1d(article, other, assume_unique=True)) / len(article)


@dataclass(frozen=True)
class Fingerprint:
    """What an article's prose becomes: its words (with the block each stands
    in), its shingle hashes and its signature."""

    tokens: tuple[tuple[str, int, int, int], ...]  # (word, block index, start, end)
    shingles: np.ndarray
    signature: np.ndarray

    def passage(self, blocks: list[Block], found: np.ndarray) -> tuple[Block, int, int] | None:
        """The first run of consecutive shingles whose hashes are in ``found``
        (sorted): its block and the (start, end) offsets in the block's text,
        kept within the block where the run starts."""
        import numpy as np
        if not self.tokens:
            return None
        hit = np.isin(positional([t[0] for t in self.tokens]), found)
        if not hit.any():
            return None
        run_start = int(np.argmax(hit))
        misses = np.flatnonzero(~hit[run_start:])
        run_stop = run_start + (int(misses[0]) if len(misses) else len(hit) - run_start)  # first shingle not shared
        run_end = min(run_stop - 1 + SIZE, len(self.tokens)) - 1  # its last word
        _, b, start, _ = self.tokens[run_start]
        last = max(k for k in range(run_start, run_end + 1) if self.tokens[k][1] == b)
        return blocks[b], start, self.tokens[last][3]


def prose_blocks(article: Article) -> list[Block]:
    return [b for b in article.blocks if b.kind in KINDS]


def fingerprint(article: Article) -> Fingerprint:
    """The fingerprint of an article's prose (standfirst, paragraphs, quotes, headings)."""
    tokens = []
    for i, block in enumerate(prose_blocks(article)):
        tokens.extend((w, i, s, e) for w, s, e in words(block.text))
    shingles = hashes([t[0] for t in tokens])
    return Fingerprint(tuple(tokens), shingles, signature(shingles))
