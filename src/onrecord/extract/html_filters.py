"""Post-filters for extracted article paragraphs: boilerplate lines, related-link blocks, headline
echoes and photo captions.

The extractor (trafilatura) keeps some page furniture inside the article container: "READ MORE:"
teasers, "Don't miss" link lists, share/subscribe prompts, the headline and dek repeated at the top,
photo captions and credits. Each filter here works on the list of paragraphs (one string each) and
is driven by the pattern tables below, so a new furniture line is a new table entry, not new code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

# A whole paragraph that is page furniture (matched case-insensitively, after trimming).
BOILERPLATE_LINES: tuple[str, ...] = (
    r"advertisement",
    r"advertising",
    r"sponsored( content)?",
    r"story continues below( advertisement)?",
    r"(article )?continues below",
    r"continue reading( below)?",
    r"read (more|next|also|on)",
    r"see more",
    r"show more",
    r"load more( comments)?",
    r"(view|show|read) comments?",
    r"\d* ?comments?",
    r"related( (articles?|stories|content|coverage|news|posts?|links?))?:?",
    r"recommended( for you| stories| reading)?:?",
    r"(you )?(may|might) also (like|be interested in)\W*",
    r"more (from|on) [\w .'’-]{1,40}",
    r"(most )?(popular|read|viewed|trending)( now| stories| articles)?:?",
    r"don'?t miss:?",
    r"(share|tweet|email|print|copy link)( this( article| story| page)?)?",
    r"share (on|via) \w+",
    r"(like|enjoy)(ed)? this (story|article)\?.*",
    r"tell us what you think.*",
    r"(click|tap) here to .{0,80}",
    r"follow us on .{0,60}",
    r"(sign up|subscribe|register)( now| today| here)?( for| to)? .{0,80}(newsletters?|inbox|updates|alerts)\.?",
    r"get the latest .{0,80}(inbox|newsletters?|updates)\.?( subscribe.{0,80})?",
    r"subscribe( now| today)?\.?",
    r"sign up\.?",
    r"log ?in|sign ?in|register",
    r"(image|photo|picture|video)( credit| source)?: .{0,80}",
    r"(getty images|reuters|afp|ap photo|shutterstock)( via .{0,40})?",
    r"copyright .{0,80}|© .{0,80}|all rights reserved\.?",
    r"this (article|story) (was )?(originally|first) (appeared|published) .{0,120}",
    r"\[button .{0,200}\[/button\]",
    # A date label left behind when the extractor dropped the date itself ("Published on", "Publié le").
    r"(first |last )?(published|updated|posted|modified)( on| at)?:?|publié le|mis à jour le|"
    r"veröffentlicht( am)?:?|aktualisiert( am)?:?|publicado( el| em)?:?|actualizado( el)?:?|pubblicato( il)?:?",
    r"(post|add|leave|write|show) (a |your )?comments?( \(\+\)| \(\d+\))?",
    r"(?=[\w-]*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+){2,}",  # a lone CSS/identifier token ("medium-wide-browser")
    r"(additional )?(reporting|writing|editing|compiled) by [^.]{0,300}\.?",  # wire-service credit line
)

# A paragraph starting like this is a teaser for another article ("READ MORE: Headline ...").
TEASER_PREFIXES: tuple[str, ...] = (
    r"(read|see|watch|click) (more|also|next|here)\s*[:>»|-]",
    r"(also|more) (read|on|from) [\w.]{2,30}\b\s*[:>»|-]?",
    r"related( articles?| stories| content| coverage)?\s*[:>»|-]",
    r"(recommended|trending|popular|watch|listen|video|photos?|gallery|must read)\s*:",
    r"(more|latest) (news|stories)\s*[:>»|-]",
)

# A line closed by a bracketed upper-case label ("Headline [VIDEO]", "Headline [INSIGHT]") is a link.
TEASER_SUFFIX = r"\[[A-Z][A-Z '’&-]{2,20}\]\s*\|?"

# Headers that open a list of links to other articles; the short headline-like lines after them go too.
RELATED_BLOCK_HEADERS: tuple[str, ...] = (
    r"don'?t miss\W*",
    r"(you )?(may|might) also (like|be interested in)\W*",
    r"related( articles?| stories| content| coverage| news| posts| links| reading)?\W*",
    r"recommended( for you| stories| reading)?\W*",
    r"more (from|on|in) [\w .'’-]{1,40}\W*",
    r"(most )?(popular|read|viewed|trending|shared)( now| stories| articles| on [\w.]+)?\W*",
    r"(top|latest|more) (stories|news|headlines|videos?)\W*",
    r"(read|see) (more|also|next)\W*",
    r"what to read next\W*",
    r"editor'?s picks?\W*",
)

# Phrases of a promotion for the publisher's newsletter, app, print edition or social accounts. A short
# paragraph at the start or end of the body holding one of them is dropped.
PROMO_PHRASES: tuple[str, ...] = (
    r"sign up (for|to)\b", r"subscribe (to|for|now|today)\b", r"\bnewsletters?\b", r"to your inbox",
    r"delivered (to|through) your", r"click here (for|to)\b", r"follow (us|[\w .'’]{2,40}) on (facebook|twitter|instagram)",
    r"download (the|our) [\w .'’]{0,30}app\b", r"get the [\w .'’]{0,30}app\b", r"\bissues for [£$€]\d",
)
PROMO_MAX_WORDS = 60
MAX_BOILERPLATE_CHARS = 300  # a longer paragraph is never a furniture line or a teaser
# A paragraph this long, found inside a caption and covering this share of it, is that caption.
MIN_PARTIAL_CAPTION_CHARS = 25
PARTIAL_CAPTION_SHARE = 0.6
PROMO_EDGE_HEAD = 2  # paragraphs at the start of the body checked for promotions
PROMO_EDGE_TAIL = 5  # ... and at its end

# A short line that is a publication/update timestamp ("Updated: 19 November 2019, 09:01 AM").
TIMESTAMP_LINE = (r"^(?=.{0,160}$)(?!.*(?<![ap]\.m)\.$)(?:(?:.*[|/•·,]\s*)?(?:first |last )?(?:published|updated|posted|modified)"
                  r"\b\s*(?::|on|at)?\s*.*\d"
                  r"|.*\b\d{4}\b.*\b\d{1,2}(?::\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}T?)?|\.\d{2}\s*(?:am|pm))\b)")

_flags = re.IGNORECASE
BOILERPLATE_RE = re.compile(r"^(?:" + "|".join(BOILERPLATE_LINES) + r")$", _flags)
TEASER_PREFIX_RE = re.compile(r"^(?:" + "|".join(TEASER_PREFIXES) + r")", _flags)
TEASER_SUFFIX_RE = re.compile(TEASER_SUFFIX + r"$")
TIMESTAMP_RE = re.compile(TIMESTAMP_LINE, _flags)
RELATED_HEADER_RE = re.compile(r"^(?:" + "|".join(RELATED_BLOCK_HEADERS) + r")$", _flags)
PROMO_RE = re.compile("|".join(PROMO_PHRASES), _flags)
_WORD_RE = re.compile(r"\w+")
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_SENTENCE_END_RE = re.compile(r"[.!?…:;\"”’)\]]\s*$")


@lru_cache(maxsize=8192)
def norm_key(text: str) -> str:
    """Lower-cased word tokens joined by one space: the key used to compare texts across sources."""
    return " ".join(_WORD_RE.findall(_INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text)).lower()))


def is_boilerplate(paragraph: str) -> bool:
    """True when a whole paragraph is page furniture or a teaser for another article."""
    line = paragraph.strip().lstrip("-•*▶►» ").strip()
    if not line:
        return True
    if len(line) > MAX_BOILERPLATE_CHARS:
        return False
    if BOILERPLATE_RE.match(line) or TEASER_PREFIX_RE.match(line) or TIMESTAMP_RE.match(line):
        return True
    return bool(TEASER_SUFFIX_RE.search(line))


def _looks_like_prose(paragraph: str) -> bool:
    """A paragraph of running text, as opposed to a headline or a link label."""
    words = len(paragraph.split())
    return words >= 25 or (words >= 15 and bool(_SENTENCE_END_RE.search(paragraph)))


def drop_related_blocks(paragraphs: list[str]) -> list[str]:
    """Remove "Don't miss" / "You may also like" headers and the headline list that follows them."""
    out: list[str] = []
    in_block = False
    for para in paragraphs:
        line = para.strip().lstrip("-•*▶►» ").strip()
        if RELATED_HEADER_RE.match(line):
            in_block = True
            continue
        if in_block:
            if not _looks_like_prose(line) or para.lstrip().startswith(("- ", "• ")):
                continue
            in_block = False
        out.append(para)
    return out


def drop_trailing_link_list(paragraphs: list[str],
                            link_item_keys: Callable[[set[str]], set[str]] | None = None) -> list[str]:
    """Remove a run of bulleted headlines closing the article (a related-articles list).

    ``link_item_keys`` tells which of the given paragraph keys are list items made mostly of link
    text on the page; when given, only such items count (a closing list of facts stays).
    """
    end = len(paragraphs)
    while end > 0:
        para = paragraphs[end - 1].strip()
        if para.startswith(("- ", "• ")) and not _SENTENCE_END_RE.search(para) and len(para.split()) <= 30:
            end -= 1
            continue
        break
    # Only a list of several items is a link list; one bullet may be the article's own.
    if len(paragraphs) - end < 4:
        return paragraphs
    if link_item_keys is not None:
        links = link_item_keys({norm_key(p) for p in paragraphs[end:]})
        while end < len(paragraphs) and norm_key(paragraphs[end]) not in links:
            end += 1
        if len(paragraphs) - end < 4:
            return paragraphs
    return paragraphs[:end]


def split_header(paragraphs: list[str], titles: Iterable[str | None], deks: Iterable[str | None],
                 bylines: Iterable[str | None] = ()) -> tuple[list[str], str | None]:
    """Drop the headline block the extractor kept at the top: the title, then a dek and bylines.

    A dek candidate (meta description, standfirst) counts as the dek only when it follows the title
    echo, since a description is often the lead paragraph copied. Returns (rest, dek found or None).
    """
    title_keys = {norm_key(t) for t in titles if t and norm_key(t)}
    dek_keys = {norm_key(d): d for d in deks if d and norm_key(d)}
    byline_keys = {norm_key(b) for b in bylines if b and norm_key(b)}
    start, found_dek = 0, None
    while start < min(len(paragraphs), 3) and norm_key(paragraphs[start]) in title_keys:
        start += 1
    if start:
        while start < min(len(paragraphs), 6):
            key = norm_key(paragraphs[start])
            if key in dek_keys and found_dek is None:
                found_dek = paragraphs[start].strip()
            elif not (key in byline_keys or key in title_keys):
                break
            start += 1
    return paragraphs[start:], found_dek


def split_captions(paragraphs: list[str], caption_keys: set[str]) -> tuple[list[str], list[str]]:
    """Separate paragraphs that are photo captions/credits (by key) from the body paragraphs."""
    body: list[str] = []
    captions: list[str] = []
    for para in paragraphs:
        key = norm_key(para)
        if key and (key in caption_keys or (len(key) >= MIN_PARTIAL_CAPTION_CHARS and any(
                key in caption and len(key) >= PARTIAL_CAPTION_SHARE * len(caption) for caption in caption_keys))):
            captions.append(para.strip())
        else:
            body.append(para)
    return body, captions


def drop_edge_promotions(paragraphs: list[str]) -> list[str]:
    """Drop short newsletter/app/subscription promotions among the first and last paragraphs."""
    n = len(paragraphs)
    edge = set(range(min(PROMO_EDGE_HEAD, n // 3))) | set(range(n - min(PROMO_EDGE_TAIL, n // 2), n))
    return [p for i, p in enumerate(paragraphs)
            if not (i in edge and len(p.split()) <= PROMO_MAX_WORDS and PROMO_RE.search(p))]


def dedupe_adjacent(paragraphs: list[str]) -> list[str]:
    """Drop a paragraph identical (by key) to the one just before it."""
    out: list[str] = []
    last = None
    for para in paragraphs:
        key = norm_key(para)
        if key != last:
            out.append(para)
        last = key
    return out


def clean_paragraphs(paragraphs: list[str], caption_keys: set[str] | None = None,
                     link_item_keys: Callable[[set[str]], set[str]] | None = None) -> tuple[list[str], list[str]]:
    """Apply the body filters (not ``split_header``); returns (body paragraphs, captions among them)."""
    paras = [p.strip() for p in paragraphs if p.strip()]
    paras, captions = split_captions(paras, caption_keys or set())
    paras = drop_related_blocks(paras)
    paras = [p for p in paras if not is_boilerplate(p)]
    paras = drop_trailing_link_list(paras, link_item_keys)
    paras = drop_edge_promotions(paras)
    return dedupe_adjacent(paras), captions
