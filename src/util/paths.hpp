#pragma once
// Where runstrength keeps its library, and the environment variables that move it.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace rs {

/// Reads an environment variable; returns nullopt when it is unset or empty.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;

/// The process environment as an EnvLookup.
EnvLookup process_env();

/// Chooses the library file: `--db PATH` beats $RUNSTRENGTH_DB beats
/// $XDG_DATA_HOME/runstrength/runstrength.db beats ~/.local/share/runstrength/runstrength.db.
/// Throws rs::Error when none of them can be determined (no HOME at all).
std::filesystem::path resolve_library_path(const std::optional<std::string>& cli_db, const EnvLookup& env);

/// Creates the parent folders of `file` when they are missing; throws rs::Error on failure.
void create_parent_dirs(const std::filesystem::path& file);

}  // namespace rs

namespace rs {

/// The default content folder (articles, exercises.yaml, taxonomy.yaml): $RUNSTRENGTH_CONTENT;
/// else share/runstrength/content next to the installed binary (<prefix>/bin/../share/...);
/// else content/ in the source tree the binary was built from. Throws rs::Error if none exists.
std::filesystem::path find_content_dir(const EnvLookup& env);

}  // namespace rs
