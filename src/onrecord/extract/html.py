"""HTML page to ``Article``: trafilatura for the body, then our own repairs, filters and metadata.

Steps, each cheap and generic:

1. Parse once (trafilatura's ``load_html``); trafilatura works on a copy, we keep the original
   tree for metadata, captions and the repairs below. Hover cards, tooltips and screen-reader text
   are removed first (they splice names and teasers into sentences).
2. ``bare_extraction(fast=True, favor_recall=True)``: trafilatura's main extractor, leaning to recall
   (our filters remove what it lets through) and about 20% faster here than its precision default.
   Comments are extracted (which takes them out of the body) and discarded.
3. If that output is a menu (many very short lines), run trafilatura again with its backup
   extractors (``fast=False``), which compare candidates.
4. Recovery (``recover_split_body``): some CMSs cut the body into sibling blocks (ad slots between
   them) and the extractor keeps only the first; long paragraphs whose parent has the same tag and
   class as the kept paragraphs' parent are put back in document order, and so are embedded social
   posts (tweets) inside the body's region: they are often the very statements being reported.
5. Metadata (``metadata``), then post-filters (``html_filters``): headline/dek echoes, captions
   (kept in ``Article.captions``), boilerplate, timestamp and promotion lines, related-link lists.

Every failure is a ``NoArticleError`` (or the decoder's ``InputError``) naming the input: one line.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from lxml import etree
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from onrecord.errors import NoArticleError
from onrecord.extract.decode import decode_text
from onrecord.extract.html_filters import clean_paragraphs, norm_key, split_header
from onrecord.extract.metadata import elements_with_class, is_real_dek, page_classes, page_metadata
from onrecord.models import Article, RawInput

# Fewer UTF-8 bytes than this in the cleaned body: not an article (login wall, index or error page).
MIN_ARTICLE_BYTES = 150
# ... or no paragraph this long in UTF-8 bytes (a list of headlines and labels): 80 Latin letters,
# about 27 CJK characters, which carry more per character.
MIN_PROSE_BYTES = 80
# Output judged a menu: at least this many lines, most of them this short.
MENU_MIN_LINES = 25
MENU_SHORT_WORDS = 4
MENU_SHORT_SHARE = 0.6
# Split-body recovery: a paragraph put back must have at least this many words.
RECOVER_MIN_WORDS = 25
# Ancestors whose content is never article body (tags, and class/id fragments).
NON_BODY_TAGS: frozenset[str] = frozenset({"footer", "aside", "nav", "header", "form", "figure", "figcaption"})
NON_BODY_CLASS_RE = re.compile(
    r"(?<![a-z])(?:comments?|related|recommend\w*|promo\w*|newsletter|footer|sidebar|share|sharing|social|"
    r"teaser|outbrain|taboola|caption|credit|byline|author-bio|subscribe|advert\w*|ad|ads|popular|trending|"
    r"nav|navigation|menu|breadcrumbs?)(?![a-z])",
    re.IGNORECASE)
CAPTION_CLASS_WORDS: tuple[str, ...] = ("caption", "Caption", "credit", "Credit")
CAPTION_XPATH = ".//figcaption | .//*[@itemprop='caption']"
CAPTION_SCOPE_UP = 2  # caption search: this many levels above the kept paragraphs' common ancestor
MAX_CAPTION_CHARS = 500
# Embedded social-media posts (blockquote classes): quoted statements the extractor tends to drop.
EMBED_CLASS_RE = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-xfbml-parse|bluesky-embed|"
                            r"threads-embed|mastodon-embed", re.IGNORECASE)
# Hover cards, tooltips and screen-reader-only text inside paragraphs: removed before extraction.
HIDDEN_CLASS_WORDS: tuple[str, ...] = ("rollover", "tooltip", "popover", "hovercard", "sr-only",
                                       "visually-hidden", "screen-reader")
LINK_ITEM_SHARE = 0.5  # a list item whose text is at least this share link text is a link
TEASER_CARD_TAGS: tuple[str, ...] = ("h2", "h3", "h4", "h5", "img", "figure", "picture")

# Silence trafilatura/htmldate warnings on stderr: a failed extraction becomes our one-line error.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def _run_trafilatura(tree: HtmlElement, url: str | None, fast: bool):
    return bare_extraction(tree, url=url, fast=fast, include_comments=True, with_metadata=False, favor_recall=True)


def _lines(text: str | None) -> list[str]:
    return [squashed for line in (text or "").split("\n") if (squashed := " ".join(line.split()))]


def _is_menu(lines: list[str]) -> bool:
    """True when the output is mostly one- to four-word lines: a site menu, not an article."""
    if len(lines) < MENU_MIN_LINES:
        return False
    short = sum(1 for line in lines if len(line.split()) <= MENU_SHORT_WORDS)
    return short / len(lines) >= MENU_SHORT_SHARE


def _outside_body(elem: HtmlElement, body_ancestors: set[HtmlElement]) -> bool:
    """True when page furniture (footer, aside, comments, related links ...) encloses ``elem`` below
    the region that holds the kept paragraphs (``body_ancestors``: their ancestors)."""
    for anc in elem.iterancestors():
        if anc in body_ancestors:
            return False
        if anc.tag in NON_BODY_TAGS:
            return True
        marks = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if marks.strip() and NON_BODY_CLASS_RE.search(marks):
            return True
    return False


def _signature(elem: HtmlElement | None) -> tuple[str, str] | None:
    if elem is None or not elem.get("class"):
        return None
    return (str(elem.tag), " ".join(sorted(elem.get("class", "").split())))


def _common_ancestor(elems: list[HtmlElement]) -> HtmlElement | None:
    """The lowest element enclosing all of ``elems`` (None for an empty list)."""
    if not elems:
        return None
    chain = list(elems[0].iterancestors())
    common = set(chain)
    for elem in elems[1:]:
        common.intersection_update(elem.iterancestors())
    return next((anc for anc in chain if anc in common), None)


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def recover_split_body(tree: HtmlElement, lines: list[str]) -> tuple[list[str], HtmlElement | None]:
    """Put back what the extractor dropped from the body, in document order: long paragraphs from
    sibling blocks sharing the kept paragraphs' parent signature, and embedded social posts inside
    the region of the kept paragraphs. Returns the lines and that region (None when unknown)."""
    kept = {line: i for i, line in enumerate(lines)}  # lines are whitespace-squashed already
    kept_signatures: Counter[tuple[str, str]] = Counter()
    body_ancestors: set[HtmlElement] = set()
    kept_paragraphs: list[HtmlElement] = []
    blocks: list[tuple[HtmlElement, str, int | None, bool]] = []
    for elem in tree.iter("p", "blockquote"):
        is_embed = elem.tag == "blockquote"
        if is_embed and not EMBED_CLASS_RE.search(elem.get("class") or ""):
            continue
        text = _squash(elem.text_content())
        if not text:
            continue
        line_index = kept.get(text)
        blocks.append((elem, text, line_index, is_embed))
        if line_index is not None and not is_embed:
            kept_paragraphs.append(elem)
            if sig := _signature(elem.getparent()):
                kept_signatures[sig] += 1
                body_ancestors.update(elem.iterancestors())
    region = _common_ancestor(kept_paragraphs)
    if region is not None and region.tag in ("body", "html"):
        region = None
    insert_after: dict[int, list[str]] = {}
    last_kept = -1
    seen: set[str] = set()
    kept_text: str | None = None
    for elem, text, line_index, is_embed in blocks:
        if line_index is not None:
            last_kept = max(last_kept, line_index)
            continue
        if is_embed:
            wanted = region is not None and any(anc is region for anc in elem.iterancestors())
        else:
            wanted = (text.count(" ") + 1 >= RECOVER_MIN_WORDS
                      and kept_signatures.get(_signature(elem.getparent()) or ("", ""), 0) >= 2
                      and not _outside_body(elem, body_ancestors))
        if not wanted:
            continue
        key = norm_key(text)
        kept_text = kept_text if kept_text is not None else norm_key("\n".join(lines))
        if key in seen or key in kept_text or (is_embed and any(
                norm_key(p.text_content() or "") in kept_text for p in elem.iter("p"))):
            continue
        seen.add(key)
        insert_after.setdefault(last_kept, []).append(text)
    if not insert_after:
        return lines, region
    out = list(insert_after.get(-1, []))
    for i, line in enumerate(lines):
        out.append(line)
        out.extend(insert_after.get(i, []))
    return out, region


def link_item_keys(tree: HtmlElement, candidates: set[str]) -> set[str]:
    """Those of ``candidates`` (paragraph keys) that are teaser list items: mostly link text, or a
    link with a heading or an image (a card pointing to another article)."""
    keys = set()
    for item in tree.iter("li"):
        text = " ".join((item.text_content() or "").split())
        if not text or (key := norm_key(text)) not in candidates:
            continue
        links = list(item.iter("a"))
        linked = sum(len(" ".join((a.text_content() or "").split())) for a in links)
        if linked >= LINK_ITEM_SHARE * len(text) or (links and next(item.iter(*TEASER_CARD_TAGS), None) is not None):
            keys.add(key)
    return keys


def page_captions(tree: HtmlElement, classes: str | None = None, region: HtmlElement | None = None
                  ) -> list[str]:
    """Photo captions and credits, in page order, searched near the body ``region`` if known."""
    for _ in range(CAPTION_SCOPE_UP):  # a lead photo sits just above the paragraphs' container
        if region is not None and region.getparent() is not None and region.getparent().tag != "body":
            region = region.getparent()
    scope = region if region is not None else tree
    found = scope.xpath(CAPTION_XPATH) + elements_with_class(scope, classes, CAPTION_CLASS_WORDS, scope=".")
    found.sort(key=lambda elem: elem.sourceline or 0)
    captions: dict[str, str] = {}
    for elem in found:
        text = " ".join((elem.text_content() or "").split())
        if (0 < len(text) <= MAX_CAPTION_CHARS and (key := norm_key(text))
                and not any(key in other for other in captions)):  # a credit inside a caption already kept
            captions[key] = text
    return list(captions.values())


def _has_prose(paragraphs: list[str]) -> bool:
    """True when some paragraph is running text, not only headlines, labels and links."""
    return any(len(p.encode("utf-8")) >= MIN_PROSE_BYTES for p in paragraphs)


def extract_html_article(raw: RawInput) -> Article:
    """Extract the article body and metadata of one HTML page; ``NoArticleError`` when there is none."""
    html = decode_text(raw)
    try:
        return _extract(raw, html)
    except NoArticleError:
        raise
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError, etree.LxmlError) as err:
        raise NoArticleError(raw.input, f"no article text found: the page could not be processed "
                             f"({type(err).__name__}: {err})") from None


def _extract(raw: RawInput, html: str) -> Article:
    tree = load_html(html)
    if tree is None:
        raise NoArticleError(raw.input, "no article text found: the input is not a parsable HTML page")
    classes = page_classes(tree)
    for hidden in elements_with_class(tree, classes, HIDDEN_CLASS_WORDS):
        hidden.drop_tree()
    doc = _run_trafilatura(tree, raw.url, fast=True)
    lines = _lines(doc.text if doc else None)
    if not lines or _is_menu(lines):
        backup = _run_trafilatura(tree, raw.url, fast=False)
        backup_lines = _lines(backup.text if backup else None)
        if backup_lines and not _is_menu(backup_lines):
            lines = backup_lines
    region = None
    if lines and not _is_menu(lines):
        lines, region = recover_split_body(tree, lines)
    meta = page_metadata(tree, raw.url, classes)
    lines, header_dek = split_header(lines, [meta.title, *meta.headings], [meta.subtitle, meta.description],
                                     meta.authors)
    if not meta.subtitle:
        if header_dek:
            meta.subtitle = header_dek
        elif is_real_dek(meta.description, meta.title, " ".join(lines[:3])):
            meta.subtitle = meta.description
    captions = page_captions(tree, classes, region)
    paragraphs, _removed = clean_paragraphs(lines, {norm_key(c) for c in captions},
                                            lambda candidates: link_item_keys(tree, candidates))
    text = "\n\n".join(paragraphs)
    if len(text.encode("utf-8")) < MIN_ARTICLE_BYTES or _is_menu(paragraphs) or not _has_prose(paragraphs):
        raise NoArticleError(raw.input, "no article text found (the page holds no article body: a login, "
                             "index or error page?)")
    return Article(input=raw.input, text=text, title=meta.title, subtitle=meta.subtitle,
                   authors=meta.authors, published=meta.published, site=meta.site, url=meta.url,
                   language=meta.language, captions=captions)
