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
from collections.abc import Iterable

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

_flags = re.IGNORECASE
BOILERPLATE_RE = re.compile(r"^(?:" + "|".join(BOILERPLATE_LINES) + r")$", _flags)
TEASER_PREFIX_RE = re.compile(r"^(?:" + "|".join(TEASER_PREFIXES) + r")", _flags)
TEASER_SUFFIX_RE = re.compile(TEASER_SUFFIX + r"$")
RELATED_HEADER_RE = re.compile(r"^(?:" + "|".join(RELATED_BLOCK_HEADERS) + r")$", _flags)
_WORD_RE = re.compile(r"\w+")
_SENTENCE_END_RE = re.compile(r"[.!?…:;\"”’)\]]\s*$")


def norm_key(text: str) -> str:
    """Lower-cased word tokens joined by one space: the key used to compare texts across sources."""
    return " ".join(_WORD_RE.findall(unicodedata.normalize("NFKC", text).lower()))


def is_boilerplate(paragraph: str) -> bool:
    """True when a whole paragraph is page furniture or a teaser for another article."""
    line = paragraph.strip().lstrip("-•*▶►» ").strip()
    if not line:
        return True
    if BOILERPLATE_RE.match(line) or TEASER_PREFIX_RE.match(line):
        return True
    return bool(TEASER_SUFFIX_RE.search(line))


def _looks_like_prose(paragraph: str) -> bool:
    """A paragraph of running text, as opposed to a headline or a link label."""
    words = len(paragraph.split())
    return words >= 25 or (words >= 8 and bool(_SENTENCE_END_RE.search(paragraph)))


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


def drop_trailing_link_list(paragraphs: list[str]) -> list[str]:
    """Remove a run of bulleted headline-like items closing the article (a related-articles list)."""
    end = len(paragraphs)
    while end > 0:
        para = paragraphs[end - 1].strip()
        if para.startswith(("- ", "• ")) and not _SENTENCE_END_RE.search(para) and len(para.split()) <= 30:
            end -= 1
            continue
        break
    # Only a list of several items is a link list; one bullet may be the article's own.
    return paragraphs[:end] if len(paragraphs) - end >= 4 else paragraphs


def drop_headline_echoes(paragraphs: list[str], echoes: Iterable[str | None]) -> list[str]:
    """Drop the opening paragraphs that repeat the title, dek or byline (they are metadata, not body)."""
    keys = {norm_key(e) for e in echoes if e and norm_key(e)}
    start = 0
    while start < min(len(paragraphs), 4) and norm_key(paragraphs[start]) in keys:
        start += 1
    return paragraphs[start:]


def split_captions(paragraphs: list[str], caption_keys: set[str]) -> tuple[list[str], list[str]]:
    """Separate paragraphs that are photo captions/credits (by key) from the body paragraphs."""
    body: list[str] = []
    captions: list[str] = []
    for para in paragraphs:
        key = norm_key(para)
        if key and key in caption_keys:
            captions.append(para.strip())
        else:
            body.append(para)
    return body, captions


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


def clean_paragraphs(paragraphs: list[str], echoes: Iterable[str | None] = (),
                     caption_keys: set[str] | None = None) -> tuple[list[str], list[str]]:
    """Apply every filter; returns (body paragraphs, captions found among them)."""
    paras = [p.strip() for p in paragraphs if p.strip()]
    paras = drop_headline_echoes(paras, echoes)
    paras, captions = split_captions(paras, caption_keys or set())
    paras = drop_related_blocks(paras)
    paras = [p for p in paras if not is_boilerplate(p)]
    paras = drop_trailing_link_list(paras)
    return dedupe_adjacent(paras), captions
