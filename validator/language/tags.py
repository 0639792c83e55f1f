"""Language tags: the languages detection names, and declared tags compared with them."""

from __future__ import annotations

import re
from functools import lru_cache

#: every language a Detection can name
SUPPORTED: tuple[str, ...] = tuple(sorted(
    "af ar bg bn ca ckb cs cy da de el en es et fa fi fr gu he hi hr hu id it ja kmr kn ko lt lv mk "
    "ml mr ne nl no pa pl pt ro ru sk sl so sq sv sw ta te th tl tr uk ur vi zh".split()))

_ALIASES = {
    "iw": "he", "in": "id", "nb": "no", "nn": "no", "fil": "tl", "pes": "fa", "prs": "fa", "arb": "ar",
    "cmn": "zh", "eng": "en", "ara": "ar", "rus": "ru", "tur": "tr", "fra": "fr", "fre": "fr",
    "deu": "de", "ger": "de", "fas": "fa", "per": "fa", "ukr": "uk", "spa": "es", "ita": "it",
    "por": "pt", "nld": "nl", "dut": "nl", "zho": "zh", "chi": "zh", "kur": "ku",
}


@lru_cache(maxsize=256)
def normalise(code: str | None) -> str | None:
    """The primary language of a BCP 47 tag, as detection names it (``en-GB`` → ``en``)."""
    if not code or not isinstance(code, str):
        return None
    parts = re.split(r"[-_]", code.strip().lower())
    lang = _ALIASES.get(parts[0], parts[0])
    if lang == "ku" and len(parts) > 1 and parts[1] in ("arab", "iq", "ir"):
        return "ckb"
    if lang == "ku" and len(parts) > 1 and parts[1] in ("latn", "tr", "sy"):
        return "kmr"
    if lang in ("", "und", "mul", "zxx", "x", "i"):
        return None
    return lang


def same_language(declared: str | None, detected: str | None) -> bool:
    a, b = normalise(declared), normalise(detected)
    return a == b or (a == "ku" and b in ("ckb", "kmr"))


def is_supported(code: str | None) -> bool:
    code = normalise(code)
    return code in SUPPORTED or code == "ku"
