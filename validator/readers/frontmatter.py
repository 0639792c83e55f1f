"""YAML front matter: split it off, parse it safely, and say where each value stands.

Front matter is the block between a first line ``---`` and the next ``---``
(or ``...``).  It is parsed with PyYAML's safe loader; aliases are refused
(a few lines of ``&a``/``*a`` can build a structure of billions of nodes),
so is a key given twice in one mapping (the later value would silently win),
and so is anything but a mapping at the top.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from validator.errors import ReadError
from validator.readers import split_lines

_FENCE = ("---",)
_CLOSE = ("---", "...")
#: the line breaks YAML counts (it also breaks lines at NEL, U+2028 and U+2029; our
#: lines do not, so positions are computed from character indexes)
_BREAK = re.compile(r"\r\n|\r|\n")
#: from a block scalar's indicator to its first character of text
_BLOCK_START = re.compile(r"(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*(?=\S)")


@dataclass
class FrontMatter:
    data: dict[str, Any] = field(default_factory=dict)
    #: dotted key → (line, column) of its value in the file, 1-based
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: the first line of the body, 1-based
    body_line: int = 1


def split(text: str) -> tuple[FrontMatter, list[str]]:
    """Split ``text`` into its front matter and the body's lines."""
    lines = split_lines(text)
    if not lines or lines[0].strip() not in _FENCE:
        return FrontMatter(), lines
    for end in range(1, len(lines)):
        if lines[end].strip() in _CLOSE:
            break
    else:
        raise ReadError("front matter opened with '---' on line 1 is never closed", 1, 1)
    source = "\n".join(lines[1:end])
    fm = parse(source, first_line=2)
    fm.body_line = end + 2
    return fm, lines[end + 1 :]


class AliasFound(Exception):
    """A YAML alias (``*name``) where aliases are refused; ``mark`` is where it stands."""

    def __init__(self, mark: yaml.Mark):
        self.mark = mark


class NoAliasLoader(yaml.SafeLoader):
    """The safe loader, refusing aliases as it composes (one pass over the text): front
    matter, rule packs and configs are all read with it."""

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            raise AliasFound(self.peek_event().start_mark)
        return super().compose_node(parent, index)


_CLoader = getattr(yaml, "CSafeLoader", None)


@dataclass(frozen=True)
class _Index:
    """A bare character index, for :class:`_Where` (like a yaml.Mark's ``index``)."""

    index: int


class _Where:
    """(line, column) in the file of a character index of the YAML source."""

    def __init__(self, source: str, first_line: int):
        self.source = source
        self.starts = [0] + [m.end() for m in _BREAK.finditer(source)]
        self.first_line = first_line

    def __call__(self, mark: yaml.Mark) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, mark.index) - 1
        return self.first_line + i, mark.index - self.starts[i] + 1


def _fast(source: str):
    """(node, data) from libyaml's loader — eight times faster — when the source
    cannot hold an alias (no '*'); None when it cannot be used or the YAML is
    bad (the pure-Python loader then says precisely what is wrong)."""
    if _CLoader is None or "*" in source:
        return None
    loader = _CLoader(source)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    finally:
        loader.dispose()


def parse(source: str, first_line: int = 1) -> FrontMatter:
    where = _Where(source, first_line)
    fast = _fast(source)
    if fast is not None:
        return _result(*fast, where, first_line)
    loader = None
    try:
        loader = NoAliasLoader(source)  # refuses characters YAML does not allow
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except AliasFound as exc:
        raise ReadError("front matter uses a YAML alias (*name); provcheck does not expand aliases",
                        *where(exc.mark)) from None
    except yaml.reader.ReaderError as exc:
        line, column = where(_Index(exc.position))
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise ReadError(f"front matter is not valid YAML: the character U+{char:04X} is not allowed there",
                        line, column) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, column = where(mark) if mark else (first_line, 1)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ReadError(f"front matter is not valid YAML: {problem}", line, column) from exc
    except RecursionError as exc:
        raise ReadError("front matter is nested too deeply", first_line, 1) from exc
    finally:
        if loader is not None:
            loader.dispose()
    return _result(node, data, where, first_line)


def _result(node, data, where: _Where, first_line: int) -> FrontMatter:
    if data is None:
        return FrontMatter()
    if not isinstance(data, dict):
        raise ReadError(
            f"front matter must be a mapping of fields, not a {type(data).__name__}", first_line, 1
        )
    _refuse_duplicates(node, where)
    positions: dict[str, tuple[int, int]] = {}
    _walk(node, "", where, positions)
    return FrontMatter(data=data, positions=positions)


def _refuse_duplicates(node: yaml.Node, where: _Where) -> None:
    """A key given twice in one mapping (``translated: true`` … ``translated: false``): PyYAML
    keeps the later value without a word; here it is an error naming both lines."""
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[object, yaml.Node] = {}
            for key, value in node.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else None
                if name is not None and name in seen:
                    first, second = where(seen[name].start_mark), where(key.start_mark)
                    raise ReadError(f"front matter has the key {name!r} twice, on line {first[0]} and "
                                    f"line {second[0]}; only one value can count", *second)
                if name is not None:
                    seen[name] = key
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _walk(node: yaml.Node, prefix: str, where: _Where, out: dict[str, tuple[int, int]]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = f"{prefix}.{key.value}" if prefix else str(key.value)
            out[name] = _value_at(value, where)
            _walk(value, name, where, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            name = f"{prefix}.{i}"
            out[name] = _value_at(item, where)
            _walk(item, name, where, out)


def _value_at(node: yaml.Node, where: _Where) -> tuple[int, int]:
    """Where a value's text starts: after the quote of a quoted scalar, on the first
    line of text under a block scalar's ``|`` or ``>``."""
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        m = _BLOCK_START.search(where.source, node.start_mark.index, node.end_mark.index)
        if m:
            return where(_Index(m.end()))
    line, column = where(node.start_mark)
    quoted = isinstance(node, yaml.ScalarNode) and node.style in ("'", '"')
    return line, column + quoted
