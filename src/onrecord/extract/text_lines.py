"""Lines of a plain-text scrape and their features for the body-line model (``extract.text``).

A scrape is cut into lines (Markdown syntax stripped, words kept). Each line gets a feature vector:
its own shape (length, sentence punctuation, stopword density, capitalisation, chrome lexicon,
credit/byline/date shape, repetition) and where it sits in the page (how much running prose
surrounds it, its distance below the in-page headline, whether an end-of-article marker or a
reader comment came before it, whether it sits in a headline/teaser alternation).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from onrecord.extract import text_patterns as pat

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+")
MIN_HEADLINE_TOKENS = 4
TITLE_DECAY_LINES = 25.0  # the headline's pull on the lines below it halves every ~17 lines


@dataclass
class Line:
    """One non-empty line of the scrape, Markdown stripped."""

    text: str
    heading: bool = False  # was a Markdown heading
    bullet: bool = False  # was a list item

    @cached_property
    def words(self) -> list[str]:
        """Word tokens; a run of CJK characters counts as one word per two characters."""
        out: list[str] = []
        for w in pat.WORD.findall(self.text):
            cjk = len(pat.CJK.findall(w))
            out.extend([w] * max(1, round(cjk / 2)) if cjk > 1 else [w])
        return out


def clean_markdown_line(raw: str) -> tuple[str, bool, bool]:
    """Strip Markdown/HTML syntax from one line; returns (text, was_heading, was_bullet)."""
    line = raw.translate(_INVISIBLE).replace("\xa0", " ").strip()
    if pat.MD_LINK_DEF.match(line) or pat.MD_SETEXT_RULE.match(line):
        return "", False, False
    heading = bool(pat.MD_HEADING.search(line)) and line.lstrip().startswith("#")
    line = pat.MD_HEADING.sub("", line) if heading else line
    line = pat.MD_QUOTE.sub("", line)
    bullet = bool(pat.MD_BULLET.match(line))
    line = pat.MD_BULLET.sub("", line) if bullet and line.lstrip()[:1] in "-*+•·▪►" else line
    line = pat.MD_IMAGE.sub(lambda m: m.group(1), line)
    line = pat.MD_LINK.sub(lambda m: m.group(1), line)
    line = pat.MD_REF_LINK.sub(lambda m: m.group(1), line)
    line = pat.MD_HTML_TAG.sub("", line)
    for _ in range(2):
        line = pat.MD_EMPHASIS.sub(lambda m: m.group(2), line)
    return " ".join(line.split()), heading, bullet


def split_lines(text: str) -> list[Line]:
    """The scrape's non-empty lines, Markdown stripped."""
    out: list[Line] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        cleaned, heading, bullet = clean_markdown_line(raw)
        if cleaned and pat.WORD.search(cleaned):
            out.append(Line(cleaned, heading, bullet))
    return out


def tokens(text: str) -> set[str]:
    """Lower-cased word types of a text."""
    return {w.lower() for w in pat.WORD.findall(text)}


def is_prose(line: Line) -> bool:
    """A paragraph of running text: ten words or more ending like a sentence."""
    return len(line.words) >= 10 and bool(pat.SENTENCE_END.search(line.text))


def is_cjk(line: Line) -> bool:
    """Mostly Chinese/Japanese/Korean characters."""
    return len(pat.CJK.findall(line.text)) > 0.3 * len(line.text)


def title_segments(first_line: str) -> list[str]:
    """The parts of a page-title line split at site separators ("Headline | Site - Section")."""
    return [s for s in _TITLE_SEPARATORS.split(first_line) if pat.WORD.search(s)]


def headline_anchors(lines: list[Line]) -> list[int]:
    """Indices (> 0) of lines repeating the page title's headline part (its longest segment):
    where the article starts when the dump opens with the page's <title>."""
    if not lines:
        return []
    segments = title_segments(lines[0].text)
    if not segments:
        return []
    main = tokens(max(segments, key=lambda s: len(pat.WORD.findall(s))))
    whole = tokens(lines[0].text)
    if len(main) < MIN_HEADLINE_TOKENS:  # a bare site name (a masthead), not a page title
        return []
    out = []
    for i in range(1, len(lines)):
        if len(lines[i].words) > 40:
            continue
        toks = tokens(lines[i].text)
        if toks and len(toks & main) >= 0.7 * len(main) and len(toks & whole) >= 0.7 * len(toks):
            out.append(i)
    return out


# --- Features ------------------------------------------------------------------------------------

FEATURE_NAMES: tuple[str, ...] = (
    "log_words", "sentence_end", "stopword_ratio", "lowercase_ratio", "boilerplate_short",
    "boilerplate_any", "call_to_action", "credit", "byline", "date", "url_like", "repeated",
    "repeated_run", "digit_ratio", "all_caps", "bullet", "heading", "position", "comma_rate",
    "prose", "context_near", "context_far", "prev_prose", "next_prose", "in_prose_run",
    "short_word_ratio", "cjk", "after_title", "before_title", "after_end_marker",
    "comment_header", "after_comment", "teaser_alternation",
)


def repeated_runs(texts: list[str], counts: Counter[str]) -> set[int]:
    """Indices of lines inside a run of >= 2 consecutive lines that occurs again elsewhere."""
    pairs: Counter[tuple[str, str]] = Counter(zip(texts, texts[1:], strict=False))
    marked: set[int] = set()
    for i in range(len(texts) - 1):
        if counts[texts[i]] > 1 and pairs[(texts[i], texts[i + 1])] > 1:
            marked.update((i, i + 1))
    return marked


def is_end_marker(line: Line) -> bool:
    """A short line closing the article ("Related", "Leave a comment", "Tags")."""
    return len(line.words) <= 8 and bool(pat.END_MARKER.match(line.text))


def is_comment_header(line: Line) -> bool:
    """A reader comment's header ("Jane on May 2, 2019 at 4:47 pm said:", "Reply")."""
    return len(line.words) <= 20 and bool(pat.COMMENT_HEADER.search(line.text))


def article_frame(lines: list[Line]) -> range | None:
    """The lines under the in-page headline (a line repeating the page title) down to
    the first comment header, or end-of-article marker not directly followed by a paragraph
    (an inline "Read more" link), below the article's first line of text; None when the page
    has no such headline or no text under it."""
    anchors = headline_anchors(lines)
    if not anchors:
        return None
    n = len(lines)
    first_text = next((j for j in range(anchors[0] + 1, n) if _is_text_line(lines[j])), None)
    if first_text is None:
        return None
    stop = next((j for j in range(first_text + 1, n) if is_comment_header(lines[j]) or (
        is_end_marker(lines[j]) and not (j + 1 < n and is_prose(lines[j + 1])))), n)
    # A menu item may repeat the title above the headline: start under the last repeat.
    return range(max(a for a in anchors if a < stop) + 1, stop)


def _is_text_line(line: Line) -> bool:
    """Four words or more, and not a byline, date line, end marker or comment header."""
    nw = len(line.words)
    return nw >= 4 and not (is_end_marker(line) or is_comment_header(line) or nw <= 16 and (
        pat.BYLINE.match(line.text) or pat.DATE_LINE.search(line.text)))


def _densest_prose_run(prose: list[bool], lines: list[Line]) -> range:
    """The densest run of prose (max-sum segment: prose words minus chrome lines)."""
    best, best_span, cur, start = 0.0, (0, -1), 0.0, 0
    for i, line in enumerate(lines):
        gain = math.log1p(len(line.words)) if prose[i] else -1.0
        if cur <= 0:
            cur, start = 0.0, i
        cur += gain
        if cur > best:
            best, best_span = cur, (start, i)
    return range(best_span[0], best_span[1] + 1)


def _is_teaser_head(lines: list[Line], prose: list[bool], i: int) -> bool:
    """A short unpunctuated line directly above a paragraph: a teaser's headline."""
    nw = len(lines[i].words)
    return (3 <= nw <= 20 and not prose[i] and i + 1 < len(lines) and prose[i + 1]
            and not pat.SENTENCE_END.search(lines[i].text))


def structure_features(lines: list[Line], prose: list[bool], dense: range) -> list[list[float]]:
    """Per line: after_title, before_title, after_end_marker, comment_header, after_comment,
    teaser_alternation."""
    n = len(lines)
    anchors = headline_anchors(lines)
    start = dense.start if len(dense) else 0
    if anchors:
        start = next((j for j in range(anchors[0] + 1, n) if prose[j]), start)
    comment = [is_comment_header(ln) for ln in lines]
    ender = [is_end_marker(ln) for ln in lines]
    teaser = [_is_teaser_head(lines, prose, i) for i in range(n)]
    rows, seen_end, seen_comment, near = [], False, False, None
    for i in range(n):
        if near is not None or anchors and i > anchors[0]:
            near = max((a for a in anchors if a < i), default=near)
        window = [teaser[j] for j in range(max(0, i - 6), min(n, i + 7))]
        rows.append([
            math.exp(-(i - near) / TITLE_DECAY_LINES) if near is not None else 0.0,
            float(bool(anchors) and i <= anchors[0]),
            float(seen_end),
            float(comment[i]),
            float(seen_comment),
            sum(window) / len(window),
        ])
        if i > start:
            seen_end = seen_end or ender[i]
            seen_comment = seen_comment or comment[i]
    return rows


def line_features(lines: list[Line]) -> list[list[float]]:
    """One feature vector per line, in ``FEATURE_NAMES`` order."""
    texts = [ln.text for ln in lines]
    counts = Counter(texts)
    runs = repeated_runs(texts, counts)
    prose = [is_prose(ln) for ln in lines]
    dense = _densest_prose_run(prose, lines)
    structure = structure_features(lines, prose, dense)
    n = len(lines)

    def window(i: int, k: int) -> float:
        idx = [j for j in range(max(0, i - k), min(n, i + k + 1)) if j != i]
        return sum(prose[j] for j in idx) / len(idx) if idx else 0.0

    rows: list[list[float]] = []
    for i, line in enumerate(lines):
        words = line.words
        nw = len(words)
        cased = [w for w in words if w[0].isupper() or w[0].islower()]
        cjk = is_cjk(line)
        short = nw <= 12
        chars = max(1, len(line.text))
        boiler = bool(pat.BOILERPLATE.search(line.text))
        rows.append([
            math.log1p(nw),
            float(bool(pat.SENTENCE_END.search(line.text))),
            sum(w.lower() in pat.STOPWORDS for w in words) / max(1, nw),
            sum(w[0].islower() for w in cased) / len(cased) if cased else 0.5,
            float(boiler and short),
            float(boiler),
            float(bool(pat.CALL_TO_ACTION.search(line.text))),
            float(bool(pat.CREDIT.search(line.text)) and nw <= 40),
            float(bool(pat.BYLINE.match(line.text)) and nw <= 12),
            float(bool(pat.DATE_LINE.search(line.text)) and nw <= 14),
            float(bool(pat.URL_LIKE.search(line.text))),
            float(counts[line.text] > 1),
            float(i in runs),
            sum(c.isdigit() for c in line.text) / chars,
            float(line.text.isupper() and len(line.text) > 3),
            float(line.bullet),
            float(line.heading),
            i / max(1, n - 1),
            line.text.count(",") / max(1, nw),
            float(prose[i]),
            window(i, 2),
            window(i, 6),
            float(i > 0 and prose[i - 1]),
            float(i + 1 < n and prose[i + 1]),
            float(i in dense),
            0.4 if cjk else sum(len(w) <= 3 for w in words) / max(1, nw),
            float(cjk),
            *structure[i],
        ])
    return rows
