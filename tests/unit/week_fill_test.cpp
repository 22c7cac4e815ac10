// Flow test over src/planner/week_fill.cpp, session_builder.cpp and planner.cpp: minutes are a
// target. For 20, 30, 45 and 60 minutes on a small and a large library, each session's estimate
// stays within its target and within 20% of it when the library can fill it, else the plan warns
// with the figure; deload weeks shrink their sessions evenly; the weekly rules still hold.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "exporters/ics_plan.hpp"
#include "exporters/plan_json.hpp"
#include "exporters/plan_text.hpp"
#include "model/estimate.hpp"
#include "planner/planner.hpp"
#include "planner/week_fill.hpp"
#include "store/database.hpp"
#include "store/plan_store.hpp"
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
  const auto returning = plan_for(libraries[0], 45, model::Experience::returning);
  for (const auto& item : returning.weeks[0].sessions[0].exercises) {
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

TEST(MinutesTarget, TheEstimateIsShownInTextJsonAndCalendar) {
  auto plan = plan_for(libraries[1], 45, model::Experience::returning);
  plan.schedule.time = "18:00";
  const auto& session = plan.weeks[0].sessions[0];
  const auto estimate = model::estimate_session(session);
  const std::string about = "about " + std::to_string(session.minutes) + " of 45 min";
  const std::string text = exporters::plan_text(plan, {});
  EXPECT_NE(text.find(about), std::string::npos) << about;
  EXPECT_NE(text.find("  Time: " + model::estimate_parts_text(estimate) + " min\n"), std::string::npos);

  const auto json = exporters::plan_to_json(plan);
  const auto& first = json["weeks"][0]["sessions"][0];
  EXPECT_EQ(first["minutes"], session.minutes);
  EXPECT_EQ(first["target_minutes"], 45);
  const auto& parts = first["estimate"];
  EXPECT_EQ(parts["total_seconds"].get<int>(), parts["warmup_seconds"].get<int>() + parts["work_seconds"].get<int>() +
                                                   parts["rest_seconds"].get<int>() +
                                                   parts["transition_seconds"].get<int>());
  EXPECT_EQ((parts["total_seconds"].get<int>() + 59) / 60, session.minutes);

  // The timed event lasts the estimate: 18:00 plus the session's minutes.
  const std::string ics = exporters::plan_to_ics(plan);
  const int end = 18 * 60 + session.minutes;
  std::string day = format_date(session.date);
  day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
  char dtend[64];
  std::snprintf(dtend, sizeof dtend, "DTEND:%sT%02d%02d00", day.c_str(), end / 60, end % 60);
  const std::string wanted = dtend;
  EXPECT_NE(ics.find(wanted), std::string::npos) << wanted;
  EXPECT_NE(ics.find(about.substr(0, about.size() - 4) + " minutes (warm-up "), std::string::npos);
}

TEST(MinutesTarget, PlansSavedWithoutTargetsLoadWithTheirPhaseTarget) {
  auto db = store::Database::open_in_memory();
  auto plan = plan_for(libraries[0], 45);
  store::save_plan(db, plan);
  // As a plan saved before targets and tempos were stored leaves its rows.
  db.sql().exec("UPDATE plan_sessions SET target_minutes = NULL");
  db.sql().exec("UPDATE plan_session_exercises SET tempo = NULL");
  const auto loaded = store::load_plan(db, plan.id);
  ASSERT_TRUE(loaded);
  int deload = 0;
  for (const auto& week : loaded->weeks) {
    for (const auto& session : week.sessions) {
      EXPECT_EQ(session.target_minutes, model::target_minutes(45, week.phase, 0, session.light));
      deload += week.phase == model::Phase::deload ? 1 : 0;
      for (const auto& item : session.exercises) EXPECT_FALSE(item.tempo.has_value());
    }
  }
  EXPECT_GT(deload, 0);
  EXPECT_EQ(loaded->weeks[3].sessions[0].target_minutes, 31) << "a deload week: 70% of 45";
}

}  // namespace
}  // namespace rs::test
