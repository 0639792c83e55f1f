"""The HTML report in a real (headless) browser: it loads, shows every article
and finding, and its inline script runs.  Skipped when Chromium is not on PATH."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.regen_golden import fixed_report
from validator.reporters import html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium (or chromium-browser) is not on PATH")]

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_html_report_renders_in_a_browser(tmp_path: Path) -> None:
    report = fixed_report()
    page = tmp_path / "report.html"
    page.write_text(html.render(report), encoding="utf-8")
    done = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert 'data-ready="1"' in dom, "the inline script did not run"
    assert "3 shown" in dom
    for article in report.articles:
        assert article.id in dom
    for finding in report.findings:
        assert f'data-rule="{finding.rule}"' in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert "ترجمة: هذا المقال مترجم عن الإنجليزية" in dom
