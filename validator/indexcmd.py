"""``provcheck index build|add|info``: the reference index of wire copy and source articles.

``build SOURCES… -o wire.pcx`` reads every input ``provcheck check`` reads
(ninjs, JSONL, JSON, Markdown, HTML, text), a JSONL batch a record at a time,
and stores one row per article (see :mod:`validator.refindex`); memory stays
bounded whatever the number of articles (one article at a time, a commit
every :data:`BATCH` articles).  The index is written beside the target and
moved into place when complete.  ``add wire.pcx SOURCES…`` appends to an
index; ``info wire.pcx`` summarises one.

An article's source (its agency or outlet) is ``--source NAME`` when given,
else its metadata: ``wire`` (first agency), ``outlet``, a ninjs
``infosource``, ``source``.  An article without one, an article with fewer
words than a shingle, and an input that cannot be read are reported on
stderr and not indexed; the exit code is then 1 (0 when every article was
indexed, 2 on a usage error or an unreadable index).  A progress bar
(:mod:`validator.progress`) goes to stderr on a terminal, as for ``check``.
"""

from __future__ import annotations

import os
import sys

from validator import discover, inputs, progress, reading, refindex, shingles
from validator.article import Article
from validator.errors import ReadError, UsageError
from validator.settings import Settings

_DEFAULTS = Settings()

BATCH = 1000
#: seconds to read one file (or one record of a JSONL batch), as ``check``'s default budget
READ_BUDGET = 10.0
_DATE_KEYS = ("versioncreated", "firstcreated", "datepublished", "published", "date", "pubdate")
_SOURCE_KEYS = ("infosource", "wire", "outlet", "source", "agency")


def _meta(article: Article, keys: tuple[str, ...]) -> str | None:
    nested = article.meta.get("ninjs") if isinstance(article.meta.get("ninjs"), dict) else {}
    flat = {str(k).lower().replace("_", ""): v for k, v in {**article.meta, **nested}.items()}
    for key in keys:
        value = flat.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name") or value.get("outlet")
        if value not in (None, "") and not isinstance(value, (dict, list)):
            return str(value)
    return None


def source_of(article: Article, given: str | None) -> str | None:
    if given:
        return given
    if article.wire:
        return article.wire[0]
    if article.outlet:
        return article.outlet
    return _meta(article, _SOURCE_KEYS)


def item_id(article: Article) -> str:
    return _meta(article, ("uri", "guid", "id")) or article.id


def fill(index: refindex.Index, paths: list[str], source: str | None, limit: int) -> tuple[int, int]:
    """Index every article under ``paths``; returns (indexed, not indexed)."""
    added = problems = 0
    records = discover.discover(paths)
    bar = progress.start(sum(_size(r.path) for r in records if r.status == "checked"))
    pending = 0
    for record in records:
        before = added
        if record.status != "checked":
            if record.status == "error":
                problems += _warn(f"{record.path}: {record.reason}")
            continue
        try:
            items, _ = inputs.read_items(record.path, limit, READ_BUDGET)
            for item in items:
                if isinstance(item, ReadError):
                    problems += _warn(f"{item.record or record.path}:{item.line}: {item.message}")
                    continue
                fp = shingles.fingerprint(item)
                name = source_of(item, source)
                ident = item_id(item)
                if not name:
                    problems += _warn(f"{item.id}: no source in its metadata (wire, outlet, infosource); "
                                      "give --source NAME")
                elif not len(fp.tokens):
                    problems += _warn(f"{item.id}: no words in its text; not indexed")
                elif index.has(ident):
                    problems += _warn(f"{item.id}: id {ident!r} is indexed already; not added again")
                else:
                    index.add(ident, name, item.title, _meta(item, _DATE_KEYS), item.lang, item.path, fp)
                    added += 1
                    pending += 1
                    if pending >= BATCH:
                        index.conn.commit()
                        pending = 0
        except inputs.Unreadable as exc:
            problems += _warn(f"{record.path}: {exc.result.findings[0].message}")
        except reading.TooSlow as exc:
            problems += _warn(f"{record.path}: {exc.message()}")
        if bar:
            bar.update(_size(record.path), added - before)
    index.conn.commit()
    if bar:
        bar.close()
    return added, problems


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _warn(message: str) -> int:
    sys.stderr.write(f"provcheck index: {message}\n")
    return 1


def cmd_build(args) -> int:
    target = args.output
    tmp = f"{target}.tmp{os.getpid()}"
    if os.path.exists(tmp):
        os.remove(tmp)
    index = refindex.create(tmp)
    try:
        with index.conn:
            index.conn.execute("PRAGMA synchronous = OFF")
        added, problems = fill(index, args.sources, args.source, args.max_file_size)
        index.close()
        os.replace(tmp, target)
    except BaseException:
        index.close()
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    sys.stdout.write(f"indexed {added:,} article{'s' if added != 1 else ''} in {target}"
                     f"{f'; {problems:,} not indexed (see above)' if problems else ''}\n")
    return 1 if problems else 0


def cmd_add(args) -> int:
    index = refindex.open_index(args.index, mode="rw")
    try:
        added, problems = fill(index, args.sources, args.source, args.max_file_size)
        total = len(index)
    finally:
        index.close()
    sys.stdout.write(f"added {added:,} article{'s' if added != 1 else ''} to {args.index} ({total:,} in all)"
                     f"{f'; {problems:,} not indexed (see above)' if problems else ''}\n")
    return 1 if problems else 0


def cmd_info(args) -> int:
    index = refindex.open_index(args.index)
    try:
        s = index.summary()
    finally:
        index.close()
    meta = s["meta"]
    lines = [f"{s['path']}: provcheck reference index, schema {meta['schema']}, {s['bytes']:,} bytes",
             f"articles: {s['items']:,} ({s['shingles']:,} shingles of {meta['shingle_size']} words)",
             f"signatures: MinHash, {meta['num_perm']} permutations ({meta['scheme']}); "
             f"LSH {meta['bands']} bands of {meta['rows']} rows",
             "dates: " + (f"{s['dates'][0]} to {s['dates'][1]}" if s["dates"][0] else "none recorded"),
             "languages: " + ", ".join(f"{lang} {n:,}" for lang, n in s["languages"]),
             "sources:"]
    lines += [f"  {name}: {n:,}" for name, n in s["sources"]]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def add_parser(sub, size_type) -> None:
    index = sub.add_parser("index", help="build, extend or describe a reference index of wire copy and "
                           "source articles (for the uncredited-reuse rule)")
    isub = index.add_subparsers(dest="index_command", required=True, metavar="ACTION")
    build = isub.add_parser("build", help="index the articles under SOURCES into a new file")
    build.add_argument("sources", nargs="+", metavar="SOURCE", help="files or folders (walked recursively)")
    build.add_argument("--output", "-o", required=True, help="the index file to write, e.g. wire.pcx")
    add = isub.add_parser("add", help="append the articles under SOURCES to an index")
    add.add_argument("index", help="the index file")
    add.add_argument("sources", nargs="+", metavar="SOURCE")
    for p in (build, add):
        p.add_argument("--source", metavar="NAME", help="the agency or outlet of every article read "
                       "(default: each article's metadata wire, outlet or infosource)")
        p.add_argument("--max-file-size", type=size_type, default=_DEFAULTS.max_file_size, metavar="BYTES",
                       help=f"larger files (other than JSONL batches) are not read (default {_DEFAULTS.max_file_size})")
    info = isub.add_parser("info", help="summarise an index")
    info.add_argument("index")


def cmd_index(args) -> int:
    try:
        return {"build": cmd_build, "add": cmd_add, "info": cmd_info}[args.index_command](args)
    except refindex.BadIndex as exc:
        raise UsageError(str(exc)) from None
