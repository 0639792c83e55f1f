"""The reference index: wire copy and source articles an article may reuse.

One SQLite file (embedded, no server; loading it runs no code — no pickle).
Tables:

- ``meta`` (key, value): ``format`` = ``provcheck-reference``, ``schema``
  (:data:`SCHEMA`), and the shingling parameters the signatures were made
  with (``shingles``, ``shingle_size``, ``num_perm``, ``seed``, ``scheme``)
  and the LSH banding (``bands``, ``rows``).  A file whose format, schema or
  parameters differ from this version's is refused, with the reason.
- ``items``: one row per reference article — ``id``, ``source`` (agency or
  outlet), ``headline``, ``date``, ``lang``, ``path``, the number of its
  shingles, its MinHash signature (``NUM_PERM`` uint32, little-endian bytes)
  and its shingle hashes (sorted uint32, little-endian bytes) for the exact
  containment check.
- ``bands`` (key, item), a WITHOUT ROWID table keyed on the band key: the LSH
  buckets.  Each signature is cut into ``bands`` bands of ``rows`` values; a
  band's key is a 64-bit hash of its number and values.  A lookup is one
  indexed ``SELECT … WHERE key IN (…)``: nothing is loaded into memory when
  the index is opened, so opening costs the same for 100 or 100,000 stories
  and every worker process shares the operating system's page cache, where
  rebuilding datasketch's in-memory ``MinHashLSH`` from the stored signatures
  would cost seconds and hundreds of megabytes per process.  datasketch's
  ``MinHashLSH`` chooses the banding for :data:`LSH_THRESHOLD`; the
  :data:`CANDIDATES` items sharing the most bands are verified.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path


from validator import shingles

FORMAT = "provcheck-reference"
SCHEMA = 1
#: the Jaccard similarity the LSH is tuned to: low, because an article that
#: copies half of a long story (containment 0.5) may share a fifth of its shingles
LSH_THRESHOLD = 0.1
#: candidates verified exactly per lookup: those sharing the most bands.  Stock
#: phrases ("did not respond to a request for comment") make thousands of
#: stories share a band or two with any article in a large index; a copy
#: shares most of the 64 (the expected number is 64 J²).
CANDIDATES = 50

_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE items (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
                    headline TEXT, date TEXT, lang TEXT, path TEXT, count INTEGER NOT NULL,
                    signature BLOB NOT NULL, shingles BLOB NOT NULL);
CREATE TABLE bands (key INTEGER NOT NULL, item INTEGER NOT NULL, PRIMARY KEY (key, item)) WITHOUT ROWID;
"""


class BadIndex(Exception):
    """The file is not a reference index this version can read; the message says why."""


def parameters() -> dict[str, str]:
    from datasketch import MinHashLSH  # loaded on first use: it imports SciPy (half a second)

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=shingles.NUM_PERM)
    return {"format": FORMAT, "schema": str(SCHEMA), "shingles": str(shingles.VERSION),
            "shingle_size": str(shingles.SIZE), "num_perm": str(shingles.NUM_PERM), "seed": str(shingles.SEED),
            "scheme": shingles.SCHEME, "bands": str(lsh.b), "rows": str(lsh.r)}


@dataclass(frozen=True)
class Item:
    """A reference article as the index holds it."""

    n: int
    id: str
    source: str
    headline: str | None
    date: str | None
    lang: str | None
    shingles: np.ndarray


def band_keys(signature: np.ndarray, bands: int, rows: int) -> list[int]:
    keys = []
    for i in range(bands):
        data = i.to_bytes(2, "little") + signature[i * rows:(i + 1) * rows].astype("<u4").tobytes()
        keys.append(int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True))
    return keys


class Index:
    """An open reference index (read-only unless made by :func:`create` or :func:`open_for_update`)."""

    def __init__(self, conn: sqlite3.Connection, path: str):
        self.conn, self.path = conn, path
        self.meta = _check_meta(conn, path)
        self.bands, self.rows = int(self.meta["bands"]), int(self.meta["rows"])

    def close(self) -> None:
        self.conn.close()

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM items").fetchone()[0]

    def has(self, item_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is not None

    def add(self, item_id: str, source: str, headline: str | None, date: str | None, lang: str | None,
            path: str | None, fp: shingles.Fingerprint) -> int:
        """Add one article (the caller commits); returns its row number."""
        cur = self.conn.execute(
            "INSERT INTO items (id, source, headline, date, lang, path, count, signature, shingles) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (item_id, source, headline, date, lang, path, len(fp.shingles),
             fp.signature.astype("<u4").tobytes(), fp.shingles.astype("<u4").tobytes()))
        n = cur.lastrowid
        self.conn.executemany("INSERT OR IGNORE INTO bands (key, item) VALUES (?, ?)",
                              [(k, n) for k in band_keys(fp.signature, self.bands, self.rows)])
        return n

    def candidates(self, signature: np.ndarray, limit: int = CANDIDATES) -> list[Item]:
        """The items sharing LSH bands with the signature: the ``limit`` sharing
        most (ties by row number), in row order."""
        import numpy as np  # (loaded on first use: a tenth of a second a run)
        keys = band_keys(signature, self.bands, self.rows)
        marks = ",".join("?" * len(keys))
        ranked = [r[0] for r in self.conn.execute(
            f"SELECT item, count(*) AS c FROM bands WHERE key IN ({marks}) GROUP BY item "
            "ORDER BY c DESC, item LIMIT ?", [*keys, limit])]
        rows = self.conn.execute(
            f"SELECT n, id, source, headline, date, lang, shingles FROM items WHERE n IN "
            f"({','.join('?' * len(ranked))}) ORDER BY n", ranked).fetchall()
        return [Item(n, i, s, h, d, lang, np.frombuffer(blob, dtype="<u4").astype(np.uint32))
                for n, i, s, h, d, lang, blob in rows]

    def summary(self) -> dict:
        count, shingles_total = self.conn.execute("SELECT count(*), coalesce(sum(count), 0) FROM items").fetchone()
        sources = self.conn.execute(
            "SELECT source, count(*) FROM items GROUP BY source ORDER BY count(*) DESC, source").fetchall()
        dates = self.conn.execute("SELECT min(date), max(date) FROM items WHERE date IS NOT NULL").fetchone()
        langs = self.conn.execute(
            "SELECT coalesce(lang, '?'), count(*) FROM items GROUP BY lang ORDER BY count(*) DESC").fetchall()
        return {"path": self.path, "bytes": os.path.getsize(self.path), "items": count,
                "shingles": shingles_total, "sources": sources, "languages": langs,
                "dates": dates, "meta": self.meta}


def _check_meta(conn: sqlite3.Connection, path: str) -> dict[str, str]:
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            raise BadIndex(f"{path}: not a provcheck reference index (an SQLite file without its "
                              "meta table)") from exc
        raise BadIndex(f"{path}: not a provcheck reference index ({exc})") from exc
    if meta.get("format") != FORMAT:
        raise BadIndex(f"{path}: not a provcheck reference index (format is {meta.get('format')!r})")
    if meta.get("schema") != str(SCHEMA):
        raise BadIndex(f"{path}: reference index schema {meta.get('schema')}, this provcheck reads "
                          f"schema {SCHEMA}; rebuild it with `provcheck index build`")
    expected = parameters()
    for key in ("shingles", "shingle_size", "num_perm", "seed", "scheme"):
        if meta.get(key) != expected[key]:
            raise BadIndex(f"{path}: made with {key} {meta.get(key)}, this provcheck uses "
                              f"{expected[key]}; rebuild it with `provcheck index build`")
    if not {"items", "bands"} <= tables or not meta.get("bands", "").isdigit() or not meta.get("rows", "").isdigit():
        raise BadIndex(f"{path}: reference index is incomplete (tables or banding missing)")
    return meta


def _connect(path: str, mode: str) -> sqlite3.Connection:
    if not os.path.isfile(path):
        raise BadIndex(f"{path}: no such reference index")
    uri = Path(path).resolve().as_uri() + f"?mode={mode}"
    return sqlite3.connect(uri, uri=True)


def open_index(path: str, mode: str = "ro") -> Index:
    """Open and validate an index; :class:`BadIndex` says what is wrong with it."""
    conn = _connect(path, mode)
    try:
        return Index(conn, path)
    except Exception:
        conn.close()
        raise


def create(path: str) -> Index:
    """A new, empty index at ``path`` (which must not exist)."""
    conn = sqlite3.connect(path)
    conn.executescript(_DDL)
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(parameters().items()))
    conn.commit()
    return Index(conn, path)


_OPEN: dict[tuple[int, str], Index] = {}


def reference(path: str) -> Index:
    """The index at ``path``, opened once per process (worker processes open their own)."""
    key = (os.getpid(), os.path.abspath(path))
    if key not in _OPEN:
        _OPEN[key] = open_index(path)
    return _OPEN[key]
