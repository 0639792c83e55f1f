"""Writing what the reporters render: safe text, checked targets, no destroyed files.

``safe_text`` makes any ``str`` encodable: a lone surrogate (valid in a JSON
string as ``"\\ud800"``) is written back as that escape in JSON formats and as
U+FFFD elsewhere, so one odd record never stops the report of every other
article.  ``check_target`` refuses, before any article is read, an output whose
folder is missing or whose file is read-only.  ``write`` puts the text in place:
standard output for ``-``; a device, FIFO or the target of a symbolic link is
opened and written as it is; only a regular file (or a new one) is replaced
atomically through a temporary file in its own folder, keeping its mode.  A
failed write is an :class:`OutputError` (exit 2), never a traceback.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable

from validator import signals
from validator.errors import OutputError

#: formats whose text is JSON: a lone surrogate there is always inside a string
JSON_FORMATS = frozenset({"json", "jsonl", "sarif", "baseline"})
_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_text(text: str, fmt: str = "text") -> str:
    """``text`` without lone surrogates: ``\\udXXX`` escapes in JSON, U+FFFD elsewhere."""
    if fmt in JSON_FORMATS:
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _SURROGATE.sub("\ufffd", text)


def check_target(target: str | None, label: str | None = None) -> None:
    """Refuse, before the run, an output that cannot be written: a missing
    folder, a folder that is a file, or an existing file that is read-only
    (no write bit in its mode, or not writable by this user)."""
    if target is None or target == "-":
        return
    label = label or f"--output {target}"
    real = os.path.realpath(target)
    folder = os.path.dirname(real) or "."
    if os.path.isdir(real):
        raise OutputError(f"{label}: is a folder, not a file")
    if os.path.exists(real):
        mode = os.stat(real).st_mode
        if stat.S_ISREG(mode) and (not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
                                   or not os.access(real, os.W_OK)):
            raise OutputError(f"{label}: the file is read-only; not overwriting it")
        if not stat.S_ISREG(mode) and not os.access(real, os.W_OK):
            raise OutputError(f"{label}: not writable")
        if stat.S_ISREG(mode) and not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(f"{label}: its folder {folder} is not writable")
        return
    if not os.path.isdir(folder):
        what = "is not a folder" if os.path.exists(folder) else "does not exist"
        raise OutputError(f"{label}: the folder {folder} {what}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{label}: the folder {folder} is not writable")


def write(text: "str | Iterable[str]", target: str | None, fmt: str = "text") -> None:
    """Write ``text`` (UTF-8) to ``target``; standard output for None or ``-``.  ``text``
    may be strings one after another (a streamed report), written as they come."""
    pieces = (safe_text(piece, fmt).encode("utf-8") for piece in ([text] if isinstance(text, str) else text))
    if target is None or target == "-":
        for data in pieces:
            write_stdout(data)
        return
    real = os.path.realpath(target)
    try:
        if os.path.exists(real) and not stat.S_ISREG(os.stat(real).st_mode):
            with open(real, "wb") as handle:  # device, FIFO: in place, never replaced
                for data in pieces:
                    handle.write(data)
            return
        replace_file(real, pieces)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc


def replace_file(real: str, pieces: Iterable[bytes], durable: bool = True) -> None:
    """A regular file replaced atomically: a temporary file in the same folder, synced to disk
    when ``durable``, then renamed; on any failure or signal the temporary file is removed."""
    folder = os.path.dirname(real) or "."
    mode = stat.S_IMODE(os.stat(real).st_mode) if os.path.exists(real) else None
    tmp = handle = None
    try:
        with signals.deferred():  # a signal here would leave the temporary file behind
            fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(real)}.", suffix=".tmp", dir=folder)
            handle = os.fdopen(fd, "wb")
        with handle:
            for data in pieces:
                handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except BaseException:
        if handle is not None:
            handle.close()
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise


class StdoutClosed(Exception):
    """Standard output was closed by its reader (``provcheck check X | head``)."""


def write_stdout(data: bytes) -> None:
    """Bytes to standard output, flushed.  A closed pipe raises :class:`StdoutClosed`
    (the run's exit code still stands) after pointing the descriptor at /dev/null,
    so that the interpreter's own flush at exit cannot fail again."""
    try:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text stream put in its place (tests, embedding)
            sys.stdout.write(data.decode("utf-8"))
        else:
            buffer.write(data)
            buffer.flush()
    except BrokenPipeError:
        silence_stdout()
        raise StdoutClosed() from None
    except OSError as exc:
        silence_stdout()
        raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from exc


def silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real descriptor
        pass
