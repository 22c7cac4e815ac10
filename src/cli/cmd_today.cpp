// `runstrength today [--date D] [--plan ID] [--json]`: the session due that day of the current plan
// (or the next one), the day's run, and the last past session not yet logged (docs/log.md).
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <ostream>

#include "app/today.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "exporters/log_export.hpp"
#include "exporters/plan_json.hpp"
#include "exporters/plan_text.hpp"

namespace rs::cli {

namespace {

struct TodayOptions {
  std::string date;
  std::optional<long long> plan_id;
  bool json = false;
  std::optional<std::string> athlete;
};

using Json = nlohmann::ordered_json;

Json dated_json(const app::DayView& view, const std::optional<app::DatedSession>& dated) {
  if (!dated) return nullptr;
  auto json = exporters::session_to_json(view.plan->schedule, dated->session);
  json["week"] = dated->week.number;
  json["phase"] = model::to_string(dated->week.phase);
  return json;
}

void print_json(Context& context, const app::DayView& view) {
  Json doc;
  doc["date"] = format_date(view.date);
  doc["day"] = app::to_string(view.kind);
  doc["plan"] = view.plan ? Json{{"id", view.plan->id}, {"name", view.plan->name}} : Json(nullptr);
  doc["run"] = view.run ? Json(model::to_string(view.run->type)) : Json(nullptr);
  doc["session"] = dated_json(view, view.due);
  doc["next"] = dated_json(view, view.next);
  doc["unlogged"] = dated_json(view, view.unlogged);
  doc["logged"] = exporters::log_to_json(view.logged)["entries"];
  context.out << doc.dump(2) << '\n';
}

void print_text(Context& context, const app::DayView& view) {
  auto& out = context.out;
  const auto day = format_date(view.date);
  if (!view.plan) {
    out << day << ": no plan saved (make one with `runstrength plan`)\n";
    return;
  }
  const auto& plan = *view.plan;
  out << day << ", " << plan.name << " (plan " << plan.id << ")";
  if (view.run) out << ", run: " << model::to_string(view.run->type);
  out << '\n';
  switch (view.kind) {
    case app::DayKind::before_start: out << "the plan starts on " << format_date(plan.schedule.start) << '\n'; break;
    case app::DayKind::after_end: out << "the plan has ended: make the next one with `runstrength plan`\n"; break;
    case app::DayKind::rest_day: out << "no strength today\n"; break;
    default: break;
  }
  if (view.due) out << "\nToday:\n" << exporters::session_text(plan, view.due->week, view.due->session);
  for (const auto& entry : view.logged) {
    out << "logged: " << (entry.kind == model::LogKind::exercise ? entry.name + " " : "")
        << exporters::entry_summary(entry) << '\n';
  }
  if (view.unlogged) {
    out << "\nNot logged yet: " << format_date(view.unlogged->session.date) << " (`runstrength log "
        << format_date(view.unlogged->session.date) << " done|skipped|partial`)\n";
  }
  if (view.next) {
    out << "\nNext:\n" << exporters::session_text(plan, view.next->week, view.next->session);
  }
}

void run_today(Context& context, const TodayOptions& options) {
  const auto view = app::day_view(context.library(), options.date, options.plan_id, options.athlete);
  if (options.json) {
    print_json(context, view);
  } else {
    print_text(context, view);
  }
}

}  // namespace

void setup_today(CLI::App& command, Context& context) {
  auto options = std::make_shared<TodayOptions>();
  command.add_option("--date", options->date, "The day, YYYY-MM-DD (default: today)");
  command.add_option("--plan", options->plan_id, "Plan id (default: the athlete's newest plan)");
  command.add_option("--athlete", options->athlete, "Whose plan (default: the library's only athlete)");
  command.add_flag("--json", options->json, "Print JSON");
  command.callback([&context, options] { run_today(context, *options); });
}

}  // namespace rs::cli
