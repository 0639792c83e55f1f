"""Turn a file's bytes into text, or say precisely why it cannot be read.

- UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are decoded as such;
  UTF-16 without a BOM is recognised by its NUL bytes on every other byte.
- Invalid UTF-8 is decoded as far as it can be, with a note that says where it
  broke: mostly-UTF-8 text with a few broken bytes keeps its UTF-8 and gets
  U+FFFD for the broken bytes; text that decodes as Windows-1252 (the usual
  encoding of CMS exports from Windows desks) is decoded so.
- Invalid UTF-8 in a page that declares its charset (``<meta charset>``, or the
  ``http-equiv`` content type, in its first 4 KB, as browsers look for it) is
  decoded with the declared charset when the bytes are valid in it.
- Anything else is an error naming the line and column where decoding broke:
  known binary formats (PNG, JPEG, PDF, ZIP/DOCX, ...) by their signature,
  bytes with NULs, and bytes that are neither UTF-8 nor Windows-1252 text.

The text is returned as decoded: line breaks and every character are kept, so
readers can report lines and columns as an editor shows them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from validator.errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, ODT, EPUB and XLSX files are ZIP archives)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (DOC, XLS)"),
)
#: invalid bytes replaced (with a note) rather than refused: at most this many,
#: or this share of the file
_MAX_BAD, _MAX_BAD_SHARE = 8, 0.001
_ESCAPED = re.compile("[\udc80-\udcff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None


def _where(text: str, index: int) -> tuple[int, int]:
    """Line and column (1-based, in characters) of ``text[index]``; lines end at \\n, \\r\\n or \\r."""
    before = text[:index]
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    start = max(before.rfind("\n"), before.rfind("\r")) + 1
    return line, index - start + 1


def _count(pattern: re.Pattern, text: str) -> int:
    return len(text) - len(pattern.sub("", text))


def _plausible_text(text: str, share: float = 0.01) -> bool:
    """Text, not binary: few control characters besides tab, line breaks and form feed."""
    return not text or _count(_CONTROL, text) / len(text) < share


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes; raise :class:`DecodeError` when they are not text."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]  # offsets in messages count from after the BOM
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            return _decode_bom(data[len(bom):], len(bom), encoding, label)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"binary file: it looks like {what}, not an article")
    if b"\x00" in data:
        return _nul_bytes(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _invalid_utf8(data)
    if not _plausible_text(text, 0.05):
        line, column = _where(text, _CONTROL.search(text).start())
        raise DecodeError(f"binary file: valid UTF-8 but {_count(_CONTROL, text):,} control characters "
                          f"(the first at line {line}, column {column})", line, column)
    return Decoded(text, "utf-8")


def _decode_bom(body: bytes, skip: int, encoding: str, label: str) -> Decoded:
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        good = body[: exc.start].decode(encoding, errors="replace")
        line, column = _where(good, len(good))
        raise DecodeError(f"invalid {label} at line {line}, column {column} after a byte-order mark "
                          f"({exc.reason} at byte {exc.start + skip})", line, column) from exc
    return Decoded(text, encoding, f"decoded as {label} (byte-order mark)")


def _nul_bytes(data: bytes) -> Decoded:
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    guess = "utf-16-le" if odd > 0.3 * half and even == 0 else "utf-16-be" if even > 0.3 * half and odd == 0 else None
    if guess and len(data) % 2 == 0:
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            text = None
        if text is not None and "\x00" not in text and _plausible_text(text):
            label = guess.upper().replace("-LE", " LE").replace("-BE", " BE")
            return Decoded(text, guess, f"no byte-order mark; decoded as {label} (every other byte is NUL)")
    at = data.index(b"\x00")
    before = data[:at].decode("utf-8", errors="replace")
    line, column = _where(before, len(before))
    raise DecodeError(f"binary file: NUL byte at line {line}, column {column} (offset {at}); "
                      "not UTF-8, UTF-16 or Windows-1252 text", line, column)


#: a charset declared in a <meta> tag: <meta charset="x"> or <meta http-equiv … content="…; charset=x">
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: labels that mean Windows-1252 in a page (the WHATWG Encoding standard)
_MEANS_1252 = frozenset({"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1"})


def _declared(data: bytes) -> Decoded | None:
    """The text decoded with the charset a page declares in its first 4 KB, when the bytes
    are valid in it; None when there is no usable declaration."""
    m = _META_CHARSET.search(data, 0, 4096)
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    try:
        encoding = "cp1252" if label in _MEANS_1252 else codecs.lookup(label).name
    except LookupError:
        return None
    if encoding in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        return None  # declared Unicode but not valid: the usual repairs apply
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return Decoded(text, encoding) if _plausible_text(text) else None


def _invalid_utf8(data: bytes) -> Decoded:
    declared = _declared(data)
    if declared is not None:
        return declared
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = _count(_ESCAPED, escaped)
    first = _ESCAPED.search(escaped).start()
    line, column = _where(escaped, first)
    offset = len(escaped[:first].encode("utf-8", errors="surrogateescape"))
    where = f"invalid UTF-8 at line {line}, column {column} (byte 0x{data[offset]:02x} at offset {offset})"
    multibyte = len(data.translate(None, bytes(range(128)))) - bad  # bytes of valid UTF-8 characters
    few = bad <= max(_MAX_BAD, _MAX_BAD_SHARE * len(data))
    replaced = _ESCAPED.sub("\ufffd", escaped)
    if multibyte >= bad and few and _plausible_text(replaced):  # UTF-8 with a few broken bytes
        return Decoded(replaced, "utf-8", f"{where}; {bad} undecodable byte{'s' if bad > 1 else ''} "
                                          "replaced with U+FFFD")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        cp_reason = f"byte 0x{data[exc.start]:02x} at offset {exc.start} is undefined in Windows-1252"
    else:
        if _plausible_text(text):
            return Decoded(text, "cp1252", f"{where}; decoded as Windows-1252")
        cp_reason = f"{_count(_CONTROL, text):,} control characters: binary data?"
    if few and _plausible_text(replaced):
        return Decoded(replaced, "utf-8", f"{where}; {bad} undecodable byte{'s' if bad > 1 else ''} "
                                          "replaced with U+FFFD")
    raise DecodeError(f"{where}, {bad:,} invalid byte{'s' if bad > 1 else ''} in all; "
                      f"not Windows-1252 text either ({cp_reason})", line, column)
