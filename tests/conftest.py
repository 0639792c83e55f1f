"""Shared test helpers: where ../shared is, and running the engine on text."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def _shared(name: str, what: str) -> Path:
    folder = SHARED / name
    if not folder.is_dir():
        pytest.skip(f"{what} are not here: {folder} is absent (it sits beside the checkout in CI)")
    return folder


@pytest.fixture
def seeds_dir() -> Path:
    return _shared("seeds", "the seed articles")


@pytest.fixture
def schemas_dir() -> Path:
    return _shared("schemas", "the official schemas")


@pytest.fixture
def fresh_vocab():
    """The shipped vocabulary loaded afresh before the test and after it (a test may load another)."""
    from validator import vocab

    vocab.reset()
    yield
    vocab.reset()
