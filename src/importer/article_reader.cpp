#include "importer/article_reader.hpp"

#include <algorithm>
#include <set>

#include "importer/article_error.hpp"
#include "importer/front_matter.hpp"
#include "importer/markdown_limits.hpp"
#include "importer/markdown_walk.hpp"
#include "importer/slug.hpp"
#include "util/utf8.hpp"

namespace rs::importer {

namespace {

int line_of_offset(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string file_stem(const std::string& file_name) {
  std::string_view name = file_name;
  const auto slash = name.find_last_of('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const auto dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

}  // namespace

std::string normalize_text(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string text;
  text.reserve(bytes.size());
  // Copies the runs between carriage returns whole; "\r\n" and a lone "\r" become "\n".
  std::size_t start = 0;
  for (auto cr = bytes.find('\r'); cr != std::string_view::npos; cr = bytes.find('\r', start)) {
    text.append(bytes.substr(start, cr - start));
    text.push_back('\n');
    start = cr + 1 < bytes.size() && bytes[cr + 1] == '\n' ? cr + 2 : cr + 1;
  }
  text.append(bytes.substr(start));
  return text;
}

model::ParsedArticle read_article(std::string_view bytes, const std::string& file_name) {
  if (bytes.size() > max_article_bytes) {
    throw ArticleError(file_name, 0, oversize_detail(bytes.size()));
  }
  if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    throw ArticleError(file_name, line_of_offset(bytes, nul),
                       "binary content (NUL byte at byte offset " + std::to_string(nul) + ")");
  }
  if (const auto bad = find_invalid_utf8(bytes)) {
    throw ArticleError(file_name, line_of_offset(bytes, *bad),
                       "not valid UTF-8 (byte offset " + std::to_string(*bad) + ")");
  }
  const std::string text = normalize_text(bytes);
  const auto split = split_front_matter(text, file_name);
  auto front = parse_front_matter(split.yaml, file_name);

  model::ParsedArticle article;
  article.file_name = file_name;
  article.title = front.title;
  article.description = front.description;
  article.published_date = front.published_date;
  article.draft = front.draft;
  article.warnings = std::move(front.warnings);
  if (front.slug) {
    article.slug = slugify(*front.slug);
    if (article.slug != *front.slug) {
      article.warnings.push_back({2, "slug '" + *front.slug + "' is not a clean slug; using '" + article.slug + "'"});
    }
  }
  if (article.slug.empty()) article.slug = slugify(file_stem(file_name));
  if (article.slug.empty())
    throw ArticleError(file_name, 0, "no slug: neither the front matter nor the file name gives one");
  article.front_matter = std::move(front.json);

  if (const auto slow = find_slow_markdown(split.body)) {
    throw ArticleError(file_name, split.body_line + slow->line - 1, slow->message);
  }
  auto walked = walk_markdown(split.body, split.body_line);
  article.levels = std::move(walked.levels);
  if (!article.levels.empty()) article.tips = std::move(walked.tips);  // a page without exercises has no tips
  for (auto& warning : walked.warnings) article.warnings.push_back(std::move(warning));
  std::stable_sort(article.warnings.begin(), article.warnings.end(),
                   [](const model::Warning& a, const model::Warning& b) { return a.line < b.line; });
  return article;
}

}  // namespace rs::importer

namespace rs::importer {

std::optional<model::ParsedArticle> read_site_page(std::string_view bytes, const std::string& file_name,
                                                   const ArticleError& error) {
  const bool no_front_matter = error.detail() == no_front_matter_detail;
  if (!no_front_matter && error.detail() != no_title_detail) return std::nullopt;
  const std::string text = normalize_text(bytes);
  std::string_view body = text;
  int body_line = 1;
  if (!no_front_matter) {
    const auto split = split_front_matter(text, file_name);
    body = split.body;
    body_line = split.body_line;
  }
  if (find_slow_markdown(body) || !walk_markdown(body, body_line).levels.empty()) return std::nullopt;
  model::ParsedArticle page;
  page.file_name = file_name;
  page.slug = slugify(file_stem(file_name));
  return page;
}

}  // namespace rs::importer
