"""Lay out a real-text corpus of N articles for ``run.py`` from a folder of real articles.

    python bench/realtext.py SOURCE_DIR OUT_DIR -n 10000 [--clean]

Generated articles (``generate.py``) are regular by construction; real pages
are not: whole HTML pages with navigation, scripts and comments, scraped text
with furniture, long and short bodies.  This script takes the articles of
SOURCE_DIR (for example the labelled corpus in ``../shared/corpus/items``,
which stays outside the repository) and lays out N of them in OUT_DIR, cycling
through the sources in name order: article *i* is source ``i % len(sources)``,
named ``{i:05d}-{source name}``.  Files are hard links where the file system
allows (no copy of the bytes), copies otherwise; the sources are never written.

Every article is checked in full on each run (provcheck has no cache unless
``--cache`` is given), so repeats cost what new articles of the same shape
would, and the figures are per article of real text.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys

_READERS = (".md", ".markdown", ".txt", ".html", ".htm", ".json", ".jsonl")


def sources(folder: str) -> list[str]:
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(_READERS))
    return [os.path.join(folder, n) for n in names if os.path.isfile(os.path.join(folder, n))]


def lay_out(source_dir: str, out_dir: str, n: int, clean: bool = False) -> int:
    """Write N articles into OUT_DIR; returns the bytes laid out."""
    found = sources(source_dir)
    if not found:
        raise SystemExit(f"realtext: no article in {source_dir}")
    if os.path.abspath(out_dir).startswith(os.path.abspath(source_dir) + os.sep):
        raise SystemExit("realtext: OUT_DIR must not be inside SOURCE_DIR")
    os.makedirs(out_dir, exist_ok=True)
    existing = os.listdir(out_dir)
    if existing and not clean:
        raise SystemExit(f"realtext: {out_dir} is not empty; pass --clean to replace what a previous run laid out")
    for name in existing:
        if name[:5].isdigit() and name[5:6] == "-":
            os.remove(os.path.join(out_dir, name))
    total = 0
    for i in range(n):
        src = found[i % len(found)]
        dst = os.path.join(out_dir, f"{i:05d}-{os.path.basename(src)}")
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)
        total += os.path.getsize(src)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source_dir")
    parser.add_argument("out_dir")
    parser.add_argument("-n", type=int, default=10000)
    parser.add_argument("--clean", action="store_true")
    args = parser.parse_args(argv)
    size = lay_out(args.source_dir, args.out_dir, args.n, args.clean)
    sys.stderr.write(f"{args.n:,} articles, {size / 1e6:.1f} MB in {args.out_dir}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
