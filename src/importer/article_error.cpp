#include "importer/article_error.hpp"

namespace rs::importer {

namespace {
std::string format(const std::string& file, int line, const std::string& detail) {
  return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + detail;
}
}  // namespace

ArticleError::ArticleError(std::string file, int line, std::string detail)
    : Error(format(file, line, detail)), file_(std::move(file)), line_(line), detail_(std::move(detail)) {}

}  // namespace rs::importer
