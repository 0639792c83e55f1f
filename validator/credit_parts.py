"""What a part of a photo credit names: a person, an organisation (a known agency, an
acronym, an organisation's name), a platform, or nobody — the words and name shapes
:mod:`validator.credits` reads credits with."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

import regex

from validator import vocab

_FLAGS = regex.IGNORECASE | regex.VERSION1


class _Spellings(Mapping):
    """The vocabulary's agency spellings, read live (a project's ``vocab:`` extends them)."""

    def __getitem__(self, key: str) -> str:
        return vocab.spellings()[key]

    def __iter__(self):
        return iter(vocab.spellings())

    def __len__(self) -> int:
        return len(vocab.spellings())


#: Spellings of known agencies (casefolded, without a leading "the") -> canonical name,
#: from the one vocabulary (``rules/vocab.yaml``).
AGENCIES: Mapping[str, str] = _Spellings()

#: Words that alone credit a picture, naming no one: a handout ("Divulgação",
#: "Supplied") or a copy of a picture shown elsewhere ("Reprodução/Instagram").
SOURCE_WORDS = frozenset({"divulgação", "reprodução", "supplied"})
#: Credits that name nobody.
VAGUE = SOURCE_WORDS | frozenset(
    "internet|web|social media|social networks|social network|courtesy|archive|archives|"
    "file|file photo|file image|supplied|unknown|n/a|na|none|anonymous|author|stock|"
    "stock photo|screenshot|screengrab|screen grab|illustration|image|images|handout|photo|picture|"
    "google|open sources|интернет|соцсети|социальные сети|архив|из открытых источников|"
    "إنترنت|الإنترنت|أرشيف|أرشيفية|ارشيف|مواقع التواصل|مواقع التواصل الاجتماعي|"
    "وسائل التواصل الاجتماعي|مواقع التواصل الإجتماعي".split("|"))
#: Platforms a picture was found on: where, not who.
_PLATFORMS = frozenset(
    "twitter|x|facebook|telegram|instagram|youtube|tiktok|whatsapp|vk|vkontakte|weibo|wechat|"
    "reddit|snapchat|linkedin|flickr|fb|телеграм|фейсбук|вконтакте|تويتر|فيسبوك|"
    "تلغرام|تلجرام|يوتيوب|إنستغرام".split("|"))
_ORG_WORDS = frozenset(
    "agency|agence|agencia|agentur|news|newspaper|press|presse|images|photos|pictures|media|"
    "ministry|office|service|services|times|post|herald|tribune|journal|gazette|daily|network|"
    "foundation|council|army|forces|force|defence|defense|committee|centre|center|observatory|"
    "group|tv|television|channel|radio|broadcasting|corporation|company|inc|ltd|university|"
    "institute|museum|library|government|department|police|navy|embassy|commission|"
    "organization|organisation|association|union|federation|authority|administration|bureau|"
    "command|movement|parliament|presidency|kremlin|house|palace|studio|studios|archives|"
    "агентство|министерство|служба|пресс-служба|минобороны|мчс|وكالة|وزارة|قناة|مكتب|"
    "المرصد|شبكة|مركز|هيئة|جيش|قوات".split("|"))

_NON_LETTERS = regex.compile(r"^[a-z]{1,3}-|[^\p{L}]")
_LETTER_RUN = regex.compile(r"\p{L}+")
_QUALIFIER = r"(?:photo|photograph(?:er)?|foto|file|handout|staff|str|courtesy|uncredited|фото|архив|divulgação|reprodução)"
#: where a picture stands in a composite, beside its photographer: "Jane Roe, left, and John Doe/AP"
_POSITION = r"(?:left|right|top|bottom|centre|center|above|below|inset)"
LEAD_Q = regex.compile(rf"^(?:(?:{_QUALIFIER}|{_POSITION}|via|and|&)(?!\w)[\s.:]*)+", _FLAGS)
_TRAIL_Q = regex.compile(rf"(?:[\s,]+(?:{_QUALIFIER}|\(?{_POSITION}\)?)(?!\w)\.?)+$", _FLAGS)
_AND = regex.compile(r"\s+(?:and|&|и|و)\s+", _FLAGS)
_PARTICLE = regex.compile(
    r"(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|bin|ibn|bint|de|da|di|del|della|der|den|des|du|la|le|"
    r"van|von|ter|ten|zu|dos|das|y|e)", regex.VERSION1)
_INITIAL = regex.compile(r"\p{Lu}\.?(?:-\p{Lu}\.?)?", regex.VERSION1)
_CASED = regex.compile(r"(?:[a-z]{1,3}-)?\p{Lu}[\p{L}\p{M}'’\-]*\.?", regex.VERSION1)
_UNCASED = regex.compile(r"[\p{Lo}\p{M}]+(?:-[\p{Lo}\p{M}]+)*", regex.VERSION1)
_ACRONYM = regex.compile(r"\p{Lu}{2,6}", regex.VERSION1)
STRIP = " \t.,:;\"'“”«»()[]{}"


def norm(text: str) -> str:
    """``text`` in NFC with its whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def spelling_key(text: str) -> str:
    """``text`` as the agency spellings are keyed: casefolded, trimmed, without a leading "the"."""
    k = norm(text).casefold().strip(STRIP)
    return k[4:] if k.startswith("the ") else k


def name_style(word: str) -> str | None:
    """'I' initial, 'T' capitalised, 'C' all caps, 'U' uncased script, None otherwise."""
    if _INITIAL.fullmatch(word):
        return "I"
    if _UNCASED.fullmatch(word):
        return "U"
    if _CASED.fullmatch(word):
        letters = _NON_LETTERS.sub("", word)
        if letters.isupper():
            return "C"
        return "T" if any(c.islower() for c in letters[1:]) or len(letters) == 1 else None
    return None


def _person(seg: str) -> str | None:
    """The person's name if ``seg`` is one (an all-caps name title-cased), else None."""
    words = seg.split()
    core = [w for w in words if not _PARTICLE.fullmatch(w)]
    if not 2 <= len(core) <= 4 or len(words) > 6 or _PARTICLE.fullmatch(words[0]):
        return None
    styles = {name_style(w) for w in core}
    if None in styles or styles == {"I"} or len(styles - {"I"}) != 1:
        return None
    return _titled(seg) if "C" in styles else seg


def _titled(name: str) -> str:
    """JANE AL-ROE -> Jane Al-Roe."""
    return _LETTER_RUN.sub(lambda m: m[0][0] + m[0][1:].lower(), name)


def _is_org(seg: str) -> bool:
    words = seg.split()
    if not 2 <= len(words) <= 9:
        return False
    first = words[0]
    if not (first[0].isupper() or _UNCASED.fullmatch(first)
            or first.casefold() in ("the", *_ORG_WORDS)):
        return False
    named = any(w[0].isupper() or _UNCASED.fullmatch(w) for w in words)  # not "press office"
    return named and any(w.casefold().strip(STRIP) in _ORG_WORDS for w in words)


def _agency(key: str) -> str | None:
    """The canonical name of a known agency spelling (casefolded key), else None;
    "epa-efe" is two agencies, not one spelling."""
    if key in AGENCIES:
        return AGENCIES[key]
    parts = key.split("-")
    if len(parts) > 1 and all(p in AGENCIES or vocab.canonical(p) for p in parts):
        return None
    return vocab.canonical(key)


def classify(seg: str, employer: bool = False) -> tuple[str, list[str]]:
    """Kind of one part of a credit: agency, org, person, platform, vague, unknown."""
    seg = seg.strip(STRIP)
    core = _TRAIL_Q.sub("", LEAD_Q.sub("", seg)).strip(STRIP)
    for k in (spelling_key(seg), spelling_key(core)):  # as given ("Alamy Stock Photo"), then without qualifiers
        if not k or k in VAGUE:
            return "vague", []
        if k in _PLATFORMS:
            return "platform", [core or seg]
        if _agency(k):
            return "agency", [_agency(k)]
    parts = core.split("-")
    if len(parts) > 1 and all(_agency(spelling_key(p)) for p in parts):
        return "agency", [_agency(spelling_key(p)) for p in parts]
    if _is_org(core) or _ACRONYM.fullmatch(core):
        return "org", [core]
    name = _person(core)
    if name is None and len(names := _AND.split(core)) > 1 and all(map(_person, names)):
        name = _titled(core) if core.isupper() else core
    if name and employer:  # "Jane Roe for Example Brand": the outlet, not a second person
        return "org", [core]
    if name:
        return "person", [name]
    return "unknown", [core]


def org_led(seg: str) -> bool:
    """A part opening with an organisation word, in lower case as some languages write it
    ("пресс-служба мэрии", "press office of the council")."""
    words = seg.split()
    return 1 < len(words) <= 6 and words[0].casefold().strip(STRIP) in _ORG_WORDS


def namelike(seg: str) -> bool:
    """Every word capitalised (or in a script without case, or a particle)."""
    words = seg.split()
    return 0 < len(words) <= 6 and all(
        name_style(w) or _PARTICLE.fullmatch(w) or w.casefold() in ("of", "the", "for", "and")
        for w in words)
