"""HTML extraction: body text, metadata, captions, furniture filters and the benchmark floor.

The small pages in tests/data/extract_html/ were written for these tests (fictional news).
"""

from __future__ import annotations

import gzip
import json
import sys

import pytest

from conftest import TEST_DATA, need_shared
from onrecord.errors import NoArticleError
from onrecord.extract import extract
from onrecord.extract.html import extract_html_article
from onrecord.extract.html_filters import clean_paragraphs, is_boilerplate, split_header
from onrecord.extract.metadata import normalise_date, split_authors
from onrecord.models import Article, RawInput

PAGES = TEST_DATA / "extract_html"
# Measured 0.982 with the official scorer (benchmarks/extraction_html.py); the floor leaves room for
# harmless drift, not for a real regression.
BENCHMARK_F1_FLOOR = 0.975


def page(name: str, url: str | None = None) -> Article:
    path = PAGES / name
    return extract_html_article(RawInput(input=str(path), kind="html", data=path.read_bytes(), url=url))


def test_jsonld_page_metadata_and_clean_body():
    art = page("jsonld_article.html", url="https://ledger.example.org/2024/03/05/harbor-council-ferry-fares?utm=x")
    assert art.title == "Harbor council delays vote on ferry fares"
    assert art.authors == ["Maria Okafor", "Tom Lindqvist"]
    # datePublished as written (not shifted to UTC, which would give the 6th), not dateModified.
    assert art.published == "2024-03-05"
    assert art.site == "The Riverside Ledger"
    # The relative canonical link is resolved against the page URL; the tracking query is gone.
    assert art.url == "https://ledger.example.org/2024/03/05/harbor-council-ferry-fares"
    assert art.language == "en"
    assert art.subtitle == ("Members want an audit of the operator's accounts before any increase, "
                            "a delay that could last until summer.")


def test_body_keeps_paragraphs_and_drops_furniture():
    art = page("jsonld_article.html")
    paragraphs = art.text.split("\n\n")
    assert paragraphs[0].startswith("The harbor council on Tuesday postponed a vote")
    assert paragraphs[-1].startswith("The council will take up the question again")
    assert len(paragraphs) == 6
    for junk in ("Advertisement", "READ MORE", "You may also like", "Bayline adds evening sailing",
                 "All rights reserved", "By Maria Okafor", "Harbor council delays vote"):
        assert junk not in art.text, junk
    # The dek is metadata, not body.
    assert "Members want an audit" not in art.text


def test_caption_kept_apart_from_text():
    art = page("jsonld_article.html")
    assert art.captions == ["Commuters board the morning ferry at Pier 4 on Tuesday. "
                            "Photo: Ruth Alvarez for The Riverside Ledger"]
    assert "Commuters board" not in art.text
    assert "Ruth Alvarez" not in art.text


def test_meta_published_time_beats_updated_time_element():
    art = page("meta_dates.html")
    assert art.published == "2023-02-16"  # article:published_time, not the "Updated" <time> (20th)
    assert art.authors == ["Ann Smith", "Bob Jones"]
    assert art.site == "Northfield Courier"
    assert art.url == "https://courier.example.net/news/library-hours-cut"
    assert art.language == "en"  # from lang="en-GB"
    # The meta description is the lead cut short, so it is not a dek.
    assert art.subtitle is None
    assert art.text.startswith("Branch libraries across the county will close on Mondays")


def test_time_element_skips_the_updated_stamp():
    art = page("time_element.html")
    assert art.published == "2021-06-28"  # "Publié le", not the "Mis à jour le" 2 July stamp
    assert art.language == "fr"
    assert art.text.startswith("Le festival de jazz de la vallée")
    assert "Publié le" not in art.text and "Mis à jour" not in art.text


def test_date_from_url_when_the_page_has_none():
    art = page("url_date.html", url="https://news.example.com/local/2022/11/18/water-main-break-elm-street/")
    assert art.published == "2022-11-18"
    assert art.title == "Water main break floods Elm Street"
    assert "Water main break floods Elm Street" not in art.text  # the <h1> echo


@pytest.mark.parametrize("name", ["login.html", "index_page.html"])
def test_pages_without_an_article_raise(name):
    with pytest.raises(NoArticleError) as err:
        page(name)
    assert "no article text found" in err.value.line()
    assert name in err.value.line()


@pytest.mark.parametrize("data", [
    b"<html></html>",
    b"just some plain words without any tags at all",
    b"<html><body><p>Too short.</p></body></html>",
    b"<" * 5000,
    b"<html><body>" + b"<div>" * 3000 + b"deep" + b"</div>" * 3000 + b"</body></html>",
])
def test_odd_pages_give_one_line_errors(data):
    with pytest.raises(NoArticleError) as err:
        extract_html_article(RawInput(input="odd.html", kind="html", data=data))
    assert err.value.line().startswith("odd.html: no article text found")
    assert "\n" not in err.value.line()


def test_extract_dispatch_sets_article_fields():
    path = PAGES / "meta_dates.html"
    raw = RawInput(input=str(path), kind="html", data=path.read_bytes(), url="https://courier.example.net/x",
                   sha256="abc")
    art = extract(raw)
    assert art.kind == "html" and art.raw_sha256 == "abc"
    assert art.published == "2023-02-16"


@pytest.mark.parametrize("value, expected", [
    ("2024-03-05T22:30:00-05:00", "2024-03-05"),
    ("2019-11-18", "2019-11-18"),
    ("20191118", "2019-11-18"),
    ("November 18, 2019", "2019-11-18"),
    ("Nov. 18, 2019", "2019-11-18"),
    ("18 November 2019", "2019-11-18"),
    ("Monday, November 18th, 2019 at 10:15 am", "2019-11-18"),
    ("18.11.2019", "2019-11-18"),
    ("2019/11/18", "2019-11-18"),
    ("1574035200", "2019-11-18"),  # epoch seconds
    ("not a date", None),
    ("1850-01-01", None),  # out of the plausible range for a news page
])
def test_normalise_date_layouts(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("byline, names", [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Ann Smith, Bob Jones & Carla Diaz", ["Ann Smith", "Bob Jones", "Carla Diaz"]),
    ("https://example.com/staff/jane", []),
    ("Staff", []),
    ("Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"]),  # credentials are not names
    ("jdadmin", []),  # a CMS user name
])
def test_split_authors(byline, names):
    assert split_authors(byline) == names


@pytest.mark.parametrize("line, furniture", [
    ("Advertisement", True),
    ("READ MORE: Pier 4 repairs to close terminal", True),
    ("Hong Kong 'threatened with military intervention' [REACTION]", True),
    ("Updated at 1:23 p.m.", True),
    ("Like this story? Share it with a friend!", True),
    ("The council said it would read more of the report before voting.", False),
    ("Prices updated in 2019 rose by 4%", False),
    ("He said the agency had been advertising the posts since March.", False),
])
def test_boilerplate_lines(line, furniture):
    assert is_boilerplate(line) is furniture


def test_header_echo_and_dek_removed_only_after_the_title():
    lines = ["Big headline", "The dek sentence here.", "First paragraph of the story."]
    rest, dek = split_header(lines, ["Big headline"], ["The dek sentence here."])
    assert rest == ["First paragraph of the story."] and dek == "The dek sentence here."
    # Without a title echo, a description equal to the first paragraph is the lead: it stays.
    rest, dek = split_header(lines[1:], ["Big headline"], ["The dek sentence here."])
    assert rest == lines[1:] and dek is None


def test_related_block_removed_but_prose_after_it_kept():
    paras = ["Real paragraph one with enough words to be prose about the council and its vote today.",
             "Don't miss", "Mayor faces recall", "Court blocks map",
             "The council will meet again next month, the chair said, after the audit is delivered to members."]
    body, captions = clean_paragraphs(paras)
    assert body == [paras[0], paras[4]] and captions == []


@pytest.mark.slow
def test_benchmark_f1_floor():
    """Article-body F1 on the shared 121-page benchmark, with the official scorer's functions."""
    bench = need_shared("data", "extraction-benchmark")
    scorer_dir = need_shared("tools", "extraction")
    sys.path.insert(0, str(scorer_dir))
    try:
        import score
    finally:
        sys.path.remove(str(scorer_dir))
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pred = {}
    for path in sorted((bench / "html").glob("*.html.gz")):
        pid = path.name[: -len(".html.gz")]
        raw = RawInput(input=pid, kind="html", data=gzip.decompress(path.read_bytes()), url=truth[pid].get("url"))
        try:
            pred[pid] = {"articleBody": extract_html_article(raw).text}
        except NoArticleError:
            pred[pid] = {"articleBody": ""}
    metrics, _pages = score.evaluate(truth, pred, n_bootstrap=0)
    assert metrics["f1"] >= BENCHMARK_F1_FLOOR, metrics
    assert metrics["empty_predictions"] <= 1
