// The module graph (cmake/module-graph.txt) holds for every #include under src/: a file of module M
// includes headers of M and of the modules M's line allows, nothing else. The same check is shown
// failing on sample edges, so a forbidden include cannot slip through unnoticed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// Module -> the modules its files may include (besides its own).
using Graph = std::map<std::string, std::set<std::string>>;

Graph read_graph(const fs::path& file) {
  std::ifstream in(file);
  Graph graph;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::istringstream deps(line.substr(colon + 1));
    auto& allowed = graph[line.substr(0, colon)];
    for (std::string dep; deps >> dep;) allowed.insert(dep);
  }
  return graph;
}

// One #include "module/..." of a file.
struct Include {
  std::string file;    // path relative to src/
  int line = 0;        // 1-based
  std::string target;  // as written
};

// The module of a path relative to src/: its first folder, or "main" for files at the top.
std::string module_of(const std::string& relative) {
  const auto slash = relative.find('/');
  return slash == std::string::npos ? "main" : relative.substr(0, slash);
}

// The includes of our own headers in `text` (quoted includes with a folder).
std::vector<Include> includes_of(const std::string& file, const std::string& text) {
  static const std::regex quoted(R"(^\s*#\s*include\s*"([^"]+)\")");
  std::vector<Include> found;
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    std::smatch match;
    if (std::regex_search(line, match, quoted)) found.push_back({file, number, match[1]});
  }
  return found;
}

// Every include that the graph does not allow, as "file:line: module -> module (target)".
std::vector<std::string> forbidden(const Graph& graph, const std::vector<Include>& includes) {
  std::vector<std::string> problems;
  for (const auto& include : includes) {
    const std::string from = module_of(include.file);
    const std::string to = module_of(include.target);
    const auto allowed = graph.find(from);
    std::string why;
    if (allowed == graph.end()) {
      why = "module '" + from + "' is not in the graph";
    } else if (to != from && allowed->second.count(to) == 0) {
      why = from + " may not include " + to;
    }
    if (!why.empty()) {
      problems.push_back(include.file + ":" + std::to_string(include.line) + ": " + why + " (" + include.target + ")");
    }
  }
  return problems;
}

std::vector<Include> source_includes() {
  const fs::path src = fs::path(RS_SOURCE_DIR) / "src";
  std::vector<Include> all;
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file()) continue;
    const auto extension = entry.path().extension().string();
    if (extension != ".cpp" && extension != ".hpp" && extension != ".in") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const auto found = includes_of(fs::relative(entry.path(), src).generic_string(), text.str());
    all.insert(all.end(), found.begin(), found.end());
  }
  return all;
}

Graph project_graph() { return read_graph(fs::path(RS_SOURCE_DIR) / "cmake" / "module-graph.txt"); }

TEST(Architecture, EveryIncludeUnderSrcFollowsTheModuleGraph) {
  const auto includes = source_includes();
  ASSERT_GT(includes.size(), 100u);  // the walk really read the tree
  const auto problems = forbidden(project_graph(), includes);
  EXPECT_TRUE(problems.empty()) << ::testing::PrintToString(problems);
}

TEST(Architecture, TheCheckFailsOnForbiddenEdges) {
  const auto graph = project_graph();
  // The store must never include the importer, nor the importer the store; nothing below the app
  // includes it; only main and the CLI sit above it.
  const std::vector<Include> samples = {
      {"store/library_writer.hpp", 7, "importer/article_reader.hpp"},
      {"importer/article_reader.cpp", 3, "store/database.hpp"},
      {"planner/planner.cpp", 9, "app/make_plan.hpp"},
      {"util/paths.cpp", 2, "model/plan.hpp"},
      {"exporters/export.cpp", 4, "cli/context.hpp"},
      {"main.cpp", 1, "store/database.hpp"},
  };
  const auto problems = forbidden(graph, samples);
  ASSERT_EQ(problems.size(), samples.size()) << ::testing::PrintToString(problems);
  EXPECT_EQ(problems[0], "store/library_writer.hpp:7: store may not include importer (importer/article_reader.hpp)");
  // Allowed edges pass: a module's own headers, and the layers below it.
  EXPECT_TRUE(forbidden(graph, {{"app/make_plan.cpp", 1, "planner/planner.hpp"},
                                {"store/plan_store.cpp", 1, "store/transaction.hpp"},
                                {"main.cpp", 1, "cli/run.hpp"}})
                  .empty());
}

TEST(Architecture, TheGraphRunsOneWay) {
  // Layered and acyclic: following allowed edges never leads back to where it started.
  const auto graph = project_graph();
  for (const auto& [start, _] : graph) {
    std::set<std::string> seen;
    std::vector<std::string> todo(graph.at(start).begin(), graph.at(start).end());
    while (!todo.empty()) {
      const auto next = todo.back();
      todo.pop_back();
      ASSERT_NE(next, start) << start << " can reach itself";
      if (!seen.insert(next).second) continue;
      ASSERT_TRUE(graph.count(next)) << next << " is allowed but not defined";
      todo.insert(todo.end(), graph.at(next).begin(), graph.at(next).end());
    }
  }
  EXPECT_EQ(graph.at("util"), std::set<std::string>{});
  EXPECT_EQ(graph.at("store").count("importer"), 0u);
  EXPECT_EQ(graph.at("importer").count("store"), 0u);
}

TEST(Architecture, ThirdPartyLibrariesStayInTheirModule) {
  // CLI11 is the CLI's alone, SQLiteCpp the store's, libcmark-gfm the importer's, cpp-httplib the server's.
  const fs::path src = fs::path(RS_SOURCE_DIR) / "src";
  const std::map<std::string, std::string> owners = {
      {"CLI/", "cli"}, {"SQLiteCpp/", "store"}, {"sqlite3.h", "store"}, {"cmark-gfm", "importer"}, {"httplib.h", "server"}};
  static const std::regex angled(R"(^\s*#\s*include\s*<([^>]+)>)");
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file()) continue;
    const auto relative = fs::relative(entry.path(), src).generic_string();
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      std::smatch match;
      if (!std::regex_search(line, match, angled)) continue;
      for (const auto& [prefix, owner] : owners) {
        if (match[1].str().rfind(prefix, 0) == 0) {
          EXPECT_EQ(module_of(relative), owner) << relative << " includes <" << match[1] << ">";
        }
      }
    }
  }
}

}  // namespace
}  // namespace rs::test
