"""The embedded SQLite store (the default backend): WAL mode, foreign keys on, FTS5 search."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from onrecord.errors import OnrecordError
from onrecord.models import Analysis, Article, RawInput
from onrecord.store import dedupe, rows
from onrecord.store.base import (
    ArticleRef,
    CommitmentRecord,
    EventRecord,
    Location,
    SaveResult,
    StatementRecord,
    Store,
    StoredArticle,
)
from onrecord.store.migrate import migrate
from onrecord.store.version import analyzer_version as current_analyzer_version

MIN_ID_PREFIX = 4
RAW_ZLIB_LEVEL = 3  # raw pages: ~4.5x smaller at a third of level 6's cost
ISO_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*"
_FTS_WORD = re.compile(r"\w+", re.UNICODE)

ARTICLE_COLUMNS = ("id, title, subtitle, authors, published, site, url, language, language_source, captions,"
                   " text, kind,"
                   " raw_sha256, created_at, dup_group, analyzer_version, analyzed_at")
REF_COLUMNS = "a.id AS a_id, a.title AS a_title, a.site AS a_site, a.url AS a_url, a.published AS a_published"


class StoreError(OnrecordError):
    """The database cannot be used (missing, unreadable, ambiguous id)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class _TextCache(dict[str, str]):
    """Article texts loaded once per query (records quote their spans from them)."""

    def __init__(self, conn: sqlite3.Connection):
        super().__init__()
        self._conn = conn

    def __missing__(self, article_id: str) -> str:
        text = self._conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        self[article_id] = text
        return text


class SQLiteStore(Store):
    """``Store`` over one SQLite file. Open with ``open_store``."""

    def __init__(self, path: str | Path, create: bool = True):
        self.path = str(path)
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self._conn.row_factory = sqlite3.Row
            if not create and not self._conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").fetchone():
                self._conn.close()
                raise StoreError(f"{self.path}: not an onrecord database (no schema_migrations table); "
                                 "give the right --db, or create one with `onrecord ingest`")
            self._conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self._conn)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a usable onrecord database ({e})") from e

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back whole on any exception."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------------

    def article_exists(self, article_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def seen_raw(self, sha256: str, input: str | None = None) -> str | None:
        if not sha256:
            return None
        sql, params = "SELECT article_id FROM article_urls WHERE raw_sha256 = ?", [sha256]
        if input is not None:
            sql += " AND input = ?"
            params.append(input)
        row = self._conn.execute(sql + " LIMIT 1", params).fetchone()
        return row[0] if row else None

    def save(self, raw: RawInput | None, article: Article, analysis: Analysis | None = None,
             analyzer_version: str | None = None) -> SaveResult:
        if not article.text.strip():
            raise ValueError(f"{article.input}: empty article text")
        article_id = dedupe.article_id_for(article.text)
        raw_sha = self._raw_sha(raw) if raw is not None else None
        location = article.url or (raw.url if raw else None) or article.input
        with self.transaction() as conn:
            existing = conn.execute("SELECT dup_group FROM articles WHERE id = ?", (article_id,)).fetchone()
            if existing is not None:
                known = conn.execute("SELECT 1 FROM article_urls WHERE article_id = ? AND location = ?",
                                     (article_id, location)).fetchone()
                if known:
                    result = SaveResult(article_id, "duplicate", existing[0])
                else:
                    self._insert_raw(raw)
                    self._insert_location(article_id, location, article, raw, raw_sha)
                    result = SaveResult(article_id, "new-url", existing[0])
            else:
                sig = dedupe.signature(article.text)
                group, sim = self._near_duplicate_group(sig, article.text)
                self._insert_raw(raw)
                conn.execute(
                    "INSERT INTO articles (id, title, subtitle, authors, published, site, url, language,"
                    " language_source, captions, text, kind, raw_sha256, created_at, dup_group)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article_id, article.title, article.subtitle,
                     json.dumps(article.authors, ensure_ascii=False), article.published, article.site,
                     article.url, article.language, article.language_source,
                     json.dumps(article.captions, ensure_ascii=False),
                     article.text, article.kind, raw_sha, _now(), group or article_id),
                )
                self._insert_signature(article_id, sig)
                self._insert_location(article_id, location, article, raw, raw_sha)
                if analysis is not None:
                    self._write_analysis(article_id, analysis, analyzer_version)
                result = (SaveResult(article_id, "near-duplicate", group, round(sim, 3)) if group
                          else SaveResult(article_id, "new", article_id))
        article.id = article_id
        return result

    def replace_analysis(self, article_id: str, analysis: Analysis,
                         analyzer_version: str | None = None) -> None:
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise StoreError(f"no article {article_id} in {self.path}")
            rows.delete_analysis(conn, article_id)
            self._write_analysis(article_id, analysis, analyzer_version)

    def _write_analysis(self, article_id: str, analysis: Analysis, version: str | None) -> None:
        rows.insert_analysis(self._conn, article_id, analysis)
        self._conn.execute("UPDATE articles SET analyzer_version = ?, analyzed_at = ? WHERE id = ?",
                           (version or current_analyzer_version(), _now(), article_id))

    @staticmethod
    def _raw_sha(raw: RawInput) -> str:
        if not raw.sha256:
            raw.sha256 = hashlib.sha256(raw.data).hexdigest()
        return raw.sha256

    def _insert_raw(self, raw: RawInput | None) -> None:
        if raw is None:
            return
        self._conn.execute(
            "INSERT OR IGNORE INTO raw_inputs (sha256, input, kind, source, url, fetched_at, content_type,"
            " size, data, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (self._raw_sha(raw), raw.input, raw.kind, raw.source, raw.url, raw.fetched_at,
             raw.content_type, len(raw.data), zlib.compress(raw.data, RAW_ZLIB_LEVEL), _now()),
        )

    def _insert_location(self, article_id: str, location: str, article: Article,
                         raw: RawInput | None, raw_sha: str | None) -> None:
        self._conn.execute(
            "INSERT INTO article_urls (article_id, location, url, input, source, raw_sha256, seen_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (article_id, location, article.url or (raw.url if raw else None), article.input,
             article.source or (raw.source if raw else None), raw_sha, _now()),
        )

    def _insert_signature(self, article_id: str, sig: Any) -> None:
        self._conn.execute(
            "INSERT INTO minhash_signatures (article_id, num_perm, seed, scheme, hashvalues) VALUES (?,?,?,?,?)",
            (article_id, dedupe.NUM_PERM, dedupe.SEED, dedupe.SCHEME, dedupe.signature_bytes(sig)))
        self._conn.executemany("INSERT OR IGNORE INTO minhash_bands (band, key, article_id) VALUES (?,?,?)",
                               [(b, k, article_id) for b, k in dedupe.band_keys(sig)])

    def _near_duplicate_group(self, sig: Any, text: str) -> tuple[str | None, float]:
        """The group of the most similar stored article at or above the threshold."""
        keys = dedupe.band_keys(sig)
        where = " OR ".join("(band = ? AND key = ?)" for _ in keys)
        params = [x for pair in keys for x in pair]
        candidates = self._conn.execute(
            "SELECT DISTINCT s.article_id, s.hashvalues, s.seed, s.scheme, a.dup_group, a.text"
            " FROM minhash_bands b"
            " JOIN minhash_signatures s ON s.article_id = b.article_id"
            f" JOIN articles a ON a.id = b.article_id WHERE ({where})"
            " AND s.num_perm = ? AND s.seed = ? AND s.scheme = ?",
            [*params, dedupe.NUM_PERM, dedupe.SEED, dedupe.SCHEME]).fetchall()
        best: tuple[str | None, float] = (None, 0.0)
        for c in candidates:
            near, sim = dedupe.is_near_duplicate(
                sig, dedupe.signature_from_bytes(c["hashvalues"], c["seed"], c["scheme"]), text, c["text"])
            if near and sim > best[1]:
                best = (c["dup_group"], sim)
        return best

    # -- reading ---------------------------------------------------------------------------------

    def _article_from_row(self, r: sqlite3.Row) -> Article:
        return Article(input=r["url"] or r["id"], text=r["text"], title=r["title"], subtitle=r["subtitle"],
                       authors=json.loads(r["authors"]), published=r["published"], site=r["site"],
                       url=r["url"], language=r["language"], language_source=r["language_source"],
                       captions=json.loads(r["captions"]),
                       id=r["id"], raw_sha256=r["raw_sha256"], kind=r["kind"])

    def _stored(self, r: sqlite3.Row, details: bool = False) -> StoredArticle:
        sa = StoredArticle(article=self._article_from_row(r), created_at=r["created_at"],
                           dup_group=r["dup_group"], analyzer_version=r["analyzer_version"],
                           analyzed_at=r["analyzed_at"])
        if details:
            sa.locations = [Location(**rows.row_dict(x)) for x in self._conn.execute(
                "SELECT location, url, input, source, raw_sha256, seen_at FROM article_urls"
                " WHERE article_id = ? ORDER BY seen_at, rowid", (sa.id,))]
            sa.group = [x[0] for x in self._conn.execute(
                "SELECT id FROM articles WHERE dup_group = ? AND id != ? ORDER BY seq", (sa.dup_group, sa.id))]
            first = sa.locations[0] if sa.locations else None
            if first:
                sa.article.input = first.input
                sa.article.source = first.source
        return sa

    def get_article(self, article_id: str) -> StoredArticle | None:
        article_id = article_id.strip().lower()
        found = self._conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?",
                                   (article_id,)).fetchall()
        if not found and len(article_id) >= MIN_ID_PREFIX and re.fullmatch(r"[0-9a-f]+", article_id):
            found = self._conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? LIMIT 2",
                                       (article_id + "%",)).fetchall()
            if len(found) > 1:
                raise StoreError(f"article id prefix {article_id} is ambiguous: give more characters")
        return self._stored(found[0], details=True) if found else None

    def list_articles(self, search: str | None = None, site: str | None = None,
                      since: str | None = None, limit: int | None = None) -> list[StoredArticle]:
        where, params = [], []
        if site:
            where.append("(a.site = ? COLLATE NOCASE OR a.url LIKE ?)")
            params += [site, f"%://{site}/%"]
        if since:
            where.append("a.published >= ?")
            params.append(since)
        order = "a.published IS NULL, a.published DESC, a.seq DESC"
        base = f"SELECT {', '.join('a.' + c.strip() for c in ARTICLE_COLUMNS.split(','))} FROM articles a"
        if search:
            base += " JOIN articles_fts f ON f.rowid = a.seq"
            where.insert(0, "articles_fts MATCH ?")
            order = "f.rank"
        sql = base + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if not search:
            return [self._stored(r) for r in self._conn.execute(sql, params)]
        try:
            found = self._conn.execute(sql, [search, *params]).fetchall()
        except sqlite3.OperationalError:  # not valid FTS5 syntax: search the words themselves
            words = _FTS_WORD.findall(search)
            if not words:
                return []
            found = self._conn.execute(sql, [" ".join(f'"{w}"' for w in words), *params]).fetchall()
        return [self._stored(r) for r in found]

    def iter_articles(self) -> Iterator[Article]:
        for r in self._conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY seq"):
            yield self._article_from_row(r)

    def articles_needing_analysis(self, analyzer_version: str) -> Iterator[Article]:
        for r in self._conn.execute(
                f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE analyzer_version IS NULL"
                " OR analyzer_version != ? ORDER BY seq", (analyzer_version,)).fetchall():
            yield self._article_from_row(r)

    def get_analysis(self, article_id: str) -> Analysis | None:
        r = self._conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if r is None or r["analyzer_version"] is None:
            return None

        def q(table: str) -> list[sqlite3.Row]:
            return self._conn.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx",
                                      (article_id,)).fetchall()

        return Analysis(article=self._article_from_row(r),
                        statements=[rows.statement_from_row(x) for x in q("statements")],
                        commitments=[rows.commitment_from_row(x) for x in q("commitments")],
                        events=[rows.event_from_row(x) for x in q("events")],
                        reversals=[rows.reversal_from_row(x) for x in q("reversals")])

    def raw_bytes(self, sha256: str) -> bytes | None:
        r = self._conn.execute("SELECT data FROM raw_inputs WHERE sha256 = ?", (sha256,)).fetchone()
        return zlib.decompress(r[0]) if r else None

    def _records(self, table: str, filters: list[tuple[str, Any]], since: str | None) -> list[sqlite3.Row]:
        where = [cond for cond, _ in filters]
        params = [v for _, v in filters]
        if since:
            where.append(f"(CASE WHEN t.when_date GLOB '{ISO_DATE_GLOB}' THEN t.when_date"
                         " ELSE a.published END) >= ?")
            params.append(since)
        sql = (f"SELECT t.*, {REF_COLUMNS} FROM {table} t JOIN articles a ON a.id = t.article_id"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.seq, t.idx")
        return self._conn.execute(sql, params).fetchall()

    def _texts(self) -> _TextCache:
        return _TextCache(self._conn)

    @staticmethod
    def _ref(r: sqlite3.Row) -> ArticleRef:
        return ArticleRef(r["a_id"], r["a_title"], r["a_site"], r["a_url"], r["a_published"])

    def statements(self, article_id: str | None = None, speaker: str | None = None,
                   channel_type: str | None = None, since: str | None = None) -> list[StatementRecord]:
        filters = [(c, v) for c, v in (("t.article_id = ?", article_id),
                                       ("t.speaker = ? COLLATE NOCASE", speaker),
                                       ("t.channel_type = ?", channel_type)) if v]
        texts = self._texts()
        out = []
        for r in self._records("statements", filters, since):
            st = rows.statement_from_row(r)
            out.append(StatementRecord(r["id"], r["idx"], st, rows.quote_of(texts[r["a_id"]], st.content_spans),
                                       self._ref(r)))
        return out

    def commitments(self, article_id: str | None = None, holder: str | None = None,
                    kind: str | None = None, since: str | None = None) -> list[CommitmentRecord]:
        filters = [(c, v) for c, v in (("t.article_id = ?", article_id),
                                       ("t.holder = ? COLLATE NOCASE", holder),
                                       ("t.kind = ?", kind)) if v]
        texts = self._texts()
        out = []
        for r in self._records("commitments", filters, since):
            c = rows.commitment_from_row(r)
            out.append(CommitmentRecord(r["id"], r["idx"], c, rows.quote_of(texts[r["a_id"]], [c.content_span]),
                                        self._ref(r)))
        return out

    def events(self, article_id: str | None = None, participant: str | None = None,
               since: str | None = None) -> list[EventRecord]:
        filters: list[tuple[str, Any]] = [("t.article_id = ?", article_id)] if article_id else []
        if participant:
            filters.append(("t.id IN (SELECT event_id FROM event_participants"
                            " WHERE participant = ? COLLATE NOCASE)", participant))
        texts = self._texts()
        out = []
        for r in self._records("events", filters, since):
            ev = rows.event_from_row(r)
            out.append(EventRecord(r["id"], r["idx"], ev, rows.quote_of(texts[r["a_id"]], [ev.span]),
                                   self._ref(r)))
        return out

    def counts(self) -> dict[str, int]:
        tables = ("raw_inputs", "articles", "article_urls", "statements", "commitments", "events", "reversals")
        return {t: self._conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def open_store(path: str | Path, create: bool = True) -> SQLiteStore:
    """Open (and migrate) the SQLite store at ``path``; with ``create=False`` a missing file is an error."""
    if not create and str(path) != ":memory:" and not Path(path).is_file():
        raise StoreError(f"{path}: no such database; run `onrecord ingest --db {path} PAGES...` first")
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    return SQLiteStore(path, create=create)
