#pragma once
// Turning log entries as typed into entries of the library: the date not in the future, the plan
// known (the current one by default), the exercise found by name or slug (with "did you mean"),
// marked extra when the plan has no session with it that day. Shared by `log`, `log --file` and
// `progress`.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/training_log.hpp"
#include "planner/log_reader.hpp"
#include "store/database.hpp"

namespace rs::app {

/// An exercise a name can resolve to.
struct KnownExercise {
  std::string slug;  ///< Slug.
  std::string name;  ///< Display name.
};

/// Resolves entries against one library; loads exercises and plans once.
class LogResolver {
 public:
  /// A resolver over `db` for athlete `athlete_id` (whose newest plan is the current one and whose
  /// plans an entry may name), with `today` as the last day an entry may have.
  LogResolver(store::Database& db, Date today, long long athlete_id);

  /// Fills plan_id, slug, name and extra of `line.entry` and checks its date and plan. Throws
  /// rs::Error (usage).
  model::LogEntry resolve(const planner::LogLine& line);

  /// The exercise named `typed` (slug or name, any case), or a usage error with the nearest names.
  KnownExercise exercise(const std::string& typed);

 private:
  const model::Plan* plan(long long id);

  store::Database& db_;
  Date today_;
  long long athlete_id_;
  std::vector<KnownExercise> known_;
  std::map<long long, std::optional<model::Plan>> plans_;
};

/// Parses "YYYY-MM-DD" for `field`; throws rs::Error (usage) when malformed.
Date parse_log_date(const std::string& text, const std::string& field);

}  // namespace rs::app
