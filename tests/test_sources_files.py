"""Files, gzip, directories and stdin through ``onrecord.sources.iter_inputs``."""

from __future__ import annotations

import gzip
import hashlib
import io
import re
from pathlib import Path

import pytest

from conftest import TEST_DATA, need_shared
from onrecord.errors import InputError
from onrecord.models import RawInput
from onrecord.sources import DEFAULT_MAX_BYTES, iter_inputs

DATA = TEST_DATA / "sources"
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def read_all(specs: list[str], **kw) -> list[RawInput | InputError]:
    return list(iter_inputs(specs, fetch=False, **kw))


def benchmark_pages(n: int) -> list[Path]:
    pages = sorted(need_shared("data", "extraction-benchmark", "html").glob("*.html.gz"))
    assert len(pages) >= n
    return pages[:n]


def test_real_gzipped_html_pages_are_decompressed_by_magic_bytes():
    pages = benchmark_pages(3)
    out = read_all([str(p) for p in pages])
    assert [r.input for r in out] == [str(p) for p in pages]
    for page, raw in zip(pages, out, strict=True):
        assert isinstance(raw, RawInput)
        expected = gzip.decompress(page.read_bytes())
        assert raw.kind == "html"
        assert raw.data == expected
        assert raw.sha256 == hashlib.sha256(expected).hexdigest()
        assert ISO_UTC.match(raw.fetched_at)
        assert b"<html" in raw.data[:5000].lower()


def test_gzip_is_detected_whatever_the_name(tmp_path):
    html = (DATA / "article.html").read_bytes()
    disguised = tmp_path / "page.html"  # gzip data without a .gz name
    disguised.write_bytes(gzip.compress(html))
    nameless = tmp_path / "download"  # no extension at all: sniffed after gunzip
    nameless.write_bytes(gzip.compress(html))
    out = read_all([str(disguised), str(nameless)])
    assert [(r.kind, r.data) for r in out] == [("html", html), ("html", html)]


def test_text_and_markdown_scrapes_are_kind_text(tmp_path, sample_page):
    md = DATA / "scrape.md"
    out = read_all([str(sample_page), str(md)])
    assert [r.kind for r in out] == ["text", "text"]
    assert out[0].data == sample_page.read_bytes()
    assert out[1].data.startswith(b"# Library reopens")
    assert out[0].url is None and out[0].source is None


def test_directory_is_recursive_sorted_and_skips_hidden_and_unknown(tmp_path):
    html = (DATA / "article.html").read_bytes()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed said hello to the council on Monday.\n")
    (tmp_path / "b" / "a.html.gz").write_bytes(gzip.compress(html))
    (tmp_path / "a.md").write_text("Alpha said the plan would pass.\n")
    (tmp_path / ".hidden.html").write_bytes(html)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.html").write_bytes(html)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    out = read_all([str(tmp_path)])
    names = [Path(r.input).relative_to(tmp_path).as_posix() for r in out]
    assert names == ["a.md", "b/a.html.gz", "b/z.txt"]
    assert [r.kind for r in out] == ["text", "html", "text"]


def test_empty_directory_is_one_error(tmp_path):
    (tmp_path / "notes.json").write_text("{}")
    out = read_all([str(tmp_path)])
    assert len(out) == 1 and isinstance(out[0], InputError)
    assert "directory holds no page files" in out[0].line()


@pytest.mark.parametrize(
    ("payload", "kind"),
    [
        (b"<!doctype html><html><body><p>Hi there.</p></body></html>", "html"),
        (b"The mayor said on Monday that the bridge would reopen.\n", "text"),
        (gzip.compress(b"<html><head><title>T</title></head><body>x</body></html>"), "html"),
    ],
)
def test_stdin_sniffs_html_text_and_gzip(payload, kind):
    out = read_all(["-"], stdin=io.BytesIO(payload))
    assert len(out) == 1 and isinstance(out[0], RawInput)
    assert out[0].input == "-"
    assert out[0].kind == kind
    assert out[0].data == (gzip.decompress(payload) if payload[:2] == b"\x1f\x8b" else payload)


def test_stdin_feed_is_read_as_feed():
    out = read_all(["-"], stdin=io.BytesIO((DATA / "atom.xml").read_bytes()))
    assert [r.input for r in out] == ["-#1"]
    assert out[0].hints["title"] == "Bridge repairs to start in May"


def test_default_cap_is_20_mb():
    assert DEFAULT_MAX_BYTES == 20_000_000


def test_page_over_the_cap_names_its_size(tmp_path):
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body>" + b"<p>word</p>" * 300_000 + b"</body></html>")  # ~3.3 MB
    out = read_all([str(big)], max_bytes=1_000_000)
    assert len(out) == 1 and isinstance(out[0], InputError)
    assert out[0].line() == f"{big}: page is 3.3 MB, over the 1 MB limit (--max-bytes)"


def test_gzipped_page_over_the_cap_is_measured_decompressed(tmp_path):
    big = tmp_path / "big.html.gz"
    big.write_bytes(gzip.compress(b"<p>a</p>" * 500_000))  # 4 MB inflated, tiny on disk
    assert big.stat().st_size < 1_000_000
    out = read_all([str(big)], max_bytes=1_000_000)
    assert isinstance(out[0], InputError)
    assert "over the 1 MB limit (--max-bytes)" in out[0].reason
    assert "4.0 MB" in out[0].reason


def test_file_mtime_is_fetched_at(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("The minister said the plan was ready.\n")
    import os

    os.utime(page, (1_700_000_000, 1_700_000_000))
    (raw,) = read_all([str(page)])
    assert raw.fetched_at == "2023-11-14T22:13:20Z"


def test_stdin_over_the_cap_is_measured():
    data = b"<html><body>" + b"x" * 2_500_000 + b"</body></html>"
    (err,) = read_all(["-"], stdin=io.BytesIO(data), max_bytes=1_000_000)
    assert isinstance(err, InputError)
    assert err.line() == "-: page is 2.5 MB, over the 1 MB limit (--max-bytes)"


def test_unknown_extension_is_sniffed_and_binary_refused(tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(50))
    feed = tmp_path / "feed"
    feed.write_bytes((DATA / "atom.xml").read_bytes())
    out = read_all([str(photo), str(feed)])
    assert isinstance(out[0], InputError)
    assert out[0].reason == "binary file (a JPEG image), not a page"
    assert out[1].input == f"{feed}#1"
