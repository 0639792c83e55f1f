#!/usr/bin/env python3
"""Write one big JSONL batch of N short records, for flat-memory runs.

Usage::

    python bench/records.py OUT.jsonl -n 1000000 [--distinct 1000] [--body-paragraphs 3]

The records are ``generate.py``'s JSONL articles (same seed, same mix of
provenance features) cut to their first ``--body-paragraphs`` paragraphs
(about 1.2 KB a record), ``--distinct`` of them repeated in turn with their own
``id`` and ``title``, so a million records take about a gigabyte and a few
seconds to write.  What it measures is memory as the batch grows, not the
per-article speed of 5 KB articles (``generate.py`` and ``run.py`` measure that).

Standard library only; Python 3.10+.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402


def records(distinct: int, paragraphs: int, seed: int = 1) -> list[dict]:
    offsets = generate._weyl(seed)
    out = []
    for i in range(distinct):
        text, _ = generate.make_article(seed, i, "jsonl", offsets)
        record = json.loads(text)
        record["body"] = "\n\n".join(record.get("body", "").split("\n\n")[:paragraphs])
        out.append(record)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, required=True)
    parser.add_argument("--distinct", type=int, default=1000)
    parser.add_argument("--body-paragraphs", type=int, default=3)
    args = parser.parse_args(argv)
    base = records(args.distinct, args.body_paragraphs)
    with open(args.out, "w", encoding="utf-8", newline="\n") as handle:
        for n in range(args.n):
            record = dict(base[n % len(base)], id=f"rec-{n + 1}")
            record["title"] = f"{record.get('title', '')} ({n + 1})"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
