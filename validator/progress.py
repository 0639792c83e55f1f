"""The progress bar of a long run, on standard error.

Drawn by tqdm (small, no dependencies of its own, and its ``delay`` option
gives "only for runs longer than a second" for free).  The bar measures bytes
of input, the one total known before any file is read (a JSONL batch's records
are not counted in advance), and shows the articles checked and their rate
beside it.  It is shown only on a terminal: never when standard error is not a
TTY, with ``--quiet``, or in CI (``CI`` set to ``true`` or ``1``), so logs and
captured output never hold it.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

#: seconds before the bar first appears: shorter runs never show it
DELAY = 1.0


def wanted(quiet: bool = False, stream: TextIO | None = None, environ=None) -> bool:
    """Whether a bar may be drawn on ``stream`` (standard error by default)."""
    stream = stream if stream is not None else sys.stderr
    environ = environ if environ is not None else os.environ
    if quiet or environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Bytes done of ``total``, with the articles checked and their rate."""

    def __init__(self, total: int, stream: TextIO | None = None):
        from tqdm import tqdm

        self.articles = 0
        self.started = time.monotonic()
        self.bar = tqdm(total=total, unit="B", unit_scale=True, file=stream if stream is not None else sys.stderr,
                        delay=DELAY, leave=False, dynamic_ncols=True, mininterval=0.25, desc="provcheck")

    def update(self, done_bytes: int, articles: int) -> None:
        self.articles += articles
        rate = self.articles / max(time.monotonic() - self.started, 1e-9)
        self.bar.set_postfix_str(f"{self.articles:,} articles, {rate:,.0f}/s", refresh=False)
        self.bar.update(done_bytes)

    def close(self) -> None:
        self.bar.close()


def start(total: int, quiet: bool = False, stream: TextIO | None = None, environ=None) -> Progress | None:
    """A bar for a run over ``total`` bytes, or None where none is wanted."""
    return Progress(total, stream) if total and wanted(quiet, stream, environ) else None
