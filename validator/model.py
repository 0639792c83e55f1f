"""The values checks and facts produce: a fact with its reason, a piece of evidence.

Plain immutable values shared by the checks, the facts and the report
(:mod:`validator.report` assembles them; it defines nothing they need).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]


class Value(BaseModel):
    """An immutable value with no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Fact(Value):
    """A derived fact about an article and the reason it holds."""

    value: Any
    reason: str


class Evidence(Value):
    """Something a rule found that shows provenance is present."""

    kind: str  # disclaimer, source-outlet, photo-credit, wire-credit, source-author, ...
    text: str
    line: int
    column: int = 1
    data: dict[str, Any] = Field(default_factory=dict)

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.kind, self.text)


class RuleInfo(Value):
    """The active policy's view of one rule (for SARIF drivers, docs links)."""

    id: str
    title: str
    severity: Severity
    kind: str
    docs: str = ""
