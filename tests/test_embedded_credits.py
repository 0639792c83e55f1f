"""Credits embedded in image files (IPTC/XMP) against the credits readers see.

Images are made with Pillow in ``tmp_path`` (``tests/imagegen.py``) next to a
Markdown or HTML article: ``photo-credit-mismatch`` compares the visible
credit with the embedded one, and ``photo-credit`` counts an embedded credit
only when the config says so (``settings.embedded_credits_count``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import features

from tests.imagegen import write_image
from validator import engine, selection
from validator.checks.credit import embedded_names, names_agree
from validator.policy import load_policy
from validator.readers import read_text

#: (extension, IPTC-IIM rather than XMP) of the image files tried
FILES = [
    pytest.param("jpg", False, id="jpeg-xmp"),
    pytest.param("jpg", True, id="jpeg-iim"),
    pytest.param("png", False, id="png-xmp"),
    pytest.param("webp", False, id="webp-xmp",
                 marks=pytest.mark.skipif(not features.check("webp"), reason="Pillow built without WebP")),
]

MARKDOWN = """---
title: Cranes Return to the Harbour
lang: en
images:
  - src: photos/cranes.{ext}
    caption: Cranes on the quay at dawn.
---
Container cranes were moving again at the port on Thursday, the port authority said.

![Cranes on the quay](photos/cranes.{ext})
*Cranes on the quay at dawn.{credit}*

The first ship since the storm was unloaded overnight.
"""

HTML = """<!DOCTYPE html>
<html lang="en"><head><title>Cranes Return to the Harbour</title></head>
<body><article>
<h1>Cranes Return to the Harbour</h1>
<p>Container cranes were moving again at the port on Thursday, the port authority said.</p>
<figure><img src="photos/cranes.{ext}" alt="Cranes on the quay">
<figcaption>Cranes on the quay at dawn.{credit}</figcaption></figure>
<p>The first ship since the storm was unloaded overnight.</p>
</article></body></html>
"""


def _article(tmp_path: Path, form: str, ext: str, credit: str | None) -> Path:
    template = MARKDOWN if form == "md" else HTML
    shown = "" if credit is None else (f" Photo: {credit}" if form == "md"
                                       else f' <span class="credit">Photo: {credit}</span>')
    path = tmp_path / f"story.{form}"
    path.write_text(template.format(ext=ext, credit=shown), encoding="utf-8")
    return path


def _check(path: Path, rule: str, config: str | None = None):
    cfg = None
    if config:
        cfg = path.parent / "provcheck.yaml"
        cfg.write_text(config, encoding="utf-8")
    policy = load_policy(cfg)
    [result] = engine.check_file(str(path), policy, selection.select_rules(policy.rules, [rule], None))
    [run] = [r for r in result.rules if r.rule == rule]
    return run, [f for f in result.findings if f.rule == rule]


@pytest.mark.parametrize("form", ["md", "html"])
@pytest.mark.parametrize("ext, iim", FILES)
def test_visible_credit_that_names_the_embedded_one_passes(tmp_path, form, ext, iim):
    (tmp_path / "photos").mkdir()
    write_image(tmp_path / "photos" / f"cranes.{ext}", credit="Lina Saab/Sahil Evening Post",
                creator=["Lina Saab"], iim=iim)
    run, findings = _check(_article(tmp_path, form, ext, "Lina Saab / Sahil Evening Post"), "photo-credit-mismatch")
    assert (run.status, findings) == ("passed", [])


@pytest.mark.parametrize("form", ["md", "html"])
@pytest.mark.parametrize("ext, iim", FILES)
def test_visible_credit_that_names_someone_else_is_flagged(tmp_path, form, ext, iim):
    (tmp_path / "photos").mkdir()
    write_image(tmp_path / "photos" / f"cranes.{ext}", credit="Lina Saab/Sahil Evening Post",
                creator=["Lina Saab"], iim=iim)
    path = _article(tmp_path, form, ext, "Jane Roe / Example Press")
    run, [finding] = _check(path, "photo-credit-mismatch")
    assert run.status == "failed"
    assert finding.severity == "warning"
    assert finding.message == (f"Photo credit 'Photo: Jane Roe / Example Press' names none of those the image file "
                               f"photos/cranes.{ext} credits (Lina Saab, Sahil Evening Post).")
    line = path.read_text(encoding="utf-8").splitlines()[finding.line - 1]
    assert line[finding.column - 1:].startswith("Photo: Jane Roe")


def test_agencies_are_compared_under_all_their_spellings(tmp_path):
    (tmp_path / "photos").mkdir()
    write_image(tmp_path / "photos" / "cranes.png", creator=["José Núñez"], source="Agence France-Presse",
                rights="© 2024 AFP. All rights reserved.")
    run, findings = _check(_article(tmp_path, "md", "png", "Example Press/AFP"), "photo-credit-mismatch")
    assert (run.status, findings) == ("passed", [])
    run, findings = _check(_article(tmp_path, "md", "png", "JOSE NUNEZ"), "photo-credit-mismatch")
    assert (run.status, findings) == ("passed", [])


def test_skipped_without_an_embedded_credit_or_a_visible_one(tmp_path):
    (tmp_path / "photos").mkdir()
    write_image(tmp_path / "photos" / "cranes.jpg")  # no metadata
    run, _ = _check(_article(tmp_path, "md", "jpg", "Jane Roe / Example Press"), "photo-credit-mismatch")
    assert run.status == "skipped" and "no image has both" in run.reason
    write_image(tmp_path / "photos" / "cranes.png", credit="Lina Saab/Sahil Evening Post")
    run, _ = _check(_article(tmp_path, "html", "png", None), "photo-credit-mismatch")
    assert run.status == "skipped"


@pytest.mark.parametrize("visible, embedded, agree", [
    ("Photo: Lina Saab/Sahil Evening Post", ["Lina Saab", "Sahil Evening Post"], True),
    ("© The Sahil Evening Post", ["Sahil Evening Post"], True),
    ("Photo: Reuters", ["Thomson Reuters"], True),
    ("(AP Photo/Jane Roe)", ["Associated Press"], True),
    ("Photo: JOSÉ GARCÍA/EFE", ["Jose Garcia"], True),
    ("Photo: Jane Roe/Example Press", ["Lina Saab", "Sahil Evening Post"], False),
    ("Photo: Internet", ["Lina Saab"], False),
    ("Photo: Press", ["Example Press"], False),
])
def test_names_agree_loosely(visible, embedded, agree):
    assert (names_agree(visible, embedded) is not None) == agree


# --- photo-credit and settings.embedded_credits_count ---------------------------------


@pytest.mark.parametrize("form", ["md", "html"])
def test_an_embedded_credit_counts_for_photo_credit_only_when_configured(tmp_path, form):
    (tmp_path / "photos").mkdir()
    write_image(tmp_path / "photos" / "cranes.jpg", credit="Lina Saab/Sahil Evening Post")
    path = _article(tmp_path, form, "jpg", None)
    run, findings = _check(path, "photo-credit")
    assert run.status == "failed" and len(findings) == 1
    run, findings = _check(path, "photo-credit", "settings:\n  embedded_credits_count: true\n")
    assert (run.status, findings) == ("passed", [])


def test_embedded_credits_count_needs_an_embedded_credit(tmp_path):
    (tmp_path / "photos").mkdir()
    write_image(tmp_path / "photos" / "cranes.jpg")
    run, findings = _check(_article(tmp_path, "md", "jpg", None), "photo-credit",
                           "settings:\n  embedded_credits_count: true\n")
    assert run.status == "failed" and len(findings) == 1


# --- the Markdown reader ----------------------------------------------------------------


def test_markdown_merges_front_matter_and_body_images_and_reads_the_file(tmp_path):
    (tmp_path / "photos").mkdir()
    write_image(tmp_path / "photos" / "cranes.jpg", credit="Lina Saab/Sahil Evening Post", creator=["Lina Saab"])
    path = _article(tmp_path, "md", "jpg", "Lina Saab/Sahil Evening Post")
    [a] = read_text(path.read_text(encoding="utf-8"), str(path))
    [image] = a.images
    assert (image.src, image.alt, image.caption, image.credit, image.position, image.embedded_credit) == (
        "photos/cranes.jpg", "Cranes on the quay", "Cranes on the quay at dawn.",
        "Photo: Lina Saab/Sahil Evening Post", "inline", "Lina Saab/Sahil Evening Post")
    assert (image.line, image.credit_line, image.credit_column) == (5, 11, 30)
    assert image.embedded.creator == ("Lina Saab",)
    assert embedded_names(image) == ["Lina Saab", "Sahil Evening Post"]


def test_markdown_notes_why_an_image_has_no_embedded_credit(tmp_path):
    path = _article(tmp_path, "md", "jpg", "Lina Saab")
    [a] = read_text(path.read_text(encoding="utf-8"), str(path))
    assert a.images[0].embedded_credit is None
    assert "no such file" in a.images[0].embedded_reason.lower()
