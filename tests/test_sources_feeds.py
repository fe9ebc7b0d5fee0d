"""RSS/Atom feed files read without the network (entries from the feed's own content).

Fetching entry pages is tested against a local server in ``test_sources_fetch.py``.
"""

from __future__ import annotations

import pytest

from conftest import TEST_DATA
from onrecord.errors import InputError
from onrecord.extract import extract
from onrecord.models import RawInput
from onrecord.sources import iter_inputs
from onrecord.sources.feeds import author_name, html_to_text

DATA = TEST_DATA / "sources"


def test_rss_entries_use_content_encoded_then_summary():
    feed = str(DATA / "rss.xml")
    out = list(iter_inputs([feed], fetch=False))
    assert [r.input for r in out] == [f"{feed}#1", f"{feed}#2", f"{feed}#3"]
    first, second, third = out
    assert first.kind == second.kind == "text"
    # content:encoded, flattened: paragraphs kept, the script dropped, the summary ignored
    assert first.data.decode() == (
        "The Riverside harbor council voted 5-2 on Wednesday night to approve a new commuter ferry.\n\n"
        '"This is the most important transport decision this town has made in a generation,"'
        " council chair Marisol Ortega said."
    )
    assert first.hints == {
        "title": "Harbor council approves ferry plan", "published": "2024-03-14",
        "authors": ["Dana Whitfield"], "url": "https://ledger.example.org/2024/03/ferry-plan",
        "site": "The Riverside Ledger", "from": "feed-content",
    }
    assert first.url == "https://ledger.example.org/2024/03/ferry-plan"
    assert first.source == feed
    # escaped-HTML description; RSS author "mail (Name)"; +0100 date is still 11 March in UTC
    assert second.data.decode() == ('The central library reopened on Monday.\n\n'
                                    '"We saved almost everything," head librarian Tom Reyes said.')
    assert second.hints["authors"] == ["Tom Brandt"]
    assert second.hints["published"] == "2024-03-11"
    # no content at all and no fetching: one error for that entry only
    assert isinstance(third, InputError)
    assert third.line() == f"{feed}#3: feed entry has no content and pages are not fetched (--no-fetch)"


def test_atom_entry_with_two_authors():
    (entry,) = list(iter_inputs([str(DATA / "atom.xml")], fetch=False))
    assert isinstance(entry, RawInput)
    assert entry.hints["authors"] == ["Lena Marsh", "Omar Quinn"]
    assert entry.hints["published"] == "2024-04-01"
    assert entry.hints["site"] == "East Bank Weekly"
    assert entry.data.decode().startswith("Repairs to the old swing bridge will start in May")


def test_feed_hints_reach_the_article():
    raw = next(r for r in iter_inputs([str(DATA / "atom.xml")], fetch=False))
    article = extract(raw, clean=False)
    assert article.title == "Bridge repairs to start in May"
    assert article.authors == ["Lena Marsh", "Omar Quinn"]
    assert article.published == "2024-04-01"
    assert article.url == "https://eastbank.example.net/bridge-repairs"
    assert article.source == str(DATA / "atom.xml")


@pytest.mark.parametrize(
    ("content", "reason"),
    [('{"items": [1, 2]}', "not an RSS/Atom feed: XML error: not well-formed (invalid token)"),
     ((DATA / "article.html").read_text(), "not an RSS/Atom feed: XML error: mismatched tag")],
    ids=["json", "html"],
)
def test_feed_that_is_not_xml(tmp_path, content, reason):
    path = tmp_path / "feed.xml"
    path.write_text(content)
    (err,) = list(iter_inputs([str(path)], fetch=False))
    assert isinstance(err, InputError)
    assert err.reason == reason


def test_broken_but_feed_like_xml_is_read_leniently(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><item><title>Unclosed & broken</title><description>The mayor"
                    " said the road would reopen.</description></item>")
    (entry,) = list(iter_inputs([str(path)], fetch=False))
    assert isinstance(entry, RawInput)
    assert entry.data == b"The mayor said the road would reopen."


def test_feed_with_no_entries(tmp_path):
    path = tmp_path / "empty.xml"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>')
    (err,) = list(iter_inputs([str(path)], fetch=False))
    assert isinstance(err, InputError) and err.reason == "feed has no entries"


@pytest.mark.parametrize(
    ("value", "name"),
    [("jane@site.com (Jane Doe)", "Jane Doe"), ("Jane Doe <jane@site.com>", "Jane Doe"),
     ("jane@site.com", None), ("Jane Doe", "Jane Doe"), ("  ", None)],
)
def test_author_name(value, name):
    assert author_name(value) == name


def test_html_to_text_keeps_paragraphs_and_drops_scripts():
    fragment = ("<div><h2>Head</h2><p>One <b>bold</b>&nbsp;word.</p><script>x()</script>"
                "<ul><li>a</li><li>b</li></ul>tail<br>line</div>")
    assert html_to_text(fragment) == "Head\n\nOne bold word.\n\na\n\nb\n\ntail\nline"
