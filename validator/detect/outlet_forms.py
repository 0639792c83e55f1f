"""The outlet forms: the pieces of the patterns :mod:`validator.detect.outlet` searches with
(a name, a URL, a date, a person) and the header lines under a title that name the original
outlet."""

from __future__ import annotations

import regex

#: simple case folding (FULLCASE, on by default in VERSION1, makes these searches three
#: times slower and buys nothing here: the Turkish dotted İ is spelled out in the patterns)
FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.VERSION1


def compile_form(pattern: str) -> regex.Pattern:
    return regex.compile("(?-f)" + pattern, FLAGS)


UP = r"(?-i:[\p{Lu}\p{Lt}])"
NAME_WORD = r"[\w'’&!-]*(?:\.\w+)*"
#: a capitalised name of up to seven words, small joining words allowed inside
NAME = (rf"(?:the\s+)?(?:al-|el-)?{UP}{NAME_WORD}(?:[ \-](?:{UP}{NAME_WORD}|al|el|de|del|di|du|des|do|da|dos|das|della|dello|delle|dei|degli|van|von|der|la|le|of|the|and|&|news)"
        rf"(?=[\s\-.,;:!?)\]»”\"'’|–—]|$)){{0,6}}")
URL = r"(?:https?://)?(?:www\.)?(?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12})(?:/\S*)?"
SCRIPT_NAME = r"(?:\p{Arabic}+(?:\s+\p{Arabic}+){0,3}|\p{Hebrew}+(?:\s+\p{Hebrew}+){0,3})"
QUOTED = r"[«“\"](?P<quoted>[^»”\"\n]{2,60})[»”\"]"
#: the outlet after a credit's words: a URL, a quoted name, a capitalised name (a Markdown
#: link's label "[Name](url)" too), or a name in another script
TARGET = rf"\[?(?:{URL}|{QUOTED}|(?P<name>{NAME})|(?P<script>{SCRIPT_NAME}))"

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE = (rf"(?:\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}\s+{MONTH}(?:,?\s+\d{{4}})?)")
PERSON = rf"{UP}[\p{{L}}'’.-]+(?:\s+{UP}[\p{{L}}'’.-]+){{1,3}}"
OUTLET_WORDS = rf"(?P<name>(?:the\s+)?{UP}[\w'’.&-]*(?:\s+(?:{UP}[\w'’.&-]*|al|of|the|de|di)){{0,4}})"
#: a capitalised name in Latin letters (the script a foreign outlet keeps in a digest)
LATIN_NAME = (rf"(?P<name>(?:the\s+)?{UP}[\p{{Latin}}\d'’.&!-]*"
              rf"(?:\s+(?:{UP}[\p{{Latin}}\d'’.&!-]*|of|the|de|di|al|el|la|le|and|&)){{0,5}})")
#: one to three words in a script other than Latin ("США", "Великобритания", "Ηνωμένο Βασίλειο")
FOREIGN_WORDS = r"[\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}][\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}.-]*(?:\s+[\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}.-]+){0,2}"
LEAD_DATE = rf"(?:[\p{{L}}]+\s+)?{DATE}\s+"  # a timestamp glued before a source line
LONE_DATE = regex.compile(rf",?\s*{DATE}", regex.VERSION1)
#: an English possessive, or a Turkish case ending after the apostrophe ("X'da", "X'nde", "X'ten")
#: joining words a name may hold but not end in ("Example Report and is republished …")
TRAILING_JOINS = regex.compile(r"(?:\s+(?:al|el|de|del|di|du|des|do|da|dos|das|della|dello|delle|dei|degli|van|von"
                               r"|der|la|le|of|the|and|&))+$")
POSSESSIVE = regex.compile(r"['’](?:s|n?[dt][ae]n?)$")
#: header lines under a title that name the original outlet
HEADER_LINES = [
    # The Example Times, США   (a translated digest's source line: the outlet in Latin letters, its
    # country in the digest's script, the outlet's logo text maybe glued before it; first, so
    # that the outlet is not read as a person before an outlet)
    rf"^\W{{0,2}}(?:[^\n]{{0,60}}?\blogo\s*)?{LATIN_NAME},\s+{FOREIGN_WORDS}\s*$",
    # Gideon Roe, Haaretz, 14/7/2014  /  Jane Roe, Truthdig (a one-word outlet may go without the date)
    rf"^\W{{0,2}}(?P<person>{PERSON}),\s+(?:{OUTLET_WORDS},?\s*{DATE}|(?P<name>{UP}[\w'’&-]*(?:\.\w+)*))\s*$",
    # Headline – Jane Roe: The Example:  9 July 2014
    rf"(?:^\W{{0,2}}|\s[–—]\s+)(?P<person>{PERSON}):\s+{OUTLET_WORDS}:?\s+{DATE}\s*$",
    # Al-Example, UAE, August 12  /  The Example (USA), 23.03.2021
    rf"^\W{{0,2}}(?:{LEAD_DATE})?{OUTLET_WORDS}(?:\s*\([\p{{L}} .]{{2,20}}\)|,\s+(?-i:\p{{Lu}}{{2,4}}|\p{{Lu}}\p{{Ll}}+))"
    rf"\s*,\s*{DATE}\s*$",
    # (Example Times – – Jane Roe – September 25, 2013)
    rf"^\(\s*{OUTLET_WORDS}\s*(?:[–—-]\s*)+[^()\n]{{2,60}}?\s*[–—-]\s*{DATE}\s*\)",
    # ( Example Monitor )- At the camp …   (the source in the dateline's place)
    rf"^\(\s*{OUTLET_WORDS}\s*\)\s*[-–—]",
    # 1/26/2017 Example   (date and outlet under the headline)
    rf"^\W{{0,2}}{DATE}\s+(?P<name>(?:the\s+)?{UP}[\w'’&-]*(?:\s+{UP}[\w'’&-]*){{0,2}})\s*$",
    # By: Jane Roe for Example Monitor
    rf"^By:?\s+{PERSON}\s+for\s+{OUTLET_WORDS}",
]
#: words a capitalised "name" may be that are not outlets
NOT_OUTLETS = frozenset({
    "i", "we", "he", "she", "it", "they", "you", "this", "that", "these", "the", "our", "my", "his", "her",
    "their", "a", "an", "in", "on", "at", "by", "for", "here", "there", "staff", "editor", "editors",
    "correspondent", "reporter", "writer", "staff writer", "contributor", "columnist", "photo", "image",
    "video", "videos", "photos", "watch", "live", "update", "updated", "posted", "published", "modified",
    "comments", "opinion", "exclusive", "analysis", "interview", "news agencies", "agencies", "wire services", "internet", "social media", "unknown", "original",
    # a source line's generic sources
    "agency", "news agency", "wires", "wire reports", "news reports", "media reports", "reports", "sources",
    "local media", "local press", "press release", "press releases", "website", "official website",
    "archive", "archives", "various sources", "social networks",
})
#: job titles: "Jane Roe, Staff Writer" is a byline, not a source line
JOB = regex.compile(r"\b(?:writer|correspondent|reporter|editor|columnist|contributor|analyst|professor|director"
                     r"|president|minister|spokes\w+|author|photographer|staff)\b", regex.IGNORECASE)
