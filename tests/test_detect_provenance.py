"""Translation statements and original-outlet credits in synthetic articles of our own,
one case per form and language (validator.detect.translation, validator.detect.outlet),
and the traps that must not count."""

from __future__ import annotations

import pytest

from validator.detect.outlet import find_outlet
from validator.detect.translation import find_disclaimer, find_parallel
from validator.readers import read_text

BODY = ("Water prices rose for the third month running in the eastern districts, traders said on Monday.\n\n"
        "The municipality blamed the cost of fuel for the pumping stations along the river.\n\n"
        "Residents have started to buy water from private tankers at twice the official price.\n")


def article(text: str, ext: str = "txt"):
    [a] = read_text(text, f"article.{ext}")
    return a


def outlet_of(text: str, ext: str = "txt"):
    """The outlet found in ``text`` read as an ``ext`` article (after its disclaimer, if any)."""
    a = article(text, ext)
    d = find_disclaimer(a)
    return find_outlet(a, (d.line, d.column) if d else None)


# --- disclaimers ---------------------------------------------------------------------

DISCLAIMERS = [
    ("en footer", "Water Prices Rise\n\n" + BODY + "\nThis article was translated and edited by The Levant Digest.\n",
     "translated and edited by"),
    ("en top note", "Water Prices Rise\n\nThe following is an abridged translation of an editorial in a Cairo daily.\n\n"
     + BODY, "translation of"),
    ("en translator line", "Water Prices Rise\n\nBy Rana Khalil\n\nTranslation: Samir Haddad\n\n" + BODY,
     "Translation: Samir Haddad"),
    ("en provided the translation", "Water Prices Rise\n\n" + BODY + "\nOur colleagues at a Beirut agency provided "
     "the translation.\n", "provided the translation"),
    ("en machine translation", "Water Prices Rise\n\nAutotranslation, lightly edited by the desk\n\n" + BODY,
     "Autotranslation"),
    ("fr", "Les prix de l'eau\n\nTraduit de l'arabe par Claire Martin\n\n" + BODY, "Traduit de"),
    ("de", "Wasserpreise\n\n" + BODY + "\nAus dem Arabischen von Jana Roth.\n", "Aus dem Arabischen von"),
    ("es", "El agua\n\nTraducido para Crónica por Ana Ruiz.\n\n" + BODY, "Traducido para Crónica por"),
    ("it", "L'acqua\n\nLa rivista traduce dal Corriere del Levante l'editoriale di lunedì.\n\n" + BODY, "traduce dal"),
    ("pt", "A água\n\n" + BODY + "\nTraduzido do árabe por Joana Prates.\n", "Traduzido do"),
    ("tr capitals", "Su fiyatları\n\n" + BODY + "\nÇEVİRİ: Elif Kaya\n", "ÇEVİRİ: E"),
    ("fa", "قیمت آب\n\n" + BODY + "\nترجمه: سارا احمدی\n", "ترجمه:"),
    ("uk", "Ціни на воду\n\n" + BODY + "\nПереклад з арабської: Олена Коваль.\n", "Переклад з арабської"),
    ("ru genitive name", "Цены на воду\n\nРана Халиль, перевод Сёмы Давидовича\n\n" + BODY, "перевод Сёмы Д"),
    ("ru verb", "Цены на воду\n\nПеревели для вас статью из ливанской газеты.\n\n" + BODY, "Перевели для"),
    ("ar", "أسعار المياه\n\n" + BODY + "\nترجمة / محمد أحمد\n", "ترجمة /"),
    ("zh", "水价\n\n" + BODY + "\n翻译：王小明\n", "翻译："),
    ("ja", "水道料金\n\n" + BODY + "\n翻訳：山田花子\n", "翻訳："),
    ("nl", "Water\n\n" + BODY + "\nVertaald uit het Arabisch door Eva de Vries.\n", "Vertaald uit"),
    ("pl", "Woda\n\n" + BODY + "\nTłumaczenie: Anna Nowak\n", "Tłumaczenie:"),
    ("sv", "Vatten\n\n" + BODY + "\nÖversättning: Eva Berg\n", "Översättning:"),
    ("da", "Vand\n\n" + BODY + "\nOversat fra arabisk af Eva Holm.\n", "Oversat fra"),
    ("no", "Vann\n\n" + BODY + "\nOversatt fra arabisk av Eva Lie.\n", "Oversatt fra"),
    ("el", "Νερό\n\n" + BODY + "\nΜΕΤΆΦΡΑΣΗ: Ελένη Παππά\n", "ΜΕΤΆΦΡΑΣΗ:"),
    ("he", "מים\n\n" + BODY + "\nתרגום: דנה לוי\n", "תרגום:"),
    ("ko", "물\n\n" + BODY + "\n번역: 김민지\n", "번역:"),
    ("hi", "पानी\n\n" + BODY + "\nअनुवाद: सीमा राव\n", "अनुवाद:"),
    ("id", "Air\n\n" + BODY + "\nDiterjemahkan dari bahasa Arab oleh Sari Dewi.\n", "Diterjemahkan dari"),
]


@pytest.mark.parametrize("name, text, words", DISCLAIMERS, ids=[d[0] for d in DISCLAIMERS])
def test_disclaimer_forms(name, text, words):
    found = find_disclaimer(article(text))
    assert found is not None, name
    assert found.words.startswith(words) or words in found.words, found


NOT_DISCLAIMERS = [
    ("title prefix", "Translation: Water Prices Rise Again Across The Region\n\n" + BODY),
    ("link label", "Water Prices Rise\n\nRead the original Arabic article here.\n\n" + BODY),
    ("general remark", "Water Prices Rise\n\n" + BODY + "\nWe publish articles we've translated from the best "
     "sources.\n"),
    ("money transfer in Russian", "Цены на воду\n\nОплатить можно через перевод на карту.\n\n" + BODY),
    ("operation name glossed", "L'eau\n\nL'opération, traduit en anglais Protective Edge, a duré.\n\n" + BODY),
]


@pytest.mark.parametrize("name, text", NOT_DISCLAIMERS, ids=[d[0] for d in NOT_DISCLAIMERS])
def test_not_disclaimers(name, text):
    assert find_disclaimer(article(text)) is None


def test_disclaimer_in_the_middle_of_a_long_body_is_not_searched():
    middle = "A pamphlet translated from the Arabic by volunteers was handed out.\n\n"
    text = "Water Prices Rise\n\n" + BODY * 3 + middle + BODY * 3
    assert find_disclaimer(article(text)) is None


def test_run_on_text_tail():
    run_on = " ".join(["Traders said prices rose again in the eastern districts on Monday."] * 30)
    found = find_disclaimer(article("Water Prices Rise\n\n" + run_on + " Translated from the Arabic by Sami Aziz\n"))
    assert found is not None and found.line == 3


# --- a translation beside its original ---------------------------------------------------

def test_parallel_text_in_two_scripts():
    zh = "水价连续第三个月上涨，居民说他们不得不从私人水车买水，价格是官方价格的两倍。" * 2
    found = find_parallel(article("Water Prices Rise\n\n" + BODY + "\nThe original post follows:\n\n" + zh + "\n"))
    assert found is not None and found.other == "cjk" and found.main == "latin"


def test_a_name_in_another_script_is_no_parallel_text():
    assert find_parallel(article("Water Prices Rise\n\nThe user 水价上涨 wrote on Monday.\n\n" + BODY)) is None


# --- original outlet -----------------------------------------------------------------------

OUTLETS = [
    ("originally appeared", "Water Prices Rise\n\n" + BODY + "\nThis post originally appeared on Example Daily.\n",
     "Example Daily", "credit"),
    ("appeared first", "Water Prices Rise\n\n" + BODY + "\nThe post Water Prices Rise appeared first on The Levant "
     "Courier.\n", "The Levant Courier", "credit"),
    ("republished with permission", "Water Prices Rise\n\n" + BODY + "\nRepublished with permission of Example "
     "Monitor.\n", "Example Monitor", "credit"),
    ("source url", "Water Prices Rise\n\n" + BODY + "\nSource: https://www.example-daily.org/2020/05/water/\n",
     "example-daily.org", "source"),
    ("source name at the end", "Water Prices Rise\n\n" + BODY + "\nSource: Example Daily\n", "Example Daily",
     "source"),
    ("quelle", "Wasserpreise\n\n" + BODY + "\nQuelle: Levante Rundschau\n", "Levante Rundschau", "source"),
    ("fuente", "El agua\n\n" + BODY + "\nFuente: Crónica del Levante\n", "Crónica del Levante", "source"),
    ("источник", "Вода\n\n" + BODY + "\nИсточник: Северные Вести\n", "Северные Вести", "source"),
    ("bron", "Water\n\n" + BODY + "\nBron: https://www.voorbeeld.nl/artikel/1\n", "voorbeeld.nl", "source"),
    ("المصدر", "أسعار المياه\n\n" + BODY + "\nالمصدر: صحيفة المثال\n", "صحيفة المثال", "source"),
    ("byline dash source", "Water Prices Rise\n\nBy Jane Roe – 17 June 2016 – Source Example Insider\n\n" + BODY,
     "Example Insider", "credit"),
    ("rewrite reports", "Water Prices Rise\n\nPrices rose for a third month in the east, Example News reports.\n\n"
     + BODY, "Example News", "rewrite"),
    ("rewrite writes, no comma", "Water Prices Rise\n\nPrices rose for a third month in the east writes Example "
     "Daily.\n\n" + BODY, "Example Daily", "rewrite"),
    ("russian пишет", "Вода\n\nЦены выросли третий месяц подряд, - пишет The Example Post.\n\n" + BODY,
     "The Example Post", "credit"),
    ("wrote in the newspaper", "Water Prices Rise\n\nThe regime is to blame, an opposition figure wrote in the "
     "London-based newspaper Example Awsat.\n\n" + BODY, "Example Awsat", "credit"),
    ("author outlet date", "Water Prices Rise\n\nJane Roe, Example Times, 14/7/2014\n\n" + BODY, "Example Times",
     "header"),
    ("outlet country date", "Water Prices Rise\n\nAl-Example, UAE, August 12\n\n" + BODY, "Al-Example", "header"),
    ("outlet (country) date", "Wasserpreise\n\nThe Example (USA), 23.03.2021\n\n" + BODY, "The Example", "header"),
    ("digest parenthesis", "Water Prices Rise\n\n(Example Times – – Jane Roe – September 25, 2013) " + BODY,
     "Example Times", "header"),
    ("source in the dateline's place", "Water Prices Rise\n\n( Example Monitor )- " + BODY, "Example Monitor",
     "header"),
    ("by author for outlet", "Water Prices Rise\n\nBy: Jane Roe for Example Monitor\n\n" + BODY,
     "Example Monitor", "header"),
    ("outlet above a translator line", "L'eau\n\nExample Gazette\n\nTraduit par Claire Martin\n\n" + BODY,
     "Example Gazette", "beside-translator"),
    ("outlet before a translator on one line", "أسعار المياه\n\nصحيفة المثال - ترجمة / محمد أحمد\n\n" + BODY,
     "صحيفة المثال", "beside-translator"),
    ("arabic published by the magazine", "أسعار المياه\n\nفي هذا المقال الذي نشرته مجلة «المثال» الأمريكية\n\n"
     + BODY, "المثال", "credit"),
    ("turkish outlet opens, the verb closes", "Su fiyatları\n\nThe Example Post gazetesi, doğu ilçelerindeki su "
     "fiyatlarını anlatan bir haber yayımladı. " + BODY, "The Example Post", "rewrite"),
    ("turkish magazine wrote", "Su fiyatları\n\nÖrnek Haber dergisi, fiyatların üçüncü ay da arttığını yazdı.\n\n"
     + BODY, "Örnek Haber", "rewrite"),
    ("russian translated article in an outlet", "Вода\n\nПримечание редакции. Перевели для вас статью Анны "
     "Петровой в Example Review.\n\n" + BODY, "Example Review", "credit"),
    ("russian translated article in a quoted outlet", "Вода\n\nМы перевели колонку Ивана Смирнова в «Северном "
     "Вестнике».\n\n" + BODY, "Северном Вестнике", "credit"),
    ("headline ending in a newspaper's name", "Water prices rise for a third month (The Example Times)\n\n" + BODY,
     "The Example Times", "title"),
    ("headline ending in a german newspaper's name", "Wasserpreise steigen weiter (Levante Zeitung)\n\n" + BODY,
     "Levante Zeitung", "title"),
    ("headline ending in an italian newspaper's name", "Il prezzo dell'acqua sale (Corriere del Levante)\n\n"
     + BODY, "Corriere del Levante", "title"),
    ("ukrainian translated article", "Вода\n\nМи переклали для вас статтю Олени Коваль у Example Weekly.\n\n"
     + BODY, "Example Weekly", "credit"),
    ("an outlet's column the text quotes", "Water Prices Rise\n\nThe minister has resigned, writes Example "
     "Policy’s daily web column The Ledger, after a month of protests.\n\n" + BODY, "Example Policy", "credit"),
    ("a periodical's report closing the lead", "Water Prices Rise\n\nThe singer is unhappy with the way his "
     "partner handled the dispute, according to a new report by Example News.\n\n" + BODY, "Example News",
     "rewrite"),
    ("the report closing a lead past a player's words", "Water Prices Rise\n\nclose\n\nVideo\n\nPlayback\n\n"
     "The singer is unhappy with the way his partner handled the dispute, according to a recent report in "
     "The Example Times.\n\n" + BODY, "The Example Times", "rewrite"),
    ("a translated digest's source line", "Пример logoThe Example Herald, США\nЦены на воду\n\nЦены на воду "
     "выросли в третий раз за год, сообщили в администрации города в понедельник.\n\nПо словам чиновников, "
     "рост связан с ремонтом.\n", "The Example Herald", "header"),
]


@pytest.mark.parametrize("name, text, outlet, form", OUTLETS, ids=[o[0] for o in OUTLETS])
def test_outlet_forms(name, text, outlet, form):
    found = outlet_of(text)
    assert found is not None, name
    assert (found.outlet, found.form) == (outlet, form)


NOT_OUTLETS = [
    ("told an agency", "Water Prices Rise\n\nThe minister told AFP that prices would fall.\n\n" + BODY),
    ("according to", "Water Prices Rise\n\nPrices will fall, according to Example Daily.\n\n" + BODY),
    ("source name at the top is the picture's", "Water Prices Rise\n\nSource: Example Daily\n\n" + BODY * 3),
    ("byline with a job title", "Water Prices Rise\n\nJane Roe, Staff Writer, 14/7/2014\n\n" + BODY),
    ("person and role", "Water Prices Rise\n\nJane Roe, Field Commander of the North\n\n" + BODY),
    ("category line", "Category Archives: Water\n\nWater Prices Rise\n\n" + BODY),
    ("headline then a title above a translator", "Water Prices Rise\n\nLast Days of Summer\nGuest Article by Sami "
     "Aziz\n\nTranslated by Claire Martin\n\n" + BODY),
    ("photo credit", "Water Prices Rise\n\nPhoto: Jane Roe / Example Daily\n\n" + BODY),
    ("turkish newspaper as the subject of news", "Su fiyatları\n\nÖrnek gazetesi muhabiri dün gözaltına alındı."
     "\n\n" + BODY),
    ("turkish newspaper mid-sentence", "Su fiyatları\n\nBakan, Örnek gazetesi ile konuştu ve açıklama yayımladı."
     "\n\n" + BODY),
    ("headline ending in a bracketed aside", "Water prices rise for a third month (Updated)\n\n" + BODY),
    ("headline ending in a place", "Water prices rise for a third month (Eastern Districts)\n\n" + BODY),
    ("headline ending in an agency", "Water prices rise for a third month (Reuters)\n\n" + BODY),
    ("sentence ending in a newspaper's name", "Water Prices Rise\n\nThe figures came from a survey published "
     "on Monday (The Example Times).\n\n" + BODY),
    ("russian translated article in a city", "Вода\n\nМы перевели статью Анны Петровой в Москве.\n\n" + BODY),
    ("an advocacy group's report", "Water Prices Rise\n\nThe ministry ignored the warnings, according to a new "
     "report by Example Watch.\n\n" + BODY),
    ("a periodical's report deep in the story", "Water Prices Rise\n\n" + BODY + "\n\n" + BODY + "\n\n"
     + "Shortages continued, according to a new report by Example News.\n\n" + BODY),
    ("a writer's own column", "Water Prices Rise\n\nPrices will fall, Jane Roe writes in her weekly "
     "column.\n\n" + BODY),
    ("a place and its country in one script", "Москва, Россия\nЦены на воду\n\nЦены на воду выросли в третий "
     "раз за год, сообщили в администрации города.\n\nПо словам чиновников, рост связан с ремонтом.\n"),
]


@pytest.mark.parametrize("name, text", NOT_OUTLETS, ids=[o[0] for o in NOT_OUTLETS])
def test_not_outlets(name, text):
    assert outlet_of(text) is None


# --- facts and evidence in the report --------------------------------------------------------

def _result(tmp_path, name: str, text: str):
    from validator import engine
    from validator.policy import load_policy
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    policy = load_policy(None)
    [result] = engine.check_file(str(path), policy, policy.rules)
    return result


def test_disclaimer_evidence_is_recorded_when_the_rule_does_not_run(tmp_path):
    text = "---\ntitle: Water Prices Rise\nlang: en\ntranslated: false\n---\n" + BODY + "\nTranslated by Jane Roe.\n"
    result = _result(tmp_path, "a.md", text)
    [run] = [r for r in result.rules if r.rule == "translation-disclaimer"]
    assert run.status == "skipped"
    assert [(e.kind, e.line) for e in result.evidence if e.kind == "disclaimer"] == [("disclaimer", 12)]


def test_outlet_named_in_another_script_makes_a_translation(tmp_path):
    text = "Цены на воду\n\nЦены выросли третий месяц подряд, - пишет The Example Post.\n\n" \
           "Жители покупают воду у частных водовозов по двойной цене.\n"
    result = _result(tmp_path, "a.txt", text)
    assert result.facts["translated"].value is True
    assert "latin script" in result.facts["translated"].reason
    assert [e.text for e in result.evidence if e.kind == "source-outlet"] == ["The Example Post"]


def test_a_digest_source_line_in_latin_letters_makes_a_translation(tmp_path):
    text = ("The Example Herald, США\nЦены на воду\n\nЦены на воду выросли в третий раз за год, сообщили в "
            "администрации города в понедельник.\n\nПо словам чиновников, рост связан с ремонтом сетей.\n")
    result = _result(tmp_path, "a.txt", text)
    assert result.facts["source_outlet"].value == "The Example Herald"
    assert result.facts["translated"].value is True


def test_a_rewrite_alone_is_not_a_translation(tmp_path):
    text = "Water Prices Rise\n\nPrices rose for a third month in the east, Example News reports.\n\n" + BODY
    result = _result(tmp_path, "a.txt", text)
    assert result.facts["source_outlet"].value == "Example News"
    assert result.facts["translated"].value is False


def test_a_wire_agency_is_no_original_outlet_of_a_wire_story(tmp_path):
    text = "Water Prices Rise\n\nBEIRUT (Reuters) - Water prices rose for the third month running, traders " \
           "said.\n\n" + BODY + "\nSource: Reuters\n"
    result = _result(tmp_path, "a.txt", text)
    assert result.facts["wire"].value is True
    assert result.facts["source_outlet"].value is None
    assert "wire agency" in result.facts["source_outlet"].reason
    assert not [e for e in result.evidence if e.kind == "source-outlet"]


def test_arabic_transliterated_english_outlet_makes_a_translation(tmp_path):
    text = "أسعار المياه\n\nيستعرض الكاتب في هذا المقال الذي نشرته مجلة «ذا إكزامبل» الأمريكية تاريخ أسعار المياه " \
           "في المنطقة خلال العقد الماضي.\n\nارتفعت أسعار المياه للشهر الثالث على التوالي في الأحياء الشرقية.\n"
    result = _result(tmp_path, "a.txt", text)
    assert result.facts["source_outlet"].value == "ذا إكزامبل"
    assert result.facts["translated"].value is True


@pytest.mark.parametrize("text", [
    "Water Prices Rise\n\nThe virus first appeared in West Example in 2015, doctors said.\n\n" + BODY,
    "Water Prices Rise\n\nThe holiday is special to Examplians across the region.\n\n" + BODY,
    "Water Prices Rise\n\nThe clip, as seen on Example TV, went viral.\n\n" + BODY,
])
def test_first_appeared_and_special_to_need_their_forms(text):
    assert outlet_of(text) is None


@pytest.mark.parametrize("text, outlet", [
    ("Water Prices Rise\n\nBy Jane Roe\nSpecial to The Example Post\n\n" + BODY, "The Example Post"),
    ("Water Prices Rise\n\n" + BODY + "\nTranslated from the original article as seen on Example Andar.\n",
     "Example Andar"),
    ("Water Prices Rise\n\n" + BODY + "\nThis story was first published on May 3 in Example Weekly.\n",
     "Example Weekly"),
])
def test_republication_forms_with_their_subject(text, outlet):
    assert outlet_of(text).outlet == outlet


def test_a_long_block_cut_mid_name_is_no_line_end():
    # the head window of a run-on paragraph (400 characters) ends right after "writes Example Daily"
    tail = " writes Example Daily"
    head = ("Prices rose again in the eastern districts " * 20)[: 400 - len(tail)] + tail
    run_on = head + " Herald columnist Jane Roe and said traders on Monday." + " Prices rose." * 60
    assert outlet_of("Water Prices Rise\n\n" + run_on + "\n") is None


def test_windows_map_back_to_the_file():
    from validator.detect.windows import windows
    run_on = "Word " * 300 + "Translated by Jane Roe"
    a = article("Water Prices Rise\n\n" + run_on + "\n")
    tail = [w for w in windows(a) if w.offset > 0][0]
    at = tail.text.index("Translated")
    assert tail.position(at) == (3, 1 + run_on.index("Translated"))


# --- the screen: same result as the whole family, faster ----------------------------------

@pytest.mark.parametrize("pattern, key", [
    (r"\btranslated\s+(?:by|from)\b", "translated"),
    (r"\b(?:an?|my)\s+translation\s+of\b", "translation"),
    (r"\btraducid[oa]s?\s+por\b", "traducid"),
    (r"(?<!\w)[üÜ]bersetz(?:ung|er)\s*:", "bersetz"),
    (r"\b(?:auto|machine)translation\b", "translation"),
    (r"\b(?:translated|traduit)\s+by\b", None),  # the words are inside a group
    (r"translated|traduit", None),  # an alternation at the top
    (r"\btranslations?\b", "translation"),  # "s?" is optional, the rest is not
    (r"[tT]ürkçe\s+çeviri", "çeviri"),  # the longest literal
    (r"\p{Lu}\w+\s+(?:by)", None),
])
def test_key_word(pattern, key):
    from validator.detect.screen import key_word
    assert key_word(pattern) == key


def test_screened_family_finds_what_the_whole_family_finds():
    import regex

    from validator import vocab
    from validator.detect.screen import Family
    phrases = vocab.phrases("translation") + vocab.phrases("translator")
    flags = regex.IGNORECASE | regex.MULTILINE | regex.VERSION1
    whole = regex.compile("(?-f)" + "|".join(f"(?:{p})" for p in phrases), flags)
    family = Family(phrases, flags)
    texts = [text for _, text, _ in DISCLAIMERS] + [text for _, text in NOT_DISCLAIMERS] + [BODY]
    for text in texts:
        expected = whole.search(text)
        got = family.search(text)
        assert (got and got.start()) == (expected and expected.start()), text


def test_a_project_vocabulary_adds_phrases():
    from validator import vocab
    text = "Water Prices Rise\n\n" + BODY + "\nRendered into English by the Example desk.\n"
    assert find_disclaimer(article(text)) is None
    vocab.extend(vocab.Vocab(phrases={"translation": {"en": (r"\brendered\s+into\s+English\b",)}}))
    try:
        assert find_disclaimer(article(text)).words == "Rendered into English"
    finally:
        vocab.reset()
    assert find_disclaimer(article(text)) is None


def test_script_letter_counts_match_the_definition():
    """Every code point: the per-script runs count exactly the letters (``\\p{L}``) of the
    script as :data:`SCRIPTS` defines it, and no letter is in two scripts (what lets
    ``_count`` stop once the counted letters make up the text's)."""
    import regex as re_

    from validator.detect import translation

    every = "".join(map(chr, range(0x110000)))
    owner: dict[str, str] = {}
    for name, p in translation.SCRIPTS.items():
        letters = re_.findall(rf"(?:{p})(?<=\p{{L}})", every)
        assert translation._sum(translation._SCRIPT_RUNS[name], every) == len(letters)
        assert "".join(translation._SCRIPT_RUNS[name].findall(every)) == "".join(letters)
        for ch in letters:
            assert owner.setdefault(ch, name) == name
    assert translation._NOT_LATIN.findall(every) == re_.findall(r"(?=\p{L})\P{Script=Latin}", every)
    assert translation._count("Привет, мир: שלום and 漢字かな") == {"latin": 3, "cyrillic": 9, "hebrew": 4, "cjk": 4}


FR_BODY = ("Les prix de l'eau ont augmenté pour le troisième mois consécutif dans les quartiers de l'est.\n\n"
           "Les habitants achètent l'eau à des camions privés, au double du prix habituel.\n")


@pytest.mark.parametrize("outlet, translated", [
    # a name ending in a word only English periodicals use: a foreign outlet, so a translation
    ("Example Insider", True), ("Example Daily", True), ("Global Comment", True),
    # a name in the article's own language: no translation
    ("Le Quotidien Exemple", False), ("La Gazette Exemple", False), ("Le Journal Exemple", False),
])
def test_the_language_of_a_source_outlets_name_decides_a_translation(tmp_path, outlet, translated):
    text = f"Le prix de l'eau\n\nPar Jeanne Roux – Le 17 juin 2016 – Source {outlet}\n\n" + FR_BODY
    result = _result(tmp_path, "a.txt", text)
    assert result.facts["source_outlet"].value == outlet
    assert result.facts["translated"].value is translated
    if translated:
        assert "has a name in en" in result.facts["translated"].reason
