"""Rule packs and the project config: models, loading, ``extends``, overrides.

A **rule pack** is a YAML file with ``rules:`` (and optionally ``extends:``,
``name:``, ``description:``).  The shipped packs live in the package's
``rules`` folder and are named without their extension (``default``).

A **project config** is ``provcheck.yaml`` (or ``[tool.provcheck]`` in
``pyproject.toml``)::

    extends: [default]            # shipped pack names or paths to pack files
    severity:                     # per-rule severity, or off
      scrape-residue: off
      source-link: info
    rules: [...]                  # the project's own rules, in the pack format
    defaults:                     # facts and metadata by path glob
      - paths: ["translations/**"]
        set: {translated: true, source.language: ar}
    ignore: ["drafts/old/**"]     # paths never checked
    suppress:                     # accepted findings by path glob (validator/suppress.py)
      - paths: ["archive/2019/**"]
        rules: [photo-credit]     # omit for every rule
        reason: "pre-2020 photos are credited in the CMS"
    settings:
      outlets: {"Alsouria Net": ["Al-Souria Net", "السورية نت"]}
      max_file_size: 10000000

Everything is validated by pydantic models that reject unknown keys; a
mistake is reported as ``file → rule id → key: message (line N)``.
Configuration is merged first (a pure function) and validated once.
"""

from __future__ import annotations

import difflib

import copy
import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal, Optional, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from validator import enginefindings
from validator.checks import KINDS
from validator.conditions import When
from validator.model import RuleInfo
from validator.settings import MAX_TIMEOUT, Settings  # noqa: F401  (MAX_TIMEOUT: the CLI's --timeout bound)
from validator.errors import ConfigError
from validator.paths import rules_dir
from validator.yamlsource import (
    check_duplicates, format_error, node_at, read_yaml, validate,
)

_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
CheckUnion = Annotated[Union[tuple(KINDS.values())], Field(discriminator="kind")]  # type: ignore[valid-type]
SeverityOrOff = Literal["error", "warning", "info", "off"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Docs(_Strict):
    why: str
    compliant: str
    non_compliant: str


class Rule(_Strict):
    id: str
    title: str
    severity: Literal["error", "warning", "info"]
    when: Optional[When] = None
    check: CheckUnion
    message: str
    fix: Optional[str] = None
    evidence: Optional[str] = None
    docs: Docs
    #: the pack (or config) file the rule came from
    origin: str = ""

    @field_validator("id")
    @classmethod
    def _kebab(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"rule id {value!r} must be kebab-case (lower-case words joined by '-')")
        return value

    def info(self) -> RuleInfo:
        return RuleInfo(id=self.id, title=self.title, severity=self.severity,
                        kind=self.check.kind, docs=self.docs.why)


class Pack(_Strict):
    name: Optional[str] = None
    description: Optional[str] = None
    extends: list[str] = []
    rules: list[Rule] = []


class PathDefault(_Strict):
    paths: list[str]
    set: dict[str, Any]


#: the longest per-article time budget, in seconds (one day): a budget is a number of
#: seconds a timer can be set to; nan, infinity or 1e300 are mistakes, not "no limit"
class Suppress(_Strict):
    paths: list[str]
    rules: Optional[list[str]] = None
    reason: Optional[str] = None


class Config(_Strict):
    extends: list[str] = ["default"]
    severity: dict[str, SeverityOrOff] = {}
    rules: list[Rule] = []
    defaults: list[PathDefault] = []
    ignore: list[str] = []
    suppress: list[Suppress] = []
    settings: Settings = Settings()
    fail_on: Optional[Literal["error", "warning", "info", "never"]] = None


class Policy(BaseModel):
    """The rules in force for a run, after extends and overrides."""

    model_config = ConfigDict(frozen=True)

    rules: tuple[Rule, ...]
    config: Config
    root: str = "."
    source: str = "(built-in default)"

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


def _stamp(rules: list[dict], origin: str) -> list[dict]:
    """Copy rule dicts with their origin set (never mutating the input)."""
    return [dict(r, origin=origin) if isinstance(r, dict) else r for r in rules]


# --- packs ------------------------------------------------------------------


def builtin_packs() -> dict[str, Path]:
    """Shipped pack names and their files."""
    folder = rules_dir()
    # vocab.yaml is the vocabulary (validator.vocab), not a pack
    return {p.stem: p for p in sorted(folder.glob("*.yaml")) if p.name != "vocab.yaml"}


def _extends_at(origin: str, node: yaml.Node | None, index: int) -> tuple[str, str]:
    """``file → extends`` and `` (line N)`` of the index-th entry, for messages."""
    at = node_at(node, ("extends", index)) if node is not None else None
    return f"{origin} → extends", f" (line {at.start_mark.line + 1})" if at is not None else ""


def _pack_path(name: str, base: Path | None, named_at: tuple[str, str] = ("extends", "")) -> Path:
    packs = builtin_packs()
    if name in packs:
        return packs[name]
    candidate = (base / name) if base and not Path(name).is_absolute() else Path(name)
    if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
        return candidate
    raise ConfigError(f"{named_at[0]}: no pack named {name!r}; extends takes a shipped pack "
                      f"({', '.join(packs) or 'none'}) or the path of a .yaml file{named_at[1]}")


def load_pack_rules(name: str, base: Path | None = None, _chain: tuple[str, ...] = (),
                    named_at: tuple[str, str] = ("extends", "")) -> list[dict]:
    """The raw rule dicts of a pack with everything it extends (children win).

    ``named_at`` says where the pack was named (``file → extends``, `` (line N)``), for messages."""
    path = _pack_path(name, base, named_at).resolve()
    if str(path) in _chain:
        cycle = " extends ".join(Path(p).name for p in [*_chain, str(path)])
        raise ConfigError(f"{named_at[0]}: {name!r} makes a cycle: {cycle}{named_at[1]}")
    data, node = read_yaml(path)
    check_duplicates(data, str(path), node)
    pack = validate(Pack, _stamp_pack(data, str(path)), str(path), node)
    merged: dict[str, dict] = {}
    for i, parent in enumerate(pack.extends):
        for rule in load_pack_rules(parent, path.parent, (*_chain, str(path)), _extends_at(str(path), node, i)):
            merged[rule["id"]] = rule
    for rule in _stamp(data.get("rules") or [], str(path)):
        merged[rule["id"]] = rule
    return list(merged.values())


def _stamp_pack(data: Any, origin: str) -> Any:
    if isinstance(data, dict) and isinstance(data.get("rules"), list):
        return dict(data, rules=_stamp(data["rules"], origin))
    return data


# --- project config ------------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """provcheck.yaml / .provcheck.yaml / pyproject.toml with [tool.provcheck],
    in ``start`` or its parents."""
    for folder in [start, *start.parents]:
        for name in ("provcheck.yaml", ".provcheck.yaml", "provcheck.yml"):
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.provcheck]" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def _read_config(path: Path) -> tuple[Any, yaml.Node | None]:
    if path.name == "pyproject.toml":
        try:
            import tomllib
        except ModuleNotFoundError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        return data.get("tool", {}).get("provcheck", {}), None
    return read_yaml(path)


def merge(pack_rules: list[dict], config: dict) -> list[dict]:
    """A config's own rules and severities merged over pack rules (pure: the
    inputs are never changed)."""
    rules = {r["id"]: copy.deepcopy(r) for r in pack_rules}
    for own in config.get("rules") or []:
        if isinstance(own, dict) and "id" in own:
            rules[own["id"]] = copy.deepcopy(own)
    for rule_id, level in (config.get("severity") or {}).items():
        if rule_id in rules:
            if level == "off":
                del rules[rule_id]
            else:
                rules[rule_id]["severity"] = level
    return list(rules.values())


def load_policy(config_path: Path | None = None) -> Policy:
    """Load the policy: a config file (or none: the default pack)."""
    if config_path is None:
        raw, node, origin, base = {}, None, "(built-in default)", Path.cwd()
    else:
        if not config_path.is_file():
            raise ConfigError(f"{config_path}: no such config file")
        raw, node = _read_config(config_path)
        origin, base = str(config_path), config_path.parent
        raw = raw if raw is not None else {}
        check_duplicates(raw, origin, node)
        if isinstance(raw, dict) and isinstance(raw.get("rules"), list):
            raw = dict(raw, rules=_stamp(raw["rules"], origin))
        if isinstance(raw, dict) and isinstance(raw.get("severity"), dict):  # YAML reads a bare off as false
            raw = dict(raw, severity={k: "off" if v is False else v for k, v in raw["severity"].items()})
    config = validate(Config, raw, origin, node)
    if config.settings.reference and not os.path.isabs(config.settings.reference):
        settings = config.settings.model_copy(update={"reference": str(Path(base) / config.settings.reference)})
        config = config.model_copy(update={"settings": settings})
    pack_rules: list[dict] = []
    for i, name in enumerate(config.extends):
        pack_rules.extend(load_pack_rules(name, base, (), _extends_at(origin, node, i)))
    known = {r["id"] for r in pack_rules} | {r.id for r in config.rules}
    for rule_id in config.severity:
        if rule_id not in known:
            at = node_at(node, ("severity", rule_id)) if node is not None else None
            line = f" (line {at.start_mark.line + 1})" if at is not None else ""
            near = difflib.get_close_matches(rule_id, sorted(known), n=3, cutoff=0.6)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            raise ConfigError(f"{origin} → severity.{rule_id}: no rule with this id in the packs it extends{line}{hint}")
    for n, entry in enumerate(config.suppress):
        for rule_id in entry.rules or []:
            if rule_id not in known | enginefindings.SUPPRESSIBLE:
                near = difflib.get_close_matches(rule_id, sorted(known), n=3, cutoff=0.6)
                hint = f"; did you mean {', '.join(near)}?" if near else ""
                raise ConfigError(f"{origin} → suppress.{n}.rules: no rule {rule_id!r} in the packs it extends{hint}")
    merged = merge(pack_rules, raw if isinstance(raw, dict) else {})
    rules = []
    for data in merged:
        try:
            rules.append(Rule.model_validate(data))
        except ValidationError as exc:
            raise ConfigError(format_error(data.get("origin", origin), {"rules": [data]}, None, exc)) from exc
    rules.sort(key=lambda r: r.id)
    return Policy(rules=tuple(rules), config=config, root=str(base), source=origin)
