"""The plain-text scrape cleaner: find the article inside a whole-page text or Markdown dump.

Lines and their features come from ``text_lines``; a two-stage logistic model (weights in
``text_model.json``, fitted by ``benchmarks/extraction_text.py --fit``) turns them into a
probability of being body text. The body is the best-scoring contiguous run of lines, trimmed of
the low-probability lines inside it; calls to action and blocks repeated around the page never
survive. Under an in-page headline, a run found only past the article's end (footer, sidebar,
comments) gives way to the lines under the headline, and a run is extended down through the short
lines of a list. The header (masthead/site, headline, byline, date) is read by ``text_meta`` from the
lines above the body; the dek and photo captions/credits are kept out of the body.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from onrecord.errors import NoArticleError
from onrecord.extract import text_patterns as pat
from onrecord.extract.text_lines import (
    FEATURE_NAMES,
    Line,
    article_frame,
    clean_markdown_line,
    is_comment_header,
    is_end_marker,
    line_features,
    repeated_runs,
    split_lines,
)
from onrecord.extract.text_lines import is_prose as _is_prose
from onrecord.extract.text_meta import (
    find_authors,
    find_published,
    find_site,
    find_title,
    header_window,
    is_credit,
    is_meta,
)
from onrecord.models import Article

__all__ = ["FEATURE_NAMES", "Line", "clean_markdown_line", "extract_text_article", "line_features",
           "split_lines"]

MODEL_PATH = Path(__file__).with_name("text_model.json")
MIN_BODY_WORDS = 25  # fewer words than this in the best region: no article
# Under the headline, the text above an end marker replaces a run found below it when it holds at
# least this much body evidence (absolute, and relative to the run's): see ``select_body``.
FRAME_MIN_MASS = 1.0
FRAME_MASS_RATIO = 0.1
PROMO_MAX_LINES = 12  # longer runs of short lines after the last paragraph are a list, kept
EXTEND_THRESHOLD = 0.1  # list lines below the body are kept down to this P(body)
EXTEND_MAX_GAP = 1  # weaker lines tolerated in a row when extending the body downward

# Stage 2 sees stage 1's probabilities around each line (stacking), plus a few line features.
STAGE2_NAMES: tuple[str, ...] = (
    "p", "p_mean_1", "p_mean_3", "p_mean_8", "p_max_before_3", "p_max_after_3", "in_p_region",
    "log_words", "sentence_end", "boilerplate_short", "call_to_action", "repeated", "url_like",
    "credit", "position", "after_title", "before_title", "after_end_marker", "after_comment",
)
_STAGE2_FROM_STAGE1 = tuple(FEATURE_NAMES.index(n) for n in STAGE2_NAMES[7:])



# --- Model ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> dict[str, Any]:
    """The fitted model (JSON): two logistic layers (feature names, scaling, weights, bias) and
    the region/keep thresholds."""
    with open(path, encoding="utf8") as fh:
        model = json.load(fh)
    if tuple(model["stage1"]["features"]) != FEATURE_NAMES or tuple(
            model["stage2"]["features"]) != STAGE2_NAMES:
        raise ValueError(f"{path}: feature list does not match the code; refit the model")
    return model


def logistic(rows: list[list[float]], layer: dict[str, Any]) -> list[float]:
    """P(body) for each feature row under one logistic layer."""
    mean, scale, weights, bias = layer["mean"], layer["scale"], layer["weights"], layer["bias"]
    probs = []
    for row in rows:
        z = bias + sum(w * (x - m) / s for x, m, s, w in zip(row, mean, scale, weights, strict=True))
        probs.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return probs


def stage2_features(lines: list[Line], rows: list[list[float]], p1: list[float]) -> list[list[float]]:
    """Stage-2 rows: stage-1 probabilities in windows around each line, plus line features."""
    n = len(p1)
    region = set(_best_run(lines, p1, 0.5))

    def mean_around(i: int, k: int) -> float:
        idx = [j for j in range(max(0, i - k), min(n, i + k + 1)) if j != i]
        return sum(p1[j] for j in idx) / len(idx) if idx else 0.0

    out = []
    for i, row in enumerate(rows):
        before = p1[max(0, i - 3):i] or [0.0]
        after = p1[i + 1:i + 4] or [0.0]
        out.append([p1[i], mean_around(i, 1), mean_around(i, 3), mean_around(i, 8), max(before),
                    max(after), float(i in region)] + [row[k] for k in _STAGE2_FROM_STAGE1])
    return out


def line_probabilities(lines: list[Line], model: dict[str, Any]) -> list[float]:
    """P(body) for each line: stage 1 on line features, stage 2 on stage 1 in context."""
    rows = line_features(lines)
    p1 = logistic(rows, model["stage1"])
    return logistic(stage2_features(lines, rows, p1), model["stage2"])


def _best_run(lines: list[Line], probs: list[float], center: float) -> range:
    """The contiguous run of lines maximising sum((p - center) * log(1 + words))."""
    best, span, cur, start = 0.0, (0, -1), 0.0, 0
    for i, (line, p) in enumerate(zip(lines, probs, strict=True)):
        if cur <= 0:
            cur, start = 0.0, i
        cur += (p - center) * math.log1p(len(line.words))
        if cur > best:
            best, span = cur, (start, i)
    return range(span[0], span[1] + 1)


def is_hard_chrome(line: Line) -> bool:
    """Lines never kept in a body: calls to action, bylines, datelines, short chrome labels."""
    text = line.text
    nw = len(line.words)
    sentence = bool(pat.SENTENCE_END.search(text)) and nw >= 3  # "X declined to comment."
    return bool(pat.CALL_TO_ACTION.search(text) or nw <= 12 and pat.BYLINE.match(text)
                or nw <= 8 and pat.DATE_LINE.search(text) and not sentence
                or nw <= 4 and pat.BOILERPLATE.search(text) and not sentence)


def select_body(lines: list[Line], probs: list[float], model: dict[str, Any]) -> list[int]:
    """Indices of body lines: the best contiguous run by P(body), minus its weak lines.

    Under an in-page headline (``article_frame``) two repairs apply: a run found only past the
    article's end (a footer disclaimer, a sidebar, the comments) or too thin gives way to the
    lines under the headline; and the run is extended downward through the weaker lines of a
    list (short items, prices, steps) until an end marker, a comment header or a run of chrome.
    """
    keep = model["keep_threshold"]
    # A line between two likelier lines counts as likely as the weaker of them for the run
    # search ("X declined to comment." between two paragraphs); it must still pass ``keep``.
    bridged = [max(p, min(probs[i - 1], probs[i + 1])) if 0 < i < len(probs) - 1 else p
               for i, p in enumerate(probs)]
    run = _best_run(lines, bridged, model["region_threshold"])
    body = [i for i in run if probs[i] >= keep and not is_hard_chrome(lines[i])]
    frame = article_frame(lines)
    if frame is None:
        return body
    if not body or body[0] >= frame.stop or _thin(lines, body):
        in_frame = [i for i in frame if not is_hard_chrome(lines[i])]
        comments = body and any(is_comment_header(lines[i]) for i in range(frame.stop, body[-1]))
        if not _thin(lines, in_frame) and _mass(lines, probs, in_frame) >= max(
                FRAME_MIN_MASS, 0.0 if comments else FRAME_MASS_RATIO * _mass(lines, probs, body)):
            return in_frame
        return body
    if body[0] < frame.stop:
        body += _extension(lines, probs, run, model)
    return body


def _extension(lines: list[Line], probs: list[float], run: range, model: dict[str, Any]
               ) -> list[int]:
    end = _extend_down(lines, probs, run.stop, model)
    return [i for i in range(run.stop, end) if probs[i] >= model["keep_threshold"]
            and not is_hard_chrome(lines[i])]


def _mass(lines: list[Line], probs: list[float], body: list[int]) -> float:
    """The body evidence of some lines: sum of P(body) * log(1 + words)."""
    return sum(probs[i] * math.log1p(len(lines[i].words)) for i in body)


def _thin(lines: list[Line], body: list[int]) -> bool:
    """Fewer than ``MIN_BODY_WORDS`` words."""
    return sum(len(lines[i].words) for i in body) < MIN_BODY_WORDS


def _extend_down(lines: list[Line], probs: list[float], start: int, model: dict[str, Any]) -> int:
    """Where the body ends once extended from ``start`` through list lines: stops at an end
    marker or comment header, or before ``EXTEND_MAX_GAP`` + 1 consecutive weak lines."""
    floor = model.get("extend_threshold", EXTEND_THRESHOLD)
    end, gap = start, 0
    for i in range(start, len(lines)):
        if is_end_marker(lines[i]) or is_comment_header(lines[i]):
            break
        if probs[i] >= floor and not is_hard_chrome(lines[i]):
            end, gap = i + 1, 0
        else:
            gap += 1
            if gap > EXTEND_MAX_GAP:
                break
    return end


def drop_repeated_blocks(lines: list[Line], body: list[int]) -> list[int]:
    """Drop every copy of a block (>= 2 consecutive lines, one of them a paragraph of >= 15
    words) that also appears outside the body's span or opens/closes it: appeals and promos
    repeated around the page. A block repeated well inside the body (a recipe's steps, a list)
    is article text."""
    if not body:
        return body
    texts = [ln.text for ln in lines]
    counts = Counter(texts)
    outside = Counter(t for i, t in enumerate(texts) if not body[0] <= i <= body[-1])
    runs = sorted(repeated_runs(texts, counts))
    chrome: set[int] = set()
    block: list[int] = []
    for i in runs + [-2]:
        if block and i != block[-1] + 1:
            if any(len(lines[j].words) >= 15 for j in block) and (any(
                    outside[texts[j]] for j in block) or body[-1] in block or body[0] in block):
                chrome.update(block)
            block = []
        block.append(i)
    return [i for i in body if i not in chrome]


@dataclass
class Parts:
    """What the cleaner found: body line indices and the header read around them."""

    body: list[int]
    title: str | None = None
    dek: str | None = None
    captions: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None


def assemble(lines: list[Line], probs: list[float], model: dict[str, Any]) -> Parts:
    """Body lines, headline, dek and captions from the line probabilities."""
    body = drop_repeated_blocks(lines, select_body(lines, probs, model))
    # Headline, kicker, credit before the text (a list without any paragraph keeps its head).
    while body and not _is_prose(lines[body[0]]) and any(_is_prose(lines[i]) for i in body):
        body.pop(0)
    prose_at = [k for k, i in enumerate(body) if _is_prose(lines[i])]
    if prose_at:  # a few short lines trailing the last paragraph after a gap: a promo list
        last = prose_at[-1]
        gap = next((k for k in range(last + 1, len(body)) if body[k] != body[k - 1] + 1), None)
        if gap is not None and len(body) - gap <= PROMO_MAX_LINES:
            body = body[:gap]
    captions: list[str] = []
    for k, i in enumerate(body):
        if is_credit(lines[i]):
            prev = body[k - 1] if k else None
            if prev == i - 1 and len(lines[prev].words) <= 40 and lines[prev].text not in captions \
                    and not _is_prose(lines[prev]):
                captions.append(lines[prev].text)
            captions.append(lines[i].text)
    body = [i for i in body if lines[i].text not in captions]
    if not body:
        return Parts([])
    header_end = body[0]
    if len(body) > 1 and _is_date_line_not_lede(lines[body[0]], lines[body[1]]):
        body.pop(0)
    t_idx = find_title(lines, header_end)
    parts = Parts(body, captions=captions, site=find_site(lines))
    window = header_window(lines, t_idx, body[0])
    parts.authors = find_authors(lines, window)
    parts.published = find_published(lines, window)
    if t_idx is not None:
        text = lines[t_idx].text
        parts.title = pat.TITLE_SITE_SUFFIX.sub("", text) if t_idx == 0 else text
    # A dek: one paragraph right under the headline, cut off from the text by a photo or pitch.
    if (t_idx is not None and len(body) > 1 and body[0] - t_idx <= 2 and body[1] > body[0] + 1
            and len(lines[body[0]].words) <= 40):
        parts.dek = lines[body.pop(0)].text
        between = range(body[0] - 1, parts.body[0] - 1, -1)
        for i in reversed(between):
            if is_credit(lines[i]) and lines[i].text not in captions:
                if i - 1 >= 0 and not is_meta(lines[i - 1]) and lines[i - 1].text != parts.dek:
                    captions.append(lines[i - 1].text)
                captions.append(lines[i].text)
    return parts


def _is_date_line_not_lede(line: Line, next_line: Line) -> bool:
    """"May 20, 2025 | 4:10pm" or "May 20, 2025 — a note" over a lede with its own dateline
    ("PORT HALDEN — ..."): a header line. "May 20, 2025 — The council voted ..." is the lede."""
    return bool(pat.DATE_LED.match(line.text)) and len(line.words) <= 30 and (
        not _is_prose(line) or bool(pat.DATELINE_LED.match(next_line.text)))


def body_lines(lines: list[Line], probs: list[float], model: dict[str, Any]) -> list[int]:
    """Indices of the body's lines, or [] when the best run is too thin to be an article."""
    body = assemble(lines, probs, model).body
    return [] if _too_thin(lines, body) else body


def _too_thin(lines: list[Line], body: list[int]) -> bool:
    """Too few words to be an article (twice as many needed for a list without a paragraph)."""
    words = sum(len(lines[i].words) for i in body)
    return words < MIN_BODY_WORDS or words < 2 * MIN_BODY_WORDS and not any(
        _is_prose(lines[i]) for i in body)


def extract_text_article(input: str, text: str, model: dict[str, Any] | None = None) -> Article:
    """Find the article in a plain-text or Markdown page scrape.

    ``text`` is the body paragraphs joined by blank lines; headline, dek and photo
    captions/credits go to ``title``, ``subtitle`` and ``captions``. Raises ``NoArticleError``
    when no run of prose long enough to be an article is found. ``model`` overrides the
    stored weights (used when fitting).
    """
    lines = split_lines(text)
    if not lines:
        raise NoArticleError(input, "empty text: nothing to analyse")
    model = model or load_model()
    probs = line_probabilities(lines, model)
    parts = assemble(lines, probs, model)
    body = parts.body
    if _too_thin(lines, body):
        raise NoArticleError(input, "no article found in the text: no run of prose paragraphs")
    return Article(input=input, text="\n\n".join(lines[i].text for i in body), title=parts.title,
                   subtitle=parts.dek, captions=parts.captions, authors=parts.authors,
                   published=parts.published, site=parts.site)
