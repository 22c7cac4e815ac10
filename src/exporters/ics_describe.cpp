// The human text of a session's calendar event: summary, placement and description
// (declared in exporters/ics_plan.hpp).
#include "exporters/ics_plan.hpp"
#include "exporters/plan_text.hpp"
#include "model/estimate.hpp"

namespace rs::exporters {

namespace {

std::string area_words(const std::string& area) {
  if (area == "ankles-feet") return "ankles & feet";
  std::string out = area;
  for (auto& c : out) {
    if (c == '-') c = ' ';
  }
  return out;
}

// "tempo run", "interval session", "long run" ... as the runner would say it.
std::string run_words(model::RunType type) {
  using model::RunType;
  switch (type) {
    case RunType::rest:
      return "rest day";
    case RunType::easy:
      return "easy run";
    case RunType::recovery:
      return "recovery run";
    case RunType::intervals:
      return "interval session";
    case RunType::tempo:
      return "tempo run";
    case RunType::threshold:
      return "threshold run";
    case RunType::hills:
      return "hill session";
    case RunType::long_run:
      return "long run";
    case RunType::race:
      return "race";
    case RunType::cross:
      return "cross-training";
  }
  return "run";
}

const model::Run* run_on(const model::Week& week, Date date) {
  for (const auto& run : week.runs) {
    if (run.date == date) return &run;
  }
  return nullptr;
}

void exercise_lines(std::string& out, const model::SessionExercise& exercise) {
  out += "- " + exercise.name;
  const std::string dose = dose_text(exercise);
  if (!dose.empty()) out += ": " + dose;
  out += " at " + model::effort_text(exercise.effort) + '\n';
  if (exercise.tempo) out += "  Tempo: " + model::tempo_cue(*exercise.tempo) + '\n';
  if (exercise.load_cue) out += "  Load: " + *exercise.load_cue + '\n';
  if (exercise.substitute) out += "  Substitute: " + *exercise.substitute + '\n';
  if (exercise.video) out += "  Video: " + exercise.video->url + '\n';
}

}  // namespace

std::string join_areas(const std::vector<std::string>& areas) {
  std::string out;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    if (i > 0) out += i + 1 == areas.size() ? " and " : ", ";
    out += area_words(areas[i]);
  }
  return out;
}

std::string session_summary(const model::Session& session, int week_number) {
  const std::string areas = join_areas(session.focus);
  const std::string week = "(week " + std::to_string(week_number) + ")";
  const std::string kind = session.light ? "Light strength" : "Strength";
  return areas.empty() ? kind + " session " + week : kind + ": " + areas + " " + week;
}

std::string placement_text(const model::Session& session, const model::Week& week) {
  const model::Run* run = run_on(week, session.date);
  switch (session.placement) {
    case model::Placement::replaces_run:
      return "instead of your " + (run != nullptr ? run_words(run->type) : std::string("easy run"));
    case model::Placement::rest_day:
      return "on your rest day";
    case model::Placement::after_easy_run:
      return "after your " + (run != nullptr ? run_words(run->type) : std::string("easy run"));
    case model::Placement::after_hard_run:
      return "after your " + (run != nullptr ? run_words(run->type) : std::string("hard run"));
  }
  return "";
}

std::string session_description(const model::Session& session, const model::Week& week) {
  std::string placement = placement_text(session, week);
  if (!placement.empty()) placement[0] = static_cast<char>(placement[0] - 'a' + 'A');
  std::string out = placement + ", " + model::minutes_text(session.minutes, session.target_minutes) + " (" +
                    model::estimate_parts_text(model::estimate_session(session)) + ").\n";
  if (week.phase != model::Phase::base && week.phase != model::Phase::build) {
    out += "Phase: " + std::string(model::to_string(week.phase)) + " week.\n";  // deload, taper, race, recovery
  }
  if (!session.reason.empty()) out += "Why this day: " + session.reason + '\n';
  if (!session.warmup.empty()) {
    out += "\nWarm-up:\n";
    for (const auto& item : session.warmup) exercise_lines(out, item);
  }
  if (!session.exercises.empty()) {
    out += "\nMain block:\n";
    for (const auto& item : session.exercises) exercise_lines(out, item);
  }
  if (!session.adapted.empty()) out += "\n" + model::adapted_sentence(session.adapted) + '\n';
  if (!session.note.empty()) out += "\nCoach's note: " + session.note + '\n';
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace rs::exporters
