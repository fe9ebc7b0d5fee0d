-- 0001: raw inputs, articles, the URLs/inputs each article was seen at, MinHash signatures
-- (near-duplicate grouping across runs) and full-text search over title + text.
-- Every span elsewhere is a character offset into articles.text (end exclusive).

CREATE TABLE raw_inputs (
    sha256        TEXT PRIMARY KEY,          -- sha256 of the raw bytes
    input         TEXT NOT NULL,             -- path or URL exactly as given ("<container>#<n>" for records)
    kind          TEXT NOT NULL,             -- html | text | warc | feed | url
    source        TEXT,                      -- the container (file path, feed URL, WARC path)
    url           TEXT,                      -- the page's own URL when known
    fetched_at    TEXT,                      -- ISO 8601 UTC
    content_type  TEXT,
    size          INTEGER NOT NULL,          -- bytes before compression
    data          BLOB NOT NULL,             -- zlib-compressed raw bytes
    created_at    TEXT NOT NULL
);

CREATE TABLE articles (
    seq         INTEGER PRIMARY KEY,         -- stable rowid (the FTS index points here)
    id          TEXT NOT NULL UNIQUE,        -- first 16 hex of sha256(normalised text)
    title       TEXT,
    subtitle    TEXT,
    authors     TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    published   TEXT,                        -- YYYY-MM-DD
    site        TEXT,
    url         TEXT,                        -- the URL of the first copy stored
    language    TEXT,
    captions    TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    text        TEXT NOT NULL,
    kind        TEXT,                        -- the RawInput kind of the first copy
    raw_sha256  TEXT REFERENCES raw_inputs(sha256),  -- the first raw input it came from
    created_at  TEXT NOT NULL,
    dup_group   TEXT NOT NULL                -- id of the first article of its near-duplicate group
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_site ON articles(site);
CREATE INDEX articles_dup_group ON articles(dup_group);

-- Every place an article was seen: one row per distinct location (its URL, else the input).
CREATE TABLE article_urls (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    location    TEXT NOT NULL,               -- url when known, else input
    url         TEXT,
    input       TEXT NOT NULL,
    source      TEXT,
    raw_sha256  TEXT REFERENCES raw_inputs(sha256),
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (article_id, location)
);
CREATE INDEX article_urls_raw ON article_urls(raw_sha256);
CREATE INDEX article_urls_url ON article_urls(url);

-- MinHash signature per article (word 5-gram shingles) and its LSH band keys, so near-duplicate
-- candidates are found by an indexed lookup across runs.
CREATE TABLE minhash_signatures (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    num_perm    INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    scheme      TEXT NOT NULL,               -- datasketch permutation scheme (affine32)
    hashvalues  BLOB NOT NULL                -- num_perm little-endian uint64
);
CREATE TABLE minhash_bands (
    band        INTEGER NOT NULL,
    key         TEXT NOT NULL,               -- hex digest of the band's hash values
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
