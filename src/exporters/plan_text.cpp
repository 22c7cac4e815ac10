#include "exporters/plan_text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "model/estimate.hpp"
#include "util/display_width.hpp"
#include "util/text.hpp"

namespace rs::exporters {

namespace {

constexpr std::size_t cell_width = 8;  // seven day cells of 7 columns and a space: the grid fits 80 columns

// At most five letters, so that "code+S" fits a cell.
std::string_view short_code(model::RunType type) {
  switch (type) {
    case model::RunType::intervals: return "intv";
    case model::RunType::threshold: return "thres";
    case model::RunType::recovery: return "recov";
    default: return model::to_string(type).substr(0, 5);
  }
}

std::string_view phase_colour(model::Phase phase) {
  switch (phase) {
    case model::Phase::base: return "36";    // cyan
    case model::Phase::build: return "32";   // green
    case model::Phase::deload: return "34";  // blue
    case model::Phase::taper: return "35";   // magenta
    case model::Phase::race: return "1;31";  // bold red
    case model::Phase::recovery: return "33";  // yellow
  }
  return "0";
}

class Writer {
 public:
  explicit Writer(const TextStyle& style) : style_(style) {}

  std::string paint(std::string_view code, std::string_view text) const {
    if (!style_.color) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }

  // `text` after `indent`, wrapped to the width with following lines indented by `hanging`.
  void line(std::string_view indent, std::string_view text, std::size_t hanging = 0) {
    if (!style_.width || display_width(indent) + display_width(text) <= *style_.width) {
      out_.append(indent).append(text).append("\n");
      return;
    }
    const auto room = std::max<std::size_t>(20, *style_.width - std::min(*style_.width, display_width(indent) + hanging));
    const auto lines = wrap_words(text, room);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out_.append(indent);
      if (i > 0) out_.append(hanging, ' ');
      out_.append(lines[i]).append("\n");
    }
  }

  void raw(std::string_view text) { out_.append(text); }
  std::string take() { return std::move(out_); }

 private:
  TextStyle style_;  // a copy: a writer may be given a temporary style
  std::string out_;
};

std::string cell(const model::Week& week, const model::Run& run) {
  const bool session = std::any_of(week.sessions.begin(), week.sessions.end(),
                                   [&](const model::Session& s) { return s.date == run.date; });
  const std::string code(short_code(run.type));
  if (!session) return code;
  if (run.replaced_by_strength) return "S/" + code;
  if (run.type == model::RunType::rest) return "S";
  return code + "+S";
}

void grid(Writer& out, const model::Plan& plan) {
  std::string head = fmt::format("{:<6}{:<10}{:<6}", "week", "phase", "sets");
  const int first = plan.weeks.empty() ? 0 : weekday_index(plan.weeks.front().start);
  for (int day = 0; day < 7; ++day) head += pad_right(weekday_name((first + day) % 7).substr(0, 3), day < 6 ? cell_width : 0);
  out.raw(head + "\n");
  for (const auto& week : plan.weeks) {
    std::string row = fmt::format("{:<6}", week.number);
    row += out.paint(phase_colour(week.phase), pad_right(model::to_string(week.phase), 10));
    row += fmt::format("{:<6}", week.total_sets);
    for (std::size_t day = 0; day < week.runs.size(); ++day) {
      const auto& run = week.runs[day];
      const auto text = fit_width(cell(week, run), cell_width - 1);
      const auto padded = pad_right(text, day + 1 < week.runs.size() ? cell_width : 0);
      row += model::is_hard(run.type) ? out.paint("1;33", padded) : padded;
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out.raw(row + "\n");
  }
  out.raw("S = strength session, after the run on run days; S/easy = instead of that run\n"
          "intv = intervals, thres = threshold, recov = recovery\n");
}

void exercise_line(Writer& out, int number, const model::SessionExercise& item) {
  std::string text = fmt::format("{}. {} ({}): {} at {}", number, item.name, item.level, dose_text(item),
                                 model::effort_text(item.effort));
  if (item.tempo) text += "; " + model::tempo_cue(*item.tempo);
  if (item.load_cue) text += "; " + *item.load_cue;
  if (item.substitute) text += "; " + *item.substitute;
  if (item.video) text += "; video " + item.video->url;
  out.line("    ", text, 3);
}

void session_block(Writer& out, const model::Plan& plan, const model::Week& week, const model::Session& session) {
  std::string head = fmt::format("Week {}, {} {}", week.number, weekday_name(weekday_index(session.date)),
                                 format_date(session.date));
  if (const auto time = model::session_time(plan.schedule, session.date)) head += " at " + *time;
  const std::string of = session.target_minutes > 0 ? fmt::format(" of {}", session.target_minutes) : "";
  head += fmt::format(" ({}{}, about {}{} min", model::to_string(session.placement), session.light ? ", light" : "",
                      session.minutes, of);
  if (!session.focus.empty()) {
    head += ", focus:";
    for (std::size_t i = 0; i < session.focus.size(); ++i) head += (i ? ", " : " ") + session.focus[i];
  }
  out.line("", head + ")", 2);
  out.line("  ", session.reason);
  out.line("  ", "Time: " + model::estimate_parts_text(model::estimate_session(session)) + " min");
  out.raw("  Warm-up:\n");
  int number = 0;
  for (const auto& item : session.warmup) exercise_line(out, ++number, item);
  out.raw("  Main block:\n");
  number = 0;
  for (const auto& item : session.exercises) exercise_line(out, ++number, item);
  if (!session.adapted.empty()) out.line("  ", model::adapted_sentence(session.adapted), 6);
  if (!session.note.empty()) out.line("  ", "Note: " + session.note, 6);
  out.raw("\n");
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

std::string plan_text(const model::Plan& plan, const std::vector<std::string>& explanation, const TextStyle& style) {
  const auto& schedule = plan.schedule;
  Writer out(style);
  out.line("", plan.name + (plan.id ? " (plan " + std::to_string(plan.id) + ")" : std::string(" (not saved)")));
  std::string summary = "start " + format_date(schedule.start) + ", " + count_of(plan.weeks_count, "week");
  for (const auto& race : schedule.races) {
    summary += ", race " + format_date(race.date);
    if (race.priority != model::RacePriority::a || race.distance_km) {
      summary += fmt::format(" ({}{})", model::to_string(race.priority),
                             race.distance_km ? ", " + model::race_words(race) : "");
    }
  }
  summary += fmt::format(", {}, {} x {} min, equipment {}", model::to_string(schedule.experience), schedule.sessions,
                         schedule.minutes, model::to_string(schedule.equipment_choice));
  if (schedule.equipment_choice == model::EquipmentChoice::custom) {
    for (std::size_t i = 0; i < schedule.equipment.size(); ++i) summary += (i ? ", " : " (") + schedule.equipment[i];
    summary += schedule.equipment.empty() ? " (bodyweight)" : ")";
  }
  out.line("", summary);
  out.raw("\n");
  grid(out, plan);
  out.raw("\n");
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) session_block(out, plan, week, session);
  }
  if (!plan.warnings.empty()) {
    out.raw(out.paint("1;33", "Warnings:") + "\n");
    for (const auto& warning : plan.warnings) out.line("  - ", warning, 0);
  }
  if (!explanation.empty()) {
    out.raw("\nWhy these days:\n");
    for (const auto& line : explanation) out.line("", line, 2);
  }
  return out.take();
}

std::string session_text(const model::Plan& plan, const model::Week& week, const model::Session& session) {
  Writer out(TextStyle{});
  session_block(out, plan, week, session);
  return out.take();
}

}  // namespace rs::exporters
