"""The one data model: plain, picklable records passed between stages.

Every stage takes and returns these dataclasses (or lists of them), so the same stage functions
run in the CLI, in tests and in a Spark job. Spans are ``(start, end)`` character offsets into
``Article.text``, end exclusive. ``to_dict()`` gives the JSON shape used by the CLI and the store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

InputKind = Literal["html", "text", "warc", "feed", "url"]
StatementKind = Literal["direct", "partial", "indirect"]
CommitmentKind = Literal["promise", "threat", "demand"]

CHANNEL_TYPES: tuple[str, ...] = (
    "social_post",
    "interview",
    "press_remarks",
    "rally_or_speech",
    "debate",
    "written_statement",
    "article_or_oped",
    "email_or_letter",
    "testimony",
    "other",
)

# PolitiFact's six ratings, in the order an editor meets them.
PROMISE_STATUSES: tuple[str, ...] = (
    "Not Yet Rated",
    "In the Works",
    "Stalled",
    "Compromise",
    "Promise Kept",
    "Promise Broken",
)


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    """Turn tuples into lists so the dict is JSON-shaped."""
    out: dict[str, Any] = {}
    for k, v in d.items():
        if isinstance(v, tuple):
            v = list(v)
        if isinstance(v, list):
            v = [list(x) if isinstance(x, tuple) else x for x in v]
        out[k] = v
    return out


@dataclass
class RawInput:
    """One page as it came in, before extraction.

    ``input`` is the path or URL exactly as the user gave it (for a WARC record or a feed entry:
    ``"<container>#<n>"``); ``url`` is the page's own URL when known.
    """

    input: str
    kind: InputKind
    data: bytes
    url: str | None = None
    source: str | None = None  # the container: file path, feed URL, WARC path
    fetched_at: str | None = None  # ISO 8601 UTC
    content_type: str | None = None
    sha256: str = ""
    # Metadata a container already knows (feed entry title/date/author).
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass
class Article:
    """A clean article: the body text every later span points into, and its metadata."""

    input: str
    text: str
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD
    site: str | None = None
    url: str | None = None
    language: str | None = None
    captions: list[str] = field(default_factory=list)  # photo captions and credits, kept apart
    id: str | None = None  # set by the store
    raw_sha256: str | None = None
    source: str | None = None
    fetched_at: str | None = None
    kind: str | None = None  # the RawInput kind it came from
    language_source: str | None = None  # "declared" (page markup) or "detected" (from the text)

    def to_dict(self) -> dict[str, Any]:
        return _clean(asdict(self))


@dataclass
class Statement:
    """Who said what, how, and when. ``content_spans`` may be several (a quote split by its cue)."""

    speaker: str | None
    speaker_span: Span | None
    cue_span: Span | None
    content_spans: list[Span]
    kind: StatementKind
    channel: str | None = None
    channel_span: Span | None = None
    channel_type: str | None = None
    when: str | None = None  # YYYY-MM-DD when resolved, else as written
    when_span: Span | None = None
    topic: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _clean(asdict(self))


@dataclass
class Commitment:
    kind: CommitmentKind
    holder: str
    holder_span: Span
    trigger_span: Span
    content_span: Span
    condition_span: Span | None = None
    timeframe_span: Span | None = None
    target: str | None = None
    when: str | None = None
    topic: str | None = None
    statement: int | None = None  # index into the article's statements, when it came from one

    def to_dict(self) -> dict[str, Any]:
        return _clean(asdict(self))


@dataclass
class Event:
    """A meeting (past or scheduled) between named participants."""

    kind: Literal["meeting"]
    participants: list[str]
    span: Span
    place: str | None = None
    when: str | None = None
    status: Literal["past", "scheduled"] | None = None

    def to_dict(self) -> dict[str, Any]:
        return _clean(asdict(self))


@dataclass
class Reversal:
    speaker: str
    topic: str
    earlier: int  # index into statements
    later: int

    def to_dict(self) -> dict[str, Any]:
        return _clean(asdict(self))


@dataclass
class Analysis:
    """Everything the analyze stage found in one article."""

    article: Article
    statements: list[Statement] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    reversals: list[Reversal] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "statements": [s.to_dict() for s in self.statements],
            "commitments": [c.to_dict() for c in self.commitments],
            "events": [e.to_dict() for e in self.events],
            "reversals": [r.to_dict() for r in self.reversals],
        }
