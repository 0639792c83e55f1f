"""``provcheck check -``: one article read from standard input.

The bytes are copied to a temporary file (the readers and the size limit work
on files) named like ``--stdin-filename``, whose extension picks the reader
(as ruff and Vale do; ``stdin.md`` when not given, so Markdown by default), and
the report shows that name.  The temporary folder is removed afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile

from validator.errors import UsageError
from validator.readers import reader_for

DEFAULT_NAME = "stdin.md"


@contextlib.contextmanager
def article(name: str | None):
    """Yield ``(file, name)`` for the article on standard input."""
    name = name or DEFAULT_NAME
    if reader_for(name) is None:
        raise UsageError(f"--stdin-filename {name}: no reader for this file type "
                         f"({os.path.splitext(name)[1] or 'no extension'})")
    folder = tempfile.mkdtemp(prefix="provcheck-stdin-")
    try:
        path = os.path.join(folder, "article" + os.path.splitext(name)[1].lower())
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        with open(path, "wb") as handle:
            handle.write(data)
        yield path, name
    finally:
        shutil.rmtree(folder, ignore_errors=True)
