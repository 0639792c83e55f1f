"""YAML files of rule packs and configs: read with positions, and their
mistakes reported as ``file → rule id → key: message (line N)``.

pydantic gives the location of a mistake as a path of keys and indexes; the
composed YAML nodes give the line where that path stands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from validator.checks import KINDS
from validator.errors import ConfigError
from validator.readers.frontmatter import AliasFound, NoAliasLoader


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    loader = NoAliasLoader(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    except AliasFound as exc:  # a few lines of &a/*a can build billions of nodes
        raise ConfigError(f"{path}: uses a YAML alias (*name) at line {exc.mark.line + 1}, column "
                          f"{exc.mark.column + 1}; provcheck does not expand aliases") from None
    except RecursionError as exc:
        raise ConfigError(f"{path}: nested too deeply to read") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{path}: not valid YAML: {problem}{where}") from exc
    finally:
        loader.dispose()


def node_at(node: yaml.Node | None, loc: tuple) -> yaml.Node | None:
    """The YAML node at a pydantic error location (as deep as it goes)."""
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == part), None)
            if match is None:
                if isinstance(part, str) and part in KINDS:
                    continue  # pydantic adds the union tag (the check kind) to the location
                return node
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return node
    return node


def format_error(origin: str, data: Any, node: yaml.Node | None, exc: ValidationError,
                  list_key: str = "rules") -> str:
    lines = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        rule = ""
        if len(loc) >= 2 and loc[0] == list_key and isinstance(loc[1], int):
            raw = data.get(list_key) if isinstance(data, dict) else None
            item = raw[loc[1]] if isinstance(raw, list) and loc[1] < len(raw) else None
            rule_id = item.get("id") if isinstance(item, dict) else None
            rule = f" → rule {rule_id if isinstance(rule_id, str) and rule_id else '#' + str(loc[1] + 1)}"
            loc_rest = [str(p) for p in loc[2:] if not (isinstance(p, str) and p in KINDS)]
        else:
            loc_rest = [str(p) for p in loc]
        at = node_at(node, loc)
        line = f" (line {at.start_mark.line + 1})" if at is not None else ""
        key = ".".join(loc_rest) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif err["type"] == "union_tag_invalid":
            msg = f"unknown check kind {err['ctx']['tag']!r}; the kinds are {', '.join(KINDS)}"
        lines.append(f"{origin}{rule} → {key}: {msg}{line}")
    return "\n".join(lines)


def validate(model: type[BaseModel], data: Any, origin: str, node: yaml.Node | None) -> Any:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        line = f" (line {node.start_mark.line + 1})" if node is not None else ""
        raise ConfigError(f"{origin}: must be a mapping of keys, not a {type(data).__name__}{line}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_error(origin, data, node, exc)) from exc


def check_duplicates(data: Any, origin: str, node: yaml.Node | None) -> None:
    seen: dict[str, int] = {}
    for i, rule in enumerate((data or {}).get("rules") or [] if isinstance(data, dict) else []):
        rid = rule.get("id") if isinstance(rule, dict) else None
        if not isinstance(rid, str):  # missing or not a string: the model says so, with the rest
            continue
        if rid in seen:
            at = node_at(node, ("rules", i))
            line = f" (line {at.start_mark.line + 1})" if at is not None else ""
            raise ConfigError(f"{origin} → rule {rid} → id: duplicate rule id; "
                              f"rule #{seen[rid] + 1} has it already{line}")
        seen[rid] = i
