"""Article metadata from an HTML page: title, dek, authors, publication date, site, URL, language.

Explicit publisher markup wins over heuristics: JSON-LD ``datePublished`` and
``article:published_time`` come before a ``<time>`` element in the article, which comes before the
date in the URL, which comes before htmldate's guess (trafilatura's). "Updated"/"modified" dates
are never used while an original date is there.

The language is the page's declaration (``<html lang>``, ``og:locale``, Content-Language, ...); only
a page (or a text scrape) declaring none gets one detected from its article text by
``language.language_of`` (py3langid, offline), and only when the text is long enough and the model
confident; ``Article.language_source`` says which.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml.etree import XPath
from lxml.html import HtmlElement

from onrecord.extract.language import declared_language

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
                                    "sub-headline", "article-summary", "strapline", "kicker-text")
DEK_CLASS_RE = re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, DEK_CLASS_WORDS)) + r")(?![a-z])",
                          re.IGNORECASE)
DEK_SCOPE_UP = 3  # the dek is searched this many levels above the <h1>
DEK_SKIP_TAGS: frozenset[str] = frozenset({"script", "style", "meta", "body", "article", "main", "section"})
AUTHOR_META_KEYS: tuple[str, ...] = ("author", "article:author", "byl", "dc.creator", "parsely-author",
                                     "sailthru.author", "citation_author")
AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*", re.IGNORECASE)
BYLINE_PREFIX_RE = re.compile(r"^(?:by|written by|words by|von|por|par|di)\s+", re.IGNORECASE)
# Author entries that are not people's names.
AUTHOR_STOPWORDS: frozenset[str] = frozenset({"staff", "admin", "editor", "editorial", "newsroom",
                                              "reporter", "correspondent", "contributor", "jr", "jr.",
                                              "sr", "sr."})
TITLE_SEPARATOR_RE = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
# Byline markup: (a class word the page must use, or "", the XPath then searched).
BYLINE_XPATHS: tuple[tuple[str, str], ...] = (
    ("", '//*[@itemprop="author" or @rel="author"]'),
    ("byline", '//*[contains(@class, "byline")]'),
    ("author-name", '//*[contains(@class, "author-name")]'),
)
UPDATED_MARK_RE = re.compile(r"updat|modif|edited|revised", re.IGNORECASE)
# Credentials that follow a name in a byline ("Jane Doe, MS, RDN").
AUTHOR_CREDENTIALS: tuple[str, ...] = ("MS", "MA", "MSc", "BSc", "MD", "RD", "RDN", "RN", "PhD", "MBA", "MPH",
                                       "CPT", "CSCS", "DO", "NP", "LCSW", "JD", "Esq", "CFA", "CPA", "DDS")
AUTHOR_NOT_NAME_RE = re.compile(
    r"^(?:" + "|".join(re.escape(c) for c in AUTHOR_CREDENTIALS) + r")\.?$|\d|admin$", re.IGNORECASE)
URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
ISO_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")
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
    headings: list[str] = field(default_factory=list)  # the page's <h1> texts (headline echoes)


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


_TIME_CANDIDATES = XPath('//*[self::time or @itemprop="datePublished"]')


def _time_element_date(tree: HtmlElement) -> str | None:
    """The date of the <time> (or itemprop=datePublished) element marking publication: one marked as
    published first, then one inside <article>, then any; never an "updated" stamp."""
    ranked: list[tuple[int, int, str]] = []
    for order, elem in enumerate(_TIME_CANDIDATES(tree)):
        parent = elem.getparent()
        marks = " ".join(filter(None, [elem.get("class"), elem.get("itemprop"),
                                       parent.get("class") if parent is not None else None]))
        text = (elem.text_content() or "").strip().lower()
        if UPDATED_MARK_RE.search(marks) or text.startswith("updated"):
            continue
        value = elem.get("datetime") or elem.get("content") or elem.text_content()
        if elem.get("itemprop") == "datePublished" or elem.get("pubdate") is not None:
            rank = 0
        elif elem.get("datetime") and any(a.tag == "article" for a in elem.iterancestors()):
            rank = 1
        elif elem.get("datetime"):
            rank = 2
        else:
            continue
        ranked.append((rank, order, value))
    for _rank, _order, value in sorted(ranked):
        if date := normalise_date(value):
            return date
    return None


def _person_names(value: Any) -> list[str]:
    """Names from a JSON-LD author value or a meta author string."""
    raw: list[str] = []
    if isinstance(value, str):
        raw = [value]
    elif isinstance(value, dict):
        if str(value.get("@type", "")).lower() == "organization":
            return []  # "CNN Business" in a list of people is the desk, not a writer
        name = value.get("name")
        if isinstance(name, str):
            raw = [name]
        elif isinstance(name, list):
            raw = [n for n in name if isinstance(n, str)]
    elif isinstance(value, list):
        names = [n for v in value for n in _person_names(v)]
        orgs = [n for v in value if isinstance(v, dict) for n in _person_names({**v, "@type": "Person"})]
        return names or orgs  # organisations only when no person is named
    return [n for r in raw for n in split_authors(r)]


def split_authors(value: str) -> list[str]:
    """Split a byline ("By A and B", "A, B & C") into names, dropping URLs and non-names."""
    value = BYLINE_PREFIX_RE.sub("", " ".join(value.split()))
    names = []
    for part in AUTHOR_SPLIT_RE.split(value):
        part = BYLINE_PREFIX_RE.sub("", part).strip(" .:-")
        if not part or "://" in part or part.startswith(("www.", "@")) or len(part) > 60:
            continue
        if (part.lower() in AUTHOR_STOPWORDS or not re.search(r"[^\W\d_]", part)
                or AUTHOR_NOT_NAME_RE.search(part) or (part == part.lower() and part != part.upper())):
            continue  # a stopword, a credential ("MS", "PhD"), a user name ("jdadmin", "rmb8090")
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


_CLASS_VALUES = XPath("//@class", smart_strings=False)


@lru_cache(maxsize=512)
def _class_xpath(words: tuple[str, ...], scope: str) -> XPath:
    return XPath(f"{scope}//*[" + " or ".join(f"contains(@class, '{w}')" for w in words) + "]")


def page_classes(tree: HtmlElement) -> str:
    """Every class attribute value of the page, one a line: a cheap index for ``elements_with_class``."""
    return "\n".join(_CLASS_VALUES(tree))


def elements_with_class(tree: HtmlElement, classes: str | None, words: tuple[str, ...],
                        scope: str = "") -> list[HtmlElement]:
    """Elements whose class contains one of ``words``; words absent from ``classes`` (the page's
    ``page_classes``) are not searched for, which spares most tree scans."""
    present = tuple(w for w in words if classes is None or w in classes)
    return _class_xpath(present, scope)(tree) if present else []


def _dek_element(tree: HtmlElement, classes: str | None = None) -> str | None:
    """Text of the first standfirst/dek element near the headline (the <h1>'s nearby containers)."""
    h1 = next(tree.iter("h1"), None)
    scope = h1
    for _ in range(DEK_SCOPE_UP):
        if scope is not None and scope.getparent() is not None and scope.getparent().tag != "body":
            scope = scope.getparent()
    if scope is None or scope is h1:
        return None
    for elem in elements_with_class(scope, classes, DEK_CLASS_WORDS, scope="."):
        if elem.tag in DEK_SKIP_TAGS or not DEK_CLASS_RE.search(elem.get("class", "")):
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


def strip_site_suffix(title: str, site: str | None) -> str:
    """ "Headline | Site" -> "Headline" when the part after the separator is the site's name."""
    parts = TITLE_SEPARATOR_RE.split(title)
    if len(parts) > 1:
        site_key = (site or "").lower().replace(" ", "")
        tail = parts[-1].lower().replace(" ", "")
        if site_key and (tail in site_key or site_key in tail):
            return TITLE_SEPARATOR_RE.split(title, maxsplit=len(parts) - 2)[0] if len(parts) > 2 else parts[0]
    return title


def _title(tree: HtmlElement, meta: dict[str, str], article: dict[str, Any], site: str | None) -> str | None:
    headline = article.get("headline")
    for value in (meta.get("og:title"), headline if isinstance(headline, str) else None,
                  meta.get("twitter:title")):
        if value := _clean(value):
            return strip_site_suffix(value, site)
    h1s = [t for t in (_clean(h.text_content()) for h in tree.iter("h1")) if t]
    if h1s:
        return h1s[0]
    title = _clean(tree.findtext(".//title"))
    return strip_site_suffix(title, site) if title else None


def _site(meta: dict[str, str], articles: list[dict[str, Any]], url: str | None) -> str | None:
    for obj in articles:
        publisher = obj.get("publisher")
        name = publisher.get("name") if isinstance(publisher, dict) else None
        if isinstance(name, str) and _clean(name):
            return _clean(meta.get("og:site_name")) or _clean(name)
    site = _clean(meta.get("og:site_name")) or _clean(meta.get("application-name"))
    if site and site.startswith(("http://", "https://")):
        site = None
    if not site and url:
        host = urlsplit(url).hostname or ""
        site = host.removeprefix("www.") or None
    return site


def _byline_authors(tree: HtmlElement, classes: str | None) -> list[str]:
    """Names in byline markup: rel=author links, itemprop=author, a "byline" element."""
    for hint, xpath in BYLINE_XPATHS:
        if hint and classes is not None and hint not in classes:
            continue
        for elem in tree.xpath(xpath):
            text = _clean(elem.text_content())
            if text and len(text) <= 120 and (names := split_authors(text)):
                return names
    return []


def page_metadata(tree: HtmlElement, page_url: str | None, classes: str | None = None) -> PageMeta:
    """Read title, dek, authors, publication date, site, canonical URL and language from the page.

    Publisher markup first (JSON-LD, meta tags), then page elements, then htmldate's search.
    ``classes`` (``page_classes(tree)``) only spares searches for classes the page does not use.
    """
    meta = _meta_index(tree)
    articles = _jsonld_articles(tree)

    def from_jsonld(key: str) -> Any:
        for obj in articles:
            if obj.get(key):
                return obj[key]
        return None

    out = PageMeta()
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    url = (canonical[0].strip() if canonical else None) or meta.get("og:url") or page_url
    if url and page_url and not url.startswith(("http://", "https://")):
        url = urljoin(page_url, url)
    out.url = url if url and url.startswith(("http://", "https://")) else page_url
    out.site = _site(meta, articles, out.url)
    out.title = _title(tree, meta, articles[0] if articles else {}, out.site)
    out.headings = [t for t in (_clean(h.text_content()) for h in tree.iter("h1")) if t][:3]
    out.description = _clean(meta.get("og:description") or meta.get("description")
                             or meta.get("twitter:description"))
    out.subtitle = _dek_element(tree, classes)
    out.language = declared_language(tree, meta)

    published = normalise_date(str(from_jsonld("datePublished") or "")) or next(
        (d for d in (normalise_date(meta.get(k)) for k in PUBLISHED_META_KEYS if meta.get(k)) if d), None)
    published = published or _time_element_date(tree)
    if not published and out.url and (m := URL_DATE_RE.search(out.url)):
        published = normalise_date(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
    if not published:
        try:
            published = normalise_date(find_date(tree, url=out.url, original_date=True, extensive_search=False))
        except (ValueError, TypeError):
            published = None
    out.published = published

    authors = _person_names(from_jsonld("author"))
    if not authors:
        for key in AUTHOR_META_KEYS:
            if meta.get(key) and (authors := split_authors(meta[key])):
                break
    out.authors = _dedupe(authors or _byline_authors(tree, classes))
    return out
