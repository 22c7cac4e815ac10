-- Session targets and tempo: what a saved session fills toward, and the slow tempo of an exercise
-- (docs/planner.md, "Minutes" and "Progression"). Each session keeps its target minutes beside its
-- estimate; each planned exercise at the slow tempo keeps the tempo's name ("3-1-1"). Sessions
-- saved before this migration keep NULL targets, read back as the target of their week's phase;
-- their exercises keep NULL tempos (the normal pace) (docs/schema.md).

ALTER TABLE plan_sessions ADD COLUMN target_minutes INTEGER CHECK (target_minutes IS NULL OR target_minutes >= 1);
ALTER TABLE plan_session_exercises ADD COLUMN tempo TEXT CHECK (tempo IS NULL OR tempo <> '');
