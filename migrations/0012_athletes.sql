-- 0012: a coach's roster (docs/schema.md). Each athlete has their own schedule, plans and calendar
-- subscription token. The library's one schedule and every saved plan move to the athlete `default`
-- (id 1): nothing is lost, plan ids, identities and calendar UIDs are kept.

-- One athlete of the coach.
CREATE TABLE athletes (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused
  name       TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64),
  schedule   TEXT,                               -- the schedule YAML as saved, or NULL (default week)
  token_hash TEXT    UNIQUE CHECK (token_hash IS NULL OR length(token_hash) = 64),  -- SHA-256 hex
  created_at TEXT                                -- UTC "YYYY-MM-DDTHH:MM:SSZ"; NULL for `default`
);

-- No creation time for `default`: the migration must give every process the same library.
INSERT INTO athletes (id, name, schedule)
  VALUES (1, 'default', (SELECT value FROM library_meta WHERE key = 'runner_schedule'));
DELETE FROM library_meta WHERE key = 'runner_schedule';

-- The athlete a plan belongs to. ADD COLUMN cannot give a REFERENCES column a non-NULL default
-- while foreign keys are on, so the column is filled here and the store always sets it.
ALTER TABLE plans ADD COLUMN athlete_id INTEGER REFERENCES athletes (id) ON DELETE CASCADE;
UPDATE plans SET athlete_id = 1;
CREATE INDEX plans_athlete ON plans (athlete_id, id);

-- The runner's imported calendar (`schedule import FILE.ics`) is the athlete's too.
ALTER TABLE athletes ADD COLUMN calendar TEXT;       -- iCalendar text as imported, or NULL
ALTER TABLE athletes ADD COLUMN calendar_file TEXT;  -- the file it came from, for messages
UPDATE athletes SET
  calendar = (SELECT value FROM library_meta WHERE key = 'runner_calendar'),
  calendar_file = (SELECT value FROM library_meta WHERE key = 'runner_calendar_file')
  WHERE id = 1;
DELETE FROM library_meta WHERE key IN ('runner_calendar', 'runner_calendar_file');

-- A training-log entry stays the athlete's when its plan is deleted (`plan delete --force` keeps
-- the entries, detached from the plan, still in that athlete's `history`). Removing an athlete
-- with `athlete remove --force` removes their log with them.
ALTER TABLE training_log ADD COLUMN athlete_id INTEGER REFERENCES athletes (id) ON DELETE CASCADE;
UPDATE training_log SET athlete_id = coalesce((SELECT athlete_id FROM plans WHERE plans.id = training_log.plan_id), 1);
CREATE INDEX training_log_athlete ON training_log (athlete_id, date);
