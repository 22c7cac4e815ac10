#pragma once
// Comparing libraries article by article, independently of row ids, import times and file paths,
// and checking a library's health after a crash or a concurrent run.

#include <map>
#include <string>

namespace rs::test {

/// Every article of the library at `db_path`, keyed by slug, as canonical text: the article row
/// (title, description, front matter, content hash, date, draft; not its id, times or source path),
/// its levels, its exercises with their level, video (provider, id, URL) and resolved attributes,
/// and its tips. Two libraries hold the same version of an article when the texts are equal.
std::map<std::string, std::string> article_snapshots(const std::string& db_path);

/// Every video (a row of the `videos` view) as "provider:id url" lines, sorted.
std::string video_rows(const std::string& db_path);

/// Problems of the library, empty when healthy: PRAGMA integrity_check other than "ok", rows
/// reported by PRAGMA foreign_key_check, exercises whose level does not exist, exercises without
/// attributes.
std::string library_problems(const std::string& db_path);

}  // namespace rs::test
