#include "support/library_edit.hpp"

#include <SQLiteCpp/Database.h>

#include "store/database.hpp"
#include "support/temp_dir.hpp"

namespace rs::test {

void edit_library(const std::string& db_path, const std::string& statements) {
  // A plain connection: no migrations, so a test can also give the library a version the program
  // does not know.
  SQLite::Database library(db_path, SQLite::OPEN_READWRITE);
  library.setBusyTimeout(store::busy_timeout_ms);
  library.exec(statements);
}

void edit_library_from_file(const std::string& db_path, const std::filesystem::path& sql_file) {
  edit_library(db_path, read_file(sql_file));
}

}  // namespace rs::test
