#pragma once
// The training log's rows (migrations/0011_training_log.sql): adding entries all or nothing,
// reading them back by date, by plan or by exercise. Re-plans and imports never touch the table;
// deleting a plan detaches its entries (plan_id becomes NULL).

#include <optional>
#include <string>
#include <vector>

#include "model/training_log.hpp"
#include "store/database.hpp"
#include "util/date.hpp"

namespace rs::store {

/// Which entries to read: a date range (inclusive) and optionally one plan or one exercise slug.
struct LogQuery {
  std::optional<Date> from;             ///< First day; none = from the start.
  std::optional<Date> to;               ///< Last day; none = up to the end.
  std::optional<long long> plan_id;     ///< Only this plan's entries.
  std::optional<std::string> slug;      ///< Only this exercise's entries.
  std::optional<long long> athlete_id;  ///< Only this athlete's entries (detached ones included).
};

/// Adds `entries` in one transaction (all or none) and sets their ids. Each entry belongs to its
/// plan's athlete, or to athlete `athlete_id` when it has no plan. Throws rs::Error.
void add_log_entries(Database& db, std::vector<model::LogEntry>& entries, long long athlete_id = 1);

/// Entries matching `query`, by date then id (the order they were logged in on a day).
std::vector<model::LogEntry> read_log(Database& db, const LogQuery& query = {});

/// How many entries belong to plan `plan_id`.
long long count_plan_log(Database& db, long long plan_id);

/// The id of athlete `athlete_id`'s newest saved plan (their current plan), or nullopt when they
/// have none.
std::optional<long long> newest_plan_id(Database& db, long long athlete_id);

}  // namespace rs::store
