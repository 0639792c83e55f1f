"""The screens that spare a search where it cannot match find what the unscreened search
finds: :func:`validator.detect.allof.required_parts` and :class:`AllOf` (the needles of
every part an alternative requires), ``photo.sourced_credit`` screened by them, and
``credits.label_at``'s one-pass needle screen."""

from __future__ import annotations

import itertools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from validator import vocab
from validator.credits import _prefixes, label_at
from validator.detect import photo
from validator.detect.allof import AllOf, required_parts
from validator.detect.fold import screen_text

# synthetic alternatives: optional and repeated groups, a top-level alternation, nested
# groups, a case-sensitive group, a set, a lookahead
_ALTERNATIVES = [
    r"\p{L}{3,12}\s+(?:from|de|via)\s+(?:wikimedia(?:\s+commons)?|flickr)\b",
    r"(?:photo|image)s?\s+(?:of\s+\w+\s+)?(?:shared|posted)\s+by\s+\w+",
    r"(?:snap|pic)(?:ture)?\s+(?:taken\s+)?(?:on|at)?\s*(?:mars|venus){1,2}",
    r"alpha|(?:beta\s+gamma)",
    r"(?:zeta(?:\s+eta)?)+\s+(?-i:(?:THETA|IOTA))",
    r"kappa\s+[:：]\s+(?=lambda)(?:lambda|mu)",
    r"(?:nu)*\s*xi",
]
_WORDS = ["Photo", "IMAGES", "of Rome", "shared", "POSTED", "by Jane", "from", "de", "via", "Wikimedia Commons",
          "FLİCKR", "flıckr", "Snapture", "pic", "taken", "on", "at", "Mars", "venusvenus", "alpha", "Beta gamma",
          "zeta eta zeta", "THETA", "theta", "kappa :", "kappa ：", "lambda", "mu", "nu", "xi", "Photograph",
          "x\ua7cb", "the"]


def _texts():
    out = []
    for n in (1, 2, 3):
        for combo in itertools.combinations(_WORDS, n):
            out.append(" ".join(combo))
            out.append(" . ".join(reversed(combo)))
    return out


def test_required_parts_of_synthetic_alternatives():
    assert required_parts(_ALTERNATIVES[0]) == (frozenset({"from", "de", "via"}),
                                                frozenset({"wikimedia", "flickr"}))
    # an optional group tells nothing; a required one does
    assert frozenset({"shared", "posted"}) in required_parts(_ALTERNATIVES[1])
    assert frozenset({"of"}) not in required_parts(_ALTERNATIVES[1])
    assert frozenset({"on", "at"}) not in required_parts(_ALTERNATIVES[2])
    assert frozenset({"mars", "venus"}) not in required_parts(_ALTERNATIVES[2])  # "{": not told
    assert required_parts(_ALTERNATIVES[3]) == (frozenset({"alpha", "gamma"}),)  # a top-level "|"
    assert required_parts(_ALTERNATIVES[6]) == ()


def test_every_match_holds_a_needle_of_every_part():
    patterns = [regex.compile(a, regex.I | regex.V0) for a in _ALTERNATIVES]
    screen = AllOf(tuple(_ALTERNATIVES))
    matched = 0
    for text in _texts():
        folded = screen_text(text)
        for alternative, pattern in zip(_ALTERNATIVES, patterns):
            if pattern.search(text) and folded is not None:
                matched += 1
                for part in required_parts(alternative):
                    assert any(n in folded for n in part), (alternative, text)
        if any(p.search(text) for p in patterns):
            assert screen.any_may_match(folded), text
    assert matched > 100
    prose = screen_text("the photo of rome, from the old city")
    assert not AllOf(tuple(_ALTERNATIVES[:6])).any_may_match(prose)
    assert screen.any_may_match(prose)  # an alternative with no part told may match anything


def _unscreened_sourced(text: str) -> tuple[int, int] | None:
    """``photo.sourced_credit`` as it was: the whole ``photo_source`` family searched."""
    text = text.rstrip()
    whole = regex.compile(vocab.alternation("phrases.photo_source"), regex.I | regex.V0)
    for m in whole.finditer(text):
        if photo._SOURCE_BEFORE.search(text[:m.start()]) and len(text[m.end():].split()) <= photo._SOURCE_REST:
            return m.start(), len(text)
    return None


_LINES = [
    "The march in the old city. Photo from Flickr.",
    "The march in the old city. PHOTO VIA WIKIMEDIA COMMONS",
    "The march in the old city. Photo from FLİCKR",
    "Marchers from Rome. Bild aus Wikimedia Commons",
    "Marchers from Rome de la ville. Image de Wikimedia",
    "Photograph shared by Jane Roe on her Facebook page.",
    "Photo shared by Jane Roe from her Facebook page, the march from the square.",
    "Image of the march by Jane Roe, used under a Creative Commons licence.",
    "Foto compartida por Juan Pérez en su cuenta de Twitter.",
    "Foto geteilt von Erika Muster auf ihrer Facebook-Seite",
    "Фото, опубликованное Иваном Петровым на своей странице",
    "The delegates came from Rome and from Paris de facto.",
    "Screenshot from x\ua7cb Flickr.",
    "Tweeted from the square. Image via Pexels",
    "Photos from the march via Unsplash, and then many more words that go on and on past the limit",
]


def test_sourced_credit_finds_what_the_whole_family_finds():
    for line in _LINES + _texts():
        assert photo.sourced_credit(line) == _unscreened_sourced(line), line
    assert sum(photo.sourced_credit(line) is not None for line in _LINES) >= 8


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["Photo from", "Wikimedia", "Bild von", "sous licence", "Creative",
                                          "Commons", ".", "—", "|"]), max_size=8))
def test_sourced_credit_agrees_on_generated_lines(words):
    line = " ".join(words)
    assert photo.sourced_credit(line) == _unscreened_sourced(line)


def test_label_at_finds_what_the_label_search_finds():
    whole = _prefixes(id(vocab.vocab()))[1]
    lines = ["Protesters in the city. Photo: Jane Roe", "PHOTO BY JANE ROE", "© Jane Roe", "(C) Jane Roe",
             "The talks went on.", "Fotoğraf: Ayşe Yılmaz", "Фото: Иван Петров", "（写真＝ロイター）",
             "Credit: Jane Roe / AP", "x\ua7cb Photo: Jane", "Image copyright EPA", "photographer's note"]
    for line in lines + _texts():
        for pos in range(0, len(line) + 1, 3):
            got, want = label_at(line, pos), whole.search(line, pos)
            assert (got and got.span()) == (want and want.span()), (line, pos)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Photo:", "photo by", "©", "(c)", "Foto", "Jane Roe", "/AP", " ", ". ", "Credit",
                                 "Фото:", "写真＝", "x", "\n"]), max_size=8), st.integers(0, 40), st.booleans())
def test_remembered_labels_are_the_label_search(parts, pos, anchored):
    # asked twice: the second answer is the remembered one
    text = "".join(parts)
    pos = min(pos, len(text))
    whole = _prefixes(id(vocab.vocab()))[1]
    want = whole.match(text, pos) if anchored else whole.search(text, pos)
    for _ in range(2):
        got = label_at(text, pos, anchored)
        assert (got and got.span()) == (want and want.span())
        assert (got and got.group()) == (want and want.group())
