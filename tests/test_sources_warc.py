"""WARC reading: CC-News layout, chunked and gzip payloads, truncation, flat memory.

The WARC files are built at test time from ../shared benchmark pages with warcio's WARCWriter.
"""

from __future__ import annotations

import gzip
import io
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import need_shared
from onrecord.errors import InputError
from onrecord.models import RawInput
from onrecord.sources import iter_inputs

WARC_DATE = "2024-05-01T10:20:30Z"


def shared_pages(n: int) -> list[bytes]:
    paths = sorted(need_shared("data", "extraction-benchmark", "html").glob("*.html.gz"))[:n]
    return [gzip.decompress(p.read_bytes()) for p in paths]


def add_response(writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK",
                 content_type: str = "text/html; charset=utf-8", extra: list[tuple[str, str]] | None = None,
                 wire_body: bytes | None = None) -> None:
    headers = [("Content-Type", content_type), *(extra or [])]
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    payload = io.BytesIO(wire_body if wire_body is not None else body)
    record = writer.create_warc_record(url, "response", payload=payload, http_headers=http,
                                       warc_headers_dict={"WARC-Date": WARC_DATE})
    writer.write_record(record)


def chunked(body: bytes, size: int = 1000) -> bytes:
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += f"{len(part):x}\r\n".encode() + part + b"\r\n"
    return out + b"0\r\n\r\n"


def build_warc(path: Path, pages: list[bytes], *, gz: bool = True) -> None:
    """warcinfo, then per page a request + response; plus a PNG, a 404 and a chunked gzip page."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for i, body in enumerate(pages):
            url = f"https://news.example.com/story/{i}"
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            add_response(writer, url, body)
        add_response(writer, "https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64),
                     content_type="image/png")
        add_response(writer, "https://news.example.com/missing", b"<html>Not found</html>",
                     status="404 Not Found")
        last = pages[0]
        add_response(writer, "https://news.example.com/chunked", last,
                     extra=[("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")],
                     wire_body=chunked(gzip.compress(last)))


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_come_out_with_headers_stripped(tmp_path, gz):
    pages = shared_pages(3)
    path = tmp_path / ("cc.warc.gz" if gz else "cc.warc")
    build_warc(path, pages, gz=gz)
    out = list(iter_inputs([str(path)], fetch=False))
    assert all(isinstance(r, RawInput) for r in out), [r for r in out if isinstance(r, InputError)]
    # records: 1 warcinfo, then (request, response) x 3, png (8), 404 (9), chunked (10)
    assert [r.input for r in out] == [f"{path}#{n}" for n in (3, 5, 7, 10)]
    assert [r.data for r in out] == [*pages, pages[0]]  # de-chunked and gunzipped payload
    assert [r.url for r in out] == [f"https://news.example.com/story/{i}" for i in range(3)] + [
        "https://news.example.com/chunked"]
    for raw in out:
        assert raw.kind == "html"
        assert raw.source == str(path)
        assert raw.fetched_at == WARC_DATE
        assert raw.content_type == "text/html; charset=utf-8"
        assert not raw.data.startswith(b"HTTP/")


def test_truncated_warc_gives_good_records_then_one_error(tmp_path):
    pages = shared_pages(3)
    whole = tmp_path / "whole.warc.gz"
    with open(whole, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, body in enumerate(pages):
            add_response(writer, f"https://news.example.com/{i}", body)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 2000])  # inside the last record's gzip member
    out = list(iter_inputs([str(cut)], fetch=False))
    assert [type(r) for r in out] == [RawInput, RawInput, InputError]
    assert [r.data for r in out[:2]] == pages[:2]
    err = out[2]
    assert err.input == str(cut)
    assert "truncated" in err.reason
    assert err.line().startswith(f"{cut}: truncated WARC record #3")


def test_truncated_uncompressed_warc(tmp_path):
    pages = shared_pages(2)
    path = tmp_path / "cut.warc"
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i, body in enumerate(pages):
        add_response(writer, f"https://news.example.com/{i}", body)
    path.write_bytes(buf.getvalue()[:-500])
    out = list(iter_inputs([str(path)], fetch=False))
    assert [type(r) for r in out] == [RawInput, InputError]
    assert "truncated" in out[1].reason


def test_record_over_the_cap_is_one_error_and_the_next_record_is_read(tmp_path):
    pages = shared_pages(3)
    sizes = [len(p) for p in pages]
    cap = sorted(sizes)[1]  # the largest page is over, the others not
    path = tmp_path / "cap.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, body in enumerate(pages):
            add_response(writer, f"https://news.example.com/{i}", body)
    out = list(iter_inputs([str(path)], fetch=False, max_bytes=cap))
    assert len(out) == 3
    big = sizes.index(max(sizes))
    assert isinstance(out[big], InputError)
    assert out[big].input == f"{path}#{big + 1}"
    assert f"page is {max(sizes) / 1e6:.1f} MB, over the" in out[big].reason
    assert all(isinstance(r, RawInput) for i, r in enumerate(out) if i != big)


def test_not_a_warc_file(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("this is not a web archive\n")
    (err,) = list(iter_inputs([str(path)], fetch=False))
    assert isinstance(err, InputError) and "not a WARC file" in err.reason


def test_warc_on_stdin_is_streamed(tmp_path):
    pages = shared_pages(2)
    path = tmp_path / "in.warc.gz"
    build_warc(path, pages)
    out = list(iter_inputs(["-"], fetch=False, stdin=io.BytesIO(path.read_bytes())))
    assert [r.input for r in out] == ["-#3", "-#5", "-#8"]
    assert [r.data for r in out] == [*pages, pages[0]]


def test_memory_stays_flat_in_warc_size(tmp_path):
    """Peak Python memory while reading a 40-page WARC is near one page, not the file size."""
    pages = shared_pages(4)
    path = tmp_path / "many.warc"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for i in range(40):
            add_response(writer, f"https://news.example.com/{i}", pages[i % len(pages)])
    file_size = path.stat().st_size
    biggest = max(len(p) for p in pages)
    tracemalloc.start()
    try:
        count = sum(1 for r in iter_inputs([str(path)], fetch=False) if isinstance(r, RawInput))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 40
    assert file_size > 8 * biggest
    assert peak < 4 * biggest, (peak, biggest, file_size)


def test_warc_without_html_pages_is_one_error(tmp_path):
    path = tmp_path / "images.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        add_response(writer, "https://news.example.com/a.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    (err,) = list(iter_inputs([str(path)], fetch=False))
    assert isinstance(err, InputError)
    assert err.reason == "no HTML pages in this WARC (2 records, none an HTML response)"
