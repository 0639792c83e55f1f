"""The footer a thematic break sets off: the same convention in every format that has one.

A Markdown ``---`` (in a file or a JSON ``body``) and an HTML ``<hr>`` both set off
the closing notes; readers record, for each break, how many blocks came before it.
"""

from __future__ import annotations

from validator.article import Block


def footer_after_rule(blocks: list[Block], rules: list[int]) -> list[Block]:
    """Paragraphs after the last thematic break (``---``, ``<hr>``) are the footer, if at most 3.

    ``rules`` holds, for each break, the number of blocks before it.
    """
    if not rules:
        return blocks
    tail = [b for b in blocks[rules[-1]:] if b.kind != "furniture"]
    if not 0 < len(tail) <= 3 or any(b.kind != "paragraph" for b in tail):
        return blocks
    return blocks[: rules[-1]] + [b.model_copy(update={"kind": "footer"}) if b.kind == "paragraph" else b
                                  for b in blocks[rules[-1]:]]
