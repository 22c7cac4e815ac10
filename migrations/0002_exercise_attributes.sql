-- 0002: resolved attributes of every exercise (docs/attributes.md), and library-wide settings.

-- Areas, kind, dose, equipment and substitutes of one exercise, as resolved at import.
CREATE TABLE exercise_attributes (
  exercise_id INTEGER PRIMARY KEY REFERENCES exercises (id) ON DELETE CASCADE,
  areas       TEXT NOT NULL CHECK (json_valid(areas)),        -- JSON array of area names
  kind        TEXT NOT NULL CHECK (kind IN ('strength', 'stability', 'mobility', 'plyometric')),
  dose        TEXT NOT NULL CHECK (json_valid(dose)),         -- {"type","sets","reps"|"seconds","per_side"}
  equipment   TEXT NOT NULL CHECK (json_valid(equipment)),    -- JSON array; [] = bodyweight
  substitutes TEXT NOT NULL CHECK (json_valid(substitutes)),  -- JSON object: equipment -> substitute
  source      TEXT NOT NULL CHECK (source IN ('override', 'inferred', 'default'))
);

-- Library-wide key/value settings (e.g. the fingerprint of the attribute YAML files last applied).
CREATE TABLE library_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
