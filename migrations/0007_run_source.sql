-- 0007: where each run of a saved plan comes from (docs/schema.md): `template`, the runner's weekly
-- pattern, or `date`, a dated override of the schedule (`dates:`). Runs saved before it came from
-- the weekly pattern, which is the default.
ALTER TABLE plan_runs ADD COLUMN source TEXT NOT NULL DEFAULT 'template' CHECK (source IN ('template', 'date'));
