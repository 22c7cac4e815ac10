-- 0001: the exercise library the importer fills. See docs/schema.md.

-- One imported article, identified by its slug.
CREATE TABLE articles (
  id             INTEGER PRIMARY KEY,
  slug           TEXT    NOT NULL UNIQUE,
  title          TEXT    NOT NULL,
  description    TEXT,
  front_matter   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(front_matter)),
  source_path    TEXT    NOT NULL,
  content_hash   TEXT    NOT NULL,           -- hex digest of the file's bytes
  file_size      INTEGER NOT NULL DEFAULT 0, -- bytes, for a cheap "unchanged" check
  file_mtime_ns  INTEGER NOT NULL DEFAULT 0, -- modification time, for a cheap "unchanged" check
  published_date TEXT,                       -- YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, as written
  draft          INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),
  imported_at    TEXT    NOT NULL,           -- UTC, ISO 8601: first import
  updated_at     TEXT    NOT NULL            -- UTC, ISO 8601: last import that changed it
);
CREATE INDEX articles_source_path ON articles (source_path);

-- A section of an article holding at least one exercise, ranked in order of appearance.
CREATE TABLE levels (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  name       TEXT    NOT NULL,
  slug       TEXT    NOT NULL,
  rank       INTEGER NOT NULL CHECK (rank >= 0),
  UNIQUE (article_id, slug),
  UNIQUE (article_id, rank)
);

-- A demonstration video; shared by every exercise that links to it.
CREATE TABLE videos (
  id          INTEGER PRIMARY KEY,
  provider    TEXT NOT NULL CHECK (provider IN ('youtube', 'vimeo')),
  provider_id TEXT NOT NULL,
  url         TEXT NOT NULL,                  -- canonical https URL
  UNIQUE (provider, provider_id)
);

-- An exercise: a ### heading inside a level.
CREATE TABLE exercises (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  level_id      INTEGER NOT NULL REFERENCES levels (id) ON DELETE CASCADE,
  name          TEXT    NOT NULL,
  slug          TEXT    NOT NULL,
  column_number INTEGER NOT NULL DEFAULT 1 CHECK (column_number >= 1), -- column in a :::columns grid
  position      INTEGER NOT NULL CHECK (position >= 1),                -- order within its level
  video_id      INTEGER REFERENCES videos (id),
  source_line   INTEGER,
  UNIQUE (article_id, slug)
);
CREATE INDEX exercises_level ON exercises (level_id, position);
CREATE INDEX exercises_slug ON exercises (slug);
CREATE INDEX exercises_video ON exercises (video_id);

-- A coaching tip: a list item starting with bold text, in a section that is not a level.
CREATE TABLE tips (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  section    TEXT    NOT NULL,
  title      TEXT    NOT NULL,
  body       TEXT    NOT NULL,
  position   INTEGER NOT NULL CHECK (position >= 1),
  UNIQUE (article_id, position)
);
