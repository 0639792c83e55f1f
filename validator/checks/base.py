"""What every check kind shares: its result values and the context it runs in.

A check kind is a pydantic model (its parameters, ``kind`` the discriminator,
unknown keys rejected) with a ``run(article, ctx) -> Outcome`` method.  The
model validates and compiles its patterns once, when the pack is loaded.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator

import regex
from pydantic import BaseModel, ConfigDict, field_validator

from validator.article import Article, Block, is_scope
from validator.model import Evidence
from validator.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from validator.facts import Facts



class CheckTimeout(Exception):
    """The article's time budget ran out while a check was running."""


@dataclass(frozen=True)
class Hit:
    """A place where a check failed: where, what stands there, extra message values."""

    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    excerpt: str = ""
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class Outcome:
    """What a check found: failures (hits), evidence, or why it could not apply."""

    hits: list[Hit] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    #: set when the check does not apply (e.g. required metadata absent)
    skipped: str | None = None


@dataclass
class Context:
    """What a check may use besides the article: facts, settings, the clock."""

    facts: "Facts"
    settings: Settings = field(default_factory=Settings)
    deadline: float = float("inf")
    #: the boilerplate learned from the article's batch (validator.boilerplate.Learned), if any
    boilerplate: Any = None

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise CheckTimeout()
        return left

    def finditer(self, pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
        """Iterate matches of a compiled pattern within the article's time budget.
        (A standard-library pattern — placeholder-only, linear — runs unbounded.)"""
        if not isinstance(pattern, regex.Pattern):
            yield from pattern.finditer(text)
            return
        timeout = None if self.deadline == float("inf") else self.remaining()
        try:
            yield from pattern.finditer(text, timeout=timeout)
        except TimeoutError as exc:
            raise CheckTimeout() from exc

    def fullmatch(self, pattern: regex.Pattern, text: str, pos: int, endpos: int) -> regex.Match | None:
        """Whether ``text[pos:endpos]`` matches the whole pattern, within the budget."""
        if not isinstance(pattern, regex.Pattern):
            return pattern.fullmatch(text, pos, endpos)
        timeout = None if self.deadline == float("inf") else self.remaining()
        try:
            return pattern.fullmatch(text, pos, endpos, timeout=timeout)
        except TimeoutError as exc:
            raise CheckTimeout() from exc

    def search(self, pattern: regex.Pattern, text: str) -> regex.Match | None:
        return next(self.finditer(pattern, text), None)


class CheckModel(BaseModel):
    """Base of the check-kind parameter models: strict, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    def run(self, article: Article, ctx: Context) -> Outcome:  # pragma: no cover
        raise NotImplementedError

    def placeholders(self) -> set[str]:
        """Placeholder names (``source.outlet``) the check's patterns use."""
        return set()


def block_hit(block: Block, start: int, end: int, values: dict[str, str] | None = None) -> Hit:
    """A hit spanning ``text[start:end]`` of a block, located in the file."""
    line, column = block.position(start)
    end_line, end_column = block.position(end)
    return Hit(line, column, end_line, end_column, excerpt(block.text[start:end]), values or {})


def excerpt(text: str, limit: int = 160) -> str:
    """A one-line excerpt of at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def validate_scopes(value: list[str]) -> list[str]:
    """Validate scope names (a pydantic field validator's body)."""
    bad = [s for s in value if not is_scope(s)]
    if bad:
        raise ValueError(
            f"unknown scope {bad[0]!r}; use title, standfirst, body, captions, byline, footer, "
            "furniture, text, all, first:N or last:N"
        )
    if not value:
        raise ValueError("needs at least one scope")
    return value


class ScopedCheck(CheckModel):
    """A check kind with a ``scope`` field (each kind sets its own default):
    the scope names are validated here, once for all of them."""

    @field_validator("scope", check_fields=False)
    @classmethod
    def _scope(cls, value: list[str]) -> list[str]:
        return validate_scopes(value)
