"""Article metadata from an HTML page: title, dek, authors, publication date, site, URL, language.

Explicit publisher markup wins over heuristics: JSON-LD ``datePublished`` and
``article:published_time`` come before a ``<time>`` element in the article, which comes before the
date in the URL, which comes before htmldate's guess (trafilatura's). "Updated"/"modified" dates
are never used while an original date is there.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from lxml.html import HtmlElement

# Meta tags holding the original publication date, best first (name/property/itemprop values).
PUBLISHED_META_KEYS: tuple[str, ...] = (
    "article:published_time", "og:article:published_time", "datepublished", "published_time",
    "article.published", "pubdate", "publishdate", "publish-date", "publish_date", "date_published",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date", "dcterms.date",
    "date", "original-publish-date", "cxenseparse:recs:publishtime", "article_date_original",
)
# JSON-LD types that describe the article itself (not the page, the site or a breadcrumb).
ARTICLE_TYPES: frozenset[str] = frozenset({
    "article", "newsarticle", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
    "blogposting", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "techarticle",
    "scholarlyarticle", "report", "socialmediaposting", "posting", "webpage",
})
# Class/id fragments of an element holding the dek (standfirst) under the headline.
DEK_CLASS_WORDS: tuple[str, ...] = ("standfirst", "dek", "subtitle", "sub-title", "subheadline",
                                    "sub-headline", "subhead", "article-summary", "strapline", "kicker-text")
AUTHOR_META_KEYS: tuple[str, ...] = ("author", "article:author", "byl", "dc.creator", "parsely-author",
                                     "sailthru.author", "citation_author")
AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*", re.IGNORECASE)
BYLINE_PREFIX_RE = re.compile(r"^(?:by|written by|words by|von|por|par|di)\s+", re.IGNORECASE)
# Author entries that are not people's names.
AUTHOR_STOPWORDS: frozenset[str] = frozenset({"staff", "admin", "editor", "editorial", "newsroom",
                                              "reporter", "correspondent", "contributor", "jr", "jr.",
                                              "sr", "sr."})
URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
ISO_DATE_RE = re.compile(r"((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")
TEXT_DATE_FORMATS: tuple[str, ...] = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y",
                                      "%A, %B %d, %Y", "%A %d %B %Y", "%Y/%m/%d", "%d.%m.%Y", "%m/%d/%Y")


@dataclass
class PageMeta:
    """Metadata read from one page."""

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text or None


def _meta_index(tree: HtmlElement) -> dict[str, str]:
    """Every <meta> keyed by its lower-cased name/property/itemprop (first one wins)."""
    out: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                out.setdefault(key.strip().lower(), content.strip())
    return out


def _walk(obj: Any) -> Iterator[dict[str, Any]]:
    if isinstance(obj, dict):
        yield obj
        for value in obj.values():
            yield from _walk(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _walk(value)


def _jsonld_articles(tree: HtmlElement) -> list[dict[str, Any]]:
    """JSON-LD objects typed as an article, articles before plain web pages."""
    found: list[tuple[int, dict[str, Any]]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null", strict=False)
        except (ValueError, RecursionError):
            continue
        for obj in _walk(data):
            types = obj.get("@type")
            types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            names = {t.lower() for t in types if isinstance(t, str)}
            if names & ARTICLE_TYPES:
                found.append((1 if names == {"webpage"} else 0, obj))
    return [obj for _rank, obj in sorted(found, key=lambda x: x[0])]


def normalise_date(value: str | None) -> str | None:
    """A date string in any common layout as ``YYYY-MM-DD`` (the date as written, no timezone shift)."""
    value = _clean(value)
    if not value:
        return None
    match = ISO_DATE_RE.search(value)
    parsed: dt.date | None = None
    if match:
        try:
            parsed = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            parsed = None
    if parsed is None:
        cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value)
        cleaned = re.sub(r"\s+(at\s+)?\d{1,2}[:.]\d{2}.*$", "", cleaned).strip(" ,|")
        for fmt in TEXT_DATE_FORMATS:
            try:
                parsed = dt.datetime.strptime(cleaned, fmt).date()
                break
            except ValueError:
                continue
    if parsed is None and value.isdigit() and len(value) in (10, 13):  # epoch seconds / milliseconds
        parsed = dt.datetime.fromtimestamp(int(value[:10]), dt.UTC).date()
    if parsed is None or not 1990 <= parsed.year <= dt.date.today().year + 1:
        return None
    return parsed.isoformat()


def _time_element_date(tree: HtmlElement) -> str | None:
    """The <time> element marking publication inside the article (not an "updated" stamp)."""
    candidates = tree.xpath('//article//time[@datetime] | //time[@pubdate or @itemprop="datePublished"]'
                            ' | //*[@itemprop="datePublished"]')
    candidates += tree.xpath("//time[@datetime]")
    for elem in candidates:
        marks = " ".join(filter(None, [elem.get("class"), elem.get("itemprop"),
                                       (elem.getparent().get("class") if elem.getparent() is not None else None)]))
        text = (elem.text_content() or "").lower()
        if re.search(r"updat|modif|edited", marks, re.IGNORECASE) or text.startswith("updated"):
            continue
        date = normalise_date(elem.get("datetime") or elem.get("content") or elem.text_content())
        if date:
            return date
    return None


def _person_names(value: Any) -> list[str]:
    """Names from a JSON-LD author value or a meta author string."""
    raw: list[str] = []
    if isinstance(value, str):
        raw = [value]
    elif isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            raw = [name]
        elif isinstance(name, list):
            raw = [n for n in name if isinstance(n, str)]
    elif isinstance(value, list):
        return [n for v in value for n in _person_names(v)]
    return [n for r in raw for n in split_authors(r)]


def split_authors(value: str) -> list[str]:
    """Split a byline ("By A and B", "A, B & C") into names, dropping URLs and non-names."""
    value = BYLINE_PREFIX_RE.sub("", " ".join(value.split()))
    names = []
    for part in AUTHOR_SPLIT_RE.split(value):
        part = BYLINE_PREFIX_RE.sub("", part).strip(" .:-")
        if not part or "://" in part or part.startswith(("www.", "@")) or len(part) > 60:
            continue
        if part.lower() in AUTHOR_STOPWORDS or not re.search(r"[^\W\d_]", part):
            continue
        names.append(part)
    return names


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def _dek_element(tree: HtmlElement) -> str | None:
    cond = " or ".join(f'contains(concat(" ", translate(@class, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
                       f'"abcdefghijklmnopqrstuvwxyz"), " "), "{w}")' for w in DEK_CLASS_WORDS)
    for elem in tree.xpath(f"//body//*[{cond}]"):
        if elem.tag in ("script", "style", "meta", "body", "article", "main"):
            continue
        text = _clean(elem.text_content())
        if text and 20 <= len(text) <= 400:
            return text
    return None


def is_real_dek(candidate: str | None, title: str | None, body_start: str) -> bool:
    """A description is a dek when it is a complete sentence of its own, not the lead copied or cut."""
    from onrecord.extract.html_filters import norm_key

    if not candidate or not 20 <= len(candidate) <= 400:
        return False
    if candidate.rstrip().endswith(("...", "…", "[…]")):
        return False
    key = norm_key(candidate)
    if not key or (title and key == norm_key(title)):
        return False
    return key not in norm_key(body_start)


def _language(tree: HtmlElement, meta: dict[str, str]) -> str | None:
    for value in (tree.get("lang"), tree.get("xml:lang"), meta.get("og:locale"),
                  meta.get("content-language"), meta.get("language"), meta.get("dc.language")):
        if value and re.match(r"^[A-Za-z]{2,3}\b", value.strip()):
            return re.split(r"[-_]", value.strip())[0].lower()
    return None


def page_metadata(tree: HtmlElement, page_url: str | None, fallback: Any = None) -> PageMeta:
    """Read metadata from the parsed page; ``fallback`` is trafilatura's ``Document`` (or None)."""
    meta = _meta_index(tree)
    articles = _jsonld_articles(tree)
    first = articles[0] if articles else {}

    def from_jsonld(key: str) -> Any:
        for obj in articles:
            if obj.get(key):
                return obj[key]
        return None

    out = PageMeta()
    out.title = _clean(getattr(fallback, "title", None)) or _clean(meta.get("og:title")) or (
        _clean(first.get("headline")) if isinstance(first.get("headline"), str) else None)
    out.description = _clean(meta.get("og:description") or meta.get("description")
                             or meta.get("twitter:description"))
    out.subtitle = _dek_element(tree)

    published = normalise_date(str(from_jsonld("datePublished") or "")) or next(
        (d for d in (normalise_date(meta.get(k)) for k in PUBLISHED_META_KEYS if meta.get(k)) if d), None)
    published = published or _time_element_date(tree)
    if not published and page_url and (m := URL_DATE_RE.search(page_url)):
        published = normalise_date(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
    out.published = published or normalise_date(getattr(fallback, "date", None))

    authors = _person_names(from_jsonld("author"))
    if not authors:
        for key in AUTHOR_META_KEYS:
            if meta.get(key):
                authors = split_authors(meta[key])
                if authors:
                    break
    if not authors and getattr(fallback, "author", None):
        authors = split_authors(fallback.author)
    out.authors = _dedupe(authors)

    publisher = from_jsonld("publisher")
    publisher_name = publisher.get("name") if isinstance(publisher, dict) else None
    out.site = _clean(meta.get("og:site_name")) or _clean(publisher_name if isinstance(publisher_name, str)
                                                          else None) or _clean(getattr(fallback, "sitename", None))

    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    url = (canonical[0].strip() if canonical else None) or meta.get("og:url") or page_url
    if url and page_url and not url.startswith(("http://", "https://")):
        url = urljoin(page_url, url)
    out.url = url if url and url.startswith(("http://", "https://")) else page_url
    out.language = _language(tree, meta) or _clean(getattr(fallback, "language", None))
    return out
