"""Helpers shared by the input readers: building a ``RawInput``, size caps, gzip, kind sniffing."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from onrecord.errors import InputError
from onrecord.extract.decode import binary_kind
from onrecord.models import InputKind, RawInput

MB = 1_000_000
DEFAULT_MAX_BYTES = 20 * MB  # one page (decompressed); a WARC file may be any size
CHUNK = 1 << 16
# When a gzip page is over the cap we keep decompressing (and discarding) to report its size,
# but only up to this many times the cap, so a gzip bomb cannot keep us busy.
SIZE_COUNT_FACTOR = 10
GZIP_MAGIC = b"\x1f\x8b"

# File-name endings (lower case, after an optional ".gz") and the reader each one goes to.
EXTENSION_KINDS: dict[str, InputKind] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".warc": "warc",
    ".arc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".xml": "feed",
}

HTML_CONTENT_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")
FEED_CONTENT_TYPES: tuple[str, ...] = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
)
TEXT_CONTENT_TYPES: tuple[str, ...] = ("text/plain", "text/markdown", "text/x-markdown")
XML_CONTENT_TYPES: tuple[str, ...] = ("text/xml", "application/xml")

# Lower-cased markers in a page's first bytes.
FEED_MARKERS: tuple[bytes, ...] = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")
HTML_MARKERS: tuple[bytes, ...] = (
    b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div", b"<p>", b"<p ",
    b"<article", b"<br",
)


def utc_now() -> str:
    """Now, as ISO 8601 UTC with a ``Z``."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_from_timestamp(ts: float) -> str:
    """A POSIX timestamp as ISO 8601 UTC with a ``Z``."""
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def size_reason(size: int | None, max_bytes: int, *, at_least: bool = False) -> str:
    """``"page is 50.0 MB, over the 20 MB limit (--max-bytes)"``; ``size=None`` when reading stopped
    at the cap, ``at_least`` when counting stopped at ``SIZE_COUNT_FACTOR`` times the cap."""
    limit = f"the {max_bytes / MB:g} MB limit (--max-bytes)"
    if size is None:
        return f"page is over {limit}"
    more = "more than " if at_least else ""
    return f"page is {more}{size / MB:.1f} MB, over {limit}"


def make_page(input: str, kind: InputKind, data: bytes, **fields: Any) -> RawInput:
    """A checked ``RawInput``: raises ``InputError`` for an empty page or binary data."""
    if not data:
        raise InputError(input, "empty page (0 bytes)")
    if data.isspace():
        raise InputError(input, f"empty page ({len(data)} bytes of whitespace)")
    what = binary_kind(data)
    if what:
        raise InputError(input, f"binary file ({what}), not a page")
    return RawInput(input=input, kind=kind, data=data, sha256=hashlib.sha256(data).hexdigest(), **fields)


def read_capped(stream: BinaryIO, input: str, max_bytes: int, *, known_size: int | None = None) -> bytes:
    """Read all of ``stream`` (at most ``max_bytes``), gunzipping it when it starts with gzip magic."""
    if known_size is not None and known_size > max_bytes and not _peek(stream).startswith(GZIP_MAGIC):
        raise InputError(input, size_reason(known_size, max_bytes))
    head = _peek(stream)
    if head.startswith(GZIP_MAGIC):
        return gunzip_capped(stream, input, max_bytes)
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        rest, ended = _count_rest(stream, max_bytes)
        raise InputError(input, size_reason(len(data) + rest, max_bytes, at_least=not ended))
    return data


def gunzip_capped(stream: BinaryIO, input: str, max_bytes: int) -> bytes:
    """Decompress a (possibly multi-member) gzip stream; clear errors for truncation and size."""
    parts: list[bytes] = []
    total = 0
    try:
        with gzip.GzipFile(fileobj=stream, mode="rb") as gz:
            while chunk := gz.read(CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    limit = SIZE_COUNT_FACTOR * max_bytes
                    while total <= limit and (chunk := gz.read(CHUNK)):
                        total += len(chunk)
                    raise InputError(input, size_reason(total, max_bytes, at_least=total > limit))
                parts.append(chunk)
    except EOFError:
        raise InputError(input, f"truncated gzip: the data ends after {total} decompressed bytes") from None
    except (gzip.BadGzipFile, zlib.error, OSError) as e:
        raise InputError(input, f"corrupt gzip data ({e})") from None
    return b"".join(parts)


def gunzip_head(data: bytes, size: int = 8192) -> bytes:
    """The first decompressed bytes of gzip ``data`` (for sniffing); empty when it does not inflate."""
    try:
        return zlib.decompressobj(wbits=31).decompress(data, size)
    except zlib.error:
        return b""


def kind_from_name(name: str) -> InputKind | None:
    """The kind a file name's extension says (``.html.gz`` -> html, ``.warc.gz`` -> warc), or None."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    dot = lower.rfind(".")
    return EXTENSION_KINDS.get(lower[dot:]) if dot >= 0 else None


def sniff_kind(head: bytes) -> InputKind:
    """The kind of page whose (decompressed) first bytes are ``head``: warc, feed, html or text."""
    if head.startswith(b"WARC/"):
        return "warc"
    lower = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if any(m in lower for m in FEED_MARKERS) and b"<html" not in lower:
        return "feed"
    if lower.startswith(b"<") or any(m in lower for m in HTML_MARKERS):
        return "html"
    return "text"


def kind_from_content_type(content_type: str | None) -> InputKind | None:
    """html, feed or text from a ``Content-Type``; None when it must be sniffed (XML, missing)."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media in HTML_CONTENT_TYPES:
        return "html"
    if media in FEED_CONTENT_TYPES:
        return "feed"
    if media in TEXT_CONTENT_TYPES:
        return "text"
    return None


def is_page_content_type(content_type: str | None) -> bool:
    """True for types a page may come as (HTML, feed, text, XML) or a missing type."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return (not media or kind_from_content_type(media) is not None or media in XML_CONTENT_TYPES
            or media == "application/octet-stream")


def iter_chunks(stream: BinaryIO) -> Iterator[bytes]:
    """Read ``stream`` in fixed-size chunks until it ends."""
    while chunk := stream.read(CHUNK):
        yield chunk


def _peek(stream: BinaryIO) -> bytes:
    peek = getattr(stream, "peek", None)
    return peek(8)[:8] if peek else b""


def _count_rest(stream: BinaryIO, max_bytes: int) -> tuple[int, bool]:
    """Count (and discard) what is left of an over-size stream, up to a bound; True if it ended."""
    total = 0
    for chunk in iter_chunks(stream):
        total += len(chunk)
        if total > SIZE_COUNT_FACTOR * max_bytes:
            return total, False
    return total, True
