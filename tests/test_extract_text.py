"""The plain-text scrape cleaner (``onrecord.extract.text``) on the sample page, small dumps
written for these tests, and the 121 real dumps of the extraction benchmark."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT, TEST_DATA, need_shared
from onrecord.errors import InputError, NoArticleError
from onrecord.extract import extract
from onrecord.extract.text import clean_markdown_line, extract_text_article
from onrecord.models import RawInput

DATA = TEST_DATA / "extract_text"
CHROME_PHRASES = ("BEFORE YOU CLICK AWAY", "Lying.", "We Recommend", "Subscribe",
                  "payment methods", "Donate", "Sign up")
# Floor a little under the measured in-sample F1 (see BENCHMARKS.md, extraction_text).
BENCHMARK_F1_FLOOR = 0.92


def _dump(name: str):
    path = DATA / name
    return extract_text_article(str(path), path.read_text(encoding="utf8"))


@pytest.fixture(scope="module")
def sample_article(sample_page: Path):
    return extract_text_article(str(sample_page), sample_page.read_text(encoding="utf8"))


def test_sample_keeps_all_ten_body_paragraphs_in_order(sample_article):
    paras = sample_article.text.split("\n\n")
    # Six paragraphs of the writer's own, the three-paragraph David Corn block quote, one more.
    assert len(paras) == 10
    assert paras[0].startswith("During his campaign, Donald Trump repeatedly promised")
    assert paras[5].endswith("as my colleague David Corn wrote in May:")
    assert paras[6].startswith("It seemed rather obvious that Trump wanted the war to end")
    assert paras[7].startswith("Trump has for years been yearning for an out-in-the-open bromance")
    assert paras[8].startswith("For nine years, Trump has done a masterful job")
    assert paras[9].endswith("the fire must cease both on the battlefield and in the air.”")


def test_sample_drops_every_chrome_line(sample_article):
    for phrase in CHROME_PHRASES:
        assert phrase not in sample_article.text, phrase
    assert "Get your news from a source" not in sample_article.text
    assert "Mother Jones" not in sample_article.text


def test_sample_header_kept_apart(sample_article):
    assert sample_article.title == "The Trump-Putin Summit Was a Win for Russia"
    assert sample_article.subtitle == ("Trump promised to end the fighting on “Day One.” Now, he "
                                       "won’t even push for a ceasefire.")
    assert sample_article.captions == ["Donald Trump and Vladimir Putin shake hands",
                                       "Julia Demaree Nikhinson/AP"]
    for kept_apart in (sample_article.title, sample_article.subtitle, *sample_article.captions):
        assert kept_apart not in sample_article.text


def test_repeated_appeal_block_is_dropped():
    art = _dump("repeated_block.txt")
    paras = art.text.split("\n\n")
    assert len(paras) == 4
    assert paras[0].startswith("The city council voted 7 to 2 on Tuesday")
    assert paras[-1].startswith("The mayor is expected to sign the budget")
    assert "newsroom" not in art.text and "ONE MORE THING" not in art.text
    assert art.title == "City Council Approves New Budget for Parks"


def test_markdown_scrape_loses_syntax_but_keeps_words():
    art = _dump("markdown_scrape.md")
    paras = art.text.split("\n\n")
    assert art.title == "Harbor Bridge Will Close for Repairs in March"
    assert len(paras) == 4
    assert paras[0].endswith("the state transportation department said on Monday.")
    assert "according to a report published by the department." in paras[1]
    for syntax in ("](", "**", "#", "[", "*"):
        assert syntax not in art.text, syntax
    assert "Ferry fares" not in art.text and "newsletter" not in art.text


def test_markdown_line_cleaning():
    assert clean_markdown_line("## Heading here")[:2] == ("Heading here", True)
    assert clean_markdown_line("Read [the report](http://x.org/a_(b)) now")[0] == "Read the report now"
    assert clean_markdown_line("![A photo](http://x.org/p.jpg)")[0] == "A photo"
    assert clean_markdown_line("> quoted **bold** text")[0] == "quoted bold text"


def test_nav_lines_are_dropped():
    art = _dump("nav_lines.txt")
    paras = art.text.split("\n\n")
    assert len(paras) == 5
    assert paras[0].startswith("Farmers across the southern plains")
    assert paras[-1].startswith("The agriculture office said it would hold public meetings")
    for chrome in ("Advertisement", "Share on", "Related Coverage", "Privacy Policy", "Home"):
        assert chrome not in art.text
    assert art.title == "Drought Forces Farmers to Cut Wheat Planting"


def test_page_without_article_raises():
    with pytest.raises(NoArticleError) as err:
        _dump("no_article.txt")
    assert "no article" in str(err.value)


def test_empty_text_raises():
    with pytest.raises(NoArticleError):
        extract_text_article("empty.txt", "\n \n\u200b\n")


def test_no_article_reaches_the_extract_stage_as_one_line_error():
    path = DATA / "no_article.txt"
    raw = RawInput(input=str(path), kind="text", data=path.read_bytes())
    with pytest.raises(InputError) as err:
        extract(raw)
    assert err.value.line().startswith(f"{path}: no article")


@pytest.mark.slow
def test_benchmark_dumps_f1_floor():
    bench = need_shared("data", "extraction-benchmark")
    scorer_dir = need_shared("tools", "extraction")
    sys.path.insert(0, str(scorer_dir))
    import score  # type: ignore[import-not-found]

    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf8"))
    pred = {}
    for path in sorted((bench / "text").glob("*.txt")):
        try:
            body = extract_text_article(str(path), path.read_text(encoding="utf8")).text
        except NoArticleError:
            body = ""
        pred[path.stem] = {"articleBody": body}
    metrics, _pages = score.evaluate(truth, pred, n_bootstrap=0)
    assert metrics["f1"] >= BENCHMARK_F1_FLOOR, metrics


def test_masthead_is_the_site_not_the_title_and_byline_gives_authors():
    art = _dump("masthead_byline.txt")
    assert art.title == "Ferry Operator Cuts Winter Crossings to Three a Day"
    assert art.site == "The Riverton Courier"
    assert art.authors == ["Jane Example", "John Doe"]  # "Reuters" is the agency, not a person
    # The published date, not the later "Updated" one on the same line.
    assert art.published == "2025-08-16"
    paras = art.text.split("\n\n")
    assert paras[0].startswith("RIVERTON — The company that runs the river ferry")
    assert paras[-1].startswith("The state transport office said it was reviewing")
    assert "Northern Boat Works declined to comment." in paras  # "comment" here is not chrome
    for header in ("By Jane Example", "Published", "Riverton Courier", "Share this story"):
        assert header not in art.text, header


def test_updated_date_is_used_when_it_is_the_only_date():
    art = _dump("updated_only.md")
    assert art.title == "Library Extends Weekend Hours After Petition"
    assert art.published == "2024-05-02"
    assert art.authors == ["Ana Ruiz"]  # "Staff Writer" is a role
    assert art.site == "Example Gazette"
    assert art.text.startswith("The county library will open on Sunday afternoons")
    assert "Schools Add Evening Classes" not in art.text


def test_demo_page_header_masthead_date_line_and_body():
    path = ROOT / "samples" / "2025-05-20-harbor-seawall-resumes.txt"
    art = extract_text_article(str(path), path.read_text(encoding="utf8"))
    assert art.title == "Seawall work resumes in Port Halden after pilings arrive"
    assert art.published == "2025-05-20"
    assert art.site == "The Halden Ledger"
    assert art.text.startswith("PORT HALDEN — Crews resumed work")
    assert "made-up demo article" not in art.text and "Subscribe" not in art.text


def test_no_date_line_means_no_date_not_today():
    art = _dump("markdown_scrape.md")
    assert art.published is None  # the footer's "© 2026" is no publication date
    assert art.authors == ["Sam Writer"]  # a Markdown-linked byline
    other = _dump("repeated_block.txt")
    assert other.published is None and other.authors == ["Jane Example"]


def test_lede_opening_with_a_date_and_dash_is_kept():
    art = _dump("date_led_lede.txt")
    paras = art.text.split("\n\n")
    assert len(paras) == 5
    assert paras[0].startswith("May 20, 2025 — The city finished repairing the old fishing pier")
    assert art.published == "2025-05-20"
    assert "Related Articles" not in art.text and "Ferry schedule" not in art.text


def test_list_under_headline_beats_footer_disclaimer():
    art = _dump("list_under_headline.txt")
    paras = art.text.split("\n\n")
    assert art.title == "A Week of Simple Lunches"
    assert paras[0] == "These lunches take ten minutes or less to make."
    # The short list lines (days, dishes, ingredients) are article text.
    for item in ("Monday", "Lentil salad with cucumber", "Chickpea soup", "Friday"):
        assert item in paras, item
    assert paras[-1] == "3 oz. tuna, 1 tomato, lemon juice"
    for chrome in ("general educational purposes", "Results vary", "affiliate", "All rights reserved",
                   "Five breakfasts", "newsletter"):
        assert chrome not in art.text, chrome


def test_short_post_is_not_replaced_by_its_comment_thread():
    art = _dump("open_thread.txt")
    paras = art.text.split("\n\n")
    assert len(paras) == 2
    assert paras[0].startswith("We host a quarterly open thread")
    assert "said:" not in art.text and "cash transfers" not in art.text


@pytest.mark.parametrize("page_prefix", [
    "5f03fc173ebc",  # a meal-plan list under its headline, a long legal footer further down
    "cc03ddb5ef7d",  # a Portuguese race calendar: one short line per race, then tags and promos
    "ac3c03552046",  # a two-paragraph open-thread post followed by a long comment thread
])
def test_short_line_articles_under_their_headline_are_found(page_prefix: str):
    bench = need_shared("data", "extraction-benchmark")
    sys.path.insert(0, str(need_shared("tools", "extraction")))
    import score  # type: ignore[import-not-found]

    path = next((bench / "text").glob(f"{page_prefix}*.txt"))
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf8"))[path.stem]
    art = extract_text_article(str(path), path.read_text(encoding="utf8"))
    metrics, _pages = score.evaluate({path.stem: truth}, {path.stem: {"articleBody": art.text}},
                                     n_bootstrap=0)
    assert metrics["precision"] >= 0.8 and metrics["recall"] >= 0.5, metrics
