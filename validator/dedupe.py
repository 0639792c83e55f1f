"""``--dedupe``: articles of one run that are near-duplicates of each other.

Each article's prose gets the same MinHash signature as the reference index
(:mod:`validator.shingles`) while it is checked; only the signature, the
number of shingles and where the prose starts travel back from the worker
processes (about 600 bytes an article).  When every result is in, the
articles are taken in the report's order (path, then record number) and put
in datasketch's in-memory ``MinHashLSH``; an article whose candidate among
the articles *before* it shares at least :data:`THRESHOLD` of the shorter
text's shingles gets a ``duplicate-article`` warning naming the first such
article.  The share is estimated from the signatures' Jaccard similarity J
and the two sizes: for the shorter text A and the longer B,
|A∩B| / |A| = J (|A| + |B|) / ((1 + J) |A|).  Computed after the run in a
fixed order, the findings do not depend on ``--jobs``.
"""

from __future__ import annotations

from dataclasses import dataclass


from validator import shingles
from validator.article import Article
from validator import enginefindings
from validator.enginefindings import DUPLICATE_ARTICLE as RULE
from validator.report import ArticleResult, Finding

#: the estimated share of the shorter article's shingles in the longer one
THRESHOLD = 0.8
#: the Jaccard similarity the LSH looks for: an article half as long as its
#: duplicate with 80 % of it shared has J ≈ 0.36
LSH_THRESHOLD = 0.3

INFO = enginefindings.info(RULE)


@dataclass(frozen=True)
class Print:
    """What dedupe needs of an article: its signature, shingle count and first prose line."""

    signature: bytes
    count: int
    line: int
    column: int


def fingerprint(article: Article) -> Print | None:
    fp = shingles.fingerprint(article)
    if not len(fp.shingles):
        return None
    first = shingles.prose_blocks(article)[0]
    return Print(fp.signature.astype("<u4").tobytes(), len(fp.shingles), first.line, first.column)


def _minhash(p: Print) -> MinHash:
    import numpy as np  # (loaded on first use: a tenth of a second a run)
    from datasketch import MinHash  # loaded on first use: it imports SciPy (half a second)

    values = np.frombuffer(p.signature, dtype="<u4").astype(np.uint32)
    return MinHash(num_perm=shingles.NUM_PERM, seed=shingles.SEED, scheme=shingles.SCHEME, hashvalues=values,
                   permutations=shingles.permutations())


def share(a: Print, b: Print) -> float:
    """The estimated share of the shorter article's shingles found in the other."""
    import numpy as np
    j = shingles.jaccard(np.frombuffer(a.signature, dtype="<u4"), np.frombuffer(b.signature, dtype="<u4"))
    small, large = sorted((a.count, b.count))
    return min(1.0, j * (small + large) / ((1 + j) * small))


def mark(articles: list[ArticleResult], prints: dict[str, Print]) -> list[ArticleResult]:
    """The articles (in report order) with a finding on each near-duplicate of an earlier one."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=shingles.NUM_PERM)
    order = {a.id: i for i, a in enumerate(articles)}
    out = []
    for article in articles:
        p = prints.get(article.id)
        if p is None:
            out.append(article)
            continue
        m = _minhash(p)
        earlier = sorted(lsh.query(m), key=order.__getitem__)
        match = next(((other, s) for other in earlier if (s := share(p, prints[other])) >= THRESHOLD), None)
        lsh.insert(article.id, m)
        if match is None:
            out.append(article)
            continue
        other, s = match
        finding = Finding(rule=RULE, severity="warning", article=article.id, path=article.path, line=p.line,
                          column=p.column, message=f"Near-duplicate of {other}: about {s:.0%} of the shorter "
                          "text is in both.", why="--dedupe compares the articles of one run",
                          fix="keep one of the two articles, or rewrite one")
        out.append(article.model_copy(update={"findings": tuple(sorted((*article.findings, finding),
                                                                       key=Finding.sort_key))}))
    return out
