"""Language checks: detection, Kurdish, passages, determinism.

Fixtures in tests/fixtures/language/ are articles written for these tests
(Markdown with ``lang:`` front matter).  They are read here by a tiny helper,
not by the Markdown reader, so these tests only depend on the article model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from validator import language
from validator.article import Article, Block
from validator.checks.base import Context
from validator.checks.language import Check
from validator.facts import Facts

FIXTURES = Path(__file__).parent / "fixtures" / "language"
REPO = Path(__file__).resolve().parent.parent


def load(name: str) -> Article:
    """An Article from a fixture: front matter, then blocks split on blank lines.

    ``#`` lines are headings and ``> `` lines block quotations; every block
    keeps its line and column in the file.
    """
    path = FIXTURES / name
    lines = path.read_text(encoding="utf-8").split("\n")
    meta: dict = {}
    start = 0
    if lines[0] == "---":
        end = lines.index("---", 1)
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
        start = end + 1
    blocks: list[Block] = []
    para: list[tuple[int, str]] = []

    def flush() -> None:
        if not para:
            return
        number, first = para[0]
        kind, strip = "paragraph", 0
        if first.startswith("#"):
            kind, strip = "heading", len(first) - len(first.lstrip("#")) + 1
        elif first.startswith("> "):
            kind, strip = "quote", 2
        text, segments = first[strip:], []
        for n, line in para[1:]:
            cut = 2 if kind == "quote" and line.startswith("> ") else 0
            text += "\n"
            segments.append((len(text), n, 1 + cut))
            text += line[cut:]
        blocks.append(Block(kind=kind, text=text, line=number, column=1 + strip, segments=tuple(segments)))
        para.clear()

    for i in range(start, len(lines)):
        if lines[i].strip():
            para.append((i + 1, lines[i]))
        else:
            flush()
    flush()
    return Article(id=name, path=str(path), format="markdown", title=meta.get("title"),
                   lang=meta.get("lang"), blocks=tuple(blocks), meta=meta)


def run(name: str, mode: str, **options):
    article = load(name) if isinstance(name, str) else name
    ctx = Context(facts=Facts(article))
    return Check(kind="language", mode=mode, **options).run(article, ctx)


def at(outcome) -> list[tuple[int, int, str]]:
    return [(h.line, h.column, h.values.get("detected", "")) for h in outcome.hits]


# --- the fixtures, as data: detected language, passages, mismatch, undetermined --

CASES = {
    # name: (detected language, [(line, column, language) of passages], mismatch?, undetermined?)
    "en.md": ("en", [], False, False),
    "en-gb.md": ("en", [], False, False),
    "en-names-arabic.md": ("en", [], False, False),
    "en-names-russian.md": ("en", [], False, False),
    "en-quote.md": ("en", [], False, False),
    "en-passage-ar.md": ("en", [(10, 1, "ar")], False, False),
    "en-passage-ru.md": ("en", [(8, 1, "ru")], False, False),
    "en-passage-tr.md": ("en", [(8, 1, "tr")], False, False),
    "en-passage-fr.md": ("en", [(8, 1, "fr")], False, False),
    "ar.md": ("ar", [], False, False),
    "ar-passage-en.md": ("ar", [(8, 1, "en")], False, False),
    "ru.md": ("ru", [], False, False),
    "ru-passage-uk.md": ("ru", [(8, 1, "uk")], False, False),
    "uk.md": ("uk", [], False, False),
    "tr.md": ("tr", [], False, False),
    "tr-passage-kmr.md": ("tr", [(8, 1, "kmr")], False, False),
    "fr.md": ("fr", [], False, False),
    "fr-passage-en.md": ("fr", [(8, 1, "en")], False, False),
    "de.md": ("de", [], False, False),
    "de-passage-ru.md": ("de", [(8, 1, "ru")], False, False),
    "fa.md": ("fa", [], False, False),
    "fa-passage-ar.md": ("fa", [(8, 1, "ar")], False, False),
    "ckb.md": ("ckb", [], False, False),
    "ckb-passage-ar.md": ("ckb", [(8, 1, "ar")], False, False),
    "kmr.md": ("kmr", [], False, False),
    "mismatch-ar-as-en.md": ("ar", None, True, False),
    "mismatch-ckb-as-fa.md": ("ckb", None, True, False),
    "mismatch-kmr-as-tr.md": ("kmr", None, True, False),
    "mismatch-en-as-fr.md": ("en", None, True, False),
    "mixed.md": ("en", [(8, 1, "ar")], False, True),
    "short.md": (None, [], False, True),
    "no-letters.md": (None, [], False, True),
}


def test_every_fixture_has_a_case():
    assert sorted(p.name for p in FIXTURES.glob("*.md")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_detected_language(name):
    fact = Facts(load(name)).get("detected_language")
    assert fact.value == CASES[name][0], fact.reason
    assert "sample of paragraph heads" in fact.reason


@pytest.mark.parametrize("name", sorted(CASES))
def test_passages(name):
    expected = CASES[name][1]
    outcome = run(name, "passages")
    if expected is None:  # the whole body is in another language: mismatch's finding
        assert outcome.skipped and "whole text reads as" in outcome.skipped
    else:
        assert at(outcome) == expected, [h.excerpt for h in outcome.hits]


@pytest.mark.parametrize("name", sorted(CASES))
def test_mismatch(name):
    detected, _, mismatch, undetermined = CASES[name]
    outcome = run(name, "mismatch")
    if mismatch:
        [hit] = outcome.hits
        article = load(name)
        first = next(b for b in article.blocks if b.kind == "paragraph")
        assert (hit.line, hit.column) == (first.line, first.column)
        assert hit.values == {"detected": detected, "probability": "1.00", "declared": article.lang}
    elif undetermined and detected is None:
        assert outcome.skipped and not outcome.hits
    else:
        assert not outcome.hits and not outcome.skipped


@pytest.mark.parametrize("name", sorted(CASES))
def test_undetermined(name):
    outcome = run(name, "undetermined")
    assert len(outcome.hits) == (1 if CASES[name][3] else 0), outcome.hits


def test_undetermined_says_why():
    assert run("short.md", "undetermined").hits[0].values["reason"] == "only 17 letters"
    assert run("no-letters.md", "undetermined").hits[0].values["reason"] == "no letters"
    mixed = run("mixed.md", "undetermined").hits[0]
    assert mixed.values["reason"] == "the scripts are mixed (Latin is 55% of the letters)"
    assert (mixed.line, mixed.column) == (6, 1)


def test_passage_hit_spans_the_block():
    [hit] = run("en-passage-ar.md", "passages").hits
    block = load("en-passage-ar.md").blocks[2]
    assert (hit.line, hit.column, hit.end_line, hit.end_column) == (10, 1, 10, 1 + len(block.text))
    assert hit.values == {"detected": "ar", "probability": "1.00", "declared": "en"}
    assert hit.excerpt.startswith("وأكد رئيس المجلس")


# --- what must not trip the passages check -------------------------------------


@pytest.mark.parametrize("text", [
    "Killed: Ahmad al-Hariri, 34; Mahmoud Abu Zeid, 51; Khaled bin Omar, 19; Yusuf al-Khatib, 27.",
    "Photo: Omar Haj Kadour / AFP via Getty Images, taken in Maarat Misrin, Idlib countryside, March 2020",
    "Hayat Tahrir al-Sham (HTS), formerly Jabhat al-Nusra, controls most of Idlib province.",
    "Sheikh Hikmat al-Hijri, Laith al-Balous, Suleiman Abdul Baqi and Ahmad al-Awda were named.",
    "Spetsnaz, Rosgvardiya and OMON units were deployed; Wagner's Prigozhin denied involvement.",
    "Mr Lavrov, Mr Cavusoglu and Mr Pedersen met in Sochi; no statement was issued afterwards.",
    "Ya Allah, ma lana ghayrak ya Allah, the crowd shouted, as the funeral procession moved through Douma.",
    "Timeline: 2011 protests; 2012 Aleppo battle; 2015 Russian intervention; 2016 fall of eastern Aleppo.",
    "Protesters chanted “الشعب يريد إسقاط النظام” before the police dispersed them with batons.",
    "The volunteer said the city's motto was «Харків тримається» and went back to unloading boxes.",
    "Residents greeted each other with \"Ramadan kareem, kul am wa antum bikhair\" as loaves came out.",
    "Locals call the reopened bakery *furn al-hara*, the neighbourhood oven, and queue before dawn.",
    "Talks resume Monday in Geneva.",
])
def test_no_passage_in_english(text):
    article = Article(id="a", path="a.md", format="markdown", lang="en",
                      blocks=(Block(kind="paragraph", text="The talks in Geneva will resume next week, the "
                                    "ministry said on Tuesday, after a pause of almost a month.",
                                    line=1, column=1),
                              Block(kind="paragraph", text=text, line=3, column=1)))
    assert not run(article, "passages").hits


def test_quotations_count_when_asked():
    article = load("en-quote.md")
    assert at(run(article, "passages", ignore_quoted=False)) == [(12, 3, "ar")]


@pytest.mark.parametrize("want, text", [
    ("es", "El gobierno anunció ayer que las negociaciones se reanudarán la próxima semana en Ginebra."),
    ("it", "Il governo ha annunciato ieri che i negoziati riprenderanno la prossima settimana a Ginevra."),
    ("de", "Die Regierung hat gestern angekündigt, dass die Verhandlungen nächste Woche fortgesetzt werden."),
    ("ru", "Правительство вчера объявило, что переговоры возобновятся на следующей неделе в Женеве."),
    ("uk", "Уряд учора оголосив, що переговори відновляться наступного тижня в Женеві."),
    ("el", "Η κυβέρνηση ανακοίνωσε χθες ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα."),
    ("fa", "دولت دیروز اعلام کرد که مذاکرات هفته آینده در ژنو از سر گرفته می‌شود و ادامه می‌یابد."),
    ("ar", "أعلنت الحكومة أمس أن المفاوضات ستستأنف الأسبوع المقبل في جنيف بعد توقف دام شهرا."),
    ("kmr", "Hikûmetê duh ragihand ku danûstandin dê hefteya bê li Cenevreyê ji nû ve dest pê bikin."),
    ("ckb", "حکومەت دوێنێ ڕایگەیاند کە دانوستانەکان هەفتەی داهاتوو لە ژنێڤ دەست پێدەکەنەوە."),
])
def test_identify_short_blocks(want, text):
    found = language.identify(text, "en")
    assert found.lang == want and found.reliable and found.prob >= 0.9, found


# --- Kurdish, tags, supported languages -------------------------------------------


def test_kurdish_declared_as_ku_matches_either():
    for name in ("ckb.md", "kmr.md"):
        article = load(name).model_copy(update={"lang": "ku"})
        assert not run(article, "mismatch").hits
        assert not run(article, "passages").hits


@pytest.mark.parametrize("tag, code", [
    ("en", "en"), ("en-GB", "en"), ("EN_us", "en"), ("en-t-ar", "en"), ("zh-Hant-TW", "zh"), ("zh-cn", "zh"),
    ("ku-Arab", "ckb"), ("ku-Latn", "kmr"), ("ckb-IQ", "ckb"), ("ku", "ku"), ("iw", "he"), ("nb", "no"),
    ("ara", "ar"), ("und", None), ("", None), (None, None),
])
def test_normalise(tag, code):
    assert language.normalise(tag) == code


def test_supported_languages():
    assert {"ckb", "kmr", "zh", "en", "ar", "fa", "tr", "ru", "uk"} <= set(language.SUPPORTED)
    assert not {"zh-cn", "zh-tw"} & set(language.SUPPORTED)
    assert len(language.SUPPORTED) == 56
    for code in language.SUPPORTED:
        assert code in language.__doc__
    assert language.is_supported("ku") and not language.is_supported("ha")


def test_no_or_unsupported_declared_language():
    article = load("en.md").model_copy(update={"lang": None})
    assert run(article, "mismatch").skipped == "no declared language"
    assert not run(article, "passages").hits  # judged against the detected language
    hausa = load("en.md").model_copy(update={"lang": "ha"})
    assert "not one provcheck can detect" in run(hausa, "mismatch").skipped
    assert "not one provcheck can detect" in run(hausa, "passages").skipped


# --- langdetect: no letters, caching, call counts, the fast detector ---------------


@pytest.mark.parametrize("text", ["", "   ", "2024 — 15% / 30% (±2)", "!!! ??? ...", "\u200b\u200b"])
def test_no_letters(text):
    assert language.langdetect(text) == []
    assert language.identify(text).lang is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_identify_never_raises(text):
    found = language.identify(text, "en")
    assert found.lang is None or isinstance(found.lang, str)


@pytest.mark.parametrize("name, calls", [("en.md", 0), ("en-passage-tr.md", 2), ("tr.md", 2)])
def test_languages_are_computed_once_per_article(name, calls):
    article = load(name)
    facts = Facts(article)
    ctx = Context(facts=facts)
    language.forget()  # (another test may have identified the same paragraph)
    language.reset_calls()
    for _ in range(2):
        for mode in ("mismatch", "passages", "undetermined"):
            Check(kind="language", mode=mode).run(article, ctx)
        facts.get("detected_language")
    # en.md: function words decide the article and every paragraph; en-passage-tr.md:
    # langdetect on the sample and on the Turkish paragraph
    assert language.calls() == calls


def test_min_letters_from_settings():
    class Settings:
        language_min_letters = 500

    article = load("en-passage-ar.md")
    ctx = Context(facts=Facts(article), settings=Settings())
    assert not Check(kind="language", mode="passages").run(article, ctx).hits
    assert Check(kind="language", mode="passages", min_letters=40).run(article, ctx).hits


def test_fast_detector_matches_langdetect():
    from langdetect.detector import Detector

    factory = language._factory()
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.md"))]
    texts += ["NATO and the UN said the USAID-funded ABCs ran. McDonald's", "ŞİMDİ İstanbul'da ÇOK",
              "Ţara şi ţările ÎN România", "Việt Nam ĐÃ công bố", "日本語のテキスト、カタカナ。中文内容", "한국어 텍스트"]
    for text in texts:
        for trials in (3, 7):
            found = []
            for cls in (Detector, factory.detector_class):
                detector = cls(factory)
                detector.seed, detector.n_trial = 0, trials
                detector.append(text)
                found.append([(x.lang, x.prob) for x in detector.get_probabilities()])
            assert found[0] == found[1], text[:40]


def test_check_options_are_validated():
    with pytest.raises(ValueError):
        Check(kind="language", mode="other")
    with pytest.raises(ValueError):
        Check(kind="language", mode="passages", colour="red")
    with pytest.raises(ValueError):
        Check(kind="language", mode="passages", scope=["bodies"])
    with pytest.raises(ValueError):
        Check(kind="language", mode="passages", min_probability=2)


def test_rules_file():
    rules = yaml.safe_load((REPO / "rules" / "language.yaml").read_text(encoding="utf-8"))["rules"]
    assert [(r["id"], r["severity"], r["check"]["mode"]) for r in rules] == [
        ("language-mismatch", "error", "mismatch"),
        ("untranslated-passage", "error", "passages"),
        ("language-undetermined", "info", "undetermined"),
    ]
    for rule in rules:
        Check(**rule["check"])
        assert rule["docs"]["why"] and rule["docs"]["compliant"] and rule["docs"]["non_compliant"]


# --- determinism across processes ---------------------------------------------------

_PROBE = """
import json, sys
from pathlib import Path
from validator import language
out = {}
for path in sorted(Path(sys.argv[1]).glob("*.md")):
    text = path.read_text(encoding="utf-8")
    body = text.split("---", 2)[2]
    out[path.name] = [language.langdetect(body), [language.identify(p, "en").__dict__ for p in body.split("\\n\\n")]]
print(json.dumps(out, sort_keys=True))
"""


def test_detection_is_the_same_in_fresh_processes():
    outputs = []
    for hashseed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hashseed, PYTHONPATH=str(REPO))
        done = subprocess.run([sys.executable, "-c", _PROBE, str(FIXTURES)], capture_output=True, text=True,
                              env=env, cwd=REPO, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    results = json.loads(outputs[0])
    assert results["en.md"][0][0][0] == "en"


def test_no_capital_letter_past_the_cased_planes():
    """The langdetect wrapper marks capitals found below ``CASED_PLANES`` only."""
    from validator.language.detector import CASED_PLANES

    assert not any(chr(i).isupper() for i in range(CASED_PLANES, 0x110000))
