#include "exporters/plan_text.hpp"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace rs::exporters {

namespace {

constexpr int cell_width = 15;

std::string cell(const model::Week& week, const model::Run& run) {
  const bool session = std::any_of(week.sessions.begin(), week.sessions.end(),
                                   [&](const model::Session& s) { return s.date == run.date; });
  const std::string type(model::to_string(run.type));
  if (!session) return type;
  if (run.replaced_by_strength) return "S (no " + type + ")";
  if (run.type == model::RunType::rest) return "S";
  return type + " + S";
}

void grid(std::ostringstream& out, const model::Plan& plan) {
  out << std::left << std::setw(6) << "week" << std::setw(10) << "phase" << std::setw(6) << "sets";
  const int first = plan.weeks.empty() ? 0 : weekday_index(plan.weeks.front().start);
  for (int day = 0; day < 7; ++day) out << std::setw(cell_width) << weekday_name((first + day) % 7);
  out << '\n';
  for (const auto& week : plan.weeks) {
    out << std::setw(6) << week.number << std::setw(10) << model::to_string(week.phase) << std::setw(6) << week.total_sets;
    for (const auto& run : week.runs) out << std::setw(cell_width) << cell(week, run);
    out << '\n';
  }
  out << std::right << "S = strength session (after the run on run days; \"no easy\" = replaces that run)\n";
}

void exercise_line(std::ostringstream& out, int number, const model::SessionExercise& item) {
  out << "    " << number << ". " << item.name << " (" << item.level << "): " << dose_text(item) << " at "
      << model::effort_text(item.effort);
  if (item.load_cue) out << "; " << *item.load_cue;
  if (item.substitute) out << "; " << *item.substitute;
  if (item.video) out << "; video " << item.video->url;
  out << '\n';
}

void session_block(std::ostringstream& out, const model::Plan& plan, const model::Week& week,
                   const model::Session& session) {
  out << "Week " << week.number << ", " << weekday_name(weekday_index(session.date)) << ' ' << format_date(session.date);
  if (const auto time = model::session_time(plan.schedule, session.date)) out << " at " << *time;
  out << " (" << model::to_string(session.placement) << (session.light ? ", light" : "") << ", about "
      << session.minutes << " min";
  if (!session.focus.empty()) {
    out << ", focus:";
    for (std::size_t i = 0; i < session.focus.size(); ++i) out << (i ? ", " : " ") << session.focus[i];
  }
  out << ")\n  " << session.reason << '\n';
  out << "  Warm-up:\n";
  int number = 0;
  for (const auto& item : session.warmup) exercise_line(out, ++number, item);
  out << "  Main block:\n";
  number = 0;
  for (const auto& item : session.exercises) exercise_line(out, ++number, item);
  if (!session.note.empty()) out << "  Note: " << session.note << '\n';
  out << '\n';
}

}  // namespace

std::string dose_text(const model::SessionExercise& exercise) {
  if (exercise.sets <= 0) return "";
  std::string text = std::to_string(exercise.sets) + " x ";
  if (exercise.seconds && !exercise.reps) {
    text += *exercise.seconds >= 120 && *exercise.seconds % 60 == 0 ? std::to_string(*exercise.seconds / 60) + " min"
                                                                      : std::to_string(*exercise.seconds) + " s";
  } else {
    text += std::to_string(exercise.reps.value_or(0));
  }
  if (exercise.per_side) text += " per side";
  return text;
}

std::string plan_text(const model::Plan& plan, const std::vector<std::string>& explanation) {
  const auto& schedule = plan.schedule;
  std::ostringstream out;
  out << plan.name << (plan.id ? " (plan " + std::to_string(plan.id) + ")" : std::string(" (not saved)")) << '\n';
  out << "start " << format_date(schedule.start) << ", " << plan.weeks_count << " weeks";
  for (const auto& race : schedule.races) {
    out << ", race " << format_date(race.date);
    if (race.priority != model::RacePriority::a || race.distance_km) {
      out << " (" << model::to_string(race.priority) << (race.distance_km ? ", " + model::race_words(race) : "") << ")";
    }
  }
  out << ", " << model::to_string(schedule.experience) << ", " << schedule.sessions << " x " << schedule.minutes
      << " min, equipment " << model::to_string(schedule.equipment_choice);
  if (schedule.equipment_choice == model::EquipmentChoice::custom) {
    for (std::size_t i = 0; i < schedule.equipment.size(); ++i) out << (i ? ", " : " (") << schedule.equipment[i];
    out << (schedule.equipment.empty() ? " (bodyweight)" : ")");
  }
  out << "\n\n";
  grid(out, plan);
  out << '\n';
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) session_block(out, plan, week, session);
  }
  if (!plan.warnings.empty()) {
    out << "Warnings:\n";
    for (const auto& warning : plan.warnings) out << "  - " << warning << '\n';
  }
  if (!explanation.empty()) {
    out << "\nWhy these days:\n";
    for (const auto& line : explanation) out << line << '\n';
  }
  return out.str();
}

std::string session_text(const model::Plan& plan, const model::Week& week, const model::Session& session) {
  std::ostringstream out;
  session_block(out, plan, week, session);
  return out.str();
}

}  // namespace rs::exporters
