"""JSON and JSONL: CMS exports in provcheck's own schema or in IPTC ninjs.

- ``.json``: one article object, an array of them, or ``{"articles": [...]}``.
  A single object has the id ``path``; records of an array have ``path#N``
  (N counts records from 1).
- ``.jsonl`` / ``.ndjson``: one article object per line; the N-th record (blank
  lines are skipped and not counted) has the id ``path#N`` and
  ``Article.line`` is the line it is on.  A line that is not valid JSON, not an
  object, or nested too deeply becomes a ``ReadError`` for that record, and
  the rest of the file is still read.  A field of the wrong shape is a note on
  the article (as in Markdown front matter), not an error.

A record is read as ninjs when it has ``uri`` or another ninjs-only key
(``versioncreated``, ``headlines``, ``body_text``/``bodyText``,
``associations``…, or a ``$schema``/``standard`` naming ninjs), else as our
own schema (:mod:`validator.readers.json.own`; the schema,
:class:`validator.readers.json.schema.ArticleRecord`, is documented with its
JSON Schema in ``docs/article-format.md``; ``python -m
validator.readers.json.schema`` prints it).

Block positions: a block made from a string value (a title, a paragraph of
``body``, an element of ``body_html``) starts at the line and column of its
first character inside that JSON string, escapes accounted for.
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from validator.article import Article
from validator.errors import ReadError
from validator.readers.json.positions import DuplicateKey, LineIndex, scan
from validator.readers.json.ninjs import is_ninjs, ninjs_article
from validator.readers.json.own import own_article
from validator.readers.json.record import Record

EXTENSIONS = (".json", ".jsonl", ".ndjson")
#: levels of a record whose positions are recorded (associations → n → descriptions → n → value)
_DEPTH = 6


def read(text: str, path: str) -> list[Article | ReadError]:
    if path.lower().endswith(".json"):
        return _read_json(text, path)
    return _read_lines(text, path)


def _article(rec: Record) -> Article | ReadError:
    if not isinstance(rec.value, dict):
        line, column = rec.pos(())
        return ReadError(f"record {rec.id} is a JSON {type(rec.value).__name__}, not an article object",
                         line=line, column=column, record=rec.id)
    try:
        return ninjs_article(rec) if is_ninjs(rec.value) else own_article(rec)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        line, column = rec.pos(tuple(err["loc"]))
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return ReadError(f"{where}: {err['msg']}{more}", line=line, column=column, record=rec.id)
    except RecursionError:
        line, column = rec.pos(())
        return ReadError("the record is nested too deeply to read", line=line, column=column, record=rec.id)
    except Exception as exc:  # a reader bug must not cost the rest of the batch
        line, column = rec.pos(())
        return ReadError(f"cannot read this record ({type(exc).__name__}: {exc})", line=line, column=column,
                         record=rec.id)


def _read_lines(text: str, path: str) -> list[Article | ReadError]:
    out: list[Article | ReadError] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            out.append(read_line(line, number, len(out) + 1, path))
    if not out:
        raise ReadError("the file holds no records")
    return out


def read_line(line: str, number: int, n: int, path: str) -> Article | ReadError:
    """The N-th record of a JSONL file, on line ``number``: an Article, or a
    ReadError for that record alone.  The engine streams big JSONL files through
    this one line at a time."""
    rid = f"{path}#{n}"
    try:
        value, end, spots = scan(line, 0, _DEPTH)
        if line[end:].strip():
            raise json.JSONDecodeError("Extra data after the record", line, end)
    except json.JSONDecodeError as exc:
        return ReadError(f"invalid JSON: {exc.msg}", line=number, column=exc.colno, record=rid)
    except RecursionError:
        return ReadError("the record is nested too deeply to read", line=number, record=rid)
    except DuplicateKey as exc:
        return ReadError(duplicate_message(exc, LineIndex(line, number)),
                         *LineIndex(line, number)(exc.second), record=rid)
    return _article(Record(value, line, spots, LineIndex(line, number), path, rid))


def _read_json(text: str, path: str) -> list[Article | ReadError]:
    try:
        value, end, spots = scan(text, 0, _DEPTH + 2)
        if text[end:].strip():
            raise json.JSONDecodeError("Extra data after the JSON value", text, end)
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise ReadError("the JSON is nested too deeply to read") from None
    except DuplicateKey as exc:
        locate = LineIndex(text)
        raise ReadError(duplicate_message(exc, locate), *locate(exc.second)) from None
    locate = LineIndex(text)
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        items, base = value["articles"], ("articles",)
    elif isinstance(value, list):
        items, base = value, ()
    else:
        return [_article(Record(value, text, spots, locate, path, path))]
    if not items:
        raise ReadError("the file holds no articles")
    return [_article(Record(item, text, spots, locate, path, f"{path}#{n}", base + (n - 1,)))
            for n, item in enumerate(items, start=1)]


def duplicate_message(exc: DuplicateKey, locate: LineIndex) -> str:
    """'duplicate key 'x' at line 2, column 3 and line 5, column 3' (both places named)."""
    second = "line {}, column {}".format(*locate(exc.second))
    if exc.first is None:
        return f"duplicate key {exc.key!r} inside the value at {second}; only one value can count"
    first = "line {}, column {}".format(*locate(exc.first))
    return f"duplicate key {exc.key!r} at {first} and {second}; only one value can count"
