"""Property-based tests (hypothesis) for the readers and the reporters.

- Reading any text or any bytes raises nothing but ReadError / DecodeError.
- Every block's (line, column) points at its text in the file: the first
  character of ``block.text`` stands at that line and column of the decoded
  file (lines broken at \\n, \\r\\n and \\r, as editors count them), and so does
  the character at each segment's offset.
- The reporters never fail on any finding text (control characters, RTL marks,
  emoji, very long lines), and the machine formats stay well-formed.

Example counts are kept modest so that the suite stays fast.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.decode import DecodeError, decode
from validator.errors import ReadError
from validator.readers import READERS, split_lines
from validator.report import ArticleResult, Finding, InputRecord, RunReport
from validator.reporters import FORMATS, reporter

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- article text ------------------------------------------------------------------------

WORDS = st.sampled_from([
    "The", "council", "met", "on", "Monday", "officials", "said", "Jane", "Roe", "AP", "Reuters", "Photo:",
    "translated", "by", "from", "Arabic", "writes", "Example", "Daily", "café", "«quoted»", "“curly”",
    "\u200fRTL\u200f", "مقال", "статья", "📰", "e\u0301", "1.", "-", "*", "_", "#", "[", "]", "(", ")", "!",
    ">", "|", "\t", ":", "'", '"', "&amp;", "<b>", "\u00a0",
])
SENTENCE = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
PROSE = st.lists(SENTENCE, min_size=1, max_size=4).map(lambda s: ". ".join(s) + ".")
SAFE_VALUE = st.lists(st.sampled_from(["Storm", "Hits", "Coast", "Example", "Daily", "café", "مقال", "Jane", "Roe"]),
                      min_size=1, max_size=6).map(" ".join)
FRONT_MATTER_LINE = st.one_of(
    SAFE_VALUE.map(lambda v: f"title: {v}"),
    SAFE_VALUE.map(lambda v: f'title: "{v}"'),
    SAFE_VALUE.map(lambda v: f"title: '{v}'"),
    SAFE_VALUE.map(lambda v: f"standfirst: {v}"),
    SAFE_VALUE.map(lambda v: f"source: {{outlet: {v}, language: ar}}"),
    st.sampled_from(["lang: en", "lang: ar", "translated: true", "authors: [Jane Roe]", "wire: [AP]",
                     "images:", "  - src: a.jpg", "    credit: Jane Roe / AP", "title: |", "  Block Title",
                     "title: >", "  Folded", "  Title", ": bad", "- item", "key: [unclosed", "a: &x 1", "b: *x"]),
)
LINE = st.one_of(
    PROSE,
    SENTENCE,
    SENTENCE.map(lambda s: "# " + s),
    SENTENCE.map(lambda s: "## " + s + " ##"),
    st.sampled_from(["===", "---", "...", "***", "", " ", "\t", "\x0c", "\u2028", "\x85", "\ufeff"]),
    st.sampled_from(["Jane Roe / AP", "Photo: Reuters", "(AP Photo/John Doe)", "© AFP", "REUTERS/Kevin Lamarque",
                     "Anadolu Agency via Getty Images", "By Jane Roe", "Read more", "Logo Wide",
                     "This article was translated by The Levant Digest.", "Originally published in Example Daily."]),
    SENTENCE.map(lambda s: "![" + s[:10] + "](img.jpg)"),
    SENTENCE.map(lambda s: "![alt](img.jpg) " + s + " Photo: Jane Roe/AP"),
    SENTENCE.map(lambda s: "*" + s + " (Jane Roe/AP)*"),
    SENTENCE.map(lambda s: "- " + s),
    SENTENCE.map(lambda s: "1. " + s),
    SENTENCE.map(lambda s: "> " + s),
    SENTENCE.map(lambda s: "    " + s),
    SENTENCE.map(lambda s: "<!-- " + s + " -->"),
    st.text(max_size=40),
)
NEWLINE = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r"])


@st.composite
def article_text(draw) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append("---")
        parts.extend(draw(st.lists(FRONT_MATTER_LINE, max_size=6)))
        if draw(st.integers(0, 9)):  # now and then the front matter is never closed
            parts.append(draw(st.sampled_from(["---", "..."])))
    parts.extend(draw(st.lists(LINE, max_size=25)))
    out = ""
    for part in parts:
        out += part + draw(NEWLINE)
    return out if draw(st.booleans()) else out.rstrip("\r\n")


def _read(data: bytes, name: str):
    """What the engine does with a file's bytes: decode, then the reader of its extension."""
    text = decode(data).text
    return text, READERS[name].module.read(text, f"article{name}")


EXTENSIONS = sorted(READERS)


@SETTINGS
@given(text=article_text(), ext=st.sampled_from(EXTENSIONS))
def test_reading_text_raises_only_read_errors(text: str, ext: str) -> None:
    try:
        _read(text.encode("utf-8"), ext)
    except (ReadError, DecodeError):
        pass


@SETTINGS
@given(data=st.binary(max_size=400), ext=st.sampled_from(EXTENSIONS))
def test_reading_bytes_raises_only_read_errors(data: bytes, ext: str) -> None:
    try:
        _read(data, ext)
    except (ReadError, DecodeError):
        pass


def _char_at(lines: list[str], line: int, column: int) -> str:
    assert 1 <= line <= len(lines), f"line {line} is outside the file ({len(lines)} lines)"
    text = lines[line - 1]
    assert 1 <= column <= len(text), f"column {column} is outside line {line} ({text!r})"
    return text[column - 1]


def _assert_positions(text: str, items) -> None:
    lines = split_lines(text)
    for item in items:
        if isinstance(item, ReadError):
            continue
        for block in item.blocks:
            if not block.text:
                continue
            where = f"{block.kind} {block.text!r} at {block.line}:{block.column}"
            assert _char_at(lines, block.line, block.column) == block.text[0], where
            for offset, line, column in block.segments:
                if offset < len(block.text):
                    assert _char_at(lines, line, column) == block.text[offset], f"{where}, segment {offset}"


@SETTINGS
@given(text=article_text(), ext=st.sampled_from([".txt", ".md"]))
def test_every_block_points_at_its_text(text: str, ext: str) -> None:
    try:
        decoded, items = _read(text.encode("utf-8"), ext)
    except (ReadError, DecodeError):
        return
    _assert_positions(decoded, items)


def test_positions_with_unusual_line_breaks() -> None:
    """A form feed, U+2028 or NEL inside a line does not start a new line (editors and
    GitHub count \\n, \\r\\n and \\r only), so the lines after it keep their numbers."""
    text = ("Storm Hits Coast\r\n\r\nThe storm\x0c hit the coast\u2028 on Monday\x85 and the roads were closed, "
            "officials said.\r\rA second paragraph follows here, and it is long enough to be prose too.\n")
    for ext in (".txt", ".md"):
        decoded, items = _read(text.encode("utf-8"), ext)
        _assert_positions(decoded, items)
        assert [b.line for b in items[0].blocks][-1] == 5


# --- reporters -----------------------------------------------------------------------------

ANY_TEXT = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1F), max_size=20),
    st.sampled_from(["\u202e\u200fRTL override", "📰🇸🇾👩‍👩‍👧", "<script>alert(1)</script>", "a]]>b", "%0A::error::x",
                     "line one\nline two\r\nthree", "\x00\x07\x1b[31mred", "\ud7ff\ue000\ufffd", "&amp; &lt;"]),
    st.integers(1000, 20000).map(lambda n: "long " * (n // 5)),
)


@st.composite
def reports(draw) -> RunReport:
    articles = []
    inputs = []
    for n in range(draw(st.integers(1, 3))):
        path = draw(st.one_of(st.just(f"dir/a{n}.md"), ANY_TEXT.map(lambda t, n=n: f"{t[:30]}{n}.md")))
        findings = tuple(
            Finding(rule=draw(st.sampled_from(["input-error", "internal-error", "scrape-residue", "photo-credit"])),
                    severity=draw(st.sampled_from(["error", "warning", "info"])), message=draw(ANY_TEXT),
                    article=path, path=path, line=draw(st.integers(1, 10**6)), column=draw(st.integers(1, 10**4)),
                    excerpt=draw(ANY_TEXT), why=draw(ANY_TEXT), fix=draw(st.one_of(st.none(), ANY_TEXT)),
                    suppressed=draw(st.booleans()))
            for _ in range(draw(st.integers(0, 3))))
        articles.append(ArticleResult(id=path, path=path, format="markdown", title=draw(st.one_of(st.none(), ANY_TEXT)),
                                      status=draw(st.sampled_from(["checked", "error"])),
                                      findings=tuple(sorted(findings, key=Finding.sort_key))))
        inputs.append(InputRecord(path=path, status="checked", articles=1))
    return RunReport(tool={"name": "provcheck", "version": "0"}, inputs=tuple(inputs), articles=tuple(articles))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports())
def test_reporters_never_fail_on_any_text(report: RunReport) -> None:
    for name in FORMATS:
        out = reporter(name).render(report)
        assert isinstance(out, str) and (out.endswith("\n") or out == ""), name
    records = json.loads(reporter("json").render(report))
    assert [f["message"] for a in records["articles"] for f in a["findings"]] == \
           [f.message for a in report.articles for f in a.findings]
    json.loads(reporter("sarif").render(report))
    ET.fromstring(reporter("junit").render(report).encode("utf-8"))
    annotations = reporter("github").render(report).split("\n")[:-1]  # the runner breaks lines at \n only
    assert len(annotations) == sum(not f.suppressed for f in report.findings)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in annotations)
