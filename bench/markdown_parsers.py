#!/usr/bin/env python3
"""Micro-benchmark: CommonMark parsers that keep source positions, on a corpus's .md files.

Usage::

    python bench/markdown_parsers.py CORPUS_DIR [--repeat 3]

For each parser installed (markdown-it-py, the one provcheck uses; markdown-it-pyrs;
pyromark; cmarkgfm), parses the body of every ``.md`` file (front matter cut) and
walks what the parser gives back far enough to get each block's position: the
token stream with ``map`` (markdown-it-py), the tree with ``srcmap`` (markdown-it-pyrs),
``events_with_range`` (pyromark), HTML with ``data-sourcepos`` (cmarkgfm, which has no
Python-level tree: the positions would have to be read back out of the HTML), and
what provcheck's reader does with pyromark's events (``validator.readers.mdblocks.parse``:
every text block with its lines and raw content).  Prints ms per article, best of
``--repeat``.  Not run by the tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def _bodies(root: Path) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            text = text[end + 5:] if end > 0 else text
        out.append(text)
    return out


def _parsers() -> dict:
    found = {}
    try:
        from markdown_it import MarkdownIt
        md = MarkdownIt("commonmark")
        found["markdown-it-py (tokens, map)"] = lambda t: [tok.map for tok in md.parse(t)]
    except ImportError:
        pass
    try:
        import markdown_it_pyrs
        mdrs = markdown_it_pyrs.MarkdownIt("commonmark")
        found["markdown-it-pyrs (tree, srcmap)"] = lambda t: [n.srcmap for n in mdrs.tree(t).walk()]
    except ImportError:
        pass
    try:
        import pyromark
        found["pyromark (events_with_range)"] = lambda t: list(pyromark.events_with_range(t))
    except ImportError:
        pass
    try:
        from validator.readers import mdblocks
        found["provcheck mdblocks (pyromark + walk)"] = mdblocks.parse
    except ImportError:
        pass
    try:
        import cmarkgfm
        from cmarkgfm.cmark import Options
        found["cmarkgfm (html, sourcepos)"] = lambda t: cmarkgfm.markdown_to_html(t, options=Options.CMARK_OPT_SOURCEPOS)
    except ImportError:
        pass
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    bodies = _bodies(args.corpus)
    print(f"{len(bodies)} Markdown bodies, {sum(len(b.encode()) for b in bodies) / max(len(bodies), 1):,.0f} bytes each")
    for name, parse in _parsers().items():
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            for body in bodies:
                parse(body)
            best = min(best, time.perf_counter() - start)
        print(f"{name:34s} {1000 * best / len(bodies):7.3f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
