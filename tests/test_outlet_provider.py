"""A portal's provider line under the byline (validator.detect.outlet_provider): the
original outlet of a syndicated story, unless it is the site's own name or a button.
Every fixture is written for these tests."""

from __future__ import annotations

import pytest

from validator.detect.outlet import find_outlet
from validator.readers import read_text

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{site}
<title>Veteran Wins Appeal Over Flag Photo</title></head>
<body><article>
<h1>Veteran Wins Appeal Over Flag Photo</h1>
<div class="credit-bar"><div class="credit">
<cite class="byline vcard"><span>By </span><span class="fn">JANE ROE</span>
<abbr>{date}</abbr></cite>
<span class="bottom-line"><a href="https://morning.example/"><span class="provider-name">{provider}</span></a></span>
</div></div>
<p>A photographer who served in the navy won her appeal on Monday after a picture she took of her newborn
daughter was removed from a social network.</p>
<p>The network said the picture broke its rules, but restored it after thousands of users protested, she said
in an interview on Tuesday.</p>
</article></body></html>
"""
PORTAL = '<meta property="og:site_name" content="Example Portal">'


def outlet(site: str = PORTAL, provider: str = "Example Morning Show", date: str = "March 11, 2015 3:46 PM"):
    [article] = read_text(PAGE.format(site=site, provider=provider, date=date), "page.html")
    found = find_outlet(article)
    return found and (found.outlet, found.form)


def test_a_portal_names_the_provider_under_the_byline():
    assert outlet() == ("Example Morning Show", "header")
    assert outlet(date="11 March 2015") == ("Example Morning Show", "header")


@pytest.mark.parametrize("site, provider", [
    ('<meta property="og:site_name" content="Example Morning Show">', "Example Morning Show"),  # the site's own
    ("", "Example Morning Show"),  # no site named: the line may be the publisher's own name
    (PORTAL, "Share This"),  # the page's buttons
    (PORTAL, "Follow Us"),
    (PORTAL, "Staff Writer"),  # the writer's job or desk
    (PORTAL, "Washington Bureau"),
    (PORTAL, "Updated"),
    (PORTAL, "Politics"),  # one word: a section
])
def test_not_a_provider(site, provider):
    assert outlet(site, provider) is None
