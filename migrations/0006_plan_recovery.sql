-- 0006: plans around the runner's weeks (docs/schema.md). Weeks may be `recovery` weeks after a
-- race and keep the runner's chosen days that a rule refused; sessions may be light (the day
-- before a long run). A CHECK constraint cannot be changed in place, so the four plan content
-- tables are rebuilt under new names, filled row for row (same ids, same rowid order), the old
-- ones dropped children first, and the new ones renamed (which rewrites their REFERENCES).

-- One week of a plan.
CREATE TABLE plan_weeks_new (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  number     INTEGER NOT NULL CHECK (number >= 1),
  start      TEXT    NOT NULL,               -- YYYY-MM-DD
  phase      TEXT    NOT NULL CHECK (phase IN ('base', 'build', 'deload', 'taper', 'race', 'recovery')),
  total_sets INTEGER NOT NULL,
  refusals   TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(refusals)),  -- [{"date","rule","instead"}]
  UNIQUE (plan_id, number)
);
INSERT INTO plan_weeks_new (id, plan_id, number, start, phase, total_sets)
  SELECT id, plan_id, number, start, phase, total_sets FROM plan_weeks ORDER BY rowid;

-- One day's run within a plan week.
CREATE TABLE plan_runs_new (
  week_id              INTEGER NOT NULL REFERENCES plan_weeks_new (id) ON DELETE CASCADE,
  date                 TEXT    NOT NULL,
  type                 TEXT    NOT NULL,
  replaced_by_strength INTEGER NOT NULL DEFAULT 0 CHECK (replaced_by_strength IN (0, 1)),
  PRIMARY KEY (week_id, date)
);
INSERT INTO plan_runs_new (week_id, date, type, replaced_by_strength)
  SELECT week_id, date, type, replaced_by_strength FROM plan_runs ORDER BY rowid;

-- One strength session.
CREATE TABLE plan_sessions_new (
  id        INTEGER PRIMARY KEY,
  week_id   INTEGER NOT NULL REFERENCES plan_weeks_new (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL CHECK (position >= 1),   -- 1-based within the week
  date      TEXT    NOT NULL,
  placement TEXT    NOT NULL CHECK (placement IN ('replaces-run', 'rest-day', 'after-easy-run', 'after-hard-run')),
  reason    TEXT    NOT NULL,
  minutes   INTEGER NOT NULL,
  focus     TEXT    NOT NULL CHECK (json_valid(focus)),
  note      TEXT    NOT NULL,
  uid       TEXT    NOT NULL UNIQUE,              -- "<identity>-w<week>-s<n>@runstrength"
  sequence  INTEGER NOT NULL DEFAULT 0,           -- iCalendar SEQUENCE
  light     INTEGER NOT NULL DEFAULT 0 CHECK (light IN (0, 1)),  -- the day before a long run
  UNIQUE (week_id, position)
);
INSERT INTO plan_sessions_new (id, week_id, position, date, placement, reason, minutes, focus, note, uid, sequence)
  SELECT id, week_id, position, date, placement, reason, minutes, focus, note, uid, sequence
  FROM plan_sessions ORDER BY rowid;

-- One exercise of a session (warm-up or main block), copied from the library at planning time.
CREATE TABLE plan_session_exercises_new (
  session_id     INTEGER NOT NULL REFERENCES plan_sessions_new (id) ON DELETE CASCADE,
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
INSERT INTO plan_session_exercises_new
  SELECT session_id, block, position, slug, name, level, level_rank, sets, reps, seconds, per_side, equipment,
         substitute, video_provider, video_id, video_url, areas
  FROM plan_session_exercises ORDER BY rowid;

DROP TABLE plan_session_exercises;
DROP TABLE plan_sessions;
DROP TABLE plan_runs;
DROP TABLE plan_weeks;
ALTER TABLE plan_weeks_new RENAME TO plan_weeks;
ALTER TABLE plan_runs_new RENAME TO plan_runs;
ALTER TABLE plan_sessions_new RENAME TO plan_sessions;
ALTER TABLE plan_session_exercises_new RENAME TO plan_session_exercises;
