-- Annals store schema v1 (annals-store-v1): the DuckDB tables.
-- v1 grows only by new tables that older code ignores (annotations and entities came with the NLP stage);
-- a change to an existing table gets a new version with a migration: never edit v1's tables in place.
-- Keys: the big tables (articles, stories, provenance, minhash, seen_items) declare no PRIMARY KEY: DuckDB
-- rewrites a whole ART index at every checkpoint, which made the file several times larger than its data.
-- The store keeps their keys unique itself (each batch deletes, then inserts, staged rows); the key of each
-- is named in a comment. Small tables keep theirs.
-- Times are UTC. published_at/modified_at: the stamp in UTC when its offset is known, else the local
-- date-time as the source gave it (midnight for a bare date); the ISO text keeps the exact form.

CREATE TABLE IF NOT EXISTS meta (
  key VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS batches (
  seq BIGINT PRIMARY KEY,
  committed_at TIMESTAMP NOT NULL,
  added INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  duplicates INTEGER NOT NULL,
  reprints INTEGER NOT NULL
);

-- key: id
CREATE TABLE IF NOT EXISTS articles (
  id VARCHAR NOT NULL,
  story_id VARCHAR NOT NULL,
  url VARCHAR,
  headline VARCHAR,
  section VARCHAR,
  publisher VARCHAR,
  authors VARCHAR[] NOT NULL,
  published VARCHAR,
  published_at TIMESTAMP,
  modified VARCHAR,
  modified_at TIMESTAMP,
  language VARCHAR,
  text VARCHAR NOT NULL,
  json VARCHAR NOT NULL,
  fingerprint BIGINT NOT NULL,
  first_seen TIMESTAMP NOT NULL,
  last_seen TIMESTAMP NOT NULL,
  batch BIGINT NOT NULL
);

-- key: id (the id of the story's first article)
CREATE TABLE IF NOT EXISTS stories (
  id VARCHAR NOT NULL,
  headline VARCHAR,
  first_seen TIMESTAMP NOT NULL,
  batch BIGINT NOT NULL
);

-- key: (article_id, source)
CREATE TABLE IF NOT EXISTS provenance (
  article_id VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  source_key VARCHAR NOT NULL,
  read_at TIMESTAMP NOT NULL,
  batch BIGINT NOT NULL
);

-- key: article_id
CREATE TABLE IF NOT EXISTS minhash (
  article_id VARCHAR NOT NULL,
  signature BLOB NOT NULL,
  batch BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS checkpoints (
  source_key VARCHAR PRIMARY KEY,
  position VARCHAR NOT NULL,
  batch BIGINT NOT NULL
);

-- key: (source_key, item_id)
CREATE TABLE IF NOT EXISTS seen_items (
  source_key VARCHAR NOT NULL,
  item_id VARCHAR NOT NULL,
  batch BIGINT NOT NULL
);

-- key: article_id. The NLP stage's annotations of the article (docs/annotation-schema-v1.md), whole.
CREATE TABLE IF NOT EXISTS annotations (
  article_id VARCHAR NOT NULL,
  json VARCHAR NOT NULL,
  batch BIGINT NOT NULL
);

-- key: (article_id, entity_id). The entities of annotated articles, for analytics.
CREATE TABLE IF NOT EXISTS entities (
  article_id VARCHAR NOT NULL,
  entity_id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  actor VARCHAR,
  role VARCHAR,
  country VARCHAR,
  mentions INTEGER NOT NULL,
  batch BIGINT NOT NULL
);

-- key: (article_id, event, source_code, target_code). The events coded in each article (one row per
-- source-target pair); events across articles are merged from these at query time.
CREATE TABLE IF NOT EXISTS event_mentions (
  article_id VARCHAR NOT NULL,
  event INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  cameo VARCHAR,
  root VARCHAR,
  occurrence VARCHAR,
  plover VARCHAR,
  plover_mode VARCHAR,
  quad INTEGER NOT NULL,
  goldstein DOUBLE,
  source_code VARCHAR,
  source_name VARCHAR,
  target_code VARCHAR,
  target_name VARCHAR,
  date DATE NOT NULL,
  date_precision VARCHAR NOT NULL,
  place_name VARCHAR,
  place_country VARCHAR,
  place_adm1 VARCHAR,
  lat DOUBLE,
  lon DOUBLE,
  source_start INTEGER NOT NULL,
  target_start INTEGER NOT NULL,
  action_start INTEGER NOT NULL,
  action_end INTEGER NOT NULL,
  confidence DOUBLE NOT NULL,
  json VARCHAR NOT NULL,
  batch BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS validators (
  url VARCHAR PRIMARY KEY,
  etag VARCHAR,
  last_modified VARCHAR
);

INSERT OR IGNORE INTO meta VALUES ('format', 'annals-store-v1');
