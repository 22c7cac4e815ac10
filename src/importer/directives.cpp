#include "importer/directives.hpp"
#include "util/text.hpp"


namespace rs::importer {

namespace {

// `rest` starts with `word` followed by the end or a space.
bool takes_word(std::string_view& rest, std::string_view word) {
  if (rest.substr(0, word.size()) != word) return false;
  if (rest.size() > word.size() && rest[word.size()] != ' ' && rest[word.size()] != '\t') return false;
  rest = trim(rest.substr(word.size()));
  return true;
}

}  // namespace

Marker classify_marker(std::string_view line) {
  line = trim(line);
  if (line.substr(0, 3) != ":::") return {};
  auto rest = trim(line.substr(3));
  if (rest.empty()) return {MarkerType::close, DirectiveKind::columns, {}};
  if (takes_word(rest, "columns") && rest.empty()) return {MarkerType::open, DirectiveKind::columns, {}};
  if (takes_word(rest, "buttons") && rest.empty()) return {MarkerType::open, DirectiveKind::buttons, {}};
  if (takes_word(rest, "accordion")) {
    takes_word(rest, "open");
    return {MarkerType::open, DirectiveKind::accordion, std::string(rest)};
  }
  return {};
}

std::string_view to_string(DirectiveKind kind) {
  switch (kind) {
    case DirectiveKind::columns:
      return "columns";
    case DirectiveKind::buttons:
      return "buttons";
    case DirectiveKind::accordion:
      return "accordion";
  }
  return "columns";
}

void DirectiveStack::open(DirectiveKind kind, int line) { blocks_.push_back({kind, line, 1}); }

bool DirectiveStack::close() {
  if (blocks_.empty()) return false;
  blocks_.pop_back();
  return true;
}

bool DirectiveStack::next_column() {
  for (auto it = blocks_.rbegin(); it != blocks_.rend(); ++it) {
    if (it->kind == DirectiveKind::columns) {
      ++it->column;
      return true;
    }
  }
  return false;
}

int DirectiveStack::column() const {
  for (auto it = blocks_.rbegin(); it != blocks_.rend(); ++it) {
    if (it->kind == DirectiveKind::columns) return it->column;
  }
  return 1;
}

bool DirectiveStack::in_buttons() const {
  for (const auto& block : blocks_) {
    if (block.kind == DirectiveKind::buttons) return true;
  }
  return false;
}

}  // namespace rs::importer
