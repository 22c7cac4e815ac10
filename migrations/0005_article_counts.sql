-- 0005: what each article holds, counted when the importer writes it (docs/schema.md), so that an
-- import reports unchanged articles without counting their rows.

ALTER TABLE articles ADD COLUMN level_count    INTEGER NOT NULL DEFAULT 0 CHECK (level_count >= 0);
ALTER TABLE articles ADD COLUMN exercise_count INTEGER NOT NULL DEFAULT 0 CHECK (exercise_count >= 0);
ALTER TABLE articles ADD COLUMN video_count    INTEGER NOT NULL DEFAULT 0 CHECK (video_count >= 0); -- distinct
ALTER TABLE articles ADD COLUMN tip_count      INTEGER NOT NULL DEFAULT 0 CHECK (tip_count >= 0);

-- Libraries made before this migration: count what is stored.
UPDATE articles SET
  level_count    = (SELECT count(*) FROM levels WHERE article_id = articles.id),
  exercise_count = (SELECT count(*) FROM exercises WHERE article_id = articles.id),
  video_count    = (SELECT count(DISTINCT video_id) FROM exercises WHERE article_id = articles.id),
  tip_count      = (SELECT count(*) FROM tips WHERE article_id = articles.id);
