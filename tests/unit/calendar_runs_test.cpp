// The running plan from a calendar: fixtures shaped like real training-app feeds, checked day by day.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "calendar/calendar_runs.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace rs::calendar {
namespace {

using model::RunType;

std::string fixture(const std::string& name) {
  return test::read_file(std::string(RS_TESTS_DIR) + "/fixtures/calendars/" + name);
}

const RunTypeRules& rules() {
  static const RunTypeRules loaded = [] {
    std::ifstream file(std::string(RS_SOURCE_DIR) + "/content/run-types.yaml");
    std::ostringstream text;
    text << file.rdbuf();
    return parse_run_type_rules(text.str(), "run-types.yaml");
  }();
  return loaded;
}

Date day(const char* text) { return *parse_date(text); }

// The run types of the days from `from` on, one letter-free word per day: "rest easy ...".
std::string days_from(const CalendarRuns& runs, const char* from, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    const auto found = runs.days.find(day(from) + std::chrono::days{i});
    out += (i ? " " : "") + std::string(found == runs.days.end() ? "-" : model::to_string(found->second));
  }
  return out;
}

CalendarRuns read(const std::string& name, const char* from = "2027-01-04", int days = 28) {
  return read_calendar_runs(fixture(name), name, rules(), day(from), day(from) + std::chrono::days{days});
}

TEST(CalendarRuns, HandKeptWeeklyRulesWithExceptionsAndMovedRuns) {
  const auto runs = read("hand_kept_weekly.ics", "2027-01-04", 35);
  EXPECT_EQ(days_from(runs, "2027-01-04", 7), "rest easy rest easy rest rest long");
  EXPECT_EQ(days_from(runs, "2027-01-11", 7), "rest easy rest rest rest rest long");       // EXDATE Thu 14
  EXPECT_EQ(days_from(runs, "2027-01-18", 7), "rest rest rest easy recovery rest long");   // EXDATE Tue 19
  EXPECT_EQ(days_from(runs, "2027-01-25", 7), "rest rest easy easy rest long rest");       // moved, RDATE
  EXPECT_EQ(days_from(runs, "2027-02-01", 7), "rest easy rest easy rest rest rest");
  EXPECT_TRUE(runs.races.empty());
  EXPECT_TRUE(runs.warnings.empty()) << runs.warnings.front();
}

TEST(CalendarRuns, TrainingPeaksAllDayWorkoutsAndGrowingLongRun) {
  const auto runs = read("trainingpeaks.ics", "2027-01-04", 21);
  EXPECT_EQ(days_from(runs, "2027-01-04", 7), "rest easy threshold rest rest long cross");
  EXPECT_EQ(days_from(runs, "2027-01-11", 7), "rest rest intervals rest rest long rest");  // 800s beat recovery
  EXPECT_EQ(days_from(runs, "2027-01-18", 7), "rest rest rest rest rest long rest");
  EXPECT_TRUE(runs.warnings.empty());
}

TEST(CalendarRuns, RunnaFeedTakesTheWorkoutTypeFromTheUid) {
  const auto runs = read("runna.ics", "2027-01-04", 14);
  EXPECT_EQ(days_from(runs, "2027-01-04", 7), "easy rest intervals tempo rest rest long");  // legs & core ignored
  EXPECT_EQ(days_from(runs, "2027-01-11", 7), "- - - - - - -");  // no events: the week falls back to `week:`
}

TEST(CalendarRuns, RacesWithTimeZonesDistancesAndPriorities) {
  const auto runs = read("race_tz.ics", "2027-01-11", 56);
  EXPECT_EQ(days_from(runs, "2027-01-11", 7), "rest rest rest rest rest rest race");  // 03:30Z is Saturday night in New York
  EXPECT_EQ(days_from(runs, "2027-01-25", 7), "easy rest tempo rest rest tempo rest");  // parkrun: a hard run
  EXPECT_EQ(days_from(runs, "2027-02-22", 7), "rest rest rest rest rest rest race");
  ASSERT_EQ(runs.races.size(), 2u);
  EXPECT_EQ(runs.races[0].date, day("2027-01-17"));
  EXPECT_EQ(runs.races[0].priority, model::RacePriority::b);
  EXPECT_NEAR(runs.races[0].distance_km.value_or(0), 21.0975, 0.001);
  EXPECT_EQ(runs.races[1].date, day("2027-02-28"));
  EXPECT_EQ(runs.races[1].priority, model::RacePriority::a);
  EXPECT_NEAR(runs.races[1].distance_km.value_or(0), 42.195, 0.001);
  ASSERT_EQ(runs.warnings.size(), 1u);
  EXPECT_EQ(runs.warnings[0], "race_tz.ics: 2027-01-25 \"Coffee with Sam\": no run type matches: taken as an easy run");
}

TEST(CalendarRuns, KeywordsAndRunnaUids) {
  EXPECT_EQ(runna_workout_type("UPCOMING_PLAN_WORKOUT-ab12_plan_week_3_LONG_RUN_1@runna.com"), "long run");
  EXPECT_EQ(runna_workout_type("not-runna@example.com"), "");
  const auto type_of = [](const char* summary) { return classify(rules(), {summary, "", {}, ""}); };
  EXPECT_EQ(type_of("Easy 10k").type, RunType::easy);
  EXPECT_EQ(type_of("Sunday LSR").type, RunType::long_run);
  EXPECT_EQ(type_of("Fartlek 10 x 1 min").type, RunType::intervals);
  EXPECT_EQ(type_of("LT run").type, RunType::threshold);
  EXPECT_EQ(type_of("Hill sprints").type, RunType::hills);
  EXPECT_EQ(type_of("Swim 2000m").type, RunType::cross);
  EXPECT_EQ(type_of("Strength: lower body").kind, EventKind::ignored);
  EXPECT_EQ(type_of("Town 10K").type, RunType::race);
  EXPECT_EQ(type_of("Town 10K").distance_km, 10.0);
  EXPECT_EQ(type_of("Trail race 30 km").distance_km, 30.0);
  EXPECT_EQ(type_of("Charity race 0 km").type, RunType::race);
  EXPECT_EQ(type_of("Charity race 0 km").distance_km, std::nullopt);  // no distance, as in `races:`
  EXPECT_EQ(type_of("5k race, 0 mi to go").distance_km, 5.0);  // the distance word instead
  EXPECT_EQ(type_of("Summer 5k time trial").priority, model::RacePriority::c);
  EXPECT_EQ(type_of("Dentist").kind, EventKind::unmatched);
  EXPECT_EQ(classify(rules(), {"Session", "", {"Tempo"}, ""}).type, RunType::tempo);
}

}  // namespace
}  // namespace rs::calendar
