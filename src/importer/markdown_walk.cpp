#include "importer/markdown_walk.hpp"

#include <set>

#include "importer/cmark_text.hpp"
#include "importer/directives.hpp"
#include "importer/slug.hpp"
#include "importer/tips.hpp"
#include "importer/video_links.hpp"

namespace rs::importer {

namespace {

// A section being read: its `###` candidates and list-item tips, decided at its end.
struct Section {
  std::string name;
  int line = 0;
  bool numbered = false;  // opened by a `##` heading (content before the first one is not)
  std::vector<model::ParsedExercise> candidates;
  std::vector<model::ParsedTip> tips;
  std::vector<model::Warning> exercise_warnings;  // only kept when the section turns out to be a level
  bool has_video = false;
};

class Walker {
 public:
  explicit Walker(int first_line) : offset_(first_line - 1) {}

  WalkResult run(cmark_node* document) {
    for (cmark_node* node = cmark_node_first_child(document); node != nullptr; node = cmark_node_next(node)) {
      visit(node);
    }
    finish_section();
    for (const auto& block : blocks_.open_blocks()) {
      warn(block.line, "unclosed :::" + std::string(to_string(block.kind)) + " block");
    }
    return std::move(result_);
  }

 private:
  int file_line(int line) const { return line + offset_; }
  void warn(int line, std::string message) { result_.warnings.push_back({line, std::move(message)}); }

  void visit(cmark_node* node) {
    const int line = file_line(cmark_node_get_start_line(node));
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING:
        heading(node, line);
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        blocks_.next_column();
        break;
      case CMARK_NODE_PARAGRAPH:
        paragraph(node);
        break;
      case CMARK_NODE_LIST:
        if (!blocks_.in_buttons()) collect_tips(node, section_.name, offset_, section_.tips);
        scan_links(node);
        break;
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK:
        break;
      default:
        scan_links(node);
        break;
    }
  }

  void heading(cmark_node* node, int line) {
    const int level = cmark_node_get_heading_level(node);
    const std::string text = plain_text(node);
    current_ = -1;
    if (level <= 2) {
      finish_section();
      section_ = Section{};
      section_.name = section_name(text);
      section_.line = line;
      section_.numbered = true;
      return;
    }
    if (level != 3 || !section_.numbered) return;
    if (text.empty()) {
      warn(line, "empty ### heading ignored");
      return;
    }
    model::ParsedExercise exercise;
    exercise.name = text;
    exercise.slug = slugify(text);
    exercise.column = blocks_.column();
    exercise.line = line;
    section_.candidates.push_back(std::move(exercise));
    current_ = static_cast<int>(section_.candidates.size()) - 1;
    scan_links(node);
  }

  void paragraph(cmark_node* node) {
    for (const auto& text_line : paragraph_lines(node)) {
      const int line = file_line(text_line.line);
      const auto marker = classify_marker(text_line.text);
      if (marker.type == MarkerType::open) {
        blocks_.open(marker.kind, line);
        continue;
      }
      if (marker.type == MarkerType::close) {
        if (!blocks_.close()) warn(line, "::: closes no open block");
        continue;
      }
      if (blocks_.in_buttons()) continue;  // button lines are not content
      for (const auto& url : text_line.urls) link(url, line);
    }
  }

  void scan_links(cmark_node* node) {
    if (blocks_.in_buttons()) return;
    for (const auto& found : links_in(node)) link(found.url, file_line(found.line));
  }

  void link(const std::string& url, int line) {
    if (current_ < 0) return;
    auto& exercise = section_.candidates[static_cast<std::size_t>(current_)];
    if (exercise.video) return;
    if (!is_http_url(url)) {
      section_.exercise_warnings.push_back({line, "link under '" + exercise.name + "' is not http(s); ignored"});
      return;
    }
    if (auto video = recognise_video(url)) {
      exercise.video = std::move(video);
      section_.has_video = true;
      return;
    }
    section_.exercise_warnings.push_back(
        {line, "link under '" + exercise.name + "' is not a recognised video: " + url});
  }

  void finish_section() {
    if (!section_.has_video) {
      for (auto& tip : section_.tips) result_.tips.push_back(std::move(tip));
      section_ = Section{};
      return;
    }
    model::ParsedLevel level;
    level.name = section_.name;
    level.slug = unique_level_slug(section_.name, section_.line);
    level.rank = static_cast<int>(result_.levels.size());
    level.line = section_.line;
    for (auto& warning : section_.exercise_warnings) result_.warnings.push_back(std::move(warning));
    for (auto& exercise : section_.candidates) {
      if (exercise.slug.empty()) {
        warn(exercise.line, "exercise heading '" + exercise.name + "' has no letters or digits; ignored");
        continue;
      }
      if (!exercise_slugs_.insert(exercise.slug).second) {
        warn(exercise.line, "repeated exercise '" + exercise.name + "' (slug " + exercise.slug +
                                "); the first one is kept");
        continue;
      }
      if (!exercise.video) warn(exercise.line, "exercise '" + exercise.name + "' has no recognised video");
      exercise.position = static_cast<int>(level.exercises.size()) + 1;
      level.exercises.push_back(std::move(exercise));
    }
    if (!level.exercises.empty()) result_.levels.push_back(std::move(level));
    section_ = Section{};
  }

  std::string unique_level_slug(const std::string& name, int line) {
    std::string base = slugify(name);
    if (base.empty()) base = "level";
    std::string slug = base;
    for (int n = 2; !level_slugs_.insert(slug).second; ++n) slug = base + "-" + std::to_string(n);
    if (slug != slugify(name)) warn(line, "level '" + name + "' stored with slug " + slug);
    return slug;
  }

  int offset_;
  WalkResult result_;
  Section section_;
  int current_ = -1;  // index of the exercise whose video is being looked for
  DirectiveStack blocks_;
  std::set<std::string> exercise_slugs_;
  std::set<std::string> level_slugs_;
};

}  // namespace

WalkResult walk_markdown(std::string_view body, int first_line) {
  const auto document = parse_gfm(body);
  return Walker(first_line).run(document.get());
}

}  // namespace rs::importer
