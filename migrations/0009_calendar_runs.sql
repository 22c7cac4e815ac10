-- 0009: runs read from the runner's calendar (`schedule import`, `plan --runs`): a run's source may
-- now be `calendar`. SQLite cannot change a CHECK constraint, so plan_runs is rebuilt with its rows.
CREATE TABLE plan_runs_new (
  week_id              INTEGER NOT NULL REFERENCES plan_weeks (id) ON DELETE CASCADE,
  date                 TEXT    NOT NULL,
  type                 TEXT    NOT NULL,
  replaced_by_strength INTEGER NOT NULL DEFAULT 0 CHECK (replaced_by_strength IN (0, 1)),
  source               TEXT    NOT NULL DEFAULT 'template' CHECK (source IN ('template', 'date', 'calendar')),
  PRIMARY KEY (week_id, date)
);
INSERT INTO plan_runs_new (week_id, date, type, replaced_by_strength, source)
  SELECT week_id, date, type, replaced_by_strength, source FROM plan_runs;
DROP TABLE plan_runs;
ALTER TABLE plan_runs_new RENAME TO plan_runs;
