-- 0004: exercise attributes keyed by exercise name. Attributes are resolved from the name alone
-- (docs/attributes.md), so one row per distinct name replaces one row per exercise: a library of
-- 10,000 articles repeating the same few dozen exercises stores a few dozen rows, not 200,000.

-- Areas, kind, dose, equipment and substitutes of every exercise with this exact name.
CREATE TABLE name_attributes (
  name        TEXT PRIMARY KEY,                                -- exercises.name, as written
  areas       TEXT NOT NULL CHECK (json_valid(areas)),        -- JSON array of area names
  kind        TEXT NOT NULL CHECK (kind IN ('strength', 'stability', 'mobility', 'plyometric')),
  dose        TEXT NOT NULL CHECK (json_valid(dose)),         -- {"type","sets","reps"|"seconds","per_side"}
  equipment   TEXT NOT NULL CHECK (json_valid(equipment)),    -- JSON array; [] = bodyweight
  substitutes TEXT NOT NULL CHECK (json_valid(substitutes)),  -- JSON object: equipment -> substitute
  source      TEXT NOT NULL CHECK (source IN ('override', 'inferred', 'default'))
) WITHOUT ROWID;

-- Keep what the library holds: the attributes of the first stored exercise of each name.
INSERT INTO name_attributes (name, areas, kind, dose, equipment, substitutes, source)
  SELECT e.name, x.areas, x.kind, x.dose, x.equipment, x.substitutes, x.source
  FROM exercises e JOIN exercise_attributes x ON x.exercise_id = e.id
  WHERE true ORDER BY e.id
  ON CONFLICT (name) DO NOTHING;

-- An exercise without attributes, or two exercises of one name resolved differently, means the
-- rows were not all resolved from the same files: forget the fingerprint so the next import
-- re-resolves every name.
DELETE FROM library_meta
WHERE key = 'attributes_fingerprint'
  AND (EXISTS (SELECT 1 FROM exercises e WHERE NOT EXISTS (SELECT 1 FROM name_attributes n WHERE n.name = e.name))
       OR EXISTS (SELECT 1 FROM exercises e
                  JOIN exercise_attributes x ON x.exercise_id = e.id
                  JOIN name_attributes n ON n.name = e.name
                  WHERE (x.areas, x.kind, x.dose, x.equipment, x.substitutes, x.source)
                        <> (n.areas, n.kind, n.dose, n.equipment, n.substitutes, n.source)));

DROP TABLE exercise_attributes;
