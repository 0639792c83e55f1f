"""The check kinds: one module each; this registry is the single list of them.

Everything else — the pydantic union that validates a rule's ``check``, the
"Check kinds" section of docs/rules.md (:mod:`validator.docsgen`) — is derived
from :data:`KINDS`.
Third-party kinds plug in through the entry-point group ``provcheck.checks``:
each entry point names a :class:`~validator.checks.base.CheckModel` subclass
whose ``kind`` field is a ``Literal`` of a new name.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import get_args

from validator.checks.base import CheckModel

#: built-in check kind modules, each defining ``Check`` (a CheckModel subclass)
BUILTIN = ("require", "forbid", "field", "credit", "mention", "language", "agree", "residue", "wire", "reuse")


def kind_name(model: type[CheckModel]) -> str:
    return get_args(model.model_fields["kind"].annotation)[0]


def _load() -> dict[str, type[CheckModel]]:
    kinds: dict[str, type[CheckModel]] = {}
    for name in BUILTIN:
        module = importlib.import_module(f"validator.checks.{name}")
        model = getattr(module, "Check", None) or next(
            (v for v in vars(module).values() if isinstance(v, type) and issubclass(v, CheckModel)
             and v is not CheckModel and v.__module__ == module.__name__), None)
        if model is not None:
            kinds[kind_name(model)] = model
    for ep in entry_points(group="provcheck.checks"):
        model = ep.load()
        kinds.setdefault(kind_name(model), model)
    return kinds


KINDS: dict[str, type[CheckModel]] = _load()


def documentation(kind: str) -> str:
    """The user documentation of a check kind: its module's docstring."""
    model = KINDS[kind]
    module = importlib.import_module(model.__module__)
    return (module.__doc__ or model.__doc__ or "").strip()
