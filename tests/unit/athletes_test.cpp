// app/athletes: names checked, the athlete a command works on (named, or the only one), adding
// with a schedule, renaming, removing (refused while plans exist unless forced), file stems.
#include <gtest/gtest.h>

#include <string>

#include "app/athletes.hpp"
#include "app/make_plan.hpp"
#include "store/plan_store.hpp"
#include "support/imported_library.hpp"

namespace rs::app {
namespace {

using test::usage_error;

TEST(Athletes, NamesAreCheckedAndCaseInsensitivelyUnique) {
  auto db = store::Database::open_in_memory();
  EXPECT_NE(usage_error([&] { add_athlete(db, "", {}); }).find("1 to 64 bytes"), std::string::npos);
  EXPECT_NE(usage_error([&] { add_athlete(db, std::string(65, 'a'), {}); }).find("not 65"), std::string::npos);
  EXPECT_NE(usage_error([&] { add_athlete(db, "a\tb", {}); }).find("control"), std::string::npos);
  EXPECT_NE(usage_error([&] { add_athlete(db, " Ann", {}); }).find("blanks"), std::string::npos);
  EXPECT_NE(usage_error([&] { add_athlete(db, "\xff", {}); }).find("UTF-8"), std::string::npos);
  EXPECT_NE(usage_error([&] { add_athlete(db, "DEFAULT", {}); }).find("exists already"), std::string::npos);
  EXPECT_EQ(add_athlete(db, "Anna Müller", {}), 2);
  EXPECT_EQ(athlete(db, "anna müller").id, 2);
  EXPECT_EQ(athletes(db).size(), 2u);
}

TEST(Athletes, WithoutANameTheOnlyAthleteIsChosenElseTheCommandMustSay) {
  auto db = store::Database::open_in_memory();
  EXPECT_EQ(resolve_athlete(db, {}), store::default_athlete_id);
  add_athlete(db, "Ben", {});
  EXPECT_NE(usage_error([&] { resolve_athlete(db, {}); }).find("2 athletes: say which with --athlete"),
            std::string::npos);
  EXPECT_EQ(resolve_athlete(db, std::string("ben")), 2);
  EXPECT_NE(usage_error([&] { resolve_athlete(db, std::string("Cleo")); }).find("no athlete named \"Cleo\""),
            std::string::npos);
  remove_athlete(db, "default", false);
  remove_athlete(db, "Ben", false);
  EXPECT_NE(usage_error([&] { resolve_athlete(db, {}); }).find("no athletes"), std::string::npos);
}

TEST(Athletes, RenameKeepsTheAthleteAndRefusesATakenName) {
  auto db = store::Database::open_in_memory();
  add_athlete(db, "Ben", {});
  rename_athlete(db, "ben", "Benjamin");
  EXPECT_EQ(athlete(db, "Benjamin").id, 2);
  EXPECT_NE(usage_error([&] { rename_athlete(db, "Benjamin", "Default"); }).find("exists already"), std::string::npos);
  rename_athlete(db, "Benjamin", "BENJAMIN");  // its own name in another case
  EXPECT_EQ(athlete(db, "benjamin").name, "BENJAMIN");
}

TEST(Athletes, FileStemsAreAsciiWordsUniqueByAthlete) {
  std::vector<store::Athlete> roster(4);
  roster[0].id = 1, roster[0].name = "Anna Müller";
  roster[1].id = 2, roster[1].name = "anna  MÜLLER!";
  roster[2].id = 3, roster[2].name = "東京";
  roster[3].id = 4, roster[3].name = "Ben";
  EXPECT_EQ(athlete_file_stems(roster), (std::vector<std::string>{"anna-muller", "anna-muller-2", "athlete-3", "ben"}));
}

using AthletePlans = test::ImportedLibraryTest;

TEST_F(AthletePlans, EachAthletePlansFromTheirOwnScheduleAndRemovalNeedsForce) {
  auto& db = library.db();
  const Date today = *parse_date("2026-11-30");
  add_athlete(db, "Ben", test::week_file, today);
  auto request = week_request();
  request.schedule_file.reset();
  request.athlete = "Ben";
  const auto bens = make_plan(db, request);
  EXPECT_TRUE(bens.notes.empty());  // his saved schedule
  EXPECT_EQ(format_date(bens.plan.schedule.start), "2026-12-07");
  EXPECT_EQ(bens.plan.athlete_id, 2);
  const auto all = plan_all(db, [&] { auto r = request; r.athlete.reset(); return r; }());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].athlete, "default");
  EXPECT_FALSE(all[0].outcome.notes.empty());  // no schedule saved: the default week
  EXPECT_EQ(all[1].outcome.plan.athlete_id, 2);
  // Ben's schedule did not change: his new plan is the one saved, not a second copy.
  EXPECT_EQ(all[1].outcome.identical_to, bens.plan.id);
  EXPECT_EQ(store::list_plans(db, 2).size(), 1u);
  EXPECT_EQ(store::list_plans(db).size(), 2u);
  EXPECT_NE(usage_error([&] { plan_all(db, request); }).find("--all"), std::string::npos);
  EXPECT_NE(usage_error([&] { remove_athlete(db, "Ben", false); }).find("1 saved plan(s)"), std::string::npos);
  EXPECT_EQ(remove_athlete(db, "Ben", true), 1);
  EXPECT_EQ(store::list_plans(db).size(), 1u);
}

}  // namespace
}  // namespace rs::app
