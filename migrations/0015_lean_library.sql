-- 0015: fewer B-tree entries per imported exercise (docs/benchmarks.md). Each exercise keeps its
-- video (provider, provider id, canonical URL) in its own row instead of pointing into a shared
-- `videos` table with its own unique index; an exercise names its level by the level's place in
-- the article (`level_rank` = levels.rank), so levels and tips are keyed by their article and need
-- no row ids. Per exercise an import now writes its row, the (article_id, slug) key and two
-- secondary indexes (slug, video), instead of seven entries. Every row is kept: ids, order, text.
-- A covering index gives an import what it reads of every article before it starts.
-- `videos` stays readable as a view of the distinct videos in use.

CREATE TABLE levels_lean (
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  rank        INTEGER NOT NULL CHECK (rank >= 0),              -- place in its article, from 0
  name        TEXT    NOT NULL,
  slug        TEXT    NOT NULL,
  global_rank INTEGER NOT NULL DEFAULT 0 CHECK (global_rank >= 0),
  PRIMARY KEY (article_id, rank),
  UNIQUE (article_id, slug)
) WITHOUT ROWID;

INSERT INTO levels_lean (article_id, rank, name, slug, global_rank)
  SELECT article_id, rank, name, slug, global_rank FROM levels ORDER BY article_id, rank;

CREATE TABLE exercises_lean (
  id             INTEGER PRIMARY KEY,                          -- import order: first stored occurrence
  article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  level_rank     INTEGER NOT NULL,                             -- levels.rank of its level in the article
  name           TEXT    NOT NULL,
  slug           TEXT    NOT NULL,
  column_number  INTEGER NOT NULL DEFAULT 1 CHECK (column_number >= 1),  -- column in a :::columns grid
  position       INTEGER NOT NULL CHECK (position >= 1),                 -- order within its level
  video_provider TEXT CHECK (video_provider IN ('youtube', 'vimeo')),
  video_id       TEXT,                                         -- the provider's id of the video
  video_url      TEXT,                                         -- canonical https URL
  source_line    INTEGER,
  CHECK ((video_provider IS NULL) = (video_id IS NULL) AND (video_id IS NULL) = (video_url IS NULL)),
  UNIQUE (article_id, slug)
);

INSERT INTO exercises_lean (id, article_id, level_rank, name, slug, column_number, position, video_provider,
                            video_id, video_url, source_line)
  SELECT e.id, e.article_id, l.rank, e.name, e.slug, e.column_number, e.position, v.provider, v.provider_id, v.url,
         e.source_line
  FROM exercises e JOIN levels l ON l.id = e.level_id LEFT JOIN videos v ON v.id = e.video_id
  ORDER BY e.id;

CREATE TABLE tips_lean (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL CHECK (position >= 1),
  section    TEXT    NOT NULL,
  title      TEXT    NOT NULL,
  body       TEXT    NOT NULL,
  PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

INSERT INTO tips_lean (article_id, position, section, title, body)
  SELECT article_id, position, section, title, body FROM tips ORDER BY article_id, position;

DROP TABLE tips;
DROP TABLE exercises;
DROP TABLE videos;
DROP TABLE levels;
ALTER TABLE levels_lean RENAME TO levels;
ALTER TABLE exercises_lean RENAME TO exercises;
ALTER TABLE tips_lean RENAME TO tips;

-- The secondary indexes. A first import into an empty library drops and rebuilds these two after
-- its rows (store/library_indexes.cpp holds the same definitions).
CREATE INDEX exercises_slug ON exercises (slug);
CREATE INDEX exercises_video ON exercises (video_id, video_provider) WHERE video_id IS NOT NULL;

-- What an import reads of every article before it starts (the file's size, time and hash, the
-- counts), in the order it needs, without reading the articles' text and front matter.
CREATE INDEX articles_by_age ON articles (updated_at, id, slug, source_path, content_hash, file_size, file_mtime_ns,
                                          level_count, exercise_count, video_count, tip_count);

-- The videos in use, one row each, as the `videos` table held them.
CREATE VIEW videos (provider, provider_id, url) AS
  SELECT DISTINCT video_provider, video_id, video_url FROM exercises WHERE video_id IS NOT NULL;
