"""The project config's ``settings:`` block, typed, with the one default of each.

Checks and facts read them from ``Context.settings`` / ``Facts.settings``
(always a :class:`Settings`, never ``None``); docs/config.md describes them.
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from validator.language.block import MIN_LETTERS

MAX_TIMEOUT = 86_400.0


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    outlets: dict[str, list[str]] = {}
    max_file_size: int = Field(10_000_000, gt=0)
    timeout_per_article: float = Field(10.0, gt=0, le=MAX_TIMEOUT, allow_inf_nan=False)
    embedded_credits_count: bool = False
    language_min_letters: int = Field(MIN_LETTERS, ge=0)
    #: learn boilerplate lines from the batch (None: when a folder holds learn_residue_min_batch articles)
    learn_residue: Optional[bool] = None
    learn_residue_min_batch: int = Field(20, ge=2)
    learn_residue_share: float = Field(0.3, gt=0, le=1)
    #: a wire dateline that names the agency ("DAMASCUS (Reuters) -") credits it
    dateline_credits: bool = True
    #: the reference index of the reuse check (relative to the config file)
    reference: Optional[str] = None
    #: the share of an article's shingles found in a reference article that makes it a reuse
    reuse_threshold: float = Field(default=0.5, gt=0, le=1)
