// bench/parse_floor: the least work any cmark-gfm importer must do. Reads every *.md file of a
// folder (sorted, recursive) and parses it with cmark-gfm with the autolink extension, walking the
// tree once and doing nothing else. Prints files, bytes and nodes so the work cannot be optimised away.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> markdown_files(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    const auto ext = entry.path().extension();
    if (entry.is_regular_file() && (ext == ".md" || ext == ".markdown")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

long long parse_and_walk(const std::string& text, cmark_syntax_extension* autolink) {
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(parser, autolink);
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* document = cmark_parser_finish(parser);
  long long nodes = 0;
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (event == CMARK_EVENT_ENTER) ++nodes;
  }
  cmark_iter_free(iter);
  cmark_node_free(document);
  cmark_parser_free(parser);
  return nodes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: parse_floor FOLDER\n");
    return 2;
  }
  cmark_gfm_core_extensions_ensure_registered();
  cmark_syntax_extension* autolink = cmark_find_syntax_extension("autolink");
  long long bytes = 0, nodes = 0;
  const auto files = markdown_files(argv[1]);
  for (const auto& file : files) {
    std::ifstream stream(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    bytes += static_cast<long long>(text.size());
    nodes += parse_and_walk(text, autolink);
  }
  std::printf("parse_floor: %zu files, %lld bytes, %lld nodes\n", files.size(), bytes, nodes);
  return 0;
}
