"""The content cache: an unchanged article is not checked again.

``provcheck check --cache [DIR]`` (or ``PROVCHECK_CACHE=DIR``) keeps each
unit's results (a file, or a chunk of a JSONL batch) under a key made of:

- the sha256 of the unit's **bytes** (never file times: a fresh checkout resets them),
  its path and byte range (results name the path and the record numbers);
- the **effective policy** (rules after extends and overrides, settings, defaults,
  the config's folder), the rules ``--select``/``--ignore`` keep, the time budget;
- the **vocabulary** in force (``rules/vocab.yaml`` plus the config's ``vocab:``);
- the **tool**: its version and a digest of the installed package's files
  (code, packs, vocabulary), so an upgrade or a local edit never reuses old results;
- the sha256 of the **reference index** file, when the run has one
  (``--reference`` or ``settings.reference``): a rebuilt index is a new key;
- with batch-learned boilerplate, a digest of what was **learned** for the
  unit's folder (:meth:`RunCache.key`'s ``salt``): the same file in a batch
  that learned other lines is checked again.

With ``--dedupe`` an entry also keeps its articles' fingerprints
(:mod:`validator.dedupe`), so a cached unit still takes part in the comparison.

Entries are written atomically (a temporary file in the same folder, then
``os.replace``), so concurrent runs may share a folder.  Each entry carries
its key and the sha256 of its payload: an entry that does not parse, names
another key or fails its checksum is ignored and rewritten, never trusted.
Results that depend on more than the key — a time budget that ran out, an
internal error, a file that could not be read — are never stored.  The folder
holds at most ``max_bytes`` (default 512 MB; the least recently written
entries go first), is marked with ``CACHEDIR.TAG`` and a ``.gitignore`` of
``*`` so backups and git skip it, and ``provcheck cache clear`` removes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from functools import lru_cache
from pathlib import Path

from validator import __version__, output
from validator.enginefindings import INPUT_ERROR, INTERNAL_ERROR, INTERNAL_TIMEOUT
from validator.report import ArticleResult

DEFAULT_DIR = ".provcheck_cache"
DEFAULT_MAX_BYTES = 512 * 1024 * 1024
#: the layout of the entries; a new layout is a new folder
LAYOUT = "v2"
TAG = "CACHEDIR.TAG"
TAG_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This file is a cache directory tag created by provcheck.\n"
            "# For information about cache directory tags see https://bford.info/cachedir/\n")


@lru_cache(maxsize=1)
def tool_digest() -> str:
    """The version and a digest of every file of the installed package (code, packs, vocabulary)."""
    from validator.paths import rules_dir

    sha = hashlib.sha256(__version__.encode())
    roots = [Path(__file__).parent, rules_dir()]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".yaml", ".json", ".html", ".css") and "__pycache__" not in path.parts:
                sha.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()


class Cache:
    """A cache folder; :meth:`bind` gives the view of one run."""

    def __init__(self, root: str | os.PathLike = DEFAULT_DIR, max_bytes: int = DEFAULT_MAX_BYTES,
                 reference: str | None = None):
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.reference = reference

    def bind(self, job) -> "RunCache":
        from validator import vocab

        sha = hashlib.sha256()
        reference = self.reference or job.policy.config.settings.reference
        for part in (tool_digest(), job.policy.model_dump_json(), os.path.abspath(job.policy.root),
                     "\0".join(r.id for r in job.rules), repr(job.timeout), vocab.vocab().model_dump_json(),
                     repr(job.dedupe), reference_digest(reference) if reference else ""):
            sha.update(part.encode("utf-8") + b"\0")
        return RunCache(self, sha.hexdigest())


class RunCache:
    """Lookups and stores for one run (one policy, one tool)."""

    def __init__(self, cache: Cache, context: str):
        self.cache = cache
        self.context = context
        self.folder = cache.root / LAYOUT
        self.hits = self.misses = self.written = 0

    def key(self, unit, salt: str = "") -> str:
        span = ",".join(map(str, unit.span)) if unit.span else ""
        return hashlib.sha256("\0".join((self.context, unit.path, span, unit.digest, salt)).encode("utf-8")).hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, unit, salt: str = "") -> "tuple[list[ArticleResult], dict] | None":
        """The unit's results and ``--dedupe`` fingerprints, or None."""
        key = self.key(unit, salt)
        try:
            with open(self._file(key), "rb") as handle:
                head, _, payload = handle.read().partition(b"\n")
            stored_key, checksum = head.decode("ascii").split(" ")
            if stored_key != key or hashlib.sha256(payload).hexdigest() != checksum:
                raise ValueError("entry does not match its key or checksum")
            from validator.dedupe import Print

            entry = json.loads(payload)
            results = [ArticleResult.model_validate(r) for r in entry["results"]]
            prints = {k: Print(bytes.fromhex(v[0]), *v[1:]) for k, v in entry["prints"].items()}
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # corrupt, truncated, another layout: ignored, rewritten after the check
            self.misses += 1
            return None
        self.hits += 1
        return results, prints

    def put(self, unit, results: list[ArticleResult], prints: dict | None = None, salt: str = "") -> None:
        if not cacheable(results):
            return
        key = self.key(unit, salt)
        entry = {"results": [r.model_dump(mode="json") for r in results],
                 "prints": {k: [p.signature.hex(), p.count, p.line, p.column] for k, p in (prints or {}).items()}}
        payload = json.dumps(entry, separators=(",", ":")).encode("ascii")  # escaped: a lone surrogate is kept
        data = f"{key} {hashlib.sha256(payload).hexdigest()}\n".encode("ascii") + payload
        target = self._file(key)
        try:
            self._prepare(target.parent)
            output.replace_file(str(target), [data], durable=False)  # a lost entry only costs time
        except OSError:
            return  # a cache that cannot be written only costs time
        self.written += len(data)

    def _prepare(self, folder: Path) -> None:
        if folder.is_dir():
            return
        root = self.cache.root
        if not root.is_dir():
            root.mkdir(parents=True, exist_ok=True)
        for name, text in ((TAG, TAG_TEXT), (".gitignore", "# created by provcheck\n*\n")):
            if not (root / name).exists():
                (root / name).write_text(text, encoding="utf-8")
        folder.mkdir(parents=True, exist_ok=True)

    def close(self) -> None:
        """Keep the folder under its size bound (after a run that wrote to it)."""
        if self.written:
            trim(self.cache.root, self.cache.max_bytes)


def reference_digest(path: str) -> str:
    """The sha256 of a reference index file (a missing one: its path alone; the run reports it)."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest() if hasattr(hashlib, "file_digest") \
                else hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return "missing:" + os.path.abspath(path)


def cacheable(results: list[ArticleResult]) -> bool:
    """Results that depend on nothing but the key: no time budget ran out, no
    check crashed, the file could be read."""
    for r in results:
        for f in r.findings:
            if f.rule in (INTERNAL_ERROR, INTERNAL_TIMEOUT):
                return False
            if f.rule == INPUT_ERROR and f.message.startswith("cannot read"):
                return False
    return bool(results)


def trim(root: Path, max_bytes: int) -> int:
    """Delete the oldest entries until the folder holds at most 80 % of ``max_bytes``; how many went."""
    entries = []
    total = 0
    for path in (Path(root) / LAYOUT).glob("*/*.json"):
        try:
            st = path.stat()
        except OSError:
            continue
        entries.append((st.st_mtime, st.st_size, path))
        total += st.st_size
    if total <= max_bytes:
        return 0
    removed = 0
    for _, size, path in sorted(entries):
        if total <= max_bytes * 0.8:
            break
        _unlink(path)
        total -= size
        removed += 1
    return removed


def clear(root: str | os.PathLike) -> bool:
    """Remove a cache folder; only one provcheck made (it holds our CACHEDIR.TAG).
    False when there was nothing to remove; ValueError for a folder that is not a cache."""
    root = Path(root)
    if not root.exists():
        return False
    tag = root / TAG
    if not tag.is_file() or "created by provcheck" not in tag.read_text(encoding="utf-8", errors="replace"):
        raise ValueError(f"{root} is not a provcheck cache (no {TAG}); not removing it")
    shutil.rmtree(root)
    return True


def _unlink(path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
