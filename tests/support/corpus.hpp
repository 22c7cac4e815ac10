#pragma once
// Generated article corpora (scripts/gen-corpus) and their "revised" versions, for the tests that
// interrupt imports or run them concurrently.

#include <filesystem>
#include <string>

namespace rs::test {

/// Runs scripts/gen-corpus: writes article-00000.md ... article-<count-1>.md (slugs strength-00000 ...)
/// into `dir`, deterministically for a given `seed`. Throws std::runtime_error if the script fails.
void generate_corpus(int count, const std::filesystem::path& dir, int seed = 1);

/// The new version of a generated article: the title gains " (revised)", the first tip is dropped,
/// the first exercise is renamed (name and slug) and every Vimeo video gets another id. Levels,
/// exercises, videos and tips all differ from the old version. Throws if `text` is not a
/// gen-corpus article.
std::string revise_article(const std::string& text);

/// Copies every file of `from` into `to` (created), revising those whose index (article-NNNNN.md)
/// is a multiple of `every` (none when `every` <= 0). Returns how many were revised.
int copy_revised(const std::filesystem::path& from, const std::filesystem::path& to, int every);

}  // namespace rs::test
