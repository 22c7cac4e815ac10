#pragma once
// The error the article reader throws: an rs::Error that also keeps file, line and detail apart,
// so reports can print `path:line: error: detail` and JSON can carry the line.

#include <string>

#include "util/error.hpp"

namespace rs::importer {

/// A file that cannot be imported. what() is "file:line: detail" ("file: detail" when line is 0).
class ArticleError : public Error {
 public:
  /// Creates the error for `file` at 1-based `line` (0 when unknown).
  ArticleError(std::string file, int line, std::string detail);

  /// The file name given to the reader.
  [[nodiscard]] const std::string& file() const { return file_; }
  /// 1-based line, 0 when unknown.
  [[nodiscard]] int line() const { return line_; }
  /// The message without file and line.
  [[nodiscard]] const std::string& detail() const { return detail_; }

 private:
  std::string file_;
  int line_;
  std::string detail_;
};

}  // namespace rs::importer
