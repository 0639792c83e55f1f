"""Invented agency stories for the reuse check (``uncredited-reuse``), and their copies.

Everything is invented: the agencies (:data:`AGENCIES`), the events and every
sentence (slots filled from ``bench/vocab.py`` through ``bench/generate.py``'s
``Filler``).  An *event* fixes a place, a person, an organisation, numbers and
a weekday; each agency tells it in its own words — its own phrasing of every
fact (:data:`FACTS`) and its own background sentences — so two agencies'
stories of one event share names and numbers, not sentences: the hard
negatives.

:func:`story` renders one agency's story of an event; :func:`variants` makes
from it the articles a newsroom might publish, each labelled with whether
``uncredited-reuse`` must flag it.  ``bench/reuse.py`` writes and measures
them; ``tests/test_reuse.py`` uses a few.  Standard library only.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import dataclass
from pathlib import Path


def _generate():
    name = "provcheck_bench_generate"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent / "generate.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


G = _generate()
V = G.V

AGENCIES = ["Northwind Wire Service", "Meridian News Agency", "Caspian Press Union", "Harbourline Newswire"]

#: every fact of an event, in four phrasings; agency k uses phrasing (k + fact) % 4
FACTS = [
    ["{E_ORG} said on {E_DAY} that {E_N1} people had been affected by {E_THING} in {CITY}.",
     "At least {E_N1} people were hit by {E_THING} in {CITY}, {E_ORG} announced on {E_DAY}.",
     "Figures released on {E_DAY} by {E_ORG} put the number of residents of {CITY} touched by {E_THING} at {E_N1}.",
     "In {CITY}, {E_THING} has now reached {E_N1} people, according to a {E_DAY} statement from {E_ORG}."],
    ["{ACTOR_TITLE} {ACTOR} told reporters the authorities would respond within {E_N2} days.",
     "The authorities will act within {E_N2} days, {ACTOR_TITLE} {ACTOR} said at a news conference.",
     "{ACTOR} promised a response in {E_N2} days when questioned by journalists outside the ministry.",
     "Speaking to the press, {ACTOR} gave officials {E_N2} days to present a plan."],
    ["The situation in {REGION} has been tense since the start of the year.",
     "Tension has been building across {REGION} for months.",
     "{REGION} has seen repeated unrest over the past months.",
     "For much of the year, {REGION} has been on edge."],
    ["A similar crisis in {CITY2} was resolved last spring after weeks of talks.",
     "Last spring, weeks of negotiation settled a comparable dispute in {CITY2}.",
     "Talks ended a comparable standoff in {CITY2} last spring.",
     "{CITY2} went through much the same last spring before negotiators found a deal."],
    ["Residents interviewed on {E_DAY} said they feared the measures would come too late.",
     "People in {CITY} said on {E_DAY} that help was arriving too slowly.",
     "Several residents complained that the response had been slow.",
     "On the streets of {CITY}, many said they no longer expected quick help."],
    ["{E_ORG} is expected to publish a full assessment within {E_N2} days.",
     "A complete report from {E_ORG} is due in {E_N2} days.",
     "{E_ORG} said its full findings would follow in {E_N2} days.",
     "The next assessment by {E_ORG} should come out in {E_N2} days."],
]
#: phrasings of the headline, per agency
HEADLINES = ["{E_THING_H} hits {E_N1} in {CITY}", "{CITY}: {E_N1} affected by {E_THING}",
             "{E_ORG} counts {E_N1} hit in {CITY}", "{ACTOR} pledges action in {CITY}"]


@dataclass(frozen=True)
class Event:
    seed: int
    fixed: dict
    topic: str


@dataclass(frozen=True)
class Story:
    agency: str
    headline: str
    paragraphs: tuple[str, ...]
    id: str

    def text(self, tail: str | None = None) -> str:
        body = "\n\n".join(self.paragraphs) + (f"\n\n{tail}" if tail else "")
        return f"{self.headline}\n\n{body}\n"

    def record(self) -> dict:
        return {"id": self.id, "title": self.headline, "lang": "en", "wire": [self.agency],
                "date": "2026-03-01", "body": "\n\n".join(self.paragraphs)}


def event(seed: int) -> Event:
    rng = random.Random(seed)
    country = rng.choice(V.COUNTRIES_BY_LANG["en"])
    cities = V.CITIES[country]
    city = rng.choice(cities)
    local = {"Russia": "ru", "Turkey": "tr"}.get(country, "ar")
    topic = rng.choice(list(V.TOPICS))
    fixed = {"_year": 2026, "_local_cities": cities, "_local_regions": V.REGIONS[country], "CITY": city,
             "CITY2": rng.choice([c for c in cities if c != city] or cities), "CITY_UP": city.upper(),
             "COUNTRY": country, "COUNTRY2": rng.choice([c for c in V.CITIES if c != country]),
             "REGION": rng.choice(V.REGIONS[country]), "ACTOR_TITLE": rng.choice(V.ROLE_TITLES),
             "day": str(rng.randint(1, 28)), "outlet": rng.choice(V.OUTLETS_EN),
             "E_N1": f"{rng.randint(120, 98000):,}", "E_N2": str(rng.randint(3, 30)),
             "E_DAY": rng.choice(V.WEEKDAYS), "E_ORG": rng.choice(V.ORGS)}
    filler = G.Filler(rng, topic, [local, local, "en"], fixed)
    filler.actor = filler.name(local)
    fixed["ACTOR"] = filler.actor
    fixed["E_THING"] = filler["thing"]
    fixed["E_THING_H"] = fixed["E_THING"][:1].upper() + fixed["E_THING"][1:]
    return Event(seed, fixed, topic)


def story(ev: Event, agency: int, paragraphs: int = 8) -> Story:
    """Agency ``agency``'s story of the event: every fact in its phrasing, each
    paragraph with background sentences of its own."""
    rng = random.Random(ev.seed * 31 + agency + 1)
    f = G.Filler(rng, ev.topic, ["ar", "en"], dict(ev.fixed))
    f.actor = ev.fixed["ACTOR"]
    out = []
    for i in range(paragraphs):
        sentences = []
        if i < len(FACTS):
            sentences.append(f.fill(FACTS[i][(agency + i) % 4]))
        for _ in range(rng.randint(1, 2)):
            if rng.random() < 0.5:
                sentences.append(f.fill(rng.choice(V.SENTENCES)))
            else:
                sentences.append(f.fill(f"{rng.choice(V.SUBJECTS)} {rng.choice(V.PREDICATES)}."))
        out.append(" ".join(sentences))
    headline = f.fill(HEADLINES[agency % len(HEADLINES)])
    return Story(AGENCIES[agency % len(AGENCIES)], headline, tuple(out), f"ev{ev.seed}-a{agency}")


def reword(sentence: str) -> str:
    """A light rewording: "said" → "stated", a word dropped, two swapped."""
    words = sentence.replace(" said ", " stated ").split()
    if len(words) > 6:
        del words[3]
        words[1], words[2] = words[2], words[1]
    return " ".join(words)


def variants(src: Story, other: Story, own: str) -> list[tuple[str, str, bool]]:
    """(kind, article text, must be flagged) made from ``src``; ``other`` is
    another agency's story of the same event; ``own`` a paragraph of the
    newsroom's own."""
    p = list(src.paragraphs)
    light = [p[1], p[0], *p[2:-2], own]  # two paragraphs swapped, the tail cut, one of ours added
    first = light[2].split(". ")
    light[2] = ". ".join([reword(first[0]), *first[1:]])
    trimmed = p[1:-1]
    return [
        ("verbatim", src.text(), True),
        ("light-rewrite", Story(src.agency, "What we know about " + src.headline, tuple(light), "").text(), True),
        ("trimmed", Story(src.agency, src.headline, tuple(trimmed), "").text(), True),
        ("credited", src.text(f"— {src.agency}"), False),
        ("credited-rewrite", Story(src.agency, src.headline, tuple(light), "").text(f"— {src.agency}"), False),
        ("other-agency", other.text(), False),
        ("other-agency-credited", other.text(f"— {other.agency}"), False),
        # four of the eight paragraphs copied into the other agency's first four: reuse at its limit
        ("partial-copy", Story(src.agency, other.headline, (*other.paragraphs[:4], *p[2:6]), "").text(), True),
        # the other agency's story with one sentence of the first (a shared quote, a stock phrase)
        ("shared-sentence", Story(other.agency, other.headline,
                                  (*other.paragraphs[:3], p[1].split(". ")[0] + ".", *other.paragraphs[3:]),
                                  "").text(), False),
    ]
