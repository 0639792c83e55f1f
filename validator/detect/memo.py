"""Results kept for the vocabulary in force: built again, or forgotten, when a project's
``vocab:`` extends it or a reset replaces it."""

from __future__ import annotations

from functools import wraps
from typing import Callable, TypeVar

from validator import vocab

T = TypeVar("T")


def per_vocab(build: Callable[[], T]) -> Callable[[], T]:
    """``build()``'s result, cached for the vocabulary in force (built again after a
    project's ``vocab:`` extends it or a reset)."""
    cache: dict[str, object] = {}

    @wraps(build)
    def get() -> T:
        current = vocab.vocab()
        if cache.get("vocab") is not current:  # holding it keeps its identity unique
            cache["vocab"], cache["value"] = current, build()
        return cache["value"]  # type: ignore[return-value]

    return get


def per_vocab_memo(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn(text, *more)`` remembered for the vocabulary in force (an immutable result of a
    pure function of the text, the other hashable arguments and the vocabulary: a layout
    reader and the batch's boilerplate pass ask about the same lines); at most :data:`MEMO`
    answers for texts of up to :data:`MEMO_TEXT` characters, then forgotten at once."""
    memo: dict = {}
    held: list = [None]

    @wraps(fn)
    def get(text: str, *more) -> T:
        current = vocab.vocab()
        if held[0] is not current:  # holding it keeps its identity unique
            memo.clear()
            held[0] = current
        if not isinstance(text, str) or len(text) > MEMO_TEXT:  # (held texts stay small)
            return fn(text, *more)
        key = (text, *more) if more else text
        try:
            return memo[key]
        except KeyError:
            pass
        if len(memo) >= MEMO:
            memo.clear()
        memo[key] = result = fn(text, *more)
        return result

    return get


#: the most texts :func:`per_vocab_memo` remembers for a function, and the longest
MEMO, MEMO_TEXT = 10_000, 400
