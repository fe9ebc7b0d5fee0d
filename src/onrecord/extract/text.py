"""The plain-text scrape cleaner: find the article inside a whole-page text or Markdown dump.

A scrape is cut into lines (Markdown syntax stripped, words kept). Each line gets a handful of
features (length, sentence punctuation, stopword density, capitalisation, chrome lexicon,
repetition, credit/byline/date shape, and how much running prose surrounds it); a small logistic
regression (weights in ``text_model.json``, fitted by ``benchmarks/extraction_text.py --fit``)
turns them into a probability of being body text. The body is the best-scoring contiguous run
of lines, trimmed of the low-probability lines inside it; calls to action and repeated blocks
never survive. The headline, dek and photo captions/credits are read from the lines around the
body and kept out of it.
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
from onrecord.models import Article

MODEL_PATH = Path(__file__).with_name("text_model.json")
MIN_BODY_WORDS = 25  # fewer words than this in the best region: no article
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


@dataclass
class Line:
    """One non-empty line of the scrape, Markdown stripped."""

    text: str
    heading: bool = False  # was a Markdown heading
    bullet: bool = False  # was a list item

    @property
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


# --- Features ------------------------------------------------------------------------------------

FEATURE_NAMES: tuple[str, ...] = (
    "log_words", "sentence_end", "stopword_ratio", "lowercase_ratio", "boilerplate_short",
    "boilerplate_any", "call_to_action", "credit", "byline", "date", "url_like", "repeated",
    "repeated_run", "digit_ratio", "all_caps", "bullet", "heading", "position", "comma_rate",
    "prose", "context_near", "context_far", "prev_prose", "next_prose", "in_prose_run",
    "short_word_ratio", "cjk",
)
# Stage 2 sees stage 1's probabilities around each line (stacking), plus a few line features.
STAGE2_NAMES: tuple[str, ...] = (
    "p", "p_mean_1", "p_mean_3", "p_mean_8", "p_max_before_3", "p_max_after_3", "in_p_region",
    "log_words", "sentence_end", "boilerplate_short", "call_to_action", "repeated", "url_like",
    "credit", "position",
)
_STAGE2_FROM_STAGE1 = tuple(FEATURE_NAMES.index(n) for n in STAGE2_NAMES[7:])


def _is_cjk(line: Line) -> bool:
    return len(pat.CJK.findall(line.text)) > 0.3 * len(line.text)


def _is_prose(line: Line) -> bool:
    words = line.words
    return len(words) >= 10 and bool(pat.SENTENCE_END.search(line.text))


def _repeated_runs(texts: list[str], counts: Counter[str]) -> set[int]:
    """Indices of lines inside a run of >= 2 consecutive lines that occurs again elsewhere."""
    pairs: Counter[tuple[str, str]] = Counter(zip(texts, texts[1:], strict=False))
    marked: set[int] = set()
    for i in range(len(texts) - 1):
        if counts[texts[i]] > 1 and pairs[(texts[i], texts[i + 1])] > 1:
            marked.update((i, i + 1))
    return marked


def _prose_runs(prose: list[bool], lines: list[Line]) -> set[int]:
    """Indices in the densest run of prose (max-sum segment: prose words minus chrome lines)."""
    best, best_span, cur, start = 0.0, (0, -1), 0.0, 0
    for i, line in enumerate(lines):
        gain = math.log1p(len(line.words)) if prose[i] else -1.0
        if cur <= 0:
            cur, start = 0.0, i
        cur += gain
        if cur > best:
            best, best_span = cur, (start, i)
    return set(range(best_span[0], best_span[1] + 1))


def line_features(lines: list[Line]) -> list[list[float]]:
    """One feature vector per line, in ``FEATURE_NAMES`` order."""
    texts = [ln.text for ln in lines]
    counts = Counter(texts)
    runs = _repeated_runs(texts, counts)
    prose = [_is_prose(ln) for ln in lines]
    dense = _prose_runs(prose, lines)
    n = len(lines)

    def window(i: int, k: int) -> float:
        idx = [j for j in range(max(0, i - k), min(n, i + k + 1)) if j != i]
        return sum(prose[j] for j in idx) / len(idx) if idx else 0.0

    rows: list[list[float]] = []
    for i, line in enumerate(lines):
        words = line.words
        nw = len(words)
        cased = [w for w in words if w[0].isupper() or w[0].islower()]
        cjk = _is_cjk(line)
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
        ])
    return rows


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
    return bool(pat.CALL_TO_ACTION.search(text) or nw <= 12 and pat.BYLINE.match(text)
                or nw <= 8 and pat.DATE_LINE.search(text) or nw <= 4 and pat.BOILERPLATE.search(text))


def select_body(lines: list[Line], probs: list[float], model: dict[str, Any]) -> list[int]:
    """Indices of body lines: the best contiguous run by P(body), minus its weak lines."""
    keep = model["keep_threshold"]
    return [i for i in _best_run(lines, probs, model["region_threshold"])
            if probs[i] >= keep and not is_hard_chrome(lines[i])]


def drop_repeated_blocks(lines: list[Line], body: list[int]) -> list[int]:
    """Drop every copy of a block (>= 2 consecutive lines, one of them a paragraph of >= 15
    words) that appears more than once on the page: appeals and promos, not article text."""
    texts = [ln.text for ln in lines]
    runs = sorted(_repeated_runs(texts, Counter(texts)))
    chrome: set[int] = set()
    block: list[int] = []
    for i in runs + [-2]:
        if block and i != block[-1] + 1:
            if any(len(lines[j].words) >= 15 for j in block):
                chrome.update(block)
            block = []
        block.append(i)
    return [i for i in body if i not in chrome]


def _is_credit(line: Line) -> bool:
    """A short photo-credit line (never a sentence that merely names a wire agency)."""
    return (len(line.words) <= 12 and bool(pat.CREDIT.search(line.text))
            and not pat.SENTENCE_END.search(line.text.rstrip(")")))


@dataclass
class Parts:
    """What the cleaner found: body line indices and the header read around them."""

    body: list[int]
    title: str | None = None
    dek: str | None = None
    captions: list[str] = field(default_factory=list)


def _tokens(text: str) -> set[str]:
    return {w.lower() for w in pat.WORD.findall(text)}


def _is_meta(line: Line) -> bool:
    """Bylines, dates, links, chrome: never a headline, dek or caption."""
    text = line.text
    nw = len(line.words)
    return bool(pat.BYLINE.match(text) and nw <= 12 or pat.DATE_LINE.search(text) and nw <= 14
                or pat.URL_LIKE.search(text) or pat.CALL_TO_ACTION.search(text)
                or pat.BOILERPLATE.search(text) and nw <= 12)


def _headline_like(line: Line) -> bool:
    nw = len(line.words)
    return 3 <= nw <= 30 and not _is_meta(line) and not _is_credit(line)


def find_title(lines: list[Line], body_start: int) -> int | None:
    """Index of the headline: the line before the body most like the page's first line."""
    page_title = _tokens(pat.TITLE_SITE_SUFFIX.sub("", lines[0].text))
    best, best_score = None, 0.0
    for i in range(body_start - 1, -1, -1):
        line = lines[i]
        if not _headline_like(line):
            continue
        toks = _tokens(line.text)
        overlap = len(toks & page_title) / max(1, len(toks | page_title))
        score = overlap + (0.3 if line.heading else 0.0)
        if score > best_score + 1e-9 and (overlap >= 0.6 or line.heading):
            best, best_score = i, score
    if best is None and body_start > 0 and _headline_like(lines[0]):
        best = 0
    return best


def assemble(lines: list[Line], probs: list[float], model: dict[str, Any]) -> Parts:
    """Body lines, headline, dek and captions from the line probabilities."""
    body = drop_repeated_blocks(lines, select_body(lines, probs, model))
    while body and not _is_prose(lines[body[0]]):  # headline, kicker, credit before the text
        body.pop(0)
    prose_at = [k for k, i in enumerate(body) if _is_prose(lines[i])]
    if prose_at:  # short lines trailing the last paragraph after a gap: a promo list, not text
        last = prose_at[-1]
        gap = next((k for k in range(last + 1, len(body)) if body[k] != body[k - 1] + 1), None)
        if gap is not None:
            body = body[:gap]
    captions: list[str] = []
    for k, i in enumerate(body):
        if _is_credit(lines[i]):
            prev = body[k - 1] if k else None
            if prev == i - 1 and len(lines[prev].words) <= 40 and lines[prev].text not in captions \
                    and not _is_prose(lines[prev]):
                captions.append(lines[prev].text)
            captions.append(lines[i].text)
    body = [i for i in body if lines[i].text not in captions]
    if not body:
        return Parts([])
    t_idx = find_title(lines, body[0])
    parts = Parts(body, captions=captions)
    if t_idx is not None:
        text = lines[t_idx].text
        parts.title = pat.TITLE_SITE_SUFFIX.sub("", text) if t_idx == 0 else text
    # A dek: one paragraph right under the headline, cut off from the text by a photo or pitch.
    if (t_idx is not None and len(body) > 1 and body[0] - t_idx <= 2 and body[1] > body[0] + 1
            and len(lines[body[0]].words) <= 40):
        parts.dek = lines[body.pop(0)].text
        between = range(body[0] - 1, parts.body[0] - 1, -1)
        for i in reversed(between):
            if _is_credit(lines[i]) and lines[i].text not in captions:
                if i - 1 >= 0 and not _is_meta(lines[i - 1]) and lines[i - 1].text != parts.dek:
                    captions.append(lines[i - 1].text)
                captions.append(lines[i].text)
    return parts


def body_lines(lines: list[Line], probs: list[float], model: dict[str, Any]) -> list[int]:
    """Indices of the body's lines, or [] when the best run is too thin to be an article."""
    body = assemble(lines, probs, model).body
    return [] if _too_thin(lines, body) else body


def _too_thin(lines: list[Line], body: list[int]) -> bool:
    """Too few words, or no paragraph at all, to be an article."""
    return sum(len(lines[i].words) for i in body) < MIN_BODY_WORDS or not any(
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
                   subtitle=parts.dek, captions=parts.captions)
