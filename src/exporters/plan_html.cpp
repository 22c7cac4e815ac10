#include "exporters/plan_html.hpp"

#include <kainjow/mustache.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "exporters/plan_text.hpp"
#include "model/estimate.hpp"
#include "util/embedded_file.hpp"
#include "util/error.hpp"
#include "util/text.hpp"
#include "util/version.hpp"

namespace rs::exporters {

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

// Chart geometry, in SVG user units.
constexpr int bar_width = 28;
constexpr int bar_gap = 12;
constexpr int bar_area = 120;  // the tallest bar
constexpr int chart_top = 18;  // room for the value over the tallest bar

std::string template_text(std::string_view name) {
  for (const auto& file : embedded_templates()) {
    if (file.name == name) return std::string(file.data);
  }
  throw Error("internal error: no embedded template " + std::string(name));
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
  return text;
}

data exercise_data(const model::SessionExercise& item) {
  data out;
  out.set("name", item.name);
  out.set("level", item.level);
  if (const auto dose = dose_text(item); !dose.empty()) {
    out.set("dose", item.tempo ? dose + ", " + model::tempo_cue(*item.tempo) : dose);
  }
  out.set("effort", model::effort_text(item.effort));
  if (item.load_cue) out.set("load", *item.load_cue);
  if (!item.areas.empty()) out.set("areas", joined(item.areas, ", "));
  if (item.substitute) out.set("substitute", *item.substitute);
  if (item.video) out.set("video", item.video->url);
  return out;
}

data exercise_list(const std::vector<model::SessionExercise>& items) {
  data list{data::type::list};
  for (const auto& item : items) list.push_back(exercise_data(item));
  return list;
}

data session_data(const model::Plan& plan, const model::Session& session) {
  data out;
  out.set("weekday", std::string(weekday_name(weekday_index(session.date))));
  out.set("date", format_date(session.date));
  std::string placement(model::to_string(session.placement));
  if (session.light) placement += ", light";
  if (const auto time = model::session_time(plan.schedule, session.date)) placement += ", at " + *time;
  out.set("placement", placement);
  const std::string of = session.target_minutes > 0 ? " of " + std::to_string(session.target_minutes) : "";
  out.set("minutes", std::to_string(session.minutes) + of);
  if (!session.focus.empty()) out.set("focus", joined(session.focus, ", "));
  out.set("reason", session.reason);
  out.set("warmup", exercise_list(session.warmup));
  out.set("exercises", exercise_list(session.exercises));
  if (!session.adapted.empty()) out.set("adapted", model::adapted_sentence(session.adapted));
  if (!session.note.empty()) out.set("note", session.note);
  return out;
}

data day_data(const model::Week& week, const model::Run& run) {
  const bool session = std::any_of(week.sessions.begin(), week.sessions.end(),
                                   [&](const model::Session& s) { return s.date == run.date; });
  const std::string type(model::to_string(run.type));
  std::string text = type;
  if (session) text = run.replaced_by_strength ? "strength (instead of " + type + ")"
                      : run.type == model::RunType::rest ? "strength"
                                                         : type + " + strength";
  std::string css = session ? "strength" : "";
  if (model::is_hard(run.type)) css += css.empty() ? "hard" : " hard";
  data out;
  out.set("weekday", std::string(weekday_name(weekday_index(run.date))));
  out.set("text", text);
  out.set("class", css);
  return out;
}

data week_data(const model::Plan& plan, const model::Week& week) {
  data out;
  out.set("number", std::to_string(week.number));
  out.set("start", format_date(week.start));
  out.set("phase", std::string(model::to_string(week.phase)));
  out.set("sets", std::to_string(week.total_sets));
  out.set("plan_name", plan.name);
  data days{data::type::list};
  for (const auto& run : week.runs) days.push_back(day_data(week, run));
  out.set("days", days);
  data sessions{data::type::list};
  for (const auto& session : week.sessions) sessions.push_back(session_data(plan, session));
  out.set("sessions", sessions);
  return out;
}

void add_chart(data& page, const model::Plan& plan) {
  int most = 1;
  for (const auto& week : plan.weeks) most = std::max(most, week.total_sets);
  data bars{data::type::list};
  for (std::size_t i = 0; i < plan.weeks.size(); ++i) {
    const auto& week = plan.weeks[i];
    const int height = std::max(week.total_sets > 0 ? 2 : 0, week.total_sets * bar_area / most);
    const int x = bar_gap + static_cast<int>(i) * (bar_width + bar_gap);
    data bar;
    bar.set("number", std::to_string(week.number));
    bar.set("phase", std::string(model::to_string(week.phase)));
    bar.set("sets", std::to_string(week.total_sets));
    bar.set("x", std::to_string(x));
    bar.set("y", std::to_string(chart_top + bar_area - height));
    bar.set("width", std::to_string(bar_width));
    bar.set("height", std::to_string(height));
    bar.set("label_x", std::to_string(x + bar_width / 2));
    bar.set("value_y", std::to_string(chart_top + bar_area - height - 4));
    bar.set("axis_y", std::to_string(chart_top + bar_area + 14));
    bars.push_back(bar);
  }
  page.set("bars", bars);
  page.set("chart_width", std::to_string(bar_gap + static_cast<int>(plan.weeks.size()) * (bar_width + bar_gap)));
  page.set("chart_height", std::to_string(chart_top + bar_area + 20));
}

void add_summary(data& page, const model::Plan& plan) {
  const auto& schedule = plan.schedule;
  page.set("name", plan.name);
  page.set("version", std::string(version));
  page.set("start", format_date(schedule.start));
  page.set("weeks_text", count_of(plan.weeks_count, "week"));
  std::vector<std::string> races;
  for (const auto& race : schedule.races) {
    races.push_back(fmt::format("{} ({} race, {})", format_date(race.date), model::to_string(race.priority),
                                model::race_words(race)));
  }
  if (!races.empty()) page.set("race", joined(races, "; "));
  std::vector<std::string> days;
  for (int day = 0; day < 7; ++day) {
    days.push_back(fmt::format("{} {}", weekday_name(day), model::to_string(schedule.week[static_cast<std::size_t>(day)])));
  }
  page.set("runner_week", joined(days, ", "));
  page.set("sessions_text", count_of(schedule.sessions, "session"));
  page.set("minutes", std::to_string(schedule.minutes));
  page.set("experience", std::string(model::to_string(schedule.experience)));
  std::string equipment(model::to_string(schedule.equipment_choice));
  if (schedule.equipment_choice == model::EquipmentChoice::custom) {
    equipment = schedule.equipment.empty() ? "bodyweight" : joined(schedule.equipment, ", ");
  }
  page.set("equipment", equipment);
}

}  // namespace

std::string plan_html(const model::Plan& plan) {
  data page;
  add_summary(page, plan);
  add_chart(page, plan);
  data weekdays{data::type::list};
  const int first = plan.weeks.empty() ? 0 : weekday_index(plan.weeks.front().start);
  for (int day = 0; day < 7; ++day) weekdays.push_back(std::string(weekday_name((first + day) % 7)));
  page.set("weekdays", weekdays);
  data weeks{data::type::list};
  for (const auto& week : plan.weeks) weeks.push_back(week_data(plan, week));
  page.set("weeks", weeks);
  data warnings{data::type::list};
  for (const auto& warning : plan.warnings) warnings.push_back(warning);
  page.set("warnings", warnings);
  page.set("has_warnings", !plan.warnings.empty());
  const auto partial_text = template_text("exercise.html.mustache");
  page.set("exercise", kainjow::mustache::partial([partial_text] { return partial_text; }));
  mustache page_template(template_text("plan.html.mustache"));
  if (!page_template.is_valid()) throw Error("internal error: plan.html.mustache: " + page_template.error_message());
  return page_template.render(page);
}

}  // namespace rs::exporters
