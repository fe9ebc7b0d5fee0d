"""The SQLite store: round trip, idempotent ingest, URLs, rollback, search, re-analysis."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from onrecord.models import Analysis, Article, Commitment, Event, RawInput, Reversal, Statement
from onrecord.store import StoreError, open_store
from onrecord.store import rows as store_rows

TEXT = (
    'The mayor said on Monday that "the bridge will reopen in June." '
    "She will meet the transport minister on Friday, her office said.\n\n"
    "Critics demanded an independent inspection before any reopening."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def make_article(text: str = TEXT, url: str | None = "https://example.test/news/bridge",
                 input: str = "bridge.html") -> Article:
    return Article(input=input, text=text, title="Bridge to reopen in June", authors=["A. Writer"],
                   published="2024-05-06", site="Example Times", url=url, language="en",
                   captions=["The bridge in 2023."])


def make_raw(article: Article, data: bytes | None = None) -> RawInput:
    data = data if data is not None else f"<html><body><p>{article.text}</p></body></html>".encode()
    return RawInput(input=article.input, kind="html", data=data, url=article.url,
                    sha256=hashlib.sha256(data).hexdigest())


def make_analysis(article: Article) -> Analysis:
    t = article.text
    st = Statement(speaker="the mayor", speaker_span=_span(t, "The mayor"), cue_span=_span(t, "said"),
                   content_spans=[_span(t, "the bridge will reopen in June.")], kind="direct",
                   when="2024-05-06", when_span=_span(t, "on Monday"), channel_type="press_remarks")
    st2 = Statement(speaker="Critics", speaker_span=_span(t, "Critics"), cue_span=_span(t, "demanded"),
                    content_spans=[_span(t, "an independent inspection"), _span(t, "before any reopening")],
                    kind="indirect")
    com = Commitment(kind="promise", holder="the mayor", holder_span=_span(t, "The mayor"),
                     trigger_span=_span(t, "will reopen"), content_span=_span(t, "the bridge will reopen in June"),
                     timeframe_span=_span(t, "in June"), statement=0)
    ev = Event(kind="meeting", participants=["the mayor", "the transport minister"],
               span=_span(t, "She will meet the transport minister on Friday"), when="Friday", status="scheduled")
    rev = Reversal(speaker="the mayor", topic="bridge", earlier=0, later=1)
    return Analysis(article=article, statements=[st, st2], commitments=[com], events=[ev], reversals=[rev])


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "t.db")
    yield s
    s.close()


def test_round_trip_article_and_analysis(store):
    art = make_article()
    raw = make_raw(art)
    analysis = make_analysis(art)
    res = store.save(raw, art, analysis, analyzer_version="test-1")
    assert res.status == "new" and len(res.article_id) == 16

    got = store.get_article(res.article_id)
    assert got is not None
    for field in ("text", "title", "authors", "published", "site", "url", "language", "captions"):
        assert getattr(got.article, field) == getattr(art, field), field
    assert got.analyzer_version == "test-1"
    assert [loc.url for loc in got.locations] == [art.url]
    assert store.raw_bytes(raw.sha256) == raw.data

    back = store.get_analysis(res.article_id)
    assert back is not None
    assert back.statements == analysis.statements
    assert back.commitments == analysis.commitments
    assert back.events == analysis.events
    assert back.reversals == analysis.reversals


def test_records_carry_provenance_and_quotes(store):
    art = make_article()
    store.save(make_raw(art), art, make_analysis(art))
    recs = store.statements()
    assert [r.statement.speaker for r in recs] == ["the mayor", "Critics"]
    assert recs[0].quote == "the bridge will reopen in June."
    assert recs[1].quote == "an independent inspection … before any reopening"
    d = recs[0].to_dict()
    assert d["article_url"] == art.url and d["article_title"] == art.title
    assert d["article_published"] == "2024-05-06"
    start, end = d["content_spans"][0]
    assert art.text[start:end] == recs[0].quote

    assert [r.statement.speaker for r in store.statements(speaker="THE MAYOR")] == ["the mayor"]
    assert store.statements(channel_type="interview") == []
    assert len(store.statements(since="2024-05-01")) == 2
    assert store.statements(since="2024-06-01") == []
    com = store.commitments(holder="the mayor")
    assert com[0].quote == "the bridge will reopen in June"
    ev = store.events(participant="The Transport Minister")
    assert ev[0].quote == "She will meet the transport minister on Friday"
    assert store.events(participant="nobody") == []


def test_same_page_twice_adds_nothing(store):
    art = make_article()
    raw = make_raw(art)
    store.save(raw, art, make_analysis(art))
    before = store.counts()
    again = make_article()
    res = store.save(make_raw(again), again, make_analysis(again))
    assert res.status == "duplicate"
    assert store.counts() == before
    assert store.seen_raw(raw.sha256, art.input) == res.article_id
    assert store.seen_raw(raw.sha256, "another-path.html") is None


def test_same_text_at_two_urls_is_one_article(store):
    first = make_article(url="https://example.test/news/bridge")
    second = make_article(url="https://mirror.test/bridge-story", input="mirror.html")
    # different bytes around the same text (another site's page)
    r1 = store.save(make_raw(first), first)
    r2 = store.save(make_raw(second, b"<html><nav>Mirror</nav>" + second.text.encode() + b"</html>"), second)
    assert r2.status == "new-url" and r2.article_id == r1.article_id
    assert store.counts()["articles"] == 1
    assert store.counts()["raw_inputs"] == 2
    got = store.get_article(r1.article_id)
    assert [loc.url for loc in got.locations] == [first.url, second.url]


def test_whitespace_only_differences_share_an_id(store):
    a = make_article()
    b = make_article(text=TEXT.replace(" ", "  ").replace("\n\n", "\n \n") + "\n", url="https://b.test/x")
    assert store.save(None, a).article_id == store.save(None, b).article_id


def test_failure_mid_save_rolls_back(store, monkeypatch):
    ok = make_article(text="An unrelated article about the harvest festival, which drew record crowds.",
                      url="https://example.test/festival")
    ok.title = "Festival draws crowds"
    store.save(make_raw(ok), ok)
    before = store.counts()

    def explode(conn, article_id, analysis):
        conn.execute("INSERT INTO statements (article_id, idx, kind, content_spans, content_start,"
                     " content_end) VALUES (?, 0, 'direct', '[[0, 3]]', 0, 3)", (article_id,))
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_rows, "insert_analysis", explode)
    art = make_article()
    raw = make_raw(art)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save(raw, art, make_analysis(art))
    assert store.counts() == before
    assert store.get_article(art.id or "0" * 16) is None
    assert store.raw_bytes(raw.sha256) is None
    assert store.list_articles(search="bridge") == []


def test_invalid_analysis_rolls_back(store):
    art = make_article()
    bad = make_analysis(art)
    bad.commitments[0].holder = None  # a commitment must have a holder: refused by the schema
    with pytest.raises(sqlite3.IntegrityError, match="commitments.holder"):
        store.save(make_raw(art), art, bad)
    assert store.counts()["articles"] == 0 and store.counts()["statements"] == 0
    assert store.counts()["raw_inputs"] == 0
    # and the same article saves cleanly afterwards
    assert store.save(make_raw(art), art, make_analysis(art)).status == "new"


def test_replace_analysis_and_needing_analysis(store):
    art = make_article()
    res = store.save(make_raw(art), art, make_analysis(art), analyzer_version="v1")
    plain = make_article(text="A second story with no analysis yet, about the library's new opening hours.",
                         url="https://example.test/library")
    res2 = store.save(None, plain)
    assert [a.id for a in store.articles_needing_analysis("v1")] == [res2.article_id]
    assert {a.id for a in store.articles_needing_analysis("v2")} == {res.article_id, res2.article_id}

    smaller = make_analysis(art)
    smaller.statements, smaller.commitments, smaller.reversals = smaller.statements[:1], [], []
    store.replace_analysis(res.article_id, smaller, analyzer_version="v2")
    assert store.counts()["statements"] == 1 and store.counts()["commitments"] == 0
    assert store.get_article(res.article_id).analyzer_version == "v2"
    with pytest.raises(StoreError):
        store.replace_analysis("0" * 16, smaller)


def test_search_site_since_limit(store):
    a = make_article()
    b = Article(input="b.txt", text="Farmers said the drought had cut the wheat harvest by a third.",
                title="Drought hits harvest", published="2023-08-01", site="Farm Weekly",
                url="https://farm.test/drought")
    store.save(None, a)
    store.save(None, b)
    assert [x.article.title for x in store.list_articles(search="wheat")] == ["Drought hits harvest"]
    assert [x.article.title for x in store.list_articles(search="reopen")] == [a.title]
    assert [x.id for x in store.list_articles(search='"bridge reopen')] == [a.id]  # bad FTS5: as words
    assert store.list_articles(search="(") == []
    assert [x.article.site for x in store.list_articles(site="farm weekly")] == ["Farm Weekly"]
    assert [x.article.site for x in store.list_articles(site="farm.test")] == ["Farm Weekly"]
    assert [x.article.title for x in store.list_articles(since="2024-01-01")] == [a.title]
    assert [x.article.published for x in store.list_articles()] == ["2024-05-06", "2023-08-01"]
    assert len(store.list_articles(limit=1)) == 1
    assert [x.title for x in store.iter_articles()] == [a.title, b.title]


def test_id_prefix_lookup(store):
    res = store.save(None, make_article())
    assert store.get_article(res.article_id[:6]).id == res.article_id
    assert store.get_article("ab") is None  # too short to be a prefix
    assert store.get_article("not-an-id") is None


def test_wal_and_foreign_keys(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO statements (article_id, idx, kind, content_spans, content_start,"
                           " content_end) VALUES ('nope', 0, 'direct', '[]', 0, 0)")


def test_missing_database_for_reading(tmp_path):
    with pytest.raises(StoreError, match="onrecord ingest"):
        open_store(tmp_path / "absent.db", create=False)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not an onrecord database"):
        open_store(other, create=False)
    assert [r[0] for r in sqlite3.connect(other).execute("SELECT name FROM sqlite_master")] == ["t"]
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(junk)


def test_reanalyze_replaces_only_stale_analyses(store):
    from onrecord.store.ingest import reanalyze

    art = make_article()
    res = store.save(make_raw(art), art, make_analysis(art), analyzer_version="old")
    fresh = make_article(text="A story analysed by the current analyzer about a new park.", url="https://e.test/p")
    store.save(None, fresh, Analysis(article=fresh), analyzer_version="current")
    calls: list[list[str | None]] = []

    def fake_analyzer(articles):
        calls.append([a.id for a in articles])
        return [Analysis(article=a, statements=make_analysis(art).statements[:1]) for a in articles]

    out = list(reanalyze(store, analyzer=fake_analyzer, version="current"))
    assert calls == [[res.article_id]]
    assert [(r.id, r.ok, r.statements) for r in out] == [(res.article_id, True, 1)]
    assert store.get_article(res.article_id).analyzer_version == "current"
    assert store.counts()["statements"] == 1 and store.counts()["commitments"] == 0
    assert list(reanalyze(store, analyzer=fake_analyzer, version="current")) == []


def test_statement_without_content_span_round_trips(store):
    art = make_article()
    analysis = make_analysis(art)
    analysis.statements[1].content_spans = []
    res = store.save(None, art, analysis)
    assert store.get_analysis(res.article_id).statements[1].content_spans == []
    assert store.statements(speaker="Critics")[0].quote == ""
