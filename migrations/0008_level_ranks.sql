-- 0008: levels mean the same in every article (docs/planner.md, "Levels"): each level keeps its
-- place in its article (`rank`) and gets its rank in the global order of content/levels.yaml
-- (`global_rank`), which is what exercises, plans and `levels` show.

ALTER TABLE levels ADD COLUMN global_rank INTEGER NOT NULL DEFAULT 0 CHECK (global_rank >= 0);

-- Libraries made before this migration: the article order stands in until the next import ranks
-- every stored level against levels.yaml (no fingerprint is stored yet, so it does).
UPDATE levels SET global_rank = rank;
DELETE FROM library_meta WHERE key = 'levels_fingerprint';
