// planner/log_reader: YAML and CSV log files, every field, and a bad line named by its number.
#include <gtest/gtest.h>

#include "planner/log_reader.hpp"
#include "support/imported_library.hpp"

namespace rs::planner {
namespace {

using test::usage_error;

const std::string yaml_log = R"(- date: 2026-11-24
  outcome: done
  rpe: 7
  note: felt good
- date: 2026-11-24
  exercise: Side Plank
  sets: 3
  seconds: 30
  rpe: 9
  pain: true
- {date: 2026-11-26, exercise: goblet-squats, sets: 3, reps: 10, load: 35lb, plan: 4}
- {date: 2026-11-27, outcome: skipped, plan: none}
)";

TEST(LogReader, YamlEntriesCarryEveryField) {
  const auto lines = read_log_file(yaml_log, "log.yaml", LogFormat::yaml);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].line, 1);
  EXPECT_EQ(lines[0].plan, PlanRef::current);
  EXPECT_EQ(lines[0].entry.outcome, model::Outcome::done);
  EXPECT_EQ(lines[0].entry.rpe, 7);
  EXPECT_EQ(lines[0].entry.note, "felt good");
  EXPECT_EQ(lines[1].line, 5);
  EXPECT_EQ(lines[1].entry.kind, model::LogKind::exercise);
  EXPECT_EQ(lines[1].entry.slug, "Side Plank");
  EXPECT_EQ(lines[1].entry.seconds, 30);
  EXPECT_TRUE(lines[1].entry.pain);
  EXPECT_EQ(lines[2].line, 11);
  EXPECT_EQ(lines[2].plan, PlanRef::id);
  EXPECT_EQ(lines[2].entry.plan_id, 4);
  EXPECT_EQ(lines[2].entry.load, (model::Load{35, model::LoadUnit::lb}));
  EXPECT_EQ(lines[3].plan, PlanRef::detached);
  EXPECT_EQ(format_date(lines[3].entry.date), "2026-11-27");
}

TEST(LogReader, CsvReadsTheHistoryColumnsWithQuotedNotes) {
  const std::string csv = std::string(model::log_csv_header) +
                          "\n2026-11-24,3,done,,,,,,,,6,,\"tired, but \"\"ok\"\"\"\r\n"
                          "2026-11-24,none,,side-plank,Side Plank,true,2,,45,,8,false,\n";
  EXPECT_EQ(detect_log_format("log.txt", csv), LogFormat::csv);
  EXPECT_EQ(detect_log_format("log.yml", csv), LogFormat::yaml);
  const auto lines = read_log_file(csv, "log.csv", LogFormat::csv);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].entry.note, "tired, but \"ok\"");
  EXPECT_EQ(lines[0].entry.plan_id, 3);
  EXPECT_EQ(lines[1].line, 3);
  EXPECT_EQ(lines[1].plan, PlanRef::detached);
  EXPECT_TRUE(lines[1].entry.extra);
  EXPECT_EQ(lines[1].entry.name, "Side Plank");
  EXPECT_EQ(lines[1].entry.seconds, 45);
}

TEST(LogReader, ABadEntryIsReportedWithItsLine) {
  const auto csv = [](const std::string& row) { return std::string(model::log_csv_header) + "\n" + row + "\n"; };
  EXPECT_EQ(usage_error([&] { read_log_file(csv("2026-11-24,,done,,,,,,,,11,,"), "f.csv", LogFormat::csv); }),
            "f.csv:2: RPE must be between 1 and 10 (not 11)");
  EXPECT_EQ(usage_error([&] { read_log_file(csv("2026-13-24,,done,,,,,,,,,,"), "f.csv", LogFormat::csv); }),
            "f.csv:2: date: expected YYYY-MM-DD, not \"2026-13-24\"");
  EXPECT_EQ(usage_error([&] { read_log_file(csv("2026-11-24,,done,,,"), "f.csv", LogFormat::csv); }),
            "f.csv:2: expected 13 fields, found 6");
  EXPECT_EQ(usage_error([&] { read_log_file(csv("2026-11-24,,,squat,,,-3,10,,,,,"), "f.csv", LogFormat::csv); }),
            "f.csv:2: sets must be between 1 and 20 (not -3)");
  EXPECT_EQ(usage_error([&] { read_log_file(csv("2026-11-24,,,squat,,,3,x,,,,,"), "f.csv", LogFormat::csv); }),
            "f.csv:2: reps: expected a whole number, not \"x\"");
  EXPECT_EQ(usage_error([&] { read_log_file(csv("2026-11-24,,,squat,,,3,99999999999,,,,,"), "f.csv", LogFormat::csv); }),
            "f.csv:2: reps: expected a whole number, not \"99999999999\"");
  EXPECT_EQ(usage_error([&] { read_log_file(csv("2026-11-24,,done,squat,,,3,10,,,,,"), "f.csv", LogFormat::csv); }),
            "f.csv:2: an entry has either an outcome or an exercise");
  EXPECT_EQ(usage_error([&] { read_log_file(csv("2026-11-24,,\"done,,,,,,,,,,"), "f.csv", LogFormat::csv); }),
            "f.csv:2: a quoted field is not closed properly");
  EXPECT_EQ(usage_error([&] { read_log_file("date,outcome\n", "f.csv", LogFormat::csv); }).substr(0, 40),
            "f.csv:1: the first line must be the head");
  EXPECT_EQ(usage_error([&] { read_log_file(yaml_log + "- {date: 2026-11-28, outcome: sick}\n", "f.yaml", LogFormat::yaml); }),
            "f.yaml:13: outcome: expected done, skipped or partial, not \"sick\"");
  EXPECT_EQ(usage_error([&] { read_log_file("- {date: 2026-11-28, outcome: done, mood: ok}\n", "f.yaml", LogFormat::yaml); }),
            "f.yaml:1: unknown key \"mood\"");
  EXPECT_EQ(usage_error([&] { read_log_file("- date: 2026-11-28\n  load: [1, 2]\n", "f.yaml", LogFormat::yaml); }),
            "f.yaml:2: load: expected a single value");
  EXPECT_EQ(usage_error([&] { read_log_file("date: 2026-11-28\n", "f.yaml", LogFormat::yaml); }),
            "f.yaml:1: expected a list of entries (- date: ...)");
}

TEST(LogReader, CsvRecordsSplitLikeRfc4180) {
  EXPECT_EQ(split_csv_record("a,\"b,c\",,\"d\"\"e\""), (std::vector<std::string>{"a", "b,c", "", "d\"e"}));
  EXPECT_EQ(split_csv_record("\"open"), std::nullopt);
  EXPECT_EQ(split_csv_record("\"closed\"x"), std::nullopt);
  EXPECT_EQ(split_csv_record(""), (std::vector<std::string>{""}));
}

}  // namespace
}  // namespace rs::planner
