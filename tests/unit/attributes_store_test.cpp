// resolve_library_attributes: re-resolves every name when either YAML file changes (fingerprint),
// reports counts per source and warns about defaults; ArticleAttributeWriter: one row per new name.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>

#include "attributes/resolver.hpp"
#include "store/attributes_store.hpp"
#include "store/database.hpp"
#include "store/library_queries.hpp"
#include "support/temp_dir.hpp"

namespace rs::store {
namespace {

using attributes::AttributeResolver;

void seed(Database& db) {
  db.sql().exec(R"sql(
    INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at)
      VALUES (1, 'strength', 'Strength', 'content/strength.md', 'h', 't', 't');
    INSERT INTO levels (article_id, name, slug, rank) VALUES (1, 'Foundational', 'foundational', 0);
    INSERT INTO exercises (id, article_id, level_rank, name, slug, position, source_line) VALUES
      (1, 1, 0, 'Side Plank', 'side-plank', 1, 10),
      (2, 1, 0, 'Box jumps', 'box-jumps', 2, 14),
      (3, 1, 0, 'Zorbing', 'zorbing', 3, 18);
  )sql");
}

/// A content folder holding copies of the shipped YAML files.
struct Content {
  test::TempDir dir;
  Content() {
    const auto shipped = std::filesystem::path(RS_SOURCE_DIR) / "content";
    std::filesystem::copy_file(shipped / "exercises.yaml", dir / "exercises.yaml");
    std::filesystem::copy_file(shipped / "taxonomy.yaml", dir / "taxonomy.yaml");
  }
  [[nodiscard]] AttributeResolver load() const { return AttributeResolver::load(dir.path()); }
};

// seed(), resolved with `resolver`, then Side Plank's row edited by hand (kind mobility) so a test
// can tell whether it is written again.
void resolved_with_one_row_edited(Database& db, const AttributeResolver& resolver) {
  seed(db);
  resolve_library_attributes(db, resolver);
  db.sql().exec("UPDATE name_attributes SET kind = 'mobility' WHERE name = 'Side Plank'");
}

std::string kind_of(Database& db, long long id) {
  SQLite::Statement query(db.sql(),
                          "SELECT x.kind FROM exercises e JOIN name_attributes x ON x.name = e.name WHERE e.id = ?1");
  query.bind(1, static_cast<int64_t>(id));
  return query.executeStep() ? query.getColumn(0).getString() : "";
}

TEST(AttributesStore, FirstRunResolvesEveryExerciseAndStoresTheFingerprint) {
  auto db = Database::open_in_memory();
  seed(db);
  const Content content;
  const auto resolver = content.load();
  const auto report = resolve_library_attributes(db, resolver);
  EXPECT_TRUE(report.full);
  EXPECT_EQ(report.overrides, 1);
  EXPECT_EQ(report.inferred, 1);
  EXPECT_EQ(report.defaults, 1);
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_EQ(report.warnings[0].source_path, "content/strength.md");
  EXPECT_EQ(report.warnings[0].line, 18);
  EXPECT_EQ(report.warnings[0].message,
            "strength: exercise 'Zorbing' matched no entry or rule; using the default (full-body strength, 2x10, "
            "bodyweight); add it to exercises.yaml");
  const auto stored = db.sql().execAndGet("SELECT value FROM library_meta WHERE key = 'attributes_fingerprint'");
  EXPECT_EQ(stored.getString(), resolver.fingerprint());

  const auto exercises = list_exercises(db);
  ASSERT_EQ(exercises.size(), 3u);
  EXPECT_EQ(exercises[0].attributes, resolver.resolve("Side Plank"));
  EXPECT_EQ(exercises[1].attributes.source, model::AttributeSource::inferred);
  EXPECT_EQ(exercises[1].attributes.equipment, std::vector<std::string>{"box"});
  EXPECT_EQ(exercises[2].attributes.source, model::AttributeSource::defaulted);
}

TEST(AttributesStore, UnchangedFilesLeaveEveryRowAlone) {
  auto db = Database::open_in_memory();
  const Content content;
  resolved_with_one_row_edited(db, content.load());
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM name_attributes").getInt(), 3);
  const auto report = resolve_library_attributes(db, content.load());
  EXPECT_FALSE(report.full);
  EXPECT_EQ(report.written(), 0);
  EXPECT_EQ(kind_of(db, 1), "mobility");  // same files: nothing re-resolved
}

TEST(AttributesStore, TheArticleWriterStoresNewNamesOnceAndReportsEveryExercise) {
  auto db = Database::open_in_memory();
  const Content content;
  const auto resolver = content.load();
  resolved_with_one_row_edited(db, resolver);
  model::ParsedArticle article;
  article.slug = "more";
  model::ParsedLevel level;
  for (const auto* name : {"Side Plank", "Calf raises", "Calf raises", "Blorping"}) {
    model::ParsedExercise exercise;
    exercise.name = name;
    exercise.line = 7 + static_cast<int>(level.exercises.size());
    level.exercises.push_back(exercise);
  }
  article.levels.push_back(level);
  ArticleAttributeWriter writer(db, resolver);
  const auto report = writer.write(article, "/x/more.md");
  EXPECT_EQ(report.overrides, 1);
  EXPECT_EQ(report.inferred, 2);
  EXPECT_EQ(report.defaults, 1);
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_EQ(report.warnings[0].line, 10);
  EXPECT_EQ(report.warnings[0].source_path, "/x/more.md");
  EXPECT_EQ(report.warnings[0].article, "more");
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM name_attributes").getInt(), 5);  // + calf raises, blorping
  EXPECT_EQ(db.sql().execAndGet("SELECT kind FROM name_attributes WHERE name = 'Calf raises'").getString(), "strength");
  EXPECT_EQ(kind_of(db, 1), "mobility");  // a stored name keeps its row
}

TEST(AttributesStore, ChangingTheTaxonomyChangesResolutionFingerprintAndEveryRow) {
  auto db = Database::open_in_memory();
  const Content content;
  const auto before = content.load();
  resolved_with_one_row_edited(db, before);
  db.sql().exec(
      "INSERT INTO name_attributes VALUES ('Gone', '[]', 'strength', '{\"type\":\"reps\",\"sets\":2,\"reps\":10}', "
      "'[]', '{}', 'default')");
  EXPECT_EQ(before.resolve("Zorbing").source, model::AttributeSource::defaulted);

  test::write_file(content.dir / "taxonomy.yaml", test::read_file(content.dir / "taxonomy.yaml") +
                                                      "  - match: [zorbing]\n"
                                                      "    areas: [full-body, core]\n"
                                                      "    kind: plyometric\n");
  const auto after = content.load();
  EXPECT_NE(after.fingerprint(), before.fingerprint());
  const auto zorbing = after.resolve("Zorbing");
  EXPECT_EQ(zorbing.source, model::AttributeSource::inferred);
  EXPECT_EQ(zorbing.kind, model::ExerciseKind::plyometric);
  EXPECT_EQ(zorbing.areas, (std::vector<std::string>{"core", "full-body"}));

  const auto report = resolve_library_attributes(db, after);
  EXPECT_TRUE(report.full);
  EXPECT_EQ(report.written(), 3);
  EXPECT_EQ(report.defaults, 0);
  EXPECT_EQ(kind_of(db, 1), "stability");  // re-resolved from exercises.yaml
  EXPECT_EQ(kind_of(db, 3), "plyometric");
  EXPECT_EQ(db.sql().execAndGet("SELECT group_concat(name) FROM name_attributes").getString(),
            "Box jumps,Side Plank,Zorbing");  // a name no exercise uses is dropped
  EXPECT_EQ(db.sql().execAndGet("SELECT value FROM library_meta WHERE key = 'attributes_fingerprint'").getString(),
            after.fingerprint());
}

TEST(AttributesStore, ChangingExercisesYamlAlsoChangesTheFingerprint) {
  const Content content;
  const auto before = content.load();
  test::write_file(content.dir / "exercises.yaml",
                   test::read_file(content.dir / "exercises.yaml") +
                       "  zorbing:\n    areas: [full-body]\n    kind: plyometric\n    dose: {type: reps, reps: 5}\n");
  const auto after = content.load();
  EXPECT_NE(after.fingerprint(), before.fingerprint());
  EXPECT_EQ(after.resolve("Zorbing").source, model::AttributeSource::overridden);
  EXPECT_EQ(after.resolve("Zorbing").dose.reps, 5);
}

}  // namespace
}  // namespace rs::store
