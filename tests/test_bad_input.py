"""Bad inputs end to end (``iter_inputs`` then ``extract``): one clear error each, batches go on.

Plus property tests: arbitrary bytes / text / HTML-ish strings through the sources and the
extractors give an ``Article`` or an ``InputError``, never any other exception.
"""

from __future__ import annotations

import gzip
import io
import os
import socket
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import TEST_DATA
from onrecord.errors import InputError, NoArticleError
from onrecord.extract import extract
from onrecord.models import Article
from onrecord.sources import iter_inputs

ARTICLE_HTML = (TEST_DATA / "sources" / "article.html").read_bytes()
NO_ARTICLE_HTML = (b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> "
                   b"<a href='/about'>About</a></nav><footer>(c) 2024</footer></body></html>")


def run(specs: list[str], **kw) -> list[Article | InputError]:
    """What a user gets for ``specs``: an Article or an InputError per page, in order."""
    out: list[Article | InputError] = []
    for item in iter_inputs(specs, **kw):
        if isinstance(item, InputError):
            out.append(item)
            continue
        try:
            out.append(extract(item))
        except InputError as e:
            out.append(e)
    return out


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def truncated_warc(path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://news.example.com/a", "response",
                                                  payload=io.BytesIO(ARTICLE_HTML), http_headers=http))
    path.write_bytes(buf.getvalue()[:-300])


def make_bad_inputs(tmp: Path) -> dict[str, tuple[str, str]]:
    """name -> (spec, expected words in the reason). Files are written into ``tmp``."""
    (tmp / "empty.html").write_bytes(b"")
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(200))
    (tmp / "noise.html").write_bytes(bytes(range(256)) * 20)
    (tmp / "cut.html.gz").write_bytes(gzip.compress(ARTICLE_HTML)[:-40])
    truncated_warc(tmp / "cut.warc.gz")
    with open(tmp / "huge.html", "wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB on paper, nothing on disk
    (tmp / "nav.html").write_bytes(NO_ARTICLE_HTML)
    (tmp / "feed.xml").write_text("this is not XML at all {{ }}\n")
    url = f"http://127.0.0.1:{closed_port()}/story"
    return {
        "empty": (str(tmp / "empty.html"), "empty file (0 bytes)"),
        "png": (str(tmp / "image.png"), "binary file (a PNG image), not a page"),
        "random bytes": (str(tmp / "noise.html"), "control characters"),
        "truncated gzip": (str(tmp / "cut.html.gz"), "truncated gzip"),
        "truncated warc": (str(tmp / "cut.warc.gz"), "truncated WARC record #1"),
        "huge": (str(tmp / "huge.html"), "page is 50.0 MB, over the 20 MB limit (--max-bytes)"),
        "no article": (str(tmp / "nav.html"), "no article"),
        "not a feed": (str(tmp / "feed.xml"), "not an RSS/Atom feed"),
        "unreachable": (url, "connection refused"),
        "missing": (str(tmp / "no-such-file.html"), "no such file or directory"),
    }


@pytest.mark.parametrize("name", [
    "empty", "png", "random bytes", "truncated gzip", "truncated warc", "huge", "no article",
    "not a feed", "unreachable", "missing",
])
def test_each_bad_input_gives_exactly_one_clear_error(tmp_path, name):
    spec, words = make_bad_inputs(tmp_path)[name]
    out = run([spec])
    assert len(out) == 1, out
    (err,) = out
    assert isinstance(err, InputError)
    assert err.line().startswith(spec)
    assert words in err.reason
    assert "\n" not in err.line()


def test_no_article_is_the_extractors_error(tmp_path):
    page = tmp_path / "nav.html"
    page.write_bytes(NO_ARTICLE_HTML)
    (err,) = run([str(page)])
    assert isinstance(err, NoArticleError)


def test_a_batch_yields_every_good_page_and_one_error_per_bad_input(tmp_path):
    bad = make_bad_inputs(tmp_path)
    good = tmp_path / "good.html"
    good.write_bytes(ARTICLE_HTML)
    cp1252 = tmp_path / "legacy.html"  # declares utf-8, is really cp1252: decoded, not refused
    cp1252.write_bytes(ARTICLE_HTML.decode().replace('"This', "\u201cThis")
                       .replace('generation,"', "generation,\u201d").encode("cp1252"))
    specs = [str(good), *(spec for spec, _ in bad.values()), str(cp1252)]
    out = run(specs)
    assert len(out) == len(specs)
    assert isinstance(out[0], Article) and isinstance(out[-1], Article)
    assert all(isinstance(r, InputError) for r in out[1:-1])
    assert [r.input for r in out] == specs
    assert "\u201cThis is the most important transport decision" in out[-1].text
    assert "Marisol Ortega" in out[0].text


# -- properties: nothing but an Article or an InputError ------------------------------------

HTML_BITS = st.sampled_from([
    "<html>", "</html>", "<head>", "<body>", "<p>", "</p>", "<div class='x'>", "</div>", "<br>",
    "<script>", "</script>", "<style>", "<!--", "-->", "<meta charset='utf-16'>", "<meta charset='x'>",
    "<?xml version='1.0' encoding='bogus'?>", "<title>", "</title>", "<article>", "&amp;", "&#0;",
    "&#xD800;", "<", ">", "\x00", "\ufeff", "<![CDATA[", "]]>", "<rss>", "<item>",
])
HTML_ISH = st.lists(st.one_of(HTML_BITS, st.text(max_size=40)), max_size=40).map("".join)
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def only_articles_or_input_errors(data: bytes) -> None:
    for item in iter_inputs(["-"], fetch=False, stdin=io.BytesIO(data)):
        if isinstance(item, InputError):
            assert item.reason
            continue
        for kind in ("html", "text"):
            item.kind = kind
            try:
                article = extract(item)
            except InputError as e:
                assert e.reason
            else:
                assert isinstance(article, Article)


TEXTISH_BYTES = st.lists(st.one_of(
    st.sampled_from([b"The mayor said ", b"on Monday. ", b"\n\n", b"<p>", b"</p>", b"\xe9", b"\x93",
                     b"\xc3\xa9", b"\xef\xbb\xbf", b"\x1f\x8b", b"WARC/1.0\r\n"]),
    st.binary(max_size=4),
), max_size=80).map(b"".join)


@PROPERTY
@given(st.one_of(st.binary(max_size=3000), TEXTISH_BYTES))
def test_arbitrary_bytes(data):
    only_articles_or_input_errors(data)


@PROPERTY
@given(st.text(max_size=3000))
def test_arbitrary_text(text):
    only_articles_or_input_errors(text.encode("utf-8"))


@PROPERTY
@given(HTML_ISH, st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_arbitrary_html_ish(markup, encoding):
    only_articles_or_input_errors(markup.encode(encoding, errors="replace"))
