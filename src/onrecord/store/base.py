"""The backend-neutral store interface and the records it returns.

Callers (CLI, ledger, benchmarks) use only ``Store``'s methods, never SQL, so a PostgreSQL backend
can follow by implementing this class. ``Store.conn`` exposes the DB-API connection for the
ledger's own tables (migrations ``0003_*`` and later).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from onrecord.models import Analysis, Article, Commitment, Event, RawInput, Statement

SaveStatus = Literal["new", "duplicate", "near-duplicate", "new-url"]


@dataclass
class SaveResult:
    """What ``Store.save`` did: ``duplicate`` added nothing; ``new-url`` added a location only."""

    article_id: str
    status: SaveStatus
    dup_group: str | None = None  # the group's first article, for near-duplicates
    similarity: float | None = None  # estimated Jaccard with the closest earlier copy

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.article_id, "status": self.status, "dup_group": self.dup_group,
                "similarity": self.similarity}


@dataclass
class Location:
    """One place an article was seen."""

    location: str
    url: str | None
    input: str
    source: str | None
    raw_sha256: str | None
    seen_at: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class StoredArticle:
    """An article as stored, with what the store knows about it."""

    article: Article
    created_at: str
    dup_group: str
    analyzer_version: str | None = None
    analyzed_at: str | None = None
    locations: list[Location] = field(default_factory=list)
    group: list[str] = field(default_factory=list)  # other article ids in its near-duplicate group

    @property
    def id(self) -> str:
        return self.article.id or ""

    def to_dict(self, text: bool = True) -> dict[str, Any]:
        d = self.article.to_dict()
        if not text:
            d.pop("text", None)
        d.update(created_at=self.created_at, dup_group=self.dup_group,
                 analyzer_version=self.analyzer_version, analyzed_at=self.analyzed_at,
                 urls=[loc.to_dict() for loc in self.locations], group=list(self.group))
        return d


@dataclass
class ArticleRef:
    """The provenance every stored record carries: which article, where it was published."""

    id: str
    title: str | None
    site: str | None
    url: str | None
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.id, "article_title": self.title, "article_site": self.site,
                "article_url": self.url, "article_published": self.published}


@dataclass
class StatementRecord:
    id: int
    idx: int
    statement: Statement
    quote: str  # the content spans' text, joined by " … "
    article: ArticleRef

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "idx": self.idx, **self.statement.to_dict(), "quote": self.quote,
                **self.article.to_dict()}


@dataclass
class CommitmentRecord:
    id: int
    idx: int
    commitment: Commitment
    quote: str  # the content span's text
    article: ArticleRef

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "idx": self.idx, **self.commitment.to_dict(), "quote": self.quote,
                **self.article.to_dict()}


@dataclass
class EventRecord:
    id: int
    idx: int
    event: Event
    quote: str  # the event span's text
    article: ArticleRef

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "idx": self.idx, **self.event.to_dict(), "quote": self.quote,
                **self.article.to_dict()}


class Store(ABC):
    """Articles, their raw inputs and analyses. Every write is one transaction."""

    @property
    @abstractmethod
    def conn(self) -> Any:
        """The DB-API connection (for the ledger's tables)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def save(self, raw: RawInput | None, article: Article, analysis: Analysis | None = None,
             analyzer_version: str | None = None) -> SaveResult:
        """Store an article (and its raw input and analysis) in one transaction."""

    @abstractmethod
    def article_exists(self, article_id: str) -> bool:
        """Whether an article with exactly this id is stored."""

    @abstractmethod
    def seen_raw(self, sha256: str, input: str | None = None) -> str | None:
        """The id of the article already stored from these exact raw bytes (read from ``input``
        when given), if any."""

    @abstractmethod
    def replace_analysis(self, article_id: str, analysis: Analysis,
                         analyzer_version: str | None = None) -> None:
        """Swap an article's analysis for a new one, in one transaction."""

    @abstractmethod
    def get_article(self, article_id: str) -> StoredArticle | None:
        """An article by id (or a unique id prefix of 4+ characters)."""

    @abstractmethod
    def list_articles(self, search: str | None = None, site: str | None = None,
                      since: str | None = None, limit: int | None = None) -> list[StoredArticle]:
        """Articles, newest published first; ``search`` is a full-text query over title and text."""

    @abstractmethod
    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, in insertion order."""

    @abstractmethod
    def articles_needing_analysis(self, analyzer_version: str) -> Iterator[Article]:
        """Articles never analysed or analysed by another analyzer version."""

    @abstractmethod
    def get_analysis(self, article_id: str) -> Analysis | None:
        """The stored analysis rebuilt as model records (None if never analysed)."""

    @abstractmethod
    def raw_bytes(self, sha256: str) -> bytes | None:
        """The raw input's bytes, as they came in."""

    @abstractmethod
    def statements(self, article_id: str | None = None, speaker: str | None = None,
                   channel_type: str | None = None, since: str | None = None) -> list[StatementRecord]:
        """Statements with provenance; ``speaker`` matches case-insensitively."""

    @abstractmethod
    def commitments(self, article_id: str | None = None, holder: str | None = None,
                    kind: str | None = None, since: str | None = None) -> list[CommitmentRecord]: ...

    @abstractmethod
    def events(self, article_id: str | None = None, participant: str | None = None,
               since: str | None = None) -> list[EventRecord]: ...

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Row counts of the main tables (articles, raw_inputs, article_urls, statements, ...)."""
