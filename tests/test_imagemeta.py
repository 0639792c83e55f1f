"""Credits embedded in image files (IPTC IIM and XMP), and readers filling Image.embedded_credit."""

from __future__ import annotations

import io
import json

import pytest

from validator import imagemeta
from validator.article import EmbeddedCredit
from validator.imagemeta import local_path, read_credit
from validator.readers.html import reader as html
from validator.readers.json import reader as jsonl

PIL = pytest.importorskip("PIL")
from PIL import Image, PngImagePlugin, features  # noqa: E402

XMP = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/" photoshop:Credit="Lina Saab/Sahil Evening Post">
   <dc:creator><rdf:Seq><rdf:li>Lina Saab</rdf:li></rdf:Seq></dc:creator>
   <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 2024 Sahil Evening Post</rdf:li></rdf:Alt></dc:rights>
   <photoshop:Source>Sahil Evening Post</photoshop:Source>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""

FROM_XMP = EmbeddedCredit(credit_line="Lina Saab/Sahil Evening Post", creator=("Lina Saab",),
                          copyright_notice="© 2024 Sahil Evening Post", source="Sahil Evening Post", origin="xmp")


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(buf, "JPEG")
    return buf.getvalue()


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload


def _iim(record: int, dataset: int, value: str) -> bytes:
    data = value.encode("utf-8")
    return bytes([0x1C, record, dataset]) + len(data).to_bytes(2, "big") + data


def _app13(fields: list[tuple[int, str]]) -> bytes:
    """A Photoshop APP13 segment holding an IPTC-IIM block (UTF-8 declared in 1:90)."""
    iim = bytes([0x1C, 1, 90, 0, 3]) + b"\x1b%G" + b"".join(_iim(2, ds, v) for ds, v in fields)
    resource = b"8BIM" + (0x0404).to_bytes(2, "big") + b"\x00\x00" + len(iim).to_bytes(4, "big") + iim
    resource += b"\x00" * (len(iim) % 2)
    return _segment(0xED, b"Photoshop 3.0\x00" + resource)


def _with_segments(jpeg: bytes, *segments: bytes) -> bytes:
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def _xmp_segment(packet: str) -> bytes:
    return _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode("utf-8"))


IIM_FIELDS = [(110, "Credit IIM/Agency"), (80, "Creator One"), (80, "Creator Two"), (116, "© IIM Agency"),
              (115, "IIM Source")]


def test_jpeg_with_iptc_iim(tmp_path):
    path = tmp_path / "iim.jpg"
    path.write_bytes(_with_segments(_jpeg(), _app13(IIM_FIELDS)))
    assert read_credit(path) == (EmbeddedCredit(
        credit_line="Credit IIM/Agency", creator=("Creator One", "Creator Two"), copyright_notice="© IIM Agency",
        source="IIM Source", origin="iptc"), "")


def test_jpeg_with_xmp(tmp_path):
    path = tmp_path / "xmp.jpg"
    path.write_bytes(_with_segments(_jpeg(), _xmp_segment(XMP)))
    assert read_credit(path) == (FROM_XMP, "")


def test_jpeg_with_both_prefers_xmp_and_fills_gaps_from_iim(tmp_path):
    packet = XMP.replace("<photoshop:Source>Sahil Evening Post</photoshop:Source>", "")
    path = tmp_path / "both.jpg"
    path.write_bytes(_with_segments(_jpeg(), _xmp_segment(packet), _app13(IIM_FIELDS)))
    credit, _ = read_credit(path)
    assert (credit.credit_line, credit.creator, credit.source, credit.origin) == (
        "Lina Saab/Sahil Evening Post", ("Lina Saab",), "IIM Source", "xmp+iptc")


def test_png_with_xmp(tmp_path):
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP)
    path = tmp_path / "x.png"
    Image.new("RGB", (8, 8)).save(path, pnginfo=info)
    assert read_credit(path) == (FROM_XMP, "")


@pytest.mark.skipif(not features.check("webp"), reason="Pillow built without WebP")
def test_webp_with_xmp(tmp_path):
    path = tmp_path / "x.webp"
    Image.new("RGB", (8, 8)).save(path, xmp=XMP.encode("utf-8"))
    assert read_credit(path) == (FROM_XMP, "")


def test_image_without_metadata(tmp_path):
    path = tmp_path / "plain.png"
    Image.new("RGB", (8, 8)).save(path)
    assert read_credit(path) == (None, "the PNG file has no IPTC or XMP credit fields")


@pytest.mark.parametrize("content", [b"this is not an image", b"\xff\xd8\xff\xe0\x00\x10JFIF", b""])
def test_a_file_that_is_not_an_image(tmp_path, content):
    path = tmp_path / "fake.jpg"
    path.write_bytes(content)
    credit, reason = read_credit(path)
    assert credit is None
    assert reason.startswith("not a readable JPEG, PNG or WebP image")


def test_other_image_formats_are_not_read(tmp_path):
    path = tmp_path / "anim.gif"
    Image.new("P", (8, 8)).save(path)
    assert read_credit(path)[0] is None


def test_missing_file_and_directory(tmp_path):
    assert read_credit(tmp_path / "missing.jpg") == (None, "cannot read the image file: No such file or directory")
    assert read_credit(tmp_path) == (None, "the image path is not a file")


def test_malformed_xmp_packet(tmp_path):
    path = tmp_path / "bad.jpg"
    path.write_bytes(_with_segments(_jpeg(), _xmp_segment("<x:xmpmeta><unclosed>")))
    assert read_credit(path) == (None, "the XMP packet is malformed (ParseError)")


def test_xml_entity_expansion_is_refused(tmp_path):
    bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    path = tmp_path / "bomb.jpg"
    path.write_bytes(_with_segments(_jpeg(), _xmp_segment(bomb)))
    credit, reason = read_credit(path)
    assert credit is None and reason == "the XMP packet was refused (EntitiesForbidden)"


@pytest.mark.parametrize("src, expected", [
    ("photos/a.jpg", "photos/a.jpg"), ("./a%20b.png?w=300#x", "a b.png"), ("https://cdn.example/a.jpg", None),
    ("//cdn.example/a.jpg", None), ("/img/a.jpg", None), ("data:image/png;base64,AAAA", None), ("", None),
    (None, None),
])
def test_local_path(tmp_path, src, expected):
    article = str(tmp_path / "story.html")
    result = local_path(src, article)
    assert result == (None if expected is None else tmp_path / expected)


def test_credit_text_fallbacks():
    assert EmbeddedCredit(credit_line="A").text == "A"
    assert EmbeddedCredit(creator=("B", "C"), source="Agency").text == "B / C / Agency"
    assert EmbeddedCredit(copyright_notice="© D").text == "© D"
    assert EmbeddedCredit(origin="xmp").text == ""


# --- readers fill Image.embedded_credit --------------------------------------------


@pytest.fixture
def photo_dir(tmp_path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "cranes.jpg").write_bytes(_with_segments(_jpeg(), _xmp_segment(XMP)))
    (tmp_path / "photos" / "plain.jpg").write_bytes(_jpeg())
    return tmp_path


def test_html_reader_reads_embedded_credits(photo_dir):
    page = ('<article><h1>T</h1><figure><img src="photos/cranes.jpg"><figcaption>Cranes. Photo: Someone Else'
            '</figcaption></figure><p>Text.</p><img src="photos/plain.jpg"><img src="https://cdn.example/x.jpg">'
            '</article>')
    [a] = html.read(page, str(photo_dir / "story.html"))
    assert [im.embedded_credit for im in a.images] == ["Lina Saab/Sahil Evening Post", None, None]
    assert a.images[0].credit == "Photo: Someone Else"  # the visible credit stays what the page shows
    assert a.images[0].embedded.creator == ("Lina Saab",)
    assert a.images[1].embedded_reason == "the JPEG file has no IPTC or XMP credit fields"
    assert (a.images[2].embedded, a.images[2].embedded_reason) == (None, None)


def test_json_and_ninjs_readers_read_embedded_credits(photo_dir):
    own = {"title": "T", "images": [{"src": "photos/cranes.jpg"}], "body": "Text."}
    ninjs = {"uri": "urn:x", "headline": "T", "body_text": "Text.",
             "associations": [{"name": "p", "uri": "urn:p", "type": "picture",
                               "renditions": [{"name": "original", "href": "photos/cranes.jpg"}]}]}
    text = json.dumps(own) + "\n" + json.dumps(ninjs) + "\n"
    a, b = jsonl.read(text, str(photo_dir / "batch.jsonl"))
    assert a.images[0].embedded_credit == "Lina Saab/Sahil Evening Post" and a.images[0].credit is None
    assert b.images[0].embedded_credit == "Lina Saab/Sahil Evening Post"


def test_reading_is_cached_by_file_identity(photo_dir):
    path = photo_dir / "photos" / "cranes.jpg"
    imagemeta._read_cached.cache_clear()
    read_credit(path)
    read_credit(path)
    assert imagemeta._read_cached.cache_info().hits == 1
