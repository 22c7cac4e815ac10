-- 0011: the runner's training log (docs/log.md, docs/schema.md). An entry belongs to a plan until
-- that plan is deleted (`plan delete ID --force`), then stays, detached (plan_id NULL). Re-plans
-- rewrite a plan's weeks, never this table; imports never touch it.

CREATE TABLE training_log (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id   INTEGER REFERENCES plans (id) ON DELETE SET NULL,
  date      TEXT    NOT NULL,                                  -- YYYY-MM-DD
  kind      TEXT    NOT NULL CHECK (kind IN ('session', 'exercise')),
  outcome   TEXT    CHECK (outcome IN ('done', 'skipped', 'partial')),  -- session entries
  slug      TEXT    NOT NULL DEFAULT '',                       -- exercise entries
  name      TEXT    NOT NULL DEFAULT '',
  extra     INTEGER NOT NULL DEFAULT 0 CHECK (extra IN (0, 1)),  -- not in that day's plan
  sets      INTEGER NOT NULL DEFAULT 0 CHECK (sets BETWEEN 0 AND 20),
  reps      INTEGER CHECK (reps BETWEEN 1 AND 200),
  seconds   INTEGER CHECK (seconds BETWEEN 1 AND 1800),
  load      REAL    CHECK (load > 0),
  load_unit TEXT    CHECK (load_unit IN ('kg', 'lb')),
  rpe       INTEGER CHECK (rpe BETWEEN 1 AND 10),
  pain      INTEGER NOT NULL DEFAULT 0 CHECK (pain IN (0, 1)),
  note      TEXT    NOT NULL DEFAULT '',
  CHECK ((load IS NULL) = (load_unit IS NULL)),
  CHECK ((kind = 'session') = (outcome IS NOT NULL))
);
CREATE INDEX training_log_date ON training_log (date, id);
CREATE INDEX training_log_plan ON training_log (plan_id, date);
