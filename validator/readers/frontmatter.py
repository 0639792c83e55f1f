"""YAML front matter: split it off, parse it safely, and say where each value stands.

Front matter is the block between a first line ``---`` and the next ``---``
(or ``...``).  It is parsed with PyYAML's safe loader; aliases are refused
(a few lines of ``&a``/``*a`` can build a structure of billions of nodes), and
so is anything but a mapping at the top.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from validator.readers import ReadError

_FENCE = ("---",)
_CLOSE = ("---", "...")


@dataclass
class FrontMatter:
    data: dict[str, Any] = field(default_factory=dict)
    #: dotted key → (line, column) of its value in the file, 1-based
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: the first line of the body, 1-based
    body_line: int = 1


def split(text: str) -> tuple[FrontMatter, list[str]]:
    """Split ``text`` into its front matter and the body's lines."""
    lines = text.splitlines()
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


def parse(source: str, first_line: int = 1) -> FrontMatter:
    try:
        for event in yaml.parse(source, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                raise ReadError(
                    "front matter uses a YAML alias (*name); provcheck does not expand aliases",
                    first_line + mark.line, mark.column + 1,
                )
        node = yaml.compose(source, Loader=yaml.SafeLoader)
        data = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark else first_line
        column = mark.column + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ReadError(f"front matter is not valid YAML: {problem}", line, column) from exc
    except RecursionError as exc:
        raise ReadError("front matter is nested too deeply", first_line, 1) from exc
    if data is None:
        return FrontMatter()
    if not isinstance(data, dict):
        raise ReadError(
            f"front matter must be a mapping of fields, not a {type(data).__name__}", first_line, 1
        )
    positions: dict[str, tuple[int, int]] = {}
    _walk(node, "", first_line, positions)
    return FrontMatter(data=data, positions=positions)


def _walk(node: yaml.Node, prefix: str, first_line: int, out: dict[str, tuple[int, int]]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = f"{prefix}.{key.value}" if prefix else str(key.value)
            quoted = isinstance(value, yaml.ScalarNode) and value.style in ("'", '"')
            out[name] = (first_line + value.start_mark.line, value.start_mark.column + 1 + quoted)
            _walk(value, name, first_line, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            name = f"{prefix}.{i}"
            quoted = isinstance(item, yaml.ScalarNode) and item.style in ("'", '"')
            out[name] = (first_line + item.start_mark.line, item.start_mark.column + 1 + quoted)
            _walk(item, name, first_line, out)
