"""Shared test helpers: where ../shared is, and running the engine on text."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def seeds_dir() -> Path:
    folder = SHARED / "seeds"
    if not folder.is_dir():
        pytest.skip(f"the seed articles are not here: {folder} is absent (it sits beside the checkout in CI)")
    return folder


@pytest.fixture
def schemas_dir() -> Path:
    folder = SHARED / "schemas"
    if not folder.is_dir():
        pytest.skip(f"the official schemas are not here: {folder} is absent (it sits beside the checkout in CI)")
    return folder
