"""The ingest pipeline as a library function: raw inputs -> extract -> analyze (batched) -> store.

``ingest`` yields one ``IngestResult`` per input, in input order, streaming batch by batch; a
failure (unreadable input, no article, analysis or storage error) is a result with ``ok=False``
naming the reason, never an exception, and nothing half-written stays in the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from onrecord.errors import InputError
from onrecord.models import Analysis, Article, RawInput
from onrecord.store.base import Store
from onrecord.store.dedupe import article_id_for

DEFAULT_BATCH = 16


@dataclass
class IngestResult:
    """What happened to one input."""

    input: str
    ok: bool
    id: str | None = None
    status: str | None = None  # new | duplicate | near-duplicate | new-url
    dup_group: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    statements: int | None = None
    commitments: int | None = None
    events: int | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class _Pending:
    raw: RawInput
    article: Article
    result: IngestResult
    analysis: Analysis | None = None
    analysis_error: str | None = None


@dataclass
class _Batch:
    slots: list[IngestResult | _Pending] = field(default_factory=list)

    def pending(self) -> list[_Pending]:
        return [s for s in self.slots if isinstance(s, _Pending)]


Analyzer = Callable[[list[Article]], Iterable[Analysis]]


def default_analyzer(articles: list[Article]) -> Iterable[Analysis]:
    """The analyze stage (spaCy loaded once per process)."""
    from onrecord.analyze.pipeline import analyze_articles

    return analyze_articles(articles)


def ingest(store: Store, items: Iterable[RawInput | InputError], clean: bool = True,
           analyze: bool = True, batch_size: int = DEFAULT_BATCH,
           analyzer: Analyzer | None = None) -> Iterator[IngestResult]:
    """Store every input; yields one result per input in order."""
    from onrecord.extract import extract

    run = analyzer or default_analyzer
    batch = _Batch()
    for item in items:
        if isinstance(item, InputError):
            batch.slots.append(IngestResult(input=item.input, ok=False, error=item.reason))
        elif (known := store.seen_raw(item.sha256, item.input)) is not None:
            batch.slots.append(_known(store, item.input, known))
        else:
            try:
                article = extract(item, clean=clean)
            except InputError as e:
                batch.slots.append(IngestResult(input=item.input, ok=False, error=e.reason))
            except Exception as e:  # a bug in a pass must not stop the run
                batch.slots.append(IngestResult(input=item.input, ok=False, error=f"extraction failed: {e}"))
            else:
                batch.slots.append(_Pending(item, article, IngestResult(input=item.input, ok=True)))
        if len(batch.pending()) >= batch_size or not batch.pending():
            yield from _flush(store, batch, analyze, run)
            batch = _Batch()
    yield from _flush(store, batch, analyze, run)


def _known(store: Store, input: str, article_id: str) -> IngestResult:
    """The result for raw bytes already stored from the same input: nothing to do."""
    stored = store.get_article(article_id)
    art = stored.article if stored else None
    return IngestResult(input=input, ok=True, id=article_id, status="duplicate",
                        dup_group=stored.dup_group if stored else None, title=art.title if art else None,
                        url=art.url if art else None, published=art.published if art else None)


def _flush(store: Store, batch: _Batch, analyze: bool, run: Analyzer) -> Iterator[IngestResult]:
    pending = batch.pending()
    if analyze:
        todo, ids = [], set()
        for p in pending:  # each text once, and never one already stored
            aid = article_id_for(p.article.text)
            if aid not in ids and not store.article_exists(aid):
                todo.append(p)
            ids.add(aid)
        _analyze(todo, run)
    for slot in batch.slots:
        if isinstance(slot, IngestResult):
            yield slot
            continue
        yield _save(store, slot)


def _analyze(pending: list[_Pending], run: Analyzer) -> None:
    if not pending:
        return
    try:
        for p, analysis in zip(pending, run([p.article for p in pending]), strict=True):
            p.analysis = analysis
    except Exception:  # find which article breaks the analyzer; the others keep their analysis
        for p in pending:
            try:
                p.analysis = next(iter(run([p.article])))
            except Exception as e:
                p.analysis, p.analysis_error = None, f"analysis failed: {type(e).__name__}: {e}"


def _save(store: Store, p: _Pending) -> IngestResult:
    res, art = p.result, p.article
    res.title, res.url, res.published = art.title, art.url, art.published
    try:
        saved = store.save(p.raw, art, p.analysis)
    except Exception as e:  # the store rolled the article back
        res.ok, res.error = False, f"could not store: {type(e).__name__}: {e}"
        return res
    res.id, res.status, res.dup_group = saved.article_id, saved.status, saved.dup_group
    if p.analysis is not None and saved.status in ("new", "near-duplicate"):
        res.statements = len(p.analysis.statements)
        res.commitments = len(p.analysis.commitments)
        res.events = len(p.analysis.events)
    if p.analysis_error:
        res.ok, res.error = False, f"{p.analysis_error} (article stored without analysis)"
    return res


@dataclass
class ReanalyzeResult:
    """One article re-analysed (or not, with the reason)."""

    id: str
    ok: bool
    statements: int | None = None
    commitments: int | None = None
    events: int | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def reanalyze(store: Store, force: bool = False, batch_size: int = DEFAULT_BATCH,
              analyzer: Analyzer | None = None, version: str | None = None) -> Iterator[ReanalyzeResult]:
    """Re-run the analyze stage over stored articles whose analyzer version is not the current one
    (every article with ``force``), replacing each article's analysis in its own transaction."""
    from onrecord.store.version import analyzer_version

    run = analyzer or default_analyzer
    version = version or analyzer_version()
    todo = list(store.iter_articles()) if force else list(store.articles_needing_analysis(version))
    for start in range(0, len(todo), batch_size):
        pending = [_Pending(RawInput(input=a.id or "", kind="text", data=b""), a, IngestResult(a.id or "", True))
                   for a in todo[start : start + batch_size]]
        _analyze(pending, run)
        for p in pending:
            aid = p.article.id or ""
            if p.analysis is None:
                yield ReanalyzeResult(aid, False, error=p.analysis_error)
                continue
            try:
                store.replace_analysis(aid, p.analysis, analyzer_version=version)
            except Exception as e:
                yield ReanalyzeResult(aid, False, error=f"could not store: {type(e).__name__}: {e}")
                continue
            yield ReanalyzeResult(aid, True, len(p.analysis.statements), len(p.analysis.commitments),
                                  len(p.analysis.events))
