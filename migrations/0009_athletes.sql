-- 0009: a coach's roster (docs/schema.md). Each athlete has their own schedule, plans and calendar
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
