// Flow test over src/planner/week_fill.cpp, session_builder.cpp and planner.cpp: minutes are a
// target. For 20, 30, 45 and 60 minutes on a small and a large library, each session's estimate
// stays within its target and within 20% of it when the library can fill it, else the plan warns
// with the figure; deload weeks shrink their sessions evenly; the weekly rules still hold.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "model/estimate.hpp"
#include "planner/planner.hpp"
#include "planner/week_fill.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::test {
namespace {

struct Library {
  const char* name;
  int levels;
  model::EquipmentChoice equipment;
};

// Small: the basics and one level at home (5 usable exercises); large: four levels in a gym, each
// level with a second variant of every exercise (14 a level).
const Library libraries[] = {{"small", 2, model::EquipmentChoice::home}, {"large", 4, model::EquipmentChoice::gym}};

std::vector<model::Exercise> library_of(const Library& library) {
  auto exercises = synthetic_library(library.levels);
  if (library.levels <= 2) return exercises;
  const std::size_t count = exercises.size();
  for (std::size_t i = 0; i < count; ++i) {
    if (exercises[i].level_rank == 0) continue;
    auto variant = exercises[i];
    variant.slug += "-variant";
    variant.name += " (variant)";
    exercises.push_back(std::move(variant));
  }
  return exercises;
}

model::Plan plan_for(const Library& library, int minutes,
                     model::Experience experience = model::Experience::new_runner) {
  auto schedule = example_schedule();
  schedule.experience = experience;
  schedule.minutes = minutes;
  schedule.equipment_choice = library.equipment;
  return planner::build_plan(schedule, 12, "", library_of(library), synthetic_tips()).plan;
}

// The plan's warning about sessions not filled, or an empty string.
std::string fill_warning(const model::Plan& plan) {
  for (const auto& warning : plan.warnings) {
    if (warning.find("these levels fill about ") != std::string::npos) return warning;
  }
  return "";
}

// Whether a warning's week list ("week 4: ..." or "weeks 1-8, 12: ...") names `week`.
bool names_week(const std::string& warning, int week) {
  std::string list = warning.substr(0, warning.find(':'));
  list = list.substr(list.find(' ') + 1);  // after "week" or "weeks"
  for (std::size_t at = 0; at < list.size();) {
    const std::size_t end = std::min(list.find(", ", at), list.size());
    const std::string item = list.substr(at, end - at);
    const std::size_t dash = item.find('-');
    const int from = std::stoi(item.substr(0, dash));
    const int to = dash == std::string::npos ? from : std::stoi(item.substr(dash + 1));
    if (week >= from && week <= to) return true;
    at = end + 2;
  }
  return false;
}

TEST(MinutesTarget, SessionsFillTowardTheTargetOrThePlanSaysSo) {
  for (const auto& library : libraries) {
    for (int minutes : {20, 30, 45, 60}) {
      for (auto experience : {model::Experience::new_runner, model::Experience::returning}) {
        const auto plan = plan_for(library, minutes, experience);
        const std::string at = std::string(library.name) + " library, " + std::to_string(minutes) + " min, " +
                               std::string(model::to_string(experience));
        EXPECT_TRUE(hard_rule_violations(plan).empty()) << at;
        const std::string warning = fill_warning(plan);
        int sessions = 0;
        for (const auto& week : plan.weeks) {
          for (const auto& session : week.sessions) {
            ++sessions;
            const std::string where = at + ", week " + std::to_string(week.number);
            const auto estimate = model::estimate_session(session);
            EXPECT_EQ(session.minutes, estimate.minutes()) << where;
            EXPECT_EQ(session.target_minutes, model::target_minutes(minutes, week.phase, 0, session.light)) << where;
            EXPECT_LE(estimate.total(), session.target_minutes * 60) << where << ": within the target";
            const bool full_week = week.phase == model::Phase::base || week.phase == model::Phase::build;
            if (full_week && session.minutes * 10 < session.target_minutes * 8) {
              EXPECT_TRUE(names_week(warning, week.number))
                  << where << ": " << session.minutes << " of " << session.target_minutes << " without a warning";
            }
          }
        }
        EXPECT_GT(sessions, 12) << at;
      }
    }
  }
}

TEST(MinutesTarget, TheLargeLibraryFillsEverySessionAndTheSmallOneSaysItCannot) {
  // A returning runner may start at 4 sets; a new runner at 3 at most (below).
  for (int minutes : {20, 30, 45, 60}) {
    const auto large = plan_for(libraries[1], minutes, model::Experience::returning);
    EXPECT_EQ(fill_warning(large), "") << minutes << " min";
    for (const auto& week : large.weeks) {
      if (week.phase != model::Phase::base && week.phase != model::Phase::build) continue;
      for (const auto& session : week.sessions) {
        EXPECT_GE(session.minutes * 10, session.target_minutes * 8) << minutes << " min, week " << week.number;
      }
    }
  }
  // Five exercises of one level cannot fill an hour: the warning gives the figure.
  const auto small = plan_for(libraries[0], 60);
  const std::string warning = fill_warning(small);
  ASSERT_NE(warning, "");
  const auto& first = small.weeks[0].sessions[0];
  EXPECT_LT(first.minutes * 10, 60 * 8);
  EXPECT_NE(warning.find(" of "), std::string::npos) << warning;
}

TEST(MinutesTarget, WeekOneAddsSetsWhenExercisesRunShort) {
  // At 20 minutes the small library fills week 1 with the coach's 2 sets; at 45 it adds sets to
  // every exercise (at most 3 for a new runner, 4 otherwise) and its sessions are much longer,
  // though still short of 80%.
  const auto twenty = plan_for(libraries[0], 20);
  const auto forty_five = plan_for(libraries[0], 45);
  for (const auto& item : twenty.weeks[0].sessions[0].exercises) EXPECT_EQ(item.sets, 2) << item.slug;
  for (const auto& item : forty_five.weeks[0].sessions[0].exercises) {
    EXPECT_GT(item.sets, 2) << item.slug;
    EXPECT_LE(item.sets, 3) << item.slug << ": a new runner starts at 3 sets at most";
  }
  for (const auto& item : plan_for(libraries[0], 45, model::Experience::returning).weeks[0].sessions[0].exercises) {
    EXPECT_EQ(item.sets, 4) << item.slug;
  }
  for (const auto& session : forty_five.weeks[0].sessions) {
    EXPECT_GT(session.minutes, twenty.weeks[0].sessions[0].minutes + 5) << format_date(session.date);
    EXPECT_LE(session.minutes, 45);
  }
}

TEST(MinutesTarget, DeloadWeeksShrinkTheirSessionsEvenly) {
  for (const auto& library : libraries) {
    for (int minutes : {20, 30, 45, 60}) {
      auto schedule = example_schedule();
      schedule.minutes = minutes;
      schedule.sessions = 3;
      schedule.equipment_choice = library.equipment;
      schedule.week = {model::RunType::rest, model::RunType::easy, model::RunType::rest,    model::RunType::easy,
                       model::RunType::rest, model::RunType::easy, model::RunType::long_run};
      const auto plan = planner::build_plan(schedule, 12, "", library_of(library), {}).plan;
      for (const auto& week : plan.weeks) {
        if (week.phase != model::Phase::deload) continue;
        const std::string at =
            std::string(library.name) + ", " + std::to_string(minutes) + " min, week " + std::to_string(week.number);
        ASSERT_GE(week.sessions.size(), 2u) << at;
        const auto [least, most] =
            std::minmax_element(week.sessions.begin(), week.sessions.end(),
                                [](const model::Session& a, const model::Session& b) { return a.minutes < b.minutes; });
        EXPECT_LE((most->minutes - least->minutes) * 5, most->minutes) << at << ": within 20% of each other";
        for (const auto& session : week.sessions) {
          EXPECT_GE(session.exercises.size(), 2u) << at << ": no session cut to a single exercise";
          EXPECT_LE(session.minutes, model::target_minutes(minutes, model::Phase::deload, 0, false)) << at;
        }
        const int before = plan.weeks[static_cast<std::size_t>(week.number - 2)].total_sets;
        EXPECT_LE(week.total_sets * 100, before * 70) << at << ": the deload still cuts sets to 70%";
      }
    }
  }
}

TEST(MinutesTarget, LightSessionsAndRaceWeeksKeepTheirCeilings) {
  auto schedule = example_schedule();
  schedule.minutes = 60;
  schedule.before_long = model::BeforeLong::light;
  schedule.equipment_choice = model::EquipmentChoice::gym;
  schedule.races = {{*parse_date("2027-01-24"), 10.0, model::RacePriority::a}};
  const auto plan = planner::build_plan(schedule, 8, "", synthetic_library(4), synthetic_tips()).plan;
  EXPECT_TRUE(hard_rule_violations(plan).empty());
  int light = 0;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      if (session.light || week.phase == model::Phase::race) {
        light += session.light ? 1 : 0;
        EXPECT_LE(session.minutes, 20) << "week " << week.number;
        EXPECT_EQ(session.target_minutes, 20) << "week " << week.number;
      }
    }
  }
  EXPECT_GT(light, 0);
}

}  // namespace
}  // namespace rs::test
