"""Turn a file's bytes into text, or say precisely why it cannot be read.

UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are decoded as such.
Text that is not valid UTF-8 but decodes as Windows-1252 (the usual encoding
of CMS exports from Windows desks) is decoded so, with a note that says so.
Anything else — bytes with NULs and no UTF-16 BOM, or invalid UTF-8 that is
not plausible Windows-1252 — is an error naming the line and column where the
decoding broke.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(Exception):
    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None


def _where(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", errors="replace")) + 1
    return line, column


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes; raise :class:`DecodeError` when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} after a byte-order mark at byte {exc.start}") from exc
            if encoding == "utf-8-sig":
                return Decoded(text, "utf-8", None)
            return Decoded(text, encoding, f"decoded as {encoding.upper()} (byte-order mark)")
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file: it contains NUL bytes and no UTF-16 byte-order mark")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        line, column = _where(data, exc.start)
        utf8_error = (
            f"invalid UTF-8 at line {line}, column {column} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        )
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DecodeError(utf8_error + "; not Windows-1252 either", line, column) from exc
        if _plausible_text(text):
            return Decoded(text, "cp1252", f"{utf8_error}; decoded as Windows-1252")
        raise DecodeError(utf8_error, line, column) from exc


def _plausible_text(text: str) -> bool:
    """Text, not binary: few control characters besides tab/newline/CR."""
    if not text:
        return True
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / len(text) < 0.01
