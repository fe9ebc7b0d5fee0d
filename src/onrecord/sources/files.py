"""Local inputs: files, directories and stdin.

- A file's kind comes from its name (``.html``/``.htm`` -> html, ``.txt``/``.md`` -> text,
  ``.warc``/``.arc`` -> WARC, ``.rss``/``.atom``/``.xml`` -> feed, each optionally ``.gz``), else
  from its first bytes (``WARC/``, a feed root element, HTML tags, else text). Gzip is detected by
  its magic bytes, whatever the name says, and decompressed with the page size cap applied to the
  decompressed size. ``fetched_at`` of a file is its modification time (UTC), the best guess at
  when it was saved; ``url`` is None unless a container says otherwise.
- A directory is walked recursively in sorted order (directories and files alike), skipping hidden
  entries (names starting with ``.``) and files whose extension is not one of the above; its pages
  are named by their own paths. A directory with no such files is one ``InputError``.
- ``-`` reads stdin once, sniffing gzip, WARC, feed, HTML or text from the first bytes (a WARC on
  stdin is streamed like a WARC file; ``input`` is ``"-"``, records ``"-#<n>"``).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from onrecord.errors import InputError
from onrecord.models import RawInput
from onrecord.sources.common import (
    EXTENSION_KINDS,
    GZIP_MAGIC,
    gunzip_head,
    kind_from_name,
    make_page,
    read_capped,
    sniff_kind,
    utc_from_timestamp,
    utc_now,
)
from onrecord.sources.feeds import iter_feed
from onrecord.sources.fetch import Fetcher
from onrecord.sources.warc import iter_warc

SNIFF_SIZE = 8192


def iter_path(spec: str, *, fetch: bool, fetcher: Fetcher | None,
              max_bytes: int) -> Iterator[RawInput | InputError]:
    """Pages from a file or a directory given as ``spec`` (never raises for a bad file)."""
    path = Path(spec)
    if path.is_dir():
        yield from _iter_dir(path, spec, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes)
        return
    try:
        yield from _iter_file(path, spec, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes)
    except InputError as e:
        yield e


def iter_stdin(stream: BinaryIO, *, fetch: bool, fetcher: Fetcher | None,
               max_bytes: int) -> Iterator[RawInput | InputError]:
    """Pages from stdin (``-``): one page, or a WARC's records, or a feed's entries."""
    reader = stream if hasattr(stream, "peek") else io.BufferedReader(stream, buffer_size=SNIFF_SIZE)  # type: ignore[arg-type]
    try:
        yield from _iter_stream(reader, "-", None, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes,
                                fetched_at=utc_now(), size=None)
    except InputError as e:
        yield e


def _iter_dir(path: Path, spec: str, *, fetch: bool, fetcher: Fetcher | None,
              max_bytes: int) -> Iterator[RawInput | InputError]:
    found = 0
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fname in sorted(files):
            if fname.startswith(".") or kind_from_name(fname) is None:
                continue
            found += 1
            file_spec = os.path.join(root, fname)
            try:
                yield from _iter_file(Path(file_spec), file_spec, fetch=fetch, fetcher=fetcher,
                                      max_bytes=max_bytes)
            except InputError as e:
                yield e
    if not found:
        known = ", ".join(sorted(EXTENSION_KINDS))
        yield InputError(spec, f"directory holds no page files (looked for {known}, optionally .gz)")


def _iter_file(path: Path, spec: str, *, fetch: bool, fetcher: Fetcher | None,
               max_bytes: int) -> Iterator[RawInput | InputError]:
    try:
        stat = path.stat()
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except FileNotFoundError:
        raise InputError(spec, "no such file or directory") from None
    except OSError as e:
        raise InputError(spec, f"cannot open: {e.strerror or e}") from None
    with handle:
        if stat.st_size == 0:
            raise InputError(spec, "empty file (0 bytes)")
        yield from _iter_stream(handle, spec, kind_from_name(path.name), fetch=fetch, fetcher=fetcher,
                                max_bytes=max_bytes, fetched_at=utc_from_timestamp(stat.st_mtime),
                                size=stat.st_size)


def _iter_stream(stream: io.BufferedReader, spec: str, named_kind: str | None, *, fetch: bool,
                 fetcher: Fetcher | None, max_bytes: int, fetched_at: str,
                 size: int | None) -> Iterator[RawInput | InputError]:
    """Read one opened input of the given (or sniffed) kind and yield its pages."""
    head = stream.peek(SNIFF_SIZE)[:SNIFF_SIZE]
    plain_head = gunzip_head(head) if head.startswith(GZIP_MAGIC) else head
    kind = named_kind or sniff_kind(plain_head)
    if kind == "warc" or plain_head.startswith(b"WARC/"):
        yield from iter_warc(stream, spec, max_bytes)
        return
    data = read_capped(stream, spec, max_bytes, known_size=size)
    if kind == "feed":
        yield from iter_feed(data, spec, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes)
        return
    if named_kind is None:
        kind = sniff_kind(data[:SNIFF_SIZE])
        if kind == "feed":
            yield from iter_feed(data, spec, fetch=fetch, fetcher=fetcher, max_bytes=max_bytes)
            return
    yield make_page(spec, "text" if kind == "text" else "html", data, source=None, fetched_at=fetched_at)
