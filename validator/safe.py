"""Text made safe to show in a terminal or a CI log.

A file name or a message may carry control characters: ``ESC]0;…BEL`` sets a
terminal's title, ``ESC[2J`` clears it, and a newline followed by
``::warning file=…::`` forges a GitHub workflow command in the job log.
:func:`visible` writes every such character as a visible escape (``\\x1b``,
``\\n``, ``\\u202e``): C0 and C1 controls, DEL, line and paragraph separators,
bidirectional overrides and isolates (which reorder what is shown), and lone
surrogates.  A backslash itself is left alone, so ordinary Windows-style
paths read as before.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` on one line with every control character shown as an escape."""
    return _UNSAFE.sub(_escape, text)
