-- 0010: effort and load per planned exercise (docs/planner.md, "Effort and load"). Each exercise
-- of a saved plan keeps its target effort as an RPE range (1..10), and an exercise with weight its
-- load cue and how many load increases it has had. Rows saved before this migration keep NULL
-- efforts and cues; loading fills them from the week's phase (docs/schema.md, 0010).

ALTER TABLE plan_session_exercises ADD COLUMN rpe_low INTEGER CHECK (rpe_low BETWEEN 1 AND 10);
ALTER TABLE plan_session_exercises ADD COLUMN rpe_high INTEGER CHECK (rpe_high BETWEEN 1 AND 10);
ALTER TABLE plan_session_exercises ADD COLUMN load_cue TEXT;
ALTER TABLE plan_session_exercises ADD COLUMN load_step INTEGER NOT NULL DEFAULT 0 CHECK (load_step >= 0);
