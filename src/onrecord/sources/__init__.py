"""The sources stage: every input form in, ``RawInput`` records out.

``iter_inputs(specs)`` takes what the user typed — file paths, directories, ``http(s)://`` URLs,
``-`` for stdin — and yields, in input order, one ``RawInput`` per page, or an ``InputError`` for
an input (or one record inside a container) that failed. It never raises for a bad input and
never stops a batch: the caller reports each error on one line (``err.line()`` names the input
and the reason) and goes on.

What comes out (``RawInput`` fields):

- ``input``: the path or URL exactly as given; for a page inside a container ``"<container>#<n>"``
  (a WARC's n-th record, counting every record; a feed's n-th entry, both 1-based). Files found
  in a directory are named by their own path.
- ``kind``: the kind of page for the extractor, ``"html"`` or ``"text"`` — HTML from any container
  (a WARC record, a fetched URL, a feed entry's fetched page) is ``"html"``; ``.txt``/``.md`` scrapes
  and feed entries read from the feed's own content (flattened to text) are ``"text"``.
- ``url`` (the page's URL when known: WARC-Target-URI, the final URL after redirects, the feed entry
  link), ``source`` (the container: WARC path, feed path or URL; None for a lone page),
  ``fetched_at`` (ISO 8601 UTC: WARC-Date, the fetch time, or a file's modification time),
  ``content_type`` (HTTP/WARC ``Content-Type`` when there was one), ``sha256`` of ``data``, and
  ``hints`` (a feed entry's title, published YYYY-MM-DD, authors, url, site).

Readers, one module each: ``files`` (files, gzip by magic bytes, directories, stdin), ``warc``
(streamed WARC records, memory flat in file size), ``feeds`` (RSS/Atom via feedparser) and
``fetch`` (polite HTTP: User-Agent, robots.txt, per-host delay, timeouts, size cap, retries with
exponential backoff on 5xx/timeouts). Byte decoding (BOMs, declared charsets, mixed encodings)
is ``onrecord.extract.decode.decode_text``, called by the extractors.

Every page is capped at ``max_bytes`` (default 20 MB, decompressed; a WARC file may be any size,
each record is capped): "page is 50.0 MB, over the 20 MB limit (--max-bytes)".
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from onrecord.errors import InputError
from onrecord.models import RawInput
from onrecord.sources.common import DEFAULT_MAX_BYTES, kind_from_content_type, make_page, sniff_kind
from onrecord.sources.feeds import iter_feed
from onrecord.sources.fetch import USER_AGENT, Fetcher, FetchError, check_url
from onrecord.sources.files import iter_path, iter_stdin

URL_PREFIXES: tuple[str, ...] = ("http://", "https://")

__all__ = ["DEFAULT_MAX_BYTES", "USER_AGENT", "Fetcher", "iter_inputs", "is_url"]


def is_url(spec: str) -> bool:
    """True when ``spec`` is an http(s) URL rather than a path."""
    return spec.lower().startswith(URL_PREFIXES)


def iter_inputs(
    specs: Sequence[str],
    *,
    fetch: bool = True,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetcher: Fetcher | None = None,
) -> Iterator[RawInput | InputError]:
    """Yield a ``RawInput`` per page (or an ``InputError`` per failure) for each spec, in order.

    ``fetch=False`` means no network at all: URL inputs fail with a reason, and feed entries are
    read from the feed's own content. ``stdin`` is read for ``-`` (default ``sys.stdin.buffer``).
    ``fetcher`` lets a caller share or tune the HTTP client (timeouts, retries, politeness).
    """
    if fetch and fetcher is None:
        fetcher = Fetcher(max_bytes=max_bytes)
    for spec in specs:
        try:
            if spec == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from iter_stdin(stream, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes)
            elif is_url(spec):
                yield from iter_url(spec, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes)
            else:
                yield from iter_path(spec, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes)
        except InputError as e:
            yield e
        except Exception as e:  # a bug must not stop the batch: report it against the input
            yield InputError(spec, f"internal error while reading ({type(e).__name__}: {e})")


def iter_url(url: str, *, fetch: bool, fetcher: Fetcher | None,
             max_bytes: int) -> Iterator[RawInput | InputError]:
    """Fetch one URL: an HTML/text page, or a feed whose entries are then read."""
    problem = check_url(url)
    if problem:
        raise InputError(url, problem)
    if not fetch or fetcher is None:
        raise InputError(url, "not fetched: URLs need the network, and fetching is off (--no-fetch)")
    try:
        resp = fetcher.get(url, max_bytes)
    except FetchError as e:
        raise InputError(url, e.reason) from None
    kind = kind_from_content_type(resp.content_type)
    if kind is None:
        media = (resp.content_type or "").split(";", 1)[0].strip().lower()
        if media and not media.endswith("xml") and media != "application/octet-stream":
            raise InputError(url, f"not a page: the server sent {media}")
        kind = sniff_kind(resp.data[:8192])
    if kind == "feed":
        yield from iter_feed(resp.data, url, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes)
        return
    if kind == "warc":
        raise InputError(url, "WARC files are read from disk: download it first, then pass its path")
    yield make_page(url, "text" if kind == "text" else "html", resp.data, url=resp.url,
                    fetched_at=resp.fetched_at, content_type=resp.content_type)
