-- 0003: the ledger. People (rebuilt from speakers/holders/participants on every refresh, with the
-- editor's merge/split decisions re-applied), the promise ledger (one entry per commitment, merged
-- across articles) with its sources, and the append-only audit trail of ratings.
-- Ledger rows never reference statements/commitments rows by id: re-analysis replaces those. They
-- point at articles + character offsets instead, and are re-matched on refresh.

CREATE TABLE person_decisions (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    name_a      TEXT NOT NULL,               -- merge: a name; split: the alias taken out
    name_b      TEXT NOT NULL,               -- merge: the other name; split: the person it leaves
    decided_by  TEXT,
    decided_at  TEXT NOT NULL
);

CREATE TABLE people (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,          -- display name (most-seen full spelling)
    mentions  INTEGER NOT NULL
);
CREATE TABLE person_aliases (
    alias_key  TEXT PRIMARY KEY,             -- case-folded surface name
    alias      TEXT NOT NULL,                -- the most-seen spelling with that key
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    mentions   INTEGER NOT NULL
);
CREATE INDEX person_aliases_person ON person_aliases(person_id);

CREATE TABLE promises (
    id          INTEGER PRIMARY KEY,
    holder      TEXT NOT NULL,               -- holder as first reported (resolved through people)
    kind        TEXT NOT NULL,               -- promise | threat | demand
    topic       TEXT,
    content     TEXT NOT NULL,               -- content text of the first source
    trigger     TEXT,                        -- trigger text of the first source
    status      TEXT NOT NULL DEFAULT 'Not Yet Rated',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX promises_holder ON promises(holder);
CREATE INDEX promises_status ON promises(status);

-- Every report of a promise: the commitment's article and content offsets.
CREATE TABLE promise_sources (
    promise_id      INTEGER NOT NULL REFERENCES promises(id) ON DELETE CASCADE,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    commitment_idx  INTEGER NOT NULL,        -- commitments.idx at the last refresh
    content_start   INTEGER NOT NULL, content_end INTEGER NOT NULL,
    holder          TEXT NOT NULL,
    kind            TEXT NOT NULL,
    quote           TEXT NOT NULL,
    published       TEXT,
    PRIMARY KEY (article_id, content_start, content_end)
);
CREATE INDEX promise_sources_promise ON promise_sources(promise_id);

-- The audit trail: one row per rating, never updated or deleted.
CREATE TABLE promise_ratings (
    id             INTEGER PRIMARY KEY,
    promise_id     INTEGER NOT NULL REFERENCES promises(id),
    rated_at       TEXT NOT NULL,
    rated_by       TEXT NOT NULL,
    from_status    TEXT NOT NULL,
    to_status      TEXT NOT NULL,
    evidence       TEXT NOT NULL,            -- article id, statement id (s123) or URL
    evidence_kind  TEXT NOT NULL,            -- article | statement | url
    note           TEXT NOT NULL
);
CREATE INDEX promise_ratings_promise ON promise_ratings(promise_id);
CREATE TRIGGER promise_ratings_no_update BEFORE UPDATE ON promise_ratings BEGIN
    SELECT RAISE(ABORT, 'promise_ratings is an append-only audit trail');
END;
CREATE TRIGGER promise_ratings_no_delete BEFORE DELETE ON promise_ratings BEGIN
    SELECT RAISE(ABORT, 'promise_ratings is an append-only audit trail');
END;

-- What the ledger was last refreshed from (so refresh is skipped when nothing changed).
CREATE TABLE ledger_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
