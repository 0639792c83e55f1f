#!/usr/bin/env python3
"""Generate a deterministic benchmark corpus of news articles for provcheck.

Usage::

    python bench/generate.py OUT_DIR -n 10000 [--seed 1] [--formats md,txt,html,json,jsonl]
                             [--jsonl-batch 100] [--manifest FILE] [--clean]

Every article is built from its own random generator, seeded from ``(seed,
index)``, so the same seed always gives byte-identical files, and article *i*
is the same whatever ``-n`` is.  Articles are assigned to the requested formats
in turn (article *i* gets ``formats[i % len(formats)]``); each rendered article
(each record, for ``.jsonl``) is between 3 and 8 KB of UTF-8.

The provenance features are spread with low-discrepancy sequences rather than
independent coin flips, so even a small corpus has close to the intended mix:

========================  ======  ==============================================
feature                   share   what it looks like
========================  ======  ==============================================
translated                ~40 %   from an Arabic, Russian or Turkish outlet;
                                  disclaimer full / partial / missing;
                                  metadata complete or partly missing
images                    ~30 %   1-3 images; credits good, missing or bad
                                  ("Photo: Internet")
wire                      ~20 %   dateline "DAMASCUS (Reuters) - ", closing
                                  credit; ``wire`` declared or not
scrape residue            ~15 %   "Advertisement", "Read more: ...", share
                                  buttons, shortcodes, donation appeals
untranslated passage      ~10 %   2-4 sentences in ar/ru/tr left in English text
declared non-English      ~5 %    ar/fr/ru bodies with a matching ``lang``
language mismatch         ~2 %    declared ``lang`` differs from the body
page furniture (.txt)     ~50 %   "Logo Wide", "Support ...!", "Read more"...
========================  ======  ==============================================

``--manifest FILE`` writes the ground truth (one JSON object per article) so a
run can be scored as well as timed; it is never written into OUT_DIR, where
provcheck would read it as an article.

Standard library only; run with Python 3.10+.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import math
import random
import re
import sys
import time
from pathlib import Path


def _load_vocab():
    """bench/vocab.py, loaded by path (bench/ is not a package and not on sys.path)."""
    name = "provcheck_bench_vocab"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parent / "vocab.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


V = _load_vocab()

FORMATS = ("md", "txt", "html", "json", "jsonl")
DEFAULT_FORMATS = ("md", "txt")

#: every rendered article (or JSONL record) is within these bounds, in bytes
MIN_BYTES = 3 * 1024
MAX_BYTES = 8000
TARGET_RANGE = (3300, 7700)

#: feature -> (share of the corpus, stride of its Weyl sequence)
#: The strides are square roots of distinct primes, so the sequences are
#: jointly equidistributed: features are spread evenly and independently.
FEATURES = {
    "translated": (0.43, math.sqrt(2)),
    "images": (0.30, math.sqrt(3)),
    "wire": (0.215, math.sqrt(5)),
    "residue": (0.15, math.sqrt(7)),
    "untranslated": (0.11, math.sqrt(11)),
    "furniture": (0.50, math.sqrt(13)),
    "language": (1.00, math.sqrt(17)),  # u < 0.05 declared non-English, < 0.07 mismatch
    # not features but the variant of one: spread evenly too
    "disclaimer": (1.00, math.sqrt(19)),  # full / partial / none
    "credit": (1.00, math.sqrt(23)),  # good / missing / bad, for the first image
}
P_NON_ENGLISH = 0.05
P_MISMATCH = 0.02

GENERATED_NAME = re.compile(r"^\d{5,}-[a-z0-9-]+\.(md|txt|html|json|jsonl)$")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_SLUG = re.compile(r"[^a-z0-9]+")


# ---------------------------------------------------------------------------
# Slot filling


def _title_case(text: str) -> str:
    """Headline case for a phrase used inside a headline ("the Black Sea Region")."""
    small = {"the", "of", "and", "in", "on"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in text.split(" "))


def _cap(text: str) -> str:
    """Upper-case the first letter (skipping opening quotes and brackets)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :] if ch.islower() else text
        if ch.isdigit():
            return text
    return text


def _domain(name: str) -> str:
    return _SLUG.sub("", name.lower().replace("ı", "i").replace("ş", "s").replace("ü", "u"))


class Filler(dict):
    """Slot values for one article: fixed keys are stored, the others drawn on use."""

    def __init__(self, rng: random.Random, topic: str, cultures: list[str], fixed: dict):
        super().__init__(fixed)
        self.rng = rng
        self.topic = V.TOPICS[topic]
        self.other_topic = V.TOPICS[rng.choice(list(V.TOPICS))]
        self.cultures = cultures
        self.actor = ""
        self.actor_named = False
        self.cities = [c for cs in V.CITIES.values() for c in cs]
        self.countries = list(V.CITIES)

    def __missing__(self, key: str) -> str:
        make = getattr(self, "_s_" + key, None)
        if make is None:
            raise KeyError(key)
        return make()

    def fill(self, template: str) -> str:
        return _cap(template.format_map(self))

    # people -------------------------------------------------------------
    def name(self, culture: str | None = None) -> str:
        c = culture or self.rng.choice(self.cultures)
        first, last = self.rng.choice(V.FIRST[c]), self.rng.choice(V.LAST[c])
        if c == "ru" and first in V.FEMALE_RU and not last.endswith("o"):
            last += "a"
        return f"{first} {last}"

    def _s_person(self):
        return self.name()

    def _s_last(self):
        return self.rng.choice(V.LAST[self.rng.choice(self.cultures)])

    def _s_official(self):
        return f"{self.rng.choice(V.ROLE_TITLES)} {self.name()}"

    def _s_ACTOR(self):
        self.actor_named = True
        return self.actor

    def _s_ACTOR_LAST(self):
        """The main actor's surname, or title and full name the first time."""
        if not self.actor_named:
            self.actor_named = True
            return f"{self['ACTOR_TITLE']} {self.actor}"
        return self.actor.split(" ", 1)[1]

    def _s_role(self):
        return self.rng.choice(V.ROLES)

    def _s_occupation(self):
        return self.rng.choice(V.OCCUPATIONS)

    # places and institutions --------------------------------------------
    def _s_city(self):
        pool = self["_local_cities"] if self.rng.random() < 0.7 else self.cities
        return self.rng.choice(pool)

    def _s_country(self):
        return self.rng.choice(self.countries)

    def _s_region(self):
        return self.rng.choice(self["_local_regions"])

    def _s_org(self):
        return self.rng.choice(V.ORGS)

    def _s_ministry(self):
        return self.rng.choice(V.MINISTRIES)

    def _s_agency(self):
        return self.rng.choice(V.PHOTO_AGENCIES)

    def _s_agency2(self):
        return self.rng.choice(V.PHOTO_AGENCIES)

    # time and numbers ---------------------------------------------------
    def _s_weekday(self):
        return self.rng.choice(V.WEEKDAYS)

    def _s_weekday_ar(self):
        return self.rng.choice(V.WEEKDAYS_AR)

    def _s_weekday_ru(self):
        return self.rng.choice(V.WEEKDAYS_RU)

    def _s_weekday_fr(self):
        return self.rng.choice(V.WEEKDAYS_FR)

    def _s_month(self):
        return self.rng.choice(V.MONTHS)

    def _s_time(self):
        return self.rng.choice(V.TIMEFRAMES)

    def _s_n(self):
        return self.rng.choice(V.SMALL_NUMBERS)

    def _s_N(self):
        r = self.rng.random()
        if r < 0.6:
            return str(self.rng.randint(12, 950))
        return f"{self.rng.randint(1, 60)},{self.rng.randint(0, 999):03d}"

    def _s_big(self):
        return self.rng.choice(V.BIG_AMOUNTS)

    def _s_pct(self):
        if self.rng.random() < 0.5:
            return str(self.rng.randint(2, 45))
        return f"{self.rng.randint(1, 30)}.{self.rng.randint(1, 9)}"

    def _s_money(self):
        unit = self.rng.choice(("million", "million", "billion"))
        return f"{self.rng.randint(2, 900)} {unit} {self.rng.choice(V.CURRENCIES)}"

    def _s_currency(self):
        return self.rng.choice(V.CURRENCIES)

    def _s_ordinal(self):
        return self.rng.choice(("second", "third", "fourth", "fifth", "sixth"))

    def _s_year_past(self):
        return str(self["_year"] - self.rng.randint(2, 12))

    def _s_said(self):
        return self.rng.choice(V.SAID)

    # topic ---------------------------------------------------------------
    def _topic(self, key: str) -> str:
        t = self.topic if self.rng.random() < 0.85 else self.other_topic
        return self.rng.choice(t[key])

    def _s_thing(self):
        return self._topic("thing")

    def _s_event(self):
        return self._topic("event")

    def _s_group(self):
        return self._topic("group")

    def _s_HN(self):
        return self.rng.choice(self.topic["HN"])

    def _s_HG(self):
        return self.rng.choice(self.topic["HG"])

    def _s_ORGH(self):
        return self.rng.choice(V.ORGS_HEADLINE)

    def _s_quote(self):
        return _cap(self.rng.choice(V.QUOTES).format_map(self))

    _s_quote2 = _s_quote

    def _s_headline(self):
        return self.rng.choice(V.HEADLINES).format_map(self)


# ---------------------------------------------------------------------------
# Building one article (format-independent parts)


def _weyl(seed: int) -> dict[str, float]:
    return {
        name: random.Random(f"provcheck-bench:{seed}:weyl:{name}").random() for name in FEATURES
    }


def _flags(index: int, offsets: dict[str, float]) -> dict[str, float]:
    """The position in [0, 1) of article ``index`` on each feature's sequence."""
    return {name: (index * stride + offsets[name]) % 1.0 for name, (_, stride) in FEATURES.items()}


class Spec:
    """An article before rendering: metadata, ordered blocks, ground truth."""

    __slots__ = (
        "index", "fmt", "lang", "body_lang", "title", "outlet", "authors", "date", "source",
        "translator", "translated_flag", "wire_meta", "images", "lead", "body", "tail",
        "furniture_top", "furniture_bottom", "truth", "url", "section",
    )


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2017, 2024), rng.randint(1, 12), rng.randint(1, 28)


class Builder:
    """Builds the :class:`Spec` of article ``index`` and streams filler paragraphs."""

    def __init__(self, seed: int, index: int, fmt: str, offsets: dict[str, float]):
        self.seed = seed
        self.index = index
        self.fmt = fmt
        self.rng = rng = random.Random(f"provcheck-bench:{seed}:{index}")
        self.body_rng = random.Random(f"provcheck-bench:{seed}:{index}:body")
        self.topic_deck: list[int] = []
        self.u = u = _flags(index, offsets)
        share = {name: p for name, (p, _) in FEATURES.items()}

        # language first: it decides what else applies
        lu = u["language"]
        if lu < P_NON_ENGLISH:
            lang_case = "native"
        elif lu < P_NON_ENGLISH + P_MISMATCH:
            lang_case = "mismatch"
        else:
            lang_case = "en"
        self.lang_case = lang_case
        translated = lang_case == "en" and u["translated"] < share["translated"]
        self.translated = translated
        self.has_images = u["images"] < share["images"]
        self.is_wire = lang_case == "en" and u["wire"] < share["wire"]
        self.has_residue = u["residue"] < share["residue"]
        self.untranslated = lang_case == "en" and u["untranslated"] < share["untranslated"]
        self.furniture = fmt == "txt" and u["furniture"] < share["furniture"]

        # languages
        if lang_case == "native":
            body_lang = rng.choice(("ar", "ar", "fr", "fr", "ru"))
            declared = body_lang
        elif lang_case == "mismatch":
            if rng.random() < 0.5:
                body_lang, declared = rng.choice(("fr", "ru")), "en"
            else:
                body_lang, declared = "en", rng.choice(("fr", "ar"))
        else:
            body_lang = declared = "en"
        self.body_lang = body_lang
        self.declared = declared
        self.src_lang = rng.choice(("ar", "ar", "ru", "tr")) if translated else None

        # setting
        if lang_case == "native" or (lang_case == "mismatch" and body_lang != "en"):
            country = rng.choice(V.COUNTRIES_BY_LANG[body_lang])
        elif translated:
            country = rng.choice(V.COUNTRIES_BY_LANG[self.src_lang])
        else:
            country = rng.choice(V.COUNTRIES_BY_LANG["en"])
        local = {"Russia": "ru", "Turkey": "tr"}.get(country, "ar")
        cultures = [local, local, local, "en"]
        self.topic = rng.choice(list(V.TOPICS))
        year, month, day = _date(rng)
        self.year, self.month, self.day = year, month, day
        cities = V.CITIES[country]
        city = rng.choice(cities)
        city2 = rng.choice([c for c in cities if c != city] or cities)
        fixed = {
            "_year": year,
            "_local_cities": cities,
            "_local_regions": V.REGIONS[country],
            "CITY": city,
            "CITY2": city2,
            "CITY_UP": city.upper(),
            "COUNTRY": country,
            "COUNTRY2": rng.choice([c for c in V.CITIES if c != country]),
            "REGION": rng.choice(V.REGIONS[country]),
            "ACTOR_TITLE": rng.choice(V.ROLE_TITLES),
            "day": str(day),
        }
        fixed["REGION_H"] = _title_case(fixed["REGION"])
        if body_lang == "en" and lang_case != "native":
            outlet = rng.choice(V.OUTLETS_EN)
        elif lang_case == "native":
            outlet = rng.choice(V.NATIVE_OUTLETS[body_lang])
        else:
            outlet = rng.choice(V.OUTLETS_EN)
        fixed["outlet"] = outlet
        self.f = f = Filler(rng, self.topic, cultures, fixed)
        f.actor = f.name(local)
        self.cultures = cultures
        self.local = local
        self.outlet = outlet
        self.country = country

        # translation: the source and its translator
        self.source = None
        self.translator = None
        if translated:
            sl = self.src_lang
            src_outlet = rng.choice(V.SOURCE_OUTLETS[sl])
            src_author = f.name(sl)
            sy, sm, sd = year, month, max(1, day - rng.randint(0, 3))
            self.source = {
                "outlet": src_outlet,
                "author": src_author,
                "url": f"https://www.{_domain(src_outlet)}.example/news/{sy}/{sm:02d}/"
                       f"{rng.randint(10000, 999999)}",
                "language": sl,
                "published": f"{sy}-{sm:02d}-{sd:02d}",
                "title": rng.choice(V.FOREIGN[sl]["headlines"]),
            }
            if rng.random() < 0.8:
                self.translator = f.name(rng.choice(("en", sl)))
            else:
                self.translator = f"{outlet} staff"
            f["src_outlet"] = src_outlet
            f["src_author"] = src_author
            f["src_language"] = V.LANGUAGE_NAMES[sl]
            f["translator"] = self.translator
            f["src_date_human"] = f"{V.MONTHS[sm - 1]} {sd}, {sy}"

    # -- pieces ------------------------------------------------------------

    def title(self) -> str:
        if self.body_lang != "en":
            return self.rng.choice(V.FOREIGN[self.body_lang]["headlines"])
        return self.f.fill(self.rng.choice(V.HEADLINES))

    def english_sentence(self, deck: list[int]) -> str:
        rng = self.body_rng
        r = rng.random()
        f = self.f
        if r < 0.12:
            topical = f.topic["sentences"]
            tdeck = self.topic_deck
            if not tdeck:
                tdeck.extend(range(len(topical)))
                rng.shuffle(tdeck)
            return f.fill(topical[tdeck.pop()])
        if r < 0.62:
            if not deck:
                deck.extend(range(len(V.SENTENCES)))
                rng.shuffle(deck)
            return f.fill(V.SENTENCES[deck.pop()])
        if r < 0.88:
            return f.fill(
                rng.choice(V.SUBJECTS) + " " + rng.choice(V.PREDICATES) + rng.choice(V.TAILS) + "."
            )
        return f.fill(rng.choice(V.QUOTE_FORMS))

    def foreign_sentences(self, lang: str, count: int, rng: random.Random,
                          deck: list[int] | None = None) -> str:
        pool = V.FOREIGN[lang]["sentences"]
        if deck is None:
            picks = rng.sample(range(len(pool)), min(count, len(pool)))
        else:
            picks = []
            for _ in range(count):
                if not deck:
                    deck.extend(range(len(pool)))
                    rng.shuffle(deck)
                picks.append(deck.pop())
        return " ".join(pool[i].format_map(self.f) for i in picks)

    def paragraphs(self):
        """An endless stream of ("heading"|"para", text) filler blocks."""
        rng = self.body_rng
        deck: list[int] = []
        lang = self.body_lang
        with_headings = rng.random() < 0.6
        since_heading = 0
        next_heading = rng.randint(3, 6)
        used_headings: set[str] = set()
        while True:
            if with_headings and since_heading >= next_heading:
                if lang == "en":
                    h = self.f.fill(rng.choice(V.SUBHEADINGS))
                else:
                    h = rng.choice(V.FOREIGN[lang]["subheadings"])
                if h not in used_headings:
                    used_headings.add(h)
                    yield "heading", h
                since_heading = 0
                next_heading = rng.randint(3, 7)
            since_heading += 1
            if lang == "en":
                k = rng.choice((1, 2, 2, 2, 3, 3, 4))
                yield "para", " ".join(self.english_sentence(deck) for _ in range(k))
            else:
                yield "para", self.foreign_sentences(lang, rng.choice((1, 2, 2, 3)), rng, deck)

    def build(self) -> Spec:
        rng, f = self.rng, self.f
        s = Spec()
        s.index, s.fmt = self.index, self.fmt
        s.lang, s.body_lang = self.declared, self.body_lang
        s.title = self.title()
        f["headline_self"] = s.title
        s.outlet = self.outlet
        s.date = f"{self.year}-{self.month:02d}-{self.day:02d}"
        s.section = rng.choice(V.SECTIONS)
        slug = _SLUG.sub("-", s.title.lower()).strip("-")[:60].rstrip("-") or "article"
        s.url = (f"https://www.{_domain(self.outlet)}.example/{s.section.lower()}/"
                 f"{self.year}/{self.month:02d}/{slug}")
        truth: dict = {
            "index": self.index,
            "format": self.fmt,
            "declared_lang": None if self.fmt == "txt" else self.declared,
            "body_lang": self.body_lang,
            "topic": self.topic,
            "translated": self.translated,
            "source_language": self.src_lang,
            "disclaimer": None,
            "translation_meta": None,
            "images": [],
            "wire": None,
            "wire_declared": False,
            "dateline": False,
            "residue": [],
            "furniture": self.furniture,
            "untranslated": None,
        }
        s.truth = truth

        # authors
        r = rng.random()
        if self.translated and r < 0.6:
            authors = [self.source["author"]]
        elif r < 0.05:
            authors = []
        else:
            c = self.body_lang if self.body_lang != "en" else rng.choice(self.cultures)
            authors = [f.name(c)] + ([f.name(c)] if rng.random() < 0.25 else [])
        s.authors = authors

        # translation metadata and disclaimer
        s.source = None
        s.translator = None
        s.translated_flag = None
        s.tail = []  # closing blocks: wire closer, disclaimer, appeal
        if self.translated:
            variant = rng.choices(
                ("full", "no_translator", "no_flag", "no_source_outlet", "none"),
                (50, 15, 15, 10, 10),
            )[0]
            truth["translation_meta"] = variant
            if variant != "none":
                src = dict(self.source)
                if variant == "no_source_outlet":
                    del src["outlet"]
                s.source = src
                if variant != "no_translator":
                    s.translator = self.translator
                if variant != "no_flag":
                    s.translated_flag = True
            du = self.u["disclaimer"]
            kind = "full" if du < 0.55 else "partial" if du < 0.70 else "none"
            truth["disclaimer"] = kind
            if kind == "full":
                s.tail.append(("footer", f.fill(rng.choice(V.DISCLAIMERS_FULL))))
            elif kind == "partial":
                s.tail.append(("footer", f.fill(rng.choice(V.DISCLAIMERS_PARTIAL))))
        elif rng.random() < 0.5:
            s.translated_flag = False

        # lead: standfirst (+ "writes Al-Medina Today.")
        if self.body_lang == "en":
            stand = f.fill(rng.choice(V.STANDFIRSTS))
            if self.translated and rng.random() < 0.6:
                stand = stand[:-1] + rng.choice(V.STANDFIRST_SOURCE).format_map(f)
        else:
            stand = self.foreign_sentences(self.body_lang, 1, rng)
        s.lead = [("standfirst", stand)]

        # wire
        s.wire_meta = None
        self.dateline = ""
        if self.is_wire:
            if self.country == "Turkey" and rng.random() < 0.5:
                agency = "AA"
            elif self.country == "Russia" and rng.random() < 0.4:
                agency = "TASS"
            else:
                agency = rng.choice(("Reuters", "Reuters", "AP", "AFP", "AFP", "dpa"))
            truth["wire"] = agency
            spec = V.WIRE_AGENCIES[agency]
            f["month"] = V.MONTHS[self.month - 1]
            if rng.random() < 0.85:
                self.dateline = spec["dateline"].format_map(f)
                truth["dateline"] = True
            del f["month"]
            closer = spec["closer"]
            if closer and (rng.random() < 0.7 or not truth["dateline"]):
                s.tail.insert(0, ("footer", closer.format_map(f)))
            elif not truth["dateline"]:
                s.tail.insert(0, ("footer", f"\u2014 {V.WIRE_FULL_NAMES[agency]}"))
            if rng.random() < 0.75:
                s.wire_meta = [agency]
                truth["wire_declared"] = True

        # images
        s.images = []
        if self.has_images:
            count = rng.choices((1, 2, 3), (60, 30, 10))[0]
            for k in range(count):
                if k == 0:
                    cu = self.u["credit"]
                    status = "good" if cu < 0.6 else "missing" if cu < 0.8 else "bad"
                else:
                    status = rng.choices(("good", "missing", "bad"), (60, 20, 20))[0]
                if status == "good":
                    credit = f.fill(rng.choice(V.GOOD_CREDITS))
                elif status == "bad":
                    credit = rng.choice(V.BAD_CREDITS)
                else:
                    credit = None
                s.images.append({
                    "src": f"https://cdn.{_domain(self.outlet)}.example/images/{self.year}/"
                           f"{self.month:02d}/{rng.randint(100000, 999999)}-{k + 1}.jpg",
                    "caption": f.fill(rng.choice(V.CAPTIONS)),
                    "credit": credit,
                    "status": status,
                    "at": rng.random(),  # where an inline image sits in the body
                })
            if self.fmt == "txt":
                lead = s.images[0]
                truth["images"] = [] if lead["status"] == "missing" else [lead["status"]]
            else:
                truth["images"] = [im["status"] for im in s.images]

        # inserts: residue and untranslated passages, each at a relative position
        inserts: list[tuple[float, str, str]] = []
        if self.has_residue:
            for _ in range(rng.choice((1, 1, 2, 3))):
                r = rng.random()
                if r < 0.12:
                    appeal = rng.choice(V.APPEALS)
                    for p in appeal:
                        s.tail.append(("residue", f.fill(p)))
                    truth["residue"].append("appeal")
                elif r < 0.22 and self.fmt == "txt":
                    truth["residue"].append("title-repeat")
                    s.lead.append(("title-repeat", s.title))
                else:
                    kind, text = rng.choice(V.RESIDUE)
                    truth["residue"].append(kind)
                    inserts.append((rng.uniform(0.15, 0.95), "residue", text.format_map(f)))
        if self.untranslated:
            lang = rng.choice(("ar", "ru", "tr"))
            truth["untranslated"] = lang
            at = rng.uniform(0.2, 0.9)
            passage = self.foreign_sentences(lang, rng.randint(2, 4), rng)
            if rng.random() < 0.5:
                inserts.append((at, "para", V.FOREIGN[lang]["lead_in"]))
            inserts.append((at, "passage", passage))
        inserts.sort(key=lambda t: t[0])
        self.inserts = inserts

        # an outbound link in a paragraph, now and then
        self.link = None
        if self.body_lang == "en" and rng.random() < 0.3:
            self.link = (f"The full text of the {rng.choice(('report', 'statement', 'decision'))} "
                         f"is available [on the {rng.choice(('council', 'ministry', 'agency'))}'s "
                         f"website](https://www.{_domain(s.outlet)}.example/documents/"
                         f"{rng.randint(1000, 9999)}).")

        # page furniture (plain text only)
        s.furniture_top = None
        s.furniture_bottom = []
        if self.furniture:
            r = rng.random()
            if r < 0.7:
                s.furniture_top = f.fill(rng.choice(V.FURNITURE_TOP))
            if r >= 0.4:
                s.furniture_bottom = [line.format_map(f) for line in rng.choice(V.FURNITURE_BOTTOM)]

        s.body = []
        return s

    def assemble(self, s: Spec, filler: list[tuple[str, str]]) -> None:
        """Merge filler paragraphs with the dateline, inserts and link into ``s.body``."""
        body = list(filler)
        if self.link and len(body) > 2:
            i = 1 + int(len(body) * 0.6)
            i = min(i, len(body) - 1)
            while i > 0 and body[i][0] != "para":
                i -= 1
            body[i] = ("para", body[i][1] + " " + self.link)
        # inserts go between paragraphs, never before the first one
        for at, kind, text in reversed(self.inserts):
            pos = max(1, min(len(body), round(at * len(body))))
            body.insert(pos, (kind, text))
        if self.dateline:
            for k, (kind, text) in enumerate(body):
                if kind == "para":
                    body[k] = ("para", self.dateline + text)
                    break
        s.body = body


# ---------------------------------------------------------------------------
# Renderers


def _plain(text: str) -> str:
    return _LINK.sub(r"\1", text)


def _blocks(s: Spec) -> list[tuple[str, str]]:
    return s.lead + s.body + s.tail


def _body_text(s: Spec) -> str:
    """The article text as one string, paragraphs separated by blank lines (JSON ``body``)."""
    out = []
    for kind, text in _blocks(s):
        out.append(_plain(text))
    return "\n\n".join(out)


def _meta_record(s: Spec, with_body: bool) -> dict:
    rec: dict = {"title": s.title}
    if s.lang:
        rec["lang"] = s.lang
    rec["outlet"] = s.outlet
    if s.authors:
        rec["authors"] = list(s.authors)
    rec["date"] = s.date
    if s.source is not None:
        rec["source"] = dict(s.source)
    if s.translator:
        rec["translator"] = s.translator
    if s.translated_flag is not None:
        rec["translated"] = s.translated_flag
    if s.wire_meta:
        rec["wire"] = list(s.wire_meta)
    if s.images:
        imgs = []
        for im in s.images:
            d = {"src": im["src"], "caption": im["caption"]}
            if im["credit"] is not None:
                d["credit"] = im["credit"]
            imgs.append(d)
        rec["images"] = imgs
    if with_body:
        rec["body"] = _body_text(s)
    return rec


_YAML_PLAIN = re.compile(
    r"^[A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff][^:#\[\]{},&*!|>'\"%@`]*$"
)
_YAML_RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}


def _yaml_scalar(value) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    text = str(value)
    if (_YAML_PLAIN.match(text) and text.lower() not in _YAML_RESERVED
            and not text.endswith(" ") and "\n" not in text):
        return text
    return json.dumps(text, ensure_ascii=False)


def _front_matter(s: Spec) -> str:
    rec = _meta_record(s, with_body=False)
    lines = ["---"]
    for key, value in rec.items():
        if isinstance(value, list):
            if not value:
                lines.append(f"{key}: []")
                continue
            lines.append(f"{key}:")
            for item in value:
                if isinstance(item, dict):
                    first = True
                    for k, v in item.items():
                        lines.append(f"  {'- ' if first else '  '}{k}: {_yaml_scalar(v)}")
                        first = False
                else:
                    lines.append(f"  - {_yaml_scalar(item)}")
        elif isinstance(value, dict):
            lines.append(f"{key}:")
            for k, v in value.items():
                lines.append(f"  {k}: {_yaml_scalar(v)}")
        elif key == "date":
            lines.append(f'{key}: "{value}"')
        else:
            lines.append(f"{key}: {_yaml_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


_LINK_RESIDUE = ("read more:", "also read:", "related:")


def render_md(s: Spec) -> str:
    rng = random.Random(f"md:{s.index}:{s.title}")
    out = [_front_matter(s)]
    for kind, text in _blocks(s):
        if kind == "heading":
            out.append("## " + text)
        elif kind == "footer" and text.startswith(("This", "Translated", "Originally", "[")):
            style = rng.random()
            if style < 0.35:
                out.append("---")
                out.append("*" + text + "*")
            elif style < 0.7:
                out.append("_" + text + "_")
            else:
                out.append(text)
        elif kind == "residue" and text.lower().startswith(_LINK_RESIDUE):
            label, _, rest = text.partition(": ")
            out.append(f"**{label}:** [{rest}](https://www.{_domain(s.outlet)}.example/news/"
                       f"{rng.randint(10000, 99999)})")
        elif kind == "para" and text.startswith(("\u201c", '"')) and rng.random() < 0.2:
            out.append("> " + text)
        elif kind == "title-repeat":
            out.append(text)
        else:
            out.append(text)
    return out[0] + "\n" + "\n\n".join(out[1:]) + "\n"


def render_txt(s: Spec) -> str:
    parts: list[str] = []
    if s.furniture_top:
        parts.append(s.furniture_top)
    parts.append(s.title)
    if s.images and s.images[0]["credit"]:
        parts.append(s.images[0]["credit"])
    blocks = _blocks(s)
    text = ""
    for kind, t in blocks:
        t = _plain(t)
        if kind == "title-repeat" and parts:
            parts[-1] += "\n" + t  # stuck to the line above, as scraped pages do
            continue
        if kind == "footer" and t.startswith(("This", "Translated", "Originally", "[")):
            parts.append("\n" + t)  # two blank lines before the disclaimer
            continue
        parts.append(t)
    text = "\n\n".join(parts)
    if s.furniture_bottom:
        text += "\n\n" + "\n".join(s.furniture_bottom)
    return text + "\n"


def _jsonld(s: Spec) -> dict:
    d: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "inLanguage": s.lang,
        "datePublished": s.date + "T08:00:00Z",
        "url": s.url,
        "publisher": {"@type": "NewsMediaOrganization", "name": s.outlet},
    }
    if s.authors:
        d["author"] = [{"@type": "Person", "name": a} for a in s.authors]
    if s.images:
        imgs = []
        for im in s.images:
            o = {"@type": "ImageObject", "url": im["src"], "caption": im["caption"]}
            if im["credit"] is not None:
                o["creditText"] = im["credit"]
            imgs.append(o)
        d["image"] = imgs
    if s.translator:
        d["translator"] = {"@type": "Person", "name": s.translator}
    if s.source is not None:
        src = s.source
        work: dict = {"@type": "NewsArticle"}
        if "title" in src:
            work["headline"] = src["title"]
        work["inLanguage"] = src.get("language")
        work["url"] = src.get("url")
        work["datePublished"] = src.get("published")
        if src.get("author"):
            work["author"] = {"@type": "Person", "name": src["author"]}
        if src.get("outlet"):
            work["publisher"] = {"@type": "NewsMediaOrganization", "name": src["outlet"]}
        d["translationOfWork"] = work
    if s.wire_meta:
        d["sourceOrganization"] = [
            {"@type": "NewsMediaOrganization", "name": V.WIRE_FULL_NAMES[w]} for w in s.wire_meta
        ]
    return d


def _html_text(text: str) -> str:
    out, last = [], 0
    for m in _LINK.finditer(text):
        out.append(html.escape(text[last : m.start()], quote=False))
        href, label = html.escape(m.group(2)), html.escape(m.group(1), quote=False)
        out.append(f'<a href="{href}">{label}</a>')
        last = m.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def _figure(im: dict) -> str:
    cap = html.escape(im["caption"], quote=False)
    credit = (f' <span class="credit">{html.escape(im["credit"], quote=False)}</span>'
              if im["credit"] else "")
    return (f'<figure>\n<img src="{html.escape(im["src"])}" alt="{html.escape(im["caption"])}">\n'
            f"<figcaption>{cap}{credit}</figcaption>\n</figure>")


def render_html(s: Spec) -> str:
    esc = html.escape
    ld = json.dumps(_jsonld(s), ensure_ascii=False, indent=1).replace("</", "<\\/")
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(s.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title, quote=False)} \u2013 {esc(s.outlet, quote=False)}</title>",
        f'<meta name="description" content="{esc(_plain(s.lead[0][1]))}">',
    ]
    if s.authors:
        head.append(f'<meta name="author" content="{esc(", ".join(s.authors))}">')
    head += [
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(s.outlet)}">',
        f'<meta property="article:published_time" content="{s.date}T08:00:00Z">',
        f'<link rel="canonical" href="{esc(s.url)}">',
        '<script type="application/ld+json">',
        ld,
        "</script>",
        "</head>",
        "<body>",
        f'<header class="site-header"><a class="logo" href="/">{esc(s.outlet, quote=False)}</a>',
        "<nav><ul>"
        + "".join(f'<li><a href="/{x.lower()}/">{x}</a></li>' for x in V.SECTIONS[:5])
        + "</ul></nav></header>",
        "<main>",
        "<article>",
        f"<h1>{esc(s.title, quote=False)}</h1>",
    ]
    if s.authors:
        head.append(f'<p class="byline">By {esc(" and ".join(s.authors), quote=False)} \u00b7 '
                    f'<time datetime="{s.date}">{s.date}</time></p>')
    body: list[str] = []
    lead_img = s.images[0] if s.images else None
    inline = sorted(s.images[1:], key=lambda im: im["at"])
    blocks = _blocks(s)
    n = len(blocks)
    for k, (kind, text) in enumerate(blocks):
        t = _html_text(text)
        while inline and inline[0]["at"] * n <= k and kind == "para":
            body.append(_figure(inline.pop(0)))
        if kind == "standfirst":
            body.append(f'<p class="standfirst">{t}</p>')
            if lead_img:
                body.append(_figure(lead_img))
        elif kind == "heading":
            body.append(f"<h2>{t}</h2>")
        elif kind == "footer":
            body.append(f'<p class="note"><em>{t}</em></p>')
        elif kind == "residue" and text in ("Advertisement", "ADVERTISEMENT"):
            body.append(f'<div class="ad-slot"><p>{t}</p></div>')
        elif kind == "passage":
            body.append(f"<p>{t}</p>")
        else:
            body.append(f"<p>{t}</p>")
    for im in inline:
        body.append(_figure(im))
    tail = [
        "</article>",
        "</main>",
        f'<footer class="site-footer"><p>\u00a9 {s.date[:4]} {esc(s.outlet, quote=False)}. '
        "All rights reserved.</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(head + body + tail) + "\n"


def render_json(s: Spec) -> str:
    return json.dumps(_meta_record(s, with_body=True), ensure_ascii=False, indent=2) + "\n"


def render_jsonl(s: Spec) -> str:
    return json.dumps(_meta_record(s, with_body=True), ensure_ascii=False) + "\n"


RENDERERS = {
    "md": render_md,
    "txt": render_txt,
    "html": render_html,
    "json": render_json,
    "jsonl": render_jsonl,
}
#: approximate bytes a renderer adds around one block
_BLOCK_OVERHEAD = {"md": 2, "txt": 2, "html": 8, "json": 4, "jsonl": 4}


def make_article(seed: int, index: int, fmt: str, offsets: dict[str, float] | None = None):
    """Render article ``index``; return ``(text, truth)``.  Deterministic in (seed, index, fmt)."""
    if offsets is None:
        offsets = _weyl(seed)
    b = Builder(seed, index, fmt, offsets)
    s = b.build()
    render = RENDERERS[fmt]
    target = b.rng.randint(*TARGET_RANGE)
    b.assemble(s, [])
    size = len(render(s).encode("utf-8"))
    stream = b.paragraphs()
    filler: list[tuple[str, str]] = []
    per = _BLOCK_OVERHEAD[fmt]
    while size < target:
        kind, text = next(stream)
        filler.append((kind, text))
        size += len(text.encode("utf-8")) + per
    if filler and filler[-1][0] == "heading":
        filler.pop()
    b.assemble(s, filler)
    text = render(s)
    size = len(text.encode("utf-8"))
    while size > MAX_BYTES and len(filler) > 1:
        filler.pop()
        while filler and filler[-1][0] == "heading":
            filler.pop()
        b.assemble(s, filler)
        text = render(s)
        size = len(text.encode("utf-8"))
    while size < MIN_BYTES:
        kind, extra = next(stream)
        if kind == "heading":
            continue
        filler.append((kind, extra))
        b.assemble(s, filler)
        text = render(s)
        size = len(text.encode("utf-8"))
    truth = dict(s.truth)
    truth["title"] = s.title
    truth["bytes"] = size
    return text, truth


# ---------------------------------------------------------------------------
# The corpus


def _slug(title: str) -> str:
    slug = _SLUG.sub("-", title.lower()).strip("-")[:48].rstrip("-")
    return slug or "article"


def generate_corpus(out_dir: str | Path, n: int, seed: int = 1,
                    formats: tuple[str, ...] | list[str] = DEFAULT_FORMATS,
                    jsonl_batch: int = 100, manifest: str | Path | None = None,
                    clean: bool = False) -> dict:
    """Write ``n`` articles to ``out_dir``; return a summary (counts, bytes, features)."""
    out = Path(out_dir)
    formats = tuple(formats)
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not formats:
        raise ValueError("no formats given")
    if n < 1:
        raise ValueError("-n must be at least 1")
    if manifest is not None and out.resolve() in Path(manifest).resolve().parents:
        raise ValueError("the manifest must not be inside OUT_DIR (provcheck would read it)")
    out.mkdir(parents=True, exist_ok=True)
    old = sorted(p for p in out.iterdir() if p.is_file() and GENERATED_NAME.match(p.name))
    if old:
        if not clean:
            raise FileExistsError(
                f"{out} already holds {len(old)} generated files; use --clean to replace them"
            )
        for p in old:
            p.unlink()

    width = max(5, len(str(n - 1)))
    offsets = _weyl(seed)
    t0 = time.perf_counter()
    files = 0
    total = 0
    counts = {
        "articles": 0, "translated": 0, "disclaimer_missing": 0, "images": 0,
        "bad_or_missing_credit": 0, "wire": 0, "residue": 0, "untranslated": 0,
        "non_english": 0, "lang_mismatch": 0, "furniture": 0,
    }
    by_format = {fmt: 0 for fmt in formats}
    man = open(manifest, "w", encoding="utf-8", newline="\n") if manifest else None
    batch: list[str] = []
    batch_first = 0

    def flush_batch() -> None:
        nonlocal files, total
        if not batch:
            return
        name = f"{batch_first:0{width}d}-batch.jsonl"
        data = "".join(batch).encode("utf-8")
        (out / name).write_bytes(data)
        files += 1
        total += len(data)
        batch.clear()

    try:
        for i in range(n):
            fmt = formats[i % len(formats)]
            text, truth = make_article(seed, i, fmt, offsets)
            counts["articles"] += 1
            by_format[fmt] += 1
            counts["translated"] += truth["translated"]
            counts["disclaimer_missing"] += truth["disclaimer"] == "none"
            counts["images"] += bool(truth["images"])
            counts["bad_or_missing_credit"] += any(x != "good" for x in truth["images"])
            counts["wire"] += truth["wire"] is not None
            counts["residue"] += bool(truth["residue"])
            counts["untranslated"] += truth["untranslated"] is not None
            counts["non_english"] += truth["body_lang"] != "en"
            counts["lang_mismatch"] += (truth["declared_lang"] is not None
                                        and truth["declared_lang"] != truth["body_lang"])
            counts["furniture"] += truth["furniture"]
            if fmt == "jsonl":
                if not batch:
                    batch_first = i
                batch.append(text)
                name = f"{batch_first:0{width}d}-batch.jsonl"
                truth["file"] = name
                truth["record"] = len(batch)
                truth["id"] = f"{name}#{len(batch)}"
                if len(batch) >= jsonl_batch:
                    flush_batch()
            else:
                name = f"{i:0{width}d}-{_slug(truth['title'])}.{fmt}"
                data = text.encode("utf-8")
                (out / name).write_bytes(data)
                files += 1
                total += len(data)
                truth["file"] = name
                truth["id"] = name
            if man:
                man.write(json.dumps(truth, ensure_ascii=False, sort_keys=True) + "\n")
        flush_batch()
    finally:
        if man:
            man.close()
    elapsed = time.perf_counter() - t0
    return {
        "out_dir": str(out),
        "seed": seed,
        "formats": list(formats),
        "files": files,
        "bytes": total,
        "seconds": round(elapsed, 3),
        "by_format": by_format,
        "features": counts,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Generate a deterministic corpus of news articles for benchmarking provcheck.",
    )
    ap.add_argument("out_dir", help="directory to write the articles into (created if missing)")
    ap.add_argument("-n", type=int, required=True, help="number of articles")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--formats", default=",".join(DEFAULT_FORMATS),
                    help="comma-separated formats, used in turn: md,txt,html,json,jsonl "
                         "(default md,txt)")
    ap.add_argument("--jsonl-batch", type=int, default=100,
                    help="records per .jsonl file (default 100)")
    ap.add_argument("--manifest", help="write the ground truth as JSON lines to this file "
                                       "(outside OUT_DIR)")
    ap.add_argument("--clean", action="store_true",
                    help="remove previously generated files from OUT_DIR first")
    ap.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    args = ap.parse_args(argv)
    formats = tuple(f.strip().lower().lstrip(".") for f in args.formats.split(",") if f.strip())
    if args.manifest:
        m = Path(args.manifest).resolve()
        if Path(args.out_dir).resolve() in m.parents:
            ap.error("--manifest must not be inside OUT_DIR (provcheck would read it)")
    if args.jsonl_batch < 1:
        ap.error("--jsonl-batch must be at least 1")
    try:
        summary = generate_corpus(args.out_dir, args.n, seed=args.seed, formats=formats,
                                  jsonl_batch=args.jsonl_batch, manifest=args.manifest,
                                  clean=args.clean)
    except (ValueError, FileExistsError) as exc:
        print(f"generate.py: error: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        c = summary["features"]
        n = c["articles"]

        def pct(k: str) -> str:
            return f"{c[k]:>6} ({100 * c[k] / n:4.1f}%)"

        print(f"wrote {n} articles in {summary['files']} files, "
              f"{summary['bytes'] / 1e6:.1f} MB, to {summary['out_dir']} "
              f"in {summary['seconds']:.1f} s (seed {summary['seed']})", file=sys.stderr)
        print("  formats: " + ", ".join(f"{k} {v}" for k, v in summary["by_format"].items()),
              file=sys.stderr)
        for key in ("translated", "disclaimer_missing", "images", "bad_or_missing_credit", "wire",
                    "residue", "untranslated", "non_english", "lang_mismatch"):
            print(f"  {key:<22}{pct(key)}", file=sys.stderr)
        txt = summary["by_format"].get("txt", 0)
        if txt:
            print(f"  {'furniture':<22}{c['furniture']:>6} ({100 * c['furniture'] / txt:4.1f}% "
                  "of .txt)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
