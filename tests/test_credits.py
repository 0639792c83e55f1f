"""Tests for validator.credits: the photo-credit parser and the credit-line detector."""

from __future__ import annotations

import pytest

from validator.credit_parts import AGENCIES
from validator.credits import Credit, looks_like_credit_line, parse_credit

# (text, person, agencies, ok)
ACCEPTED = [
    # person first, then agencies
    ("Baderkhan Ahmad / AP / TASS", "Baderkhan Ahmad", ("AP", "TASS"), True),
    ("Jane Roe/Reuters", "Jane Roe", ("Reuters",), True),
    ("Jane Roe / UPI", "Jane Roe", ("UPI",), True),
    ("Jane Roe - Reuters", "Jane Roe", ("Reuters",), True),
    ("Jane Roe, Reuters", "Jane Roe", ("Reuters",), True),
    ("Jane Roe (Reuters)", "Jane Roe", ("Reuters",), True),
    ("Jane Roe / SANA handout", "Jane Roe", ("SANA",), True),
    ("Jane Roe/Alamy Stock Photo", "Jane Roe", ("Alamy",), True),
    ("Jane A. Roe / Bloomberg", "Jane A. Roe", ("Bloomberg",), True),
    ("J. Roe/AP", "J. Roe", ("AP",), True),
    ("Ayman al-Hamdi / ANHA", "Ayman al-Hamdi", ("ANHA",), True),
    ("Jean-Pierre de la Roche/AFP", "Jean-Pierre de la Roche", ("AFP",), True),
    ("Sean O'Roe/Kyodo", "Sean O'Roe", ("Kyodo",), True),
    ("Jane Roe and John Doe/AP", "Jane Roe and John Doe", ("AP",), True),
    ("Jane Roe / John Doe", "Jane Roe, John Doe", (), True),
    # agency first, then the person
    ("(AP Photo/Charlie Neibergall)", "Charlie Neibergall", ("AP",), True),
    ("AP Photo/John Doe, File", "John Doe", ("AP",), True),
    ("REUTERS/Kevin Lamarque", "Kevin Lamarque", ("Reuters",), True),
    ("XINHUA/Jane Roe", "Jane Roe", ("Xinhua",), True),
    ("RIA Novosti/Jane Roe", "Jane Roe", ("RIA Novosti",), True),
    ("Sputnik / Jane Roe", "Jane Roe", ("Sputnik",), True),
    ("ANSA/JANE ROE", "Jane Roe", ("ANSA",), True),
    ("EPA-EFE/YURI KOCHETKOV", "Yuri Kochetkov", ("EPA", "EFE"), True),
    ("[Reuters/Jane Roe]", "Jane Roe", ("Reuters",), True),
    # via / for
    ("Kent Nishimura/AFP via Getty Images", "Kent Nishimura", ("AFP", "Getty Images"), True),
    ("Jane Roe/Bloomberg via Getty Images", "Jane Roe", ("Bloomberg", "Getty Images"), True),
    ("Anadolu Agency via Getty Images", None, ("Anadolu Agency", "Getty Images"), True),
    ("SANA/Handout via REUTERS", None, ("SANA", "Reuters"), True),
    ("STR/AFP via Getty Images", None, ("AFP", "Getty Images"), True),
    ("Yonhap via REUTERS", None, ("Yonhap", "Reuters"), True),
    ("Jane Roe/Pool via AP", "Jane Roe", ("Pool", "AP"), True),
    ("Jane Roe for The Example Times", "Jane Roe", ("The Example Times",), True),
    ("Getty Images for Example Brand", None, ("Getty Images", "Example Brand"), True),
    # labels
    ("© PHOTO ALEXANDER ZEMLIANICHENKO/AFP", "Alexander Zemlianichenko", ("AFP",), True),
    ("(c) Jane Roe", "Jane Roe", (), True),
    ("Copyright Jane Roe/dpa", "Jane Roe", ("dpa",), True),
    ("Photo: Jane Roe/Reuters", "Jane Roe", ("Reuters",), True),
    ("Photograph: Jane Roe/AP", "Jane Roe", ("AP",), True),
    ("Photo credit: Jane Roe", "Jane Roe", (), True),
    ("Credit: Jane Roe/The Example Post", "Jane Roe", ("The Example Post",), True),
    ("Image: Jane Roe / Shutterstock", "Jane Roe", ("Shutterstock",), True),
    ("Picture: Jane Roe/Alamy", "Jane Roe", ("Alamy",), True),
    ("Foto: Jane Roe/dpa", "Jane Roe", ("dpa",), True),
    ("Photo by Jane Roe/AFP", "Jane Roe", ("AFP",), True),
    ("Photo by Jane Roe for Example News", "Jane Roe", ("Example News",), True),
    ("Courtesy of Jane Roe", "Jane Roe", (), True),
    ("Photo courtesy of Example Foundation", None, ("Example Foundation",), True),
    ("Source: Reuters", None, ("Reuters",), True),
    # organisations only
    ("Photo: Example Ministry of Defence", None, ("Example Ministry of Defence",), True),
    ("Syrian Observatory for Human Rights", None, ("Syrian Observatory for Human Rights",), True),
    ("Photo: BBC", None, ("BBC",), True),
    ("The Associated Press", None, ("AP",), True),
    ("Agence France-Presse", None, ("AFP",), True),
    ("Getty", None, ("Getty Images",), True),
    ("AA", None, ("Anadolu Agency",), True),
    ("ITAR-TASS", None, ("TASS",), True),
    ("Pool", None, ("Pool",), True),
    # non-Latin
    ("تصوير: محمد علي / رويترز", "محمد علي", ("Reuters",), True),
    ("Фото: Иван Петров / ТАСС", "Иван Петров", ("TASS",), True),
    ("وكالة الأناضول", None, ("Anadolu Agency",), True),
    ("Фото: Иван Петров / РИА Новости", "Иван Петров", ("RIA Novosti",), True),
    ("Фото: Министерство обороны России", None, ("Министерство обороны России",), True),
    ("Фото: пресс-служба Минобороны России", None, ("пресс-служба Минобороны России",), True),
]

REJECTED = [
    ("Photo", "names no photographer or agency"),
    ("Photo:", "names no photographer or agency"),
    ("Handout", "names no photographer or agency"),
    ("Internet", "names no photographer or agency"),
    ("social media", "names no photographer or agency"),
    ("Courtesy", "names no photographer or agency"),
    ("Courtesy photo", "names no photographer or agency"),
    ("File photo", "names no photographer or agency"),
    ("Archive", "names no photographer or agency"),
    ("Supplied", "names no photographer or agency"),
    ("Unknown", "names no photographer or agency"),
    ("Photo: Internet", "names no photographer or agency"),
    ("Image: Social media", "names no photographer or agency"),
    ("Credit: Handout", "names no photographer or agency"),
    ("Photo: file", "names no photographer or agency"),
    ("Photo: N/A", "names no photographer or agency"),
    ("photo: Screenshot", "names no photographer or agency"),
    ("Фото: из открытых источников", "names no photographer or agency"),
    ("", "empty"),
    ("   \t ", "empty"),
    ("Source: Twitter", "platform (Twitter)"),
    ("Facebook", "platform (Facebook)"),
    ("Telegram", "platform (Telegram)"),
    ("Image via Twitter", "platform (Twitter)"),
    ("المصدر: فيسبوك", "platform"),
    ("Photo: Greenpeace", "'Greenpeace' is neither a person's name"),
    ("Photo: jane roe", "'jane roe' is neither"),
    ("Photo: press office", "'press office' is neither"),
    ("Photo: Twitter/@janeroe", "'@janeroe' is neither"),
]


@pytest.mark.parametrize(("text", "person", "agencies", "ok"), ACCEPTED)
def test_accepted_credits(text, person, agencies, ok):
    credit = parse_credit(text)
    assert credit == Credit(text, person, agencies, ok, credit.reason)
    assert credit.reason and "names no" not in credit.reason


@pytest.mark.parametrize(("text", "why"), REJECTED)
def test_rejected_credits(text, why):
    credit = parse_credit(text)
    assert not credit.ok
    assert credit.person is None and credit.agencies == ()
    assert credit.text == text
    assert why in credit.reason


def test_reason_lists_person_and_agencies():
    assert parse_credit("Baderkhan Ahmad / AP / TASS").reason == (
        "person 'Baderkhan Ahmad', agencies AP, TASS")
    assert parse_credit("REUTERS/Kevin Lamarque").reason == (
        "person 'Kevin Lamarque', agency Reuters")
    assert parse_credit("Handout").reason == "'Handout' names no photographer or agency"


def test_unrecognised_part_is_noted_but_credit_stands():
    credit = parse_credit("Jane Roe / Greenpeace")
    assert credit.ok and credit.person == "Jane Roe"
    assert "not recognised: 'Greenpeace'" in credit.reason
    credit = parse_credit("Photo: Twitter / Jane Roe")
    assert credit.ok and "Twitter is a platform" in credit.reason


def test_credit_is_frozen():
    credit = parse_credit("Jane Roe/AP")
    with pytest.raises(AttributeError):
        credit.ok = False  # type: ignore[misc]


def test_every_canonical_name_maps_to_itself():
    for canon in set(AGENCIES.values()):
        assert parse_credit(canon).agencies == (canon,), canon


def test_huge_input_does_not_hang():
    assert not parse_credit("x" * 100_000).ok
    assert not looks_like_credit_line("Jane Roe / " * 10_000)


CREDIT_LINES = [
    "Baderkhan Ahmad / AP / TASS",
    "Photo: Jane Roe/Reuters",
    "© PHOTO ALEXANDER ZEMLIANICHENKO/AFP",
    "(AP Photo/Charlie Neibergall)",
    "REUTERS/Kevin Lamarque",
    "Kent Nishimura/AFP via Getty Images",
    "Credit: Jane Roe",
    "Image: Jane Roe",
    "Photo by Jane Roe for Example News",
    "Anadolu Agency via Getty Images",
    "Jane Roe / SANA handout",
    "Photo: Internet",
    "Image: Social media",
    "Courtesy of Jane Roe",
    "Photo courtesy of Example Foundation",
    "(c) Jane Roe",
    "Фото: Иван Петров / ТАСС",
    "تصوير: محمد علي / رويترز",
    "EPA-EFE/YURI KOCHETKOV",
    "SANA/Handout via REUTERS",
    "Photograph: Jane Roe for The Example Times",
    "Picture: AFP",
    "Foto: Jane Roe/dpa",
    "AFP/Getty Images",
    "Jane Roe/Example News",
    "AP Photo/John Doe, File",
    "Jane Roe / Handout",
    "Jane Roe/Twitter",
]

NOT_CREDIT_LINES = [
    "",
    "Harbour Strike Ends After Pay Deal Reached in Port City",
    "Council Approves New Budget for River Flood Defences",
    "Ministry: Talks with the unions will go on",
    "A fragile calm",
    "By Jane Roe",
    "By Jane Roe / Reuters",
    "Logo Wide",
    "Read more",
    "Support The Daily Example!",
    "Want more stories like this?",
    "Sign up for our newsletter.",
    "Related topics",
    "March 5, 2020",
    "05/03/2020",
    "Updated: 12:00",
    "MOSCOW, March 5. /TASS/.",
    "Russia/Ukraine",
    "Syria / Turkey",
    "24/7 coverage of the war",
    "and/or",
    "Home / World / Middle East",
    "Share / Tweet / Email",
    "Jane Roe / John Doe",
    "EU / NATO Summit Ends",
    "© 2024 Example News. All rights reserved.",
    "Photos: Inside the ruins of the old city",
    "Photo",
    "Handout",
    "The bridge reopened on Monday, according to the Transport Office, officials said.",
]


@pytest.mark.parametrize("line", CREDIT_LINES)
def test_credit_lines(line):
    assert looks_like_credit_line(line)


@pytest.mark.parametrize("line", NOT_CREDIT_LINES)
def test_not_credit_lines(line):
    assert not looks_like_credit_line(line)


@pytest.mark.parametrize("caption, credit", [
    ("Smoke rises over the city on Monday. REUTERS/Jane Roe", "REUTERS/Jane Roe"),
    ("Smoke rises over the city — Kent Nishimura/AFP via Getty Images", "Kent Nishimura/AFP via Getty Images"),
    ("The square at dusk. Jane Roe / Example Press / AFP", "Jane Roe / Example Press / AFP"),
    ("Workers in the port (AP Photo/Jane Roe)", "AP Photo/Jane Roe"),
    ("A flooded road near the port. Photo: Leyla Aydin / Example Press", "Photo: Leyla Aydin / Example Press"),
    ("Boats in the harbour | © Hana Saad", "© Hana Saad"),
    ("Samir Haddad / Example Press / AFP", "Samir Haddad / Example Press / AFP"),
    ("Dr. Smith speaks at the clinic on Monday.", None),
    ("Protesters gather in the square - the third day running.", None),
])
def test_credit_span_in_captions(caption, credit):
    from validator.detect.photo import credit_span
    span = credit_span(caption)
    assert (caption[span[0]:span[1]] if span else None) == credit


@pytest.mark.parametrize("pattern, found", [
    (r"(?:photo|image)\s+by\b", {"photo", "image"}),
    (r"(?:fot\.|zdjęcie)\s*:?", {"fot", "zdjęcie"}),
    (r"(?:fotos?|bild)\s*[:：]", {"foto", "bild"}),
    (r"(?:photos?|crédits?(?:\s+photos?)?)\s*[:：]", {"photo", "crédit"}),
    (r"\w+\s*[:=]", {":", "="}),
    (r"(?:x?y|z)\s+", None),
    (r"a|b", None),
    (r"\w+\s*[:=]?", None),
    (r"\bvotre\s+adresse\b|\bles\s+(?:champs|cases)\b", {"adresse", "les"}),
    (r"(?:(?:alpha)|(?-i:BETA\s+x))", {"alpha", "beta"}),
    (r"(?:foo|[ab])x", None),
    (r"abc\s+x|\d+", None),
])
def test_needles_one_of_which_every_match_holds(pattern: str, found) -> None:
    from validator.detect.screen import needles

    assert needles(pattern) == (frozenset(found) if found is not None else None)


def test_the_label_screen_keeps_every_label() -> None:
    """A text holding a label of the vocabulary always passes the screen: the screened
    search finds what the whole alternation finds."""
    from validator.credits import label_at

    for text in ["Beirut, Lebanon. Photo: Jane Roe/AFP", "Bild: dpa", "(C) 2020 Jane Roe",
                 "© Jane Roe", "写真＝共同", "Fot. Jan Kowalski", "Foto di Mario Rossi", "no label at all"]:
        m = label_at(text)
        assert (m is not None) == (text != "no label at all"), text
