"""RSS / Atom feeds (files or URLs), parsed with feedparser from bytes we read ourselves.

Each entry becomes one ``RawInput`` named ``"<feed>#<n>"`` (``n`` = 1-based entry position in the
feed), with ``source`` = the feed path or URL and ``hints`` = what the feed knows about the entry:
``title``, ``published`` (YYYY-MM-DD, from the entry's published or updated date), ``authors``,
``url`` (the entry link) and ``site`` (the feed's title).

- When ``fetch`` is on and the entry has an http(s) link, the linked page is fetched (politely,
  see ``fetch``) and read as HTML (``kind="html"``, ``url`` = the final URL after redirects).
- Otherwise — ``--no-fetch``, the host cannot be reached, or the page fetch failed — the entry's
  own content is used: ``content:encoded`` / Atom ``content``, else the ``summary``. HTML content
  is flattened to plain text here (paragraphs kept as blank-line breaks, scripts and styles
  dropped) and the record has ``kind="text"``, so the text extractor reads it; ``hints["from"]``
  is ``"feed-content"`` and, when a fetch failed first, ``hints["fetch_error"]`` says why.
- An entry with neither a fetchable page nor content gives an ``InputError`` for that entry.

A file that is not a feed at all (not XML, or XML without entries) gives one ``InputError`` for
the feed. feedparser never sees a URL, so it never fetches anything itself.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from typing import Any

import feedparser

from onrecord.errors import InputError
from onrecord.models import RawInput
from onrecord.sources.common import kind_from_content_type, make_page, sniff_kind, utc_now
from onrecord.sources.fetch import Fetcher, FetchError, check_url

# Elements whose end is a paragraph break when feed HTML is flattened to text.
BLOCK_TAGS: frozenset[str] = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
    "table", "section", "article", "figure", "figcaption", "header", "footer", "aside", "dd", "dt",
    "hr",
})
DROPPED_TAGS: tuple[str, ...] = ("script", "style", "noscript", "template")
_TAG = re.compile(r"<[^>]*>")
_HAS_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_SAX_POSITION = re.compile(r"^<[^>]*>:\d+:\d+: (.*)$")
_EMAIL = re.compile(r"\S+@\S+")
_AUTHOR_WITH_EMAIL: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\S+@\S+\s*\((.+)\)$"),  # RSS 2.0: "editor@site.com (Jane Doe)"
    re.compile(r"^(.+?)\s*<\S+@\S+>$"),  # "Jane Doe <editor@site.com>"
)


def iter_feed(data: bytes, name: str, *, fetch: bool, fetcher: Fetcher | None,
              max_bytes: int) -> Iterator[RawInput | InputError]:
    """Yield one ``RawInput`` (or ``InputError``) per entry of the feed in ``data``."""
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = _bozo_reason(parsed.get("bozo_exception"))
            raise InputError(name, f"not an RSS/Atom feed: {reason}")
        raise InputError(name, "feed has no entries")
    site = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_page(entry, f"{name}#{number}", name, site, fetch, fetcher, max_bytes)
        except InputError as e:
            yield e


def _entry_page(entry: Any, input: str, feed: str, site: str | None, fetch: bool,
                fetcher: Fetcher | None, max_bytes: int) -> RawInput:
    hints = entry_hints(entry, site)
    link = hints.get("url")
    fetch_error = None
    if fetch and fetcher is not None and link and check_url(link) is None:
        try:
            resp = fetcher.get(link, max_bytes)
        except FetchError as e:
            fetch_error = e.reason
        else:
            kind = kind_from_content_type(resp.content_type) or sniff_kind(resp.data[:4096])
            if kind in ("html", "text"):
                return make_page(input, kind, resp.data, url=resp.url, source=feed,
                                 fetched_at=resp.fetched_at, content_type=resp.content_type, hints=hints)
            fetch_error = f"linked page is not HTML or text ({resp.content_type or 'no content type'})"
    content = entry_content(entry)
    if not content:
        if fetch_error:
            raise InputError(input, f"entry page not fetched ({fetch_error}) and the entry has no content")
        why = "pages are not fetched (--no-fetch)" if not fetch else "it has no link to fetch"
        raise InputError(input, f"feed entry has no content and {why}")
    hints["from"] = "feed-content"
    if fetch_error:
        hints["fetch_error"] = fetch_error
    return make_page(input, "text", content.encode("utf-8"), url=link, source=feed, fetched_at=utc_now(),
                     content_type="text/plain; charset=utf-8", hints=hints)


def entry_hints(entry: Any, site: str | None) -> dict[str, Any]:
    """What a feed entry says about its page: title, published, authors, url, site."""
    hints: dict[str, Any] = {}
    if entry.get("title"):
        hints["title"] = html_to_text(entry["title"]) if _HAS_TAG.search(entry["title"]) else entry["title"]
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp:
        hints["published"] = time.strftime("%Y-%m-%d", stamp)
    names = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
    if not names and entry.get("author"):
        names = [entry["author"]]
    authors = [name for name in (author_name(n) for n in names) if name]
    if authors:
        hints["authors"] = authors
    if entry.get("link"):
        hints["url"] = entry["link"]
    if site:
        hints["site"] = site
    return hints


def author_name(value: str) -> str | None:
    """A person's name from an RSS author field: ``a@b.c (Name)`` / ``Name <a@b.c>`` -> Name;
    a bare e-mail address -> None."""
    value = value.strip()
    for pattern in _AUTHOR_WITH_EMAIL:
        m = pattern.match(value)
        if m:
            return m.group(1).strip() or None
    return None if _EMAIL.fullmatch(value) else value or None


def entry_content(entry: Any) -> str:
    """An entry's own text: full content (``content:encoded``/Atom content), else its summary."""
    for item in entry.get("content", []):
        value = (item.get("value") or "").strip()
        if value:
            return html_to_text(value) if _is_html(item.get("type"), value) else value
    summary = (entry.get("summary") or "").strip()
    if summary:
        detail = entry.get("summary_detail") or {}
        return html_to_text(summary) if _is_html(detail.get("type"), summary) else summary
    return ""


def html_to_text(fragment: str) -> str:
    """Flatten an HTML fragment to text: block ends become blank lines, whitespace collapsed."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return _normalize(html.unescape(_TAG.sub(" ", fragment)))
    for bad in root.xpath("|".join(f"//{t}" for t in DROPPED_TAGS)):
        bad.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    return _normalize(root.text_content())


def _normalize(text: str) -> str:
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _is_html(content_type: str | None, value: str) -> bool:
    return (content_type or "").lower() in ("text/html", "application/xhtml+xml") or bool(_HAS_TAG.search(value))


def _bozo_reason(exc: object) -> str:
    """feedparser's parse error as one readable line: "XML error: mismatched tag". (Its line
    numbers are dropped: feedparser may have rewritten the prologue, so they can be off.)"""
    lines = str(exc or "").strip().splitlines()
    text = lines[0] if lines else "not well-formed"
    m = _SAX_POSITION.match(text)
    return f"XML error: {m.group(1) if m else text}"[:200]
