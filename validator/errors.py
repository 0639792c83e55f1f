"""The errors that end a command or reject an input, in one place.

Each is raised where the problem is found and handled by the CLI (exit code 2:
usage, configuration, output) or by the batch runner (an ``input-error``
finding: read and decode errors).
"""

from __future__ import annotations


class UsageError(Exception):
    """A command-line mistake (exit code 2)."""


class ConfigError(Exception):
    """A rule pack or config with a mistake; the message names file, rule, key, line."""


class OutputError(Exception):
    """The report could not be written where asked (exit code 2)."""


class DecodeError(Exception):
    """The file's bytes are not text provcheck can read; where decoding broke."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class ReadError(Exception):
    """An input that cannot be read, with where the reading broke."""

    def __init__(self, message: str, line: int = 1, column: int = 1, record: str | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        #: the article id of the record (``path#N``) when only one record is bad
        self.record = record
