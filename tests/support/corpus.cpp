#include "support/corpus.hpp"

#include <cstdlib>
#include <stdexcept>

#include "support/temp_dir.hpp"

namespace rs::test {

namespace fs = std::filesystem;

namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

std::size_t find_or_throw(const std::string& text, const std::string& what, std::size_t from = 0) {
  const auto at = text.find(what, from);
  if (at == std::string::npos) throw std::runtime_error("not a gen-corpus article: no '" + what + "'");
  return at;
}

}  // namespace

void generate_corpus(int count, const fs::path& dir, int seed) {
  // Paths come from TempDir (no quotes in them); the script is run through the shell for brevity.
  const std::string command = "python3 '" + std::string(RS_SOURCE_DIR) + "/scripts/gen-corpus' " +
                              std::to_string(count) + " '" + dir.string() + "' " + std::to_string(seed);
  if (std::system(command.c_str()) != 0) throw std::runtime_error("gen-corpus failed: " + command);
}

std::string revise_article(const std::string& text) {
  std::string revised = text;
  const auto title_end = find_or_throw(revised, "\"\n", find_or_throw(revised, "\ntitle: \""));
  revised.insert(title_end, " (revised)");
  const auto tip = find_or_throw(revised, "\n- **");
  revised.erase(tip, find_or_throw(revised, "\n", tip + 1) - tip);
  const auto exercise = find_or_throw(revised, "\n### ");
  revised.insert(find_or_throw(revised, "\n", exercise + 1), " Variation");
  replace_all(revised, "https://vimeo.com/", "https://vimeo.com/7");
  replace_all(revised, "https://player.vimeo.com/video/", "https://player.vimeo.com/video/7");
  return revised;
}

int copy_revised(const fs::path& from, const fs::path& to, int every) {
  fs::create_directories(to);
  int revised = 0;
  for (const auto& entry : fs::directory_iterator(from)) {
    const auto name = entry.path().filename().string();
    auto text = read_file(entry.path());
    // article-NNNNN.md
    if (every > 0 && name.size() == 16 && name.rfind("article-", 0) == 0 && std::stoi(name.substr(8, 5)) % every == 0) {
      text = revise_article(text);
      ++revised;
    }
    write_file(to / name, text);
  }
  return revised;
}

}  // namespace rs::test
