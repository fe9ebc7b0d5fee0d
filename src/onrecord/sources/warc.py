"""WARC / WARC.gz reading (Common Crawl News layout), streamed record by record.

Every ``response`` record whose HTTP ``Content-Type`` is HTML (``text/html``,
``application/xhtml+xml``; a record with no type is sniffed) and whose HTTP status is 2xx becomes
one ``RawInput`` of kind ``"html"``: HTTP headers stripped, the payload de-chunked and
content-decoded by warcio, ``url`` = ``WARC-Target-URI``, ``fetched_at`` = ``WARC-Date``,
``content_type`` = the HTTP ``Content-Type``, ``source`` = the WARC path. ``resource`` records with
an HTML ``Content-Type`` (wget-style archives) are read the same way. Other records (``warcinfo``,
``request``, ``metadata``, ``revisit``, non-HTML responses, redirects and error pages) are skipped
silently: they are not pages.

Naming: ``input`` is ``"<warc path>#<n>"`` where ``n`` is the record's 1-based position among
*all* records of the file (``warcinfo`` and ``request`` records count too), so the number stays the
same whatever is filtered.

Memory stays flat in the file size: warcio's ``ArchiveIterator`` reads the (gzip-member by member)
stream sequentially and hands out one record at a time; we read at most ``max_bytes`` + 1 of one
payload into memory, count (and drop) the rest of an over-size payload in 64 KB chunks, and keep
nothing from a record once it is yielded. Peak memory is about one page, whatever the WARC size.

Errors: an over-size, empty or binary record gives an ``InputError`` for ``"<path>#<n>"`` and the
next record is read. A record whose payload ends before its ``Content-Length`` (a truncated file),
or a file that stops parsing, gives one ``InputError`` naming the file and the reason, after all
the good records before it. A file that does not start with ``WARC/`` (after gunzip), or a WARC
with no HTML page in it, is one ``InputError`` for the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from onrecord.errors import InputError
from onrecord.models import RawInput
from onrecord.sources.common import (
    CHUNK,
    GZIP_MAGIC,
    HTML_CONTENT_TYPES,
    gunzip_head,
    make_page,
    size_reason,
    sniff_kind,
)

PAGE_RECORD_TYPES: tuple[str, ...] = ("response", "resource")
WARC_MAGIC: tuple[bytes, ...] = (b"WARC/", b"filedesc://")  # a WARC, or warcio's older ARC format


def iter_warc(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[RawInput | InputError]:
    """Yield one ``RawInput`` per HTML page record of the WARC in ``stream`` (see module docstring)."""
    head = _peek(stream)
    if not head.startswith(WARC_MAGIC):
        shown = head[:40].decode("utf-8", "replace").split("\n", 1)[0]
        raise InputError(name, f"not a WARC file (it starts with {shown!r}, not 'WARC/')")
    number = 0
    yielded = 0
    try:
        records = ArchiveIterator(stream)
        for record in records:
            number += 1
            if record.rec_type not in PAGE_RECORD_TYPES:
                continue
            content_type = _page_content_type(record)
            if content_type is False:
                continue
            for item in _read_record(record, f"{name}#{number}", name, content_type or None, max_bytes):
                yielded += 1
                yield item
    except _Truncated as e:
        yield InputError(name, str(e))
    except ArchiveLoadFailed as e:
        where = "not a WARC file" if number == 0 else f"WARC unreadable after record {number}"
        yield InputError(name, f"{where} ({_first_line(e)})")
    except (EOFError, OSError, ValueError) as e:  # zlib.error and gzip errors are OSError/ValueError kin
        yield InputError(name, f"WARC truncated or corrupt after record {number} ({_first_line(e)})")
    except Exception as e:  # warcio raises assorted errors on damaged input
        yield InputError(name, f"WARC unreadable after record {number} ({type(e).__name__}: {_first_line(e)})")
    else:
        if not yielded:
            yield InputError(name, f"no HTML pages in this WARC ({number} records, none an HTML response)")


class _Truncated(Exception):
    """A record's payload ended before its declared length: the file was cut off."""


def _page_content_type(record) -> str | bool:
    """The page's content type (``""`` when unknown), or False when the record is not an HTML page."""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if status and not status.startswith("2"):
            return False
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    if media and media not in HTML_CONTENT_TYPES:
        return False
    return content_type


def _read_record(record, input: str, name: str, content_type: str | None,
                 max_bytes: int) -> Iterator[RawInput | InputError]:
    """Read one record's payload (capped), check it is whole, and yield it or its error."""
    stream = record.content_stream()
    parts: list[bytes] = []
    total = 0
    while chunk := stream.read(CHUNK):
        total += len(chunk)
        if total <= max_bytes:
            parts.append(chunk)
    remaining = getattr(record.raw_stream, "limit", 0)
    while remaining and record.raw_stream.read(CHUNK):
        remaining = record.raw_stream.limit
    if remaining:
        raise _Truncated(f"truncated WARC record #{input.rsplit('#', 1)[1]}: the file ends "
                         f"{remaining} bytes before the record does")
    if total > max_bytes:
        yield InputError(input, size_reason(total, max_bytes))
        return
    data = b"".join(parts)
    if content_type is None and sniff_kind(data[:4096]) != "html":
        return
    try:
        yield make_page(input, "html", data, url=record.rec_headers.get_header("WARC-Target-URI"),
                        source=name, fetched_at=record.rec_headers.get_header("WARC-Date"),
                        content_type=content_type)
    except InputError as e:
        yield e


def _peek(stream: BinaryIO) -> bytes:
    """The first (decompressed) bytes of the stream, without consuming them."""
    peek = getattr(stream, "peek", None)
    head = peek(1024)[:1024] if peek else b""
    return gunzip_head(head) if head.startswith(GZIP_MAGIC) else head


def _first_line(e: BaseException) -> str:
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0][:200]
