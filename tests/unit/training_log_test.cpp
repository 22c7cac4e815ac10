// model/training_log: loads keep their unit, entries are checked for range.
#include <gtest/gtest.h>

#include "model/training_log.hpp"
#include "support/imported_library.hpp"

namespace rs::model {
namespace {

using test::usage_error;

TEST(TrainingLog, LoadsKeepTheirUnitAndReadBackTheSame) {
  EXPECT_EQ(parse_load("16kg", "--load"), (Load{16, LoadUnit::kg}));
  EXPECT_EQ(parse_load(" 16.5 KG ", "--load"), (Load{16.5, LoadUnit::kg}));
  EXPECT_EQ(parse_load("35lb", "--load"), (Load{35, LoadUnit::lb}));
  EXPECT_EQ(parse_load("35lbs", "--load"), (Load{35, LoadUnit::lb}));
  EXPECT_EQ(format_load({16, LoadUnit::kg}), "16kg");
  EXPECT_EQ(format_load({16.5, LoadUnit::kg}), "16.5kg");
  EXPECT_EQ(format_load({35, LoadUnit::lb}), "35lb");
  for (const auto* text : {"2.25kg", "0.1lb", "300kg", "661lb"}) {
    EXPECT_EQ(format_load(parse_load(text, "load")), text);
  }
}

TEST(TrainingLog, BadLoadsNameTheFieldAndTheProblem) {
  EXPECT_NE(usage_error([] { parse_load("16", "--load"); }).find("--load: a load needs its unit"), std::string::npos);
  EXPECT_NE(usage_error([] { parse_load("abckg", "--load"); }).find("is not a load"), std::string::npos);
  EXPECT_NE(usage_error([] { parse_load("-5kg", "--load"); }).find("above 0"), std::string::npos);
  EXPECT_NE(usage_error([] { parse_load("0kg", "--load"); }).find("above 0"), std::string::npos);
  EXPECT_NE(usage_error([] { parse_load("301kg", "--load"); }).find("at most 300kg"), std::string::npos);
  EXPECT_NE(usage_error([] { parse_load("662lb", "--load"); }).find("at most 661lb"), std::string::npos);
  EXPECT_NE(usage_error([] { parse_load("nankg", "--load"); }).find("is not a load"), std::string::npos);
}

LogEntry exercise_entry() {
  LogEntry entry;
  entry.kind = LogKind::exercise;
  entry.slug = "side-plank";
  entry.sets = 3;
  entry.seconds = 30;
  return entry;
}

TEST(TrainingLog, ValidateEntryChecksEveryRange) {
  EXPECT_NO_THROW(validate_entry(exercise_entry()));
  auto entry = exercise_entry();
  entry.rpe = 11;
  EXPECT_EQ(usage_error([&] { validate_entry(entry); }), "RPE must be between 1 and 10 (not 11)");
  entry.rpe = 0;
  EXPECT_EQ(usage_error([&] { validate_entry(entry); }), "RPE must be between 1 and 10 (not 0)");
  entry = exercise_entry();
  entry.sets = -1;
  EXPECT_EQ(usage_error([&] { validate_entry(entry); }), "sets must be between 1 and 20 (not -1)");
  entry = exercise_entry();
  entry.reps = 10;
  EXPECT_NE(usage_error([&] { validate_entry(entry); }).find("either reps or seconds"), std::string::npos);
  entry.seconds.reset();
  entry.reps = 5000;
  EXPECT_EQ(usage_error([&] { validate_entry(entry); }), "reps must be between 1 and 200 (not 5000)");
  entry = exercise_entry();
  entry.note = "two\nlines";
  EXPECT_NE(usage_error([&] { validate_entry(entry); }).find("one line of text"), std::string::npos);
  LogEntry session;
  EXPECT_NE(usage_error([&] { validate_entry(session); }).find("done, skipped or partial"), std::string::npos);
  session.outcome = Outcome::skipped;
  EXPECT_NO_THROW(validate_entry(session));
}

TEST(TrainingLog, EnumNamesRoundTrip) {
  for (const auto outcome : {Outcome::done, Outcome::skipped, Outcome::partial}) {
    EXPECT_EQ(parse_outcome(to_string(outcome)), outcome);
  }
  EXPECT_EQ(parse_outcome("finished"), std::nullopt);
  EXPECT_EQ(parse_log_kind("exercise"), LogKind::exercise);
  EXPECT_EQ(parse_log_kind("run"), std::nullopt);
}

}  // namespace
}  // namespace rs::model
