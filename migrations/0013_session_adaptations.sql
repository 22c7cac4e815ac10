-- 0013: why a re-plan adapted a session to the training log (docs/log.md, "Adaptation"): a JSON
-- array of {exercise, change, replacement, why, entries: [{id, date}]}, the session's `adapted` in
-- the plan JSON (docs/plan-json.md). Sessions saved before, and sessions never adapted, hold '[]'.
-- The log entries are named by id only: deleting a plan or an entry never touches this column.

ALTER TABLE plan_sessions ADD COLUMN adapted TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(adapted));
