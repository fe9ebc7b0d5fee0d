"""Header metadata of a plain-text scrape: masthead/site, headline, byline authors, publication date.

The header sits right above the body: the masthead (first line, short, the paper's name and often
repeated in a footer), then the headline, then byline and date lines. The headline is the line
matching the page's <title> when the dump opens with one, else the line right above the
byline/date block (or right above the body).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from onrecord.extract import text_patterns as pat
from onrecord.extract.text_lines import Line, title_segments, tokens

MASTHEAD_MAX_WORDS = 8
HEADER_LOOKBACK = 8  # lines above the body searched for byline and date lines


def is_credit(line: Line) -> bool:
    """A short photo-credit line (never a sentence that merely names a wire agency)."""
    return (len(line.words) <= 12 and bool(pat.CREDIT.search(line.text))
            and not pat.SENTENCE_END.search(line.text.rstrip(")")))


def is_meta(line: Line) -> bool:
    """Bylines, dates, links, chrome: never a headline, dek or caption."""
    text = line.text
    nw = len(line.words)
    return bool(pat.BYLINE.match(text) and nw <= 12 or pat.DATE_LINE.search(text) and nw <= 14
                or pat.URL_LIKE.search(text) or pat.CALL_TO_ACTION.search(text)
                or pat.BOILERPLATE.search(text) and nw <= 12 or pat.FULL_DATE.search(text)
                and nw <= 25 and not pat.SENTENCE_END.search(text))


def is_header_meta(line: Line) -> bool:
    """A byline or date line (what sits between a headline and its body)."""
    nw = len(line.words)
    return bool(nw <= 16 and (pat.BYLINE.match(line.text) or pat.DATE_LINE.search(line.text))
                or nw <= 25 and pat.FULL_DATE.search(line.text))


def headline_like(line: Line) -> bool:
    """Three to thirty words, not a byline, date, credit or chrome line."""
    nw = len(line.words)
    return 3 <= nw <= 30 and not is_meta(line) and not is_credit(line)


def site_name(masthead: str) -> str:
    """The paper's name in a masthead line, without a trailing parenthetical."""
    return pat.MASTHEAD_PARENTHETICAL.sub("", masthead).strip() or masthead


def is_masthead(lines: list[Line]) -> bool:
    """The first line is the paper's name: short, unpunctuated, named again further down
    (a footer, a subscribe line) and not a page <title> of the form "Headline | Site"."""
    if len(lines) < 2:
        return False
    first = lines[0]
    if (len(first.words) > MASTHEAD_MAX_WORDS or pat.SENTENCE_END.search(first.text)
            or len(title_segments(first.text)) > 1):
        return False
    name = site_name(first.text).lower()
    return len(name) >= 3 and any(name in ln.text.lower() for ln in lines[1:])


def find_title(lines: list[Line], body_start: int) -> int | None:
    """Index of the headline above the body (see the module docstring); never the masthead."""
    masthead = is_masthead(lines)
    page_title = set() if masthead else tokens(pat.TITLE_SITE_SUFFIX.sub("", lines[0].text))
    best, best_score = None, 0.0
    for i in range(body_start - 1, 0 if masthead else -1, -1):
        line = lines[i]
        if not headline_like(line):
            continue
        toks = tokens(line.text)
        overlap = len(toks & page_title) / max(1, len(toks | page_title))
        score = overlap + (0.3 if line.heading else 0.0)
        if score > best_score + 1e-9 and (overlap >= 0.6 or line.heading):
            best, best_score = i, score
    if best is not None:
        return best
    i = body_start - 1
    while i > 0 and body_start - i <= HEADER_LOOKBACK and is_header_meta(lines[i]):
        i -= 1
    if i >= (1 if masthead else 0) and headline_like(lines[i]) and (
            i < body_start - 1 or masthead or i == 0):
        return i
    if not masthead and body_start > 0 and headline_like(lines[0]):
        return 0
    return None


def find_site(lines: list[Line]) -> str | None:
    """The site's name: the masthead line, else the last part of a "Headline | Site" title."""
    if is_masthead(lines):
        return site_name(lines[0].text)
    segments = title_segments(lines[0].text) if lines else []
    if len(segments) == 2 and len(pat.WORD.findall(segments[1])) <= 5 and len(
            pat.WORD.findall(segments[0])) > len(pat.WORD.findall(segments[1])):
        return segments[1].strip()
    return None


@lru_cache(maxsize=256)
def parse_date(text: str) -> str | None:
    """YYYY-MM-DD of the first full date (day, month and year all written) in ``text``."""
    import dateparser

    match = pat.FULL_DATE.search(text)
    if not match:
        return None
    found = dateparser.parse(match.group(0), settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "MDY" if match.group(0)[0].isalpha()
        else "DMY"})
    if found is None or not dt.date(1900, 1, 1) <= found.date() <= dt.date(2100, 1, 1):
        return None
    return found.date().isoformat()


def header_window(lines: list[Line], title: int | None, body_start: int) -> range:
    """Lines read for byline and date: from the headline (or a few lines up) to the body's
    first line."""
    start = title if title is not None else max(0, body_start - HEADER_LOOKBACK)
    return range(start, min(len(lines), body_start + 1))


def find_published(lines: list[Line], window: range) -> str | None:
    """Publication date from the date lines of the header. Each date belongs to the label before
    it ("Published ..." / "Updated ..."); an updated date is used only when no other is there."""
    published, updated = None, None
    for i in window:
        text = lines[i].text
        if len(lines[i].words) > 40:
            continue
        labels = sorted([(m.start(), False) for m in pat.UPDATED_LABEL.finditer(text)]
                        + [(m.start(), True) for m in pat.PUBLISHED_LABEL.finditer(text)])
        for match in pat.FULL_DATE.finditer(text):
            date = parse_date(match.group(0))
            if not date:
                continue
            label = [is_pub for at, is_pub in labels if at < match.start()]
            if label and not label[-1]:
                updated = updated or date
            else:
                published = published or date
    return published or updated


def parse_byline(text: str) -> list[str]:
    """Person names in a byline ("By Jane Example and John Doe, Reuters" -> both names)."""
    at = pat.BYLINE.search(text)
    if not at:
        return []
    rest = pat.BYLINE_PREFIX.sub("", text[at.start():], count=1)
    stop = pat.BYLINE_STOP.search(rest)
    rest = rest[:stop.start()] if stop else rest
    names = []
    for part in pat.NAME_SPLIT.split(rest):
        part = part.strip(" .;:")
        words = part.split()
        if not 1 <= len(words) <= 5 or pat.NOT_A_PERSON.match(part):
            continue
        if all(w[:1].isupper() or w.lower() in {"de", "van", "von", "da", "del", "der", "la", "le",
                                                 "bin", "al"} for w in words):
            names.append(part)
    return names


def find_authors(lines: list[Line], window: range) -> list[str]:
    """Authors from the first byline in the header ("By ...", also after a separator)."""
    for i in window:
        line = lines[i]
        if len(line.words) > 25:
            continue
        for piece in [line.text, *pat.BYLINE_STOP.split(line.text)[1:]]:
            if pat.BYLINE.match(piece.strip()):
                names = parse_byline(piece.strip())
                if names:
                    return names
    return []
