-- Dateline corpus store, SQLite, version 1: articles, their analysis and the merged corpus-level events.
-- Spans are UTF-16 offsets [start, end) into articles.text, as in the dateline.article/1 JSON.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    external_id TEXT,
    url TEXT,
    title TEXT,
    source TEXT,
    published TEXT,
    cluster_id INTEGER,
    minhash BLOB,
    text TEXT NOT NULL,
    analysis_json TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_cluster ON articles(cluster_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

CREATE TABLE article_bands (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    entity_key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    actor_code TEXT
);
CREATE INDEX entities_actor ON entities(actor_code);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    local_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, start, "end", entity_id)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    kind TEXT,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    content TEXT NOT NULL,
    cue_start INTEGER,
    cue_end INTEGER,
    cue TEXT,
    speaker_entity_id INTEGER REFERENCES entities(id),
    speaker TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    medium TEXT,
    sentence INTEGER,
    UNIQUE (article_id, local_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE times (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT,
    value TEXT,
    sentence INTEGER,
    PRIMARY KEY (article_id, start, "end")
);
CREATE INDEX times_value ON times(value);

CREATE TABLE quantities (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    kind TEXT,
    unit TEXT,
    currency TEXT,
    sentence INTEGER,
    PRIMARY KEY (article_id, start, "end")
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    event_key TEXT NOT NULL UNIQUE,
    source_actor TEXT,
    target_actor TEXT,
    source_country TEXT,
    target_country TEXT,
    source_name TEXT,
    target_name TEXT,
    cameo TEXT NOT NULL,
    root TEXT,
    quad_class INTEGER,
    goldstein REAL,
    plover_type TEXT,
    plover_mode TEXT,
    plover_context TEXT,
    event_date TEXT,
    place TEXT,
    country_code TEXT,
    lat REAL,
    lon REAL,
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    num_stories INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX events_dyad ON events(source_country, target_country, event_date);
CREATE INDEX events_source ON events(source_actor, event_date);
CREATE INDEX events_target ON events(target_actor, event_date);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_root ON events(root, event_date);
CREATE INDEX events_country ON events(country_code, event_date);

CREATE TABLE event_mentions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    sentence INTEGER,
    source_text TEXT,
    source_start INTEGER,
    source_end INTEGER,
    target_text TEXT,
    target_start INTEGER,
    target_end INTEGER,
    negated INTEGER NOT NULL DEFAULT 0,
    hypothetical INTEGER NOT NULL DEFAULT 0,
    future INTEGER NOT NULL DEFAULT 0,
    question INTEGER NOT NULL DEFAULT 0,
    speaker TEXT,
    quote_local_id TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    UNIQUE (article_id, local_id)
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    claimant TEXT,
    claimant_entity_id INTEGER REFERENCES entities(id),
    reported_by TEXT,
    cameo TEXT,
    root TEXT,
    plover_type TEXT,
    polarity TEXT,
    modality TEXT,
    target_date TEXT,
    target_start INTEGER,
    target_end INTEGER,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    UNIQUE (article_id, local_id)
);
CREATE INDEX claims_target_date ON claims(target_date);
CREATE INDEX event_mentions_article ON event_mentions(article_id);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX claims_article ON claims(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE VIRTUAL TABLE quotes_fts USING fts5(content, speaker, content='quotes', content_rowid='id');
