"""Photo credits glued into running text, as a page reduced to text or a news dataset
leaves a picture's caption and credit inside a paragraph:

- in brackets that say "Photo" or carry a credit label and name an agency or a person:
  "(AFP Photo)", "(AP Photo/Jane Roe)", "(Photo: Jane Roe/dpa)";
- a labelled credit opening the block and running into the byline: "© Jane Roe/ laif
  By John Doe in Rome";
- a sentence saying which photographer took the picture (the vocabulary's
  ``photo_taken_by`` family): "This picture was taken by Example Press photographer
  Jane Roe";
- a credit label and the caption label a screen reader speaks after it, with the credit
  between: "Image copyright Getty Images Image caption …", "Image source, Reuters Image
  caption, …", "Fuente de la imagen, EFE Pie de foto, …", "Автор фото, ТАСС Подпись к
  фото, …";
- a capitalised label with a colon, then a credit whose last part, after "/" or "via",
  is a known agency: "… the hall Photo: Jane Roe/AFP The council …" (the credit ends with
  the agency's name).
"""

from __future__ import annotations

import regex

from validator import vocab
from validator.credits import credit_kinds, label_at, looks_like_credit_line, parse_credit
from validator.detect.memo import per_vocab

__all__ = ["inline_credits", "taken_by"]

_INLINE = regex.compile(r"[(\[]\s*(?P<credit>[^()\[\]]{2,100}?)\s*[)\]]")
_PHOTO_WORD = regex.compile(r"\b(?:photo|foto|фото)\b", regex.I)


#: a byline opening right after a credit that opens a line ("© Jane Roe/ laif By John Doe in Rome")
_BYLINE_AFTER = regex.compile(r"\s(?:By|Von|Par|Por|Di|Door)\s+(?=\p{Lu})")
_LOWER_WORD = regex.compile(r"\p{Ll}{2,15}")


def _credit_before_byline(text: str) -> tuple[int, int] | None:
    """A labelled credit opening a block and running into the byline, as a page reduced to
    text leaves a picture's credit and the writer's name on one line: "© Jane Roe/ laif By
    John Doe in Rome".  The credit names a person; a part in lower case beside it is an
    agency styled so ("laif", "dpa")."""
    start = len(text) - len(text.lstrip())
    label = label_at(text, start, anchored=True)
    if label is None:
        return None
    line_end = text.find("\n", start)
    by = _BYLINE_AFTER.search(text, label.end(), line_end if line_end >= 0 else len(text))
    if by is None:
        return None
    credit = text[start:by.start()].rstrip()
    if looks_like_credit_line(credit):
        return start, start + len(credit)
    parsed = parse_credit(credit)
    _, kinds = credit_kinds(credit)
    rest = [part.strip() for part in regex.split(r"\s*/\s*", credit[label.end() - start:])[1:]]
    if parsed.person and kinds <= {"person", "agency", "org", "unknown"} and rest \
            and all(_LOWER_WORD.fullmatch(part) or credit_kinds(part)[1] & {"agency", "org"} for part in rest):
        return start, start + len(credit)
    return None


@per_vocab
def _taken_by_forms() -> regex.Pattern:
    name = r"(?-i:\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,3})\b"
    return regex.compile(r"(?:" + vocab.alternation("phrases.photo_taken_by") + r")\s+(?P<credit>" + name + ")",
                         regex.I | regex.V0)


def taken_by(text: str) -> list[tuple[int, int]]:
    """The photographer a sentence says took the picture ("This picture of the march was
    taken by Example Press photographer Jane Roe"): the name's span."""
    if "photo" not in text.casefold() and "fot" not in text.casefold():
        return []
    return [m.span("credit") for m in _taken_by_forms().finditer(text)]


#: the caption label a screen reader speaks after a picture's credit (the credit stands
#: between a credit label and it): "Image caption", "Pie de foto", "Légende image", …
_CAPTION_LABEL = regex.compile(
    r"(?:image|photo|picture)\s+caption|pie\s+de\s+(?:foto|imagen)|légende\s+(?:de\s+l['’])?(?:image|photo)"
    r"|legenda\s+da\s+(?:foto|imagem)|подпись\s+(?:к\s+)?(?:фото|изображению)|التعليق\s+على\s+الصورة"
    r"|fotoğraf\s+altı\s+yazısı|bildunterschrift", regex.I)
#: the most words between a credit label and the caption label, or in a labelled credit ending in an agency
_GLUED_WORDS = 8
_WORDS = regex.compile(r"\S+")
_LAST_PART = regex.compile(r"\s*/\s*|\s+via\s+", regex.I)
_SENTENCE_BEFORE = regex.compile(r"(?:^|[.!?…”\"»)]\s|\S\s)\s*$")


def _glued(text: str) -> list[tuple[int, int]]:
    """Labelled credits inside a run-on paragraph: before a caption label, or ending in an agency."""
    found: list[tuple[int, int]] = []
    pos = 0
    while (label := label_at(text, pos)) is not None:
        pos = label.end()
        if not _SENTENCE_BEFORE.search(text[:label.start()]) or label.group()[:1].islower():
            continue  # "… said the image copyright belongs to …": a label mid-sentence is in lower case
        window = text[label.end():label.end() + 160]
        if window.lstrip()[:1].islower():
            continue  # "Credit: the …": a sentence, not a name
        caption = _CAPTION_LABEL.search(window)
        credit = window[:caption.start()].strip(" ,،") if caption else ""
        if credit and len(credit.split()) <= _GLUED_WORDS and _names(credit):
            found.append((label.start(), label.start() + len(text[label.start():label.end()]) + len(
                window[:caption.start()].rstrip(" ,،"))))
            pos = label.end() + caption.end()
            continue
        if not label.group().rstrip().endswith((":", "：")) and not _BY_LABEL.search(label.group()):
            continue  # "Photo: …", "Photo by …", "Foto von …": a label that introduces the credit
        end = _agency_end(window)
        if end:
            found.append((label.start(), label.end() + end))
    found += [span for span in _bare(text) if not any(a <= span[0] < b for a, b in found)]
    found += [span for span in _agency_slash(text) if not any(a <= span[0] < b for a, b in found)]
    return found


#: an agency's caption credit in its house style, glued into a flattened text: the agency in
#: capitals, a slash, the photographer ("… on Monday REUTERS/Jane Roe Rebels said …")
#: or all in capitals, the name's end where the capitals end ("… AFP PHOTO / JANE ROE Rebels said …")
_AGENCY_SLASH = regex.compile(r"(?<=\s)(?P<agency>\p{Lu}{2,}(?:\s(?!PHOTO\b)\p{Lu}{2,})?)(?:\s+PHOTO)?\s?/\s?"
                              r"(?:\p{Lu}[\p{Ll}\p{M}'’-]+\s\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){1,3})(?!\w)")


def _agency_slash(text: str) -> list[tuple[int, int]]:
    """"AGENCY/First Last" or "AGENCY PHOTO / FIRST LAST" after a space, the agency a known one
    (a name in mixed case: its first two words)."""
    if "/" not in text:
        return []
    return [m.span() for m in _AGENCY_SLASH.finditer(text) if vocab.canonical(m["agency"])]


#: a label saying who made the picture ("Photo by", "Foto von", "Photo de")
_BY_LABEL = regex.compile(r"\s(?:by|von|di|de|par|por|courtesy(?:\s+of)?)\s*$", regex.I)
#: a picture's label, capitalised, glued between sentences, its colon maybe stripped:
#: "… on Monday Photo Jane Roe AFP Rebels said …", "… votó Foto: EFE El consejo …"
_BARE_LABEL = regex.compile(r"(?<=\S\s+)(?:Photos?|PHOTOS?|Photograph|Picture|Image|Foto|FOTO|Fotos|Bild|Fotoğraf|Фото|ФОТО)"
                            r"\s*:?\s+(?=\p{Lu})")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’.-]+")


def _bare(text: str) -> list[tuple[int, int]]:
    """Credits after a capitalised label, its colon maybe stripped: the label, up to three
    capitalised name words, then a known agency ("Photo Jane Roe AFP", "Foto Hans Meier dpa",
    "Photo AFP", "Фото: ТАСС"); a capitalised word or the text's end follows."""
    found = []
    for label in _BARE_LABEL.finditer(text):
        words = list(_WORDS.finditer(text, label.end(), label.end() + 100))[:6]
        for n in range(min(len(words), 6), 0, -1):
            for k in (3, 2, 1):  # the agency: the last k words
                if k > n or n - k > 3:
                    continue
                name, agency = words[:n - k], words[n - k:n]
                agency_text = text[agency[0].start():agency[-1].end()].rstrip(" ,.;:")
                nxt = words[n] if n < len(words) else None
                # no name, or a person's (two or three capitalised words)
                if vocab.canonical(agency_text) and len(name) != 1 \
                        and all(_NAME_WORD.fullmatch(w.group()) for w in name) \
                        and (nxt is None or nxt.group()[:1].isupper()):
                    found.append((label.start(), agency[0].start() + len(agency_text)))
                    break
            else:
                continue
            break
    return found


def _names(credit: str) -> bool:
    """Every part of the credit names someone or is a qualifier, and one names someone."""
    _, kinds = credit_kinds(credit)
    return bool(kinds & {"agency", "org", "person"}) and "unknown" not in kinds


def _agency_end(window: str) -> int | None:
    """Where a credit right at the start of ``window`` ends: after the longest run of words
    whose last "/" or "via" part is a known agency ("Jane Roe/AFP via Getty Images")."""
    words = list(_WORDS.finditer(window))[:_GLUED_WORDS]
    for word in reversed(words):
        credit = window[:word.end()]
        parts = _LAST_PART.split(credit.strip())
        if len(parts) > 1 and vocab.canonical(parts[-1].strip(" ,.;:)")) and parse_credit(credit).ok:
            return word.end() - (len(credit) - len(credit.rstrip(" ,.;:")))
    return None


def inline_credits(text: str) -> list[tuple[int, int]]:
    """Bracketed photo credits inside running text — a caption glued into a paragraph, as
    dataset texts have them: "(AFP Photo)", "(AP Photo/Jane Roe)", "(Photo: Jane Roe/dpa)".
    Only brackets that say "Photo" (or carry a credit label) and name an agency or a person.
    Also a labelled credit opening the block and running into the byline ("© Jane Roe/ laif
    By John Doe"), and the photographer a sentence says took the picture (:func:`taken_by`)."""
    lead = _credit_before_byline(text)
    found = [lead] if lead else []
    found += taken_by(text)
    found += [span for span in _glued(text) if not any(a <= span[0] < b for a, b in found)]
    for m in _INLINE.finditer(text):
        inner = m["credit"]
        labelled, kinds = credit_kinds(inner)
        if not (labelled or _PHOTO_WORD.search(inner)) or kinds & {"unknown", "platform"}:
            continue
        if kinds & {"agency", "person"}:
            found.append(m.span("credit"))
    return found
