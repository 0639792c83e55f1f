"""The short lines a page sets between its headline and the story, which are not the headline.

A layout reader takes for the headline the last short line above the first paragraph of
prose.  On a scraped page or in a dataset text that line is often one of these instead:

- a **byline** naming a news agency, with no "By" before it: ``Reuters``, ``Agencies``,
  ``Staff and agencies``, ``Le Figaro avec AFP``, ``Der Spiegel mit dpa``, ``Jane Roe,
  Reuters``, ``Redazione ANSA`` (the agency bylines of
  :func:`validator.detect.wire_bylines.bylines`), ``(Reuters)`` alone;
- a **source line**: ``Source: Reuters``, ``Quelle: dpa``, ``Источник: ТАСС``;
- a **date line**, bare or labelled, with a time and a time zone, and maybe a second
  label: ``05.01.2025, 14:30``, ``Sunday, September 22, 2024``, ``Published: 05 Jan 2025``,
  ``Updated: January 5, 2025 10:32 AM ET``, ``Publié le 05/01/2025 à 14h30, mis à jour à
  16h02``, ``Veröffentlicht am 05.01.2025, 14:30 Uhr``, ``Publicado el 5 de enero de 2025``,
  ``Опубликовано: 05.01.2025 14:30``, ``نشر في 05 يناير 2025``, ``2025年1月5日 14:30``,
  ``2025-01-05 14:30 来源：新华社`` (a source after the date);
- a **reading time**: ``3 min read``, ``Lesezeit: 3 Min.``, ``Temps de lecture : 3 min``,
  ``Время чтения: 3 минуты``, ``Jan 5, 2025 · 3 min read``;
- a page's **interface label** standing as a whole line (the vocabulary's ``phrases.residue``):
  ``Share``, ``Listen to this article``, ``Advertisement``, ``Partager``.

A headline that holds a date among other words ("Elections set for 5 January 2025") is
none of these: every part of a date line must be a date, a time, a label or a reading time.
"""

from __future__ import annotations

from functools import cache

import regex

from validator import vocab
from validator.detect.memo import per_vocab
from validator.detect.wire_bylines import bylines

#: the longest line read as a date line or a reading time
MAX_META = 120
#: the longest line read as an agency byline
MAX_BYLINE = 80

_LABEL = (
    r"(?:(?:first|last|date)\s+)?(?:published|posted|updated|modified|created|released|dated|date(?:\s+of\s+publication)?"
    r"|publication\s+date)(?:\s+(?:on|at))?"
    r"|publi[ée]e?(?:\s+le)?|mise?\s+[àa]\s+jour(?:\s+le)?|modifi[ée]e?(?:\s+le)?|date\s+de\s+publication"
    r"|(?:zuletzt\s+)?(?:ver[öo]ffentlicht|aktualisiert|ge[äa]ndert|erstellt)(?:\s+am)?|stand|datum"
    r"|(?:publicad[oa]|actualizad[oa]|atualizad[oa]|modificad[oa])(?:\s+(?:el|em|en|no|a|às|as))?"
    r"|fecha(?:\s+de\s+publicaci[óo]n)?|data(?:\s+de\s+publica[çc][ãa]o|\s+di\s+pubblicazione)?"
    r"|(?:pubblicat[oa]|aggiornat[oa])(?:\s+(?:il|alle))?|ultimo\s+aggiornamento"
    r"|(?:gepubliceerd|bijgewerkt)(?:\s+op)?|opublikowano|zaktualizowano|aktualizacja"
    r"|опубликовано|обновлено|изменено|дата(?:\s+публикации)?|опубліковано|оновлено"
    r"|yay[ıi]n(?:lanma)?(?:\s+tarihi)?|g[üu]ncelle(?:me|nme)(?:\s+tarihi)?|olu[şs]turulma(?:\s+tarihi)?|tarih"
    r"|نُ?شر(?:\s+(?:في|بتاريخ))?|تاريخ\s+النشر|آخر\s+تحديث|تم\s+التحديث|تحديث|بتاريخ|التاريخ|تاریخ\s+انتشار"
    r"|发布时间|發布時間|发布日期|發佈時間|更新时间|更新時間|发布于|发表时间|发表于|时间|日期|公開日時?|更新日時?|配信日時?"
)
_WEEKDAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica"
    r"|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?|понедельник|вторник|среда|четверг|пятница|суббота"
    r"|воскресенье|pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cumartesi|cuma|pazar"
    r"|(?:يوم\s+)?(?:ال)?(?:إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد|احد)"
)
_YEAR = r"(?:\d{4}(?:\s*(?:г\.?|года|yılı|م|هـ))?)"
_DATE = (
    r"(?:(?P<num>\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[（(]\S{1,3}[)）])?)"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?\p{{L}}{{3,12}}\.?,?\s+(?:de\s+)?{_YEAR}"
    rf"|\p{{L}}{{3,12}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR})"
)
#: a day and a month without the year ("5 Jan", "Jan 5"): a date only with a time beside it
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?\p{L}{3,12}\.?|\p{L}{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
_AGO = (
    r"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|il\s+y\s+a\s+\d+\s*(?:min(?:utes?)?|heures?|h|jours?)"
    r"|vor\s+\d+\s+(?:minuten|stunden|tagen)|hace\s+\d+\s+(?:minutos?|horas?|d[íi]as?)|h[áa]\s+\d+\s+(?:minutos?|horas?|dias?)"
    r"|\d+\s+(?:minuti|ore|giorni)\s+fa|\d+\s+(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей))\s+назад"
    r"|\d+\s+(?:dakika|saat|g[üu]n)\s+[öo]nce|منذ\s+\d+\s+(?:دقائق|دقيقة|ساعات|ساعة|أيام|يوم)"
)
_OFFSET = r"[+\-−]\s*\d{1,2}(?::?\d{2})?"
_ZONE = rf"(?:\(?(?:(?-i:GMT|UTC|[A-Z]{{1,2}}[SD]?T|CES?T|MSK|WIB|МСК)(?:\s*{_OFFSET})?|{_OFFSET})\)?)"
_TIME = (
    r"(?:(?:at|à|a\s+las|a\s+la|alle|às|as|um|в|saat|الساعة|kl\.?)\s+)?\d{1,2}(?:[:.h]\d{2}(?::\d{2})?|h)"
    rf"(?:\s*(?:[ap]\.?\s?m\.?|uhr|hrs?|ч\.?|ص|م))?(?:\s*{_ZONE}){{0,2}}"
)
_READING = (
    r"\d+\s*(?:min(?:ute)?s?\.?|m)\s+(?:read|de\s+lecture|de\s+lectura|de\s+leitura|di\s+lettura|lesezeit|lesedauer)"
    r"|(?:(?:estimated\s+)?read(?:ing)?\s+time|temps\s+de\s+lecture|lecture|lesezeit|lesedauer|tiempo\s+de\s+lectura"
    r"|lectura|tempo\s+di\s+lettura|lettura|tempo\s+de\s+leitura|leitura|время\s+чтения|okuma\s+s[üu]resi"
    r"|وقت\s+القراءة|مدة\s+القراءة|阅读时间|閱讀時間)\s*[:：]?\s*\d+\s*\p{L}{0,8}\.?"
    r"|\d+\s*(?:мин(?:ут[аы]?)?\.?\s+(?:на\s+)?чтени[яе]|dk(?:\.|\s+okuma|lık\s+okuma)|dakikal[ıi]k\s+okuma)"
    r"|\d+\s*(?:دقائق|دقيقة|دقيقتان)\s+(?:للقراءة|قراءة)|(?:قراءة|للقراءة)\s+\d+\s*(?:دقائق|دقيقة)"
    r"|\d+\s*分(?:钟|鐘)?(?:阅读|閱讀|で読めます)"
)
_SOURCE = r"(?:来源|來源|出典|出处|source|quelle|fuente|fonte|источник|kaynak|المصدر)\s*[:：]\s*[^|•·\n\d]{1,40}"
_PART = (
    rf"(?:(?:{_LABEL})\s*[:：-]?\s*)?"
    rf"(?:(?:(?:{_WEEKDAY}),?\s+)?(?P<date>{_DATE})(?:(?:\s*[,，-]\s*|\s+)(?P<time>{_TIME}))?"
    rf"|(?:(?:{_WEEKDAY}),?\s+)?(?:{_DAY}(?:\s*[,，-]\s*|\s+))?(?P<time>{_TIME})(?:(?:\s*[,，-]\s*|\s+){_DATE})?"
    rf"|(?P<time>{_AGO})|(?P<reading>{_READING}))"
    rf"|{_SOURCE}"
)
_SEP = r"(?:\s*[|•·,;/]\s*|\s+[-–—]\s+|\s+)"
#: a name beside the date ("Orient Net 2019-09-18 07:32:00", "Jane Roe | 05.01.2025"): up to four capitalised words
_NAME = r"(?-i:\p{Lu})[\p{L}\p{M}.'’&-]*(?:\s+(?-i:\p{Lu})[\p{L}\p{M}.'’&-]*){0,3}"


@cache
def _meta_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """A date or reading-time line alone, and beside a name (compiled when first needed, not
    when the readers are imported: a tenth of a second)."""
    return (regex.compile(rf"(?:{_PART})(?:{_SEP}(?:{_PART}))*\.?", regex.IGNORECASE | regex.V0),
            regex.compile(rf"(?:(?P<name>{_NAME}){_SEP})?(?:{_PART})(?:{_SEP}(?:{_PART}))*"
                          rf"(?:{_SEP}(?P<name>{_NAME}))?\.?", regex.IGNORECASE | regex.V0))


def meta_line(text: str) -> bool:
    """Whether a line is a date line or a reading time (see the module's docstring)."""
    text = text.strip()
    if not text or len(text) > MAX_META or not any(c.isdigit() for c in text):
        return False
    alone, named = _meta_patterns()
    m = alone.fullmatch(text)
    if m:
        return bool(m.captures("date") or m.captures("time") or m.captures("reading"))
    # beside a name, only a date in figures or with a time: a headline may end in a date written
    # in words ("Brexit Deal Signed 31 January 2020")
    m = named.fullmatch(text)
    return bool(m and (m.captures("num") or m.captures("time")))


def agency_byline(text: str) -> bool:
    """Whether a line signs the story with a news agency ("Reuters", "Le Figaro avec AFP",
    "Agencies") — with no "By" before it, the layout would take it for a headline."""
    text = text.strip()
    if 2 < len(text) <= 40 and text[0] in "([（" and text[-1] in ")]）":
        return bool(vocab.canonical(text[1:-1].strip(), "wire", strict=True))  # "(Reuters)", "(AP)" alone
    return 0 < len(text) <= MAX_BYLINE and "\n" not in text and bool(
        bylines(text, alone=True) or bylines(text, desk=True))


_TAIL_SEP = regex.compile(r"\s*(?:[|•·,]|\s[-–—])\s*")


def without_date(text: str) -> str:
    """A byline without the date line after it ("Jane Roe | January 5, 2025" → "Jane Roe")."""
    for m in _TAIL_SEP.finditer(text):
        if m.start() and meta_line(text[m.end():]):
            return text[:m.start()]
    return text



#: what a page's label may carry around it: bullets, brackets, arrows, closing punctuation
_LABEL_TRIM = " \t>*_[]()•·|#»«›‹→←▶►▸.!?:…-–—"


@per_vocab
def _interface() -> regex.Pattern:
    """A page's interface words ("Share", "Advertisement"): the vocabulary's residue lines."""
    return regex.compile(rf"(?:{vocab.alternation('phrases.residue')})", regex.IGNORECASE | regex.VERSION0)


def interface_line(text: str) -> bool:
    """Whether a short line is a page's label ("Share", "Listen to this article"), as a whole."""
    core = text.strip(_LABEL_TRIM)
    return 0 < len(core) <= MAX_META and "\n" not in core and bool(_interface().fullmatch(core))


#: a source line: "Source: Reuters", "Quelle: dpa", "المصدر: وكالات"
_SOURCE_LINE = regex.compile(
    r"\W{0,2}(?:sources?|quellen?|fuentes?|fontes?|fonti|источник|джерело|kaynak|المصدر|منبع|来源|來源|出典|bron|źródło)"
    r"\s*[:：]\s*\S[^\n]{0,80}", regex.IGNORECASE)


def source_line(text: str) -> bool:
    """Whether a line names the story's source ("Source: Reuters", "Quelle: dpa")."""
    return bool(_SOURCE_LINE.fullmatch(text.strip()))
