"""The command line: ``provcheck check|baseline|cache|rules|explain|init|index``.

``main(argv) -> int`` parses (:mod:`validator.options`), runs the command
(:mod:`validator.checkcmd`, :mod:`validator.commands`, :mod:`validator.indexcmd`)
and returns the exit code: the verdict's (0 passed, 1 failed by findings, 2 a
check crashed), 2 for a usage, configuration or output error, 128 + N when
stopped by signal N (SIGTERM 143, SIGHUP 129, Ctrl-C 130).  Rendering is the
reporters' job and writing ``validator.output``'s; the commands only choose them.
"""

from __future__ import annotations

import sys

from validator import checkcmd, commands, indexcmd, output, signals
from validator.errors import ConfigError, OutputError, UsageError
from validator.options import build_parser
from validator.safe import visible

COMMANDS = {"check": checkcmd.cmd_check, "index": indexcmd.cmd_index, "baseline": commands.cmd_baseline,
            "cache": commands.cmd_cache, "rules": commands.cmd_rules, "explain": commands.cmd_explain,
            "init": commands.cmd_init}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        with signals.handling():
            return COMMANDS[args.command](args)
    except signals.Stopped as exc:
        return _fail(f"stopped by {exc}; no report written", exc.exit_code)
    except (UsageError, OutputError) as exc:
        return _fail(str(exc), lines=getattr(exc, "lines", False))
    except ConfigError as exc:
        return _fail(f"configuration error:\n{exc}", lines=True)
    except (output.StdoutClosed, BrokenPipeError):  # `provcheck rules | head`: the reader has what it wanted
        output.silence_stdout()
        return 0
    except Exception as exc:  # an internal error must not look like findings
        return _fail(f"internal error: {type(exc).__name__}: {exc}")


def _fail(message: str, code: int = 2, lines: bool = False) -> int:
    """``provcheck: MESSAGE`` on standard error, control characters made visible (newlines
    too, unless the message is made of ``lines``)."""
    text = "\n".join(visible(line) for line in message.split("\n")) if lines else visible(message)
    try:
        sys.stderr.write(f"provcheck: {text}\n")
        sys.stderr.flush()
    except OSError:
        pass
    return code
