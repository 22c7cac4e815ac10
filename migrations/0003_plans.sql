-- 0003: saved strength plans (docs/schema.md). Exercise names, videos and doses are copied into
-- the plan, so a later re-import never rewrites an old plan.

-- One saved plan.
CREATE TABLE plans (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so identities never repeat
  name       TEXT    NOT NULL,
  identity   TEXT    NOT NULL UNIQUE,        -- stable token for calendar UIDs; never changes
  created_at TEXT    NOT NULL,               -- UTC "YYYYMMDDTHHMMSSZ" of the first save
  saved_at   TEXT    NOT NULL,               -- UTC "YYYYMMDDTHHMMSSZ" of the last save (DTSTAMP)
  weeks      INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 52),
  schedule   TEXT    NOT NULL CHECK (json_valid(schedule)),  -- the schedule it was built from
  warnings   TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(warnings))
);

-- One week of a plan.
CREATE TABLE plan_weeks (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  number     INTEGER NOT NULL CHECK (number >= 1),
  start      TEXT    NOT NULL,               -- YYYY-MM-DD
  phase      TEXT    NOT NULL CHECK (phase IN ('base', 'build', 'deload', 'taper', 'race')),
  total_sets INTEGER NOT NULL,
  UNIQUE (plan_id, number)
);

-- One day's run within a plan week.
CREATE TABLE plan_runs (
  week_id              INTEGER NOT NULL REFERENCES plan_weeks (id) ON DELETE CASCADE,
  date                 TEXT    NOT NULL,
  type                 TEXT    NOT NULL,
  replaced_by_strength INTEGER NOT NULL DEFAULT 0 CHECK (replaced_by_strength IN (0, 1)),
  PRIMARY KEY (week_id, date)
);

-- One strength session.
CREATE TABLE plan_sessions (
  id        INTEGER PRIMARY KEY,
  week_id   INTEGER NOT NULL REFERENCES plan_weeks (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL CHECK (position >= 1),   -- 1-based within the week
  date      TEXT    NOT NULL,
  placement TEXT    NOT NULL CHECK (placement IN ('replaces-run', 'rest-day', 'after-easy-run', 'after-hard-run')),
  reason    TEXT    NOT NULL,
  minutes   INTEGER NOT NULL,
  focus     TEXT    NOT NULL CHECK (json_valid(focus)),
  note      TEXT    NOT NULL,
  uid       TEXT    NOT NULL UNIQUE,              -- "<identity>-w<week>-s<n>@runstrength"
  sequence  INTEGER NOT NULL DEFAULT 0,           -- iCalendar SEQUENCE
  UNIQUE (week_id, position)
);

-- One exercise of a session (warm-up or main block), copied from the library at planning time.
CREATE TABLE plan_session_exercises (
  session_id     INTEGER NOT NULL REFERENCES plan_sessions (id) ON DELETE CASCADE,
  block          TEXT    NOT NULL CHECK (block IN ('warmup', 'main')),
  position       INTEGER NOT NULL CHECK (position >= 1),
  slug           TEXT    NOT NULL,
  name           TEXT    NOT NULL,
  level          TEXT    NOT NULL,
  level_rank     INTEGER NOT NULL,
  sets           INTEGER NOT NULL,
  reps           INTEGER,
  seconds        INTEGER,
  per_side       INTEGER NOT NULL CHECK (per_side IN (0, 1)),
  equipment      TEXT    NOT NULL CHECK (json_valid(equipment)),
  substitute     TEXT,
  video_provider TEXT CHECK (video_provider IN ('youtube', 'vimeo')),
  video_id       TEXT,
  video_url      TEXT,
  areas          TEXT    NOT NULL CHECK (json_valid(areas)),
  PRIMARY KEY (session_id, block, position)
);
