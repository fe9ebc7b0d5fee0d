-- 0002: what the analyze stage found. One row per record, spans as integer start/end columns
-- (character offsets into articles.text, end exclusive); idx is the record's position in its
-- article's list, so commitments.statement_idx and reversals.*_idx point at statements.idx.
-- Replacing an article's analysis deletes its rows here (and whatever references them) first.

ALTER TABLE articles ADD COLUMN analyzer_version TEXT;   -- NULL: never analysed
ALTER TABLE articles ADD COLUMN analyzed_at TEXT;
CREATE INDEX articles_analyzer_version ON articles(analyzer_version);

CREATE TABLE statements (
    id             INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    kind           TEXT NOT NULL,             -- direct | partial | indirect
    speaker        TEXT,
    speaker_start  INTEGER, speaker_end INTEGER,
    cue_start      INTEGER, cue_end INTEGER,
    content_spans  TEXT NOT NULL,             -- JSON [[start, end], ...]
    content_start  INTEGER,                   -- first content span start (NULL: no content span)
    content_end    INTEGER,                   -- last content span end
    channel        TEXT,
    channel_start  INTEGER, channel_end INTEGER,
    channel_type   TEXT,
    when_date      TEXT,                      -- YYYY-MM-DD when resolved, else as written
    when_start     INTEGER, when_end INTEGER,
    topic          TEXT,
    UNIQUE (article_id, idx)
);
CREATE INDEX statements_speaker ON statements(speaker);
CREATE INDEX statements_channel_type ON statements(channel_type);
CREATE INDEX statements_when ON statements(when_date);

CREATE TABLE commitments (
    id               INTEGER PRIMARY KEY,
    article_id       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx              INTEGER NOT NULL,
    kind             TEXT NOT NULL,           -- promise | threat | demand
    holder           TEXT NOT NULL,
    holder_start     INTEGER NOT NULL, holder_end INTEGER NOT NULL,
    trigger_start    INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    content_start    INTEGER NOT NULL, content_end INTEGER NOT NULL,
    condition_start  INTEGER, condition_end INTEGER,
    timeframe_start  INTEGER, timeframe_end INTEGER,
    target           TEXT,
    when_date        TEXT,
    topic            TEXT,
    statement_idx    INTEGER,                 -- statements.idx in the same article
    UNIQUE (article_id, idx)
);
CREATE INDEX commitments_holder ON commitments(holder);
CREATE INDEX commitments_kind ON commitments(kind);

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    kind          TEXT NOT NULL,              -- meeting
    participants  TEXT NOT NULL,              -- JSON array of names
    span_start    INTEGER NOT NULL, span_end INTEGER NOT NULL,
    place         TEXT,
    when_date     TEXT,
    status        TEXT,                       -- past | scheduled
    UNIQUE (article_id, idx)
);
CREATE TABLE event_participants (
    event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    participant  TEXT NOT NULL,
    PRIMARY KEY (event_id, participant)
);
CREATE INDEX event_participants_name ON event_participants(participant);

CREATE TABLE reversals (
    id           INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    speaker      TEXT NOT NULL,
    topic        TEXT NOT NULL,
    earlier_idx  INTEGER NOT NULL,            -- statements.idx
    later_idx    INTEGER NOT NULL,
    UNIQUE (article_id, idx)
);
