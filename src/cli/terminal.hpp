#pragma once
// What the output goes to: its width in columns (a terminal's, $COLUMNS, or none when piped),
// whether to colour it (--color, NO_COLOR, a terminal) and whether long output goes through a
// pager (a terminal, $PAGER, --no-pager), the way git decides.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rs::cli {

/// `--color auto|always|never`.
enum class ColorMode { automatic, always, never };

/// Parses "auto", "always" or "never"; nullopt otherwise.
std::optional<ColorMode> parse_color_mode(std::string_view name);

/// How standard output is shown.
struct Terminal {
  std::optional<std::size_t> width;  ///< Columns to fit; none: no limit (piped, no $COLUMNS).
  std::size_t rows = 24;             ///< Lines on one screen (for the pager decision).
  bool color = false;                ///< Colour phases, warnings and hard days.
  std::optional<std::string> pager;  ///< Command long output is piped through; none: print it.
};

/// Decides for this process: width from $COLUMNS when set, else the terminal's when standard
/// output is one; colour when `mode` says always, or auto on a terminal without NO_COLOR and with
/// a TERM other than "dumb"; a pager ($PAGER, else "less") on a terminal unless `no_pager` or
/// $PAGER is empty or "cat".
Terminal detect_terminal(ColorMode mode, bool no_pager);

/// Writes `text` to standard output, through `terminal.pager` when it has more lines than fit on
/// one screen (LESS defaults to FRX, as git sets it). False when writing failed.
bool show_output(const Terminal& terminal, std::string_view text);

/// `text` wrapped in the ANSI SGR `code` (e.g. "1;31") when `on`, else unchanged.
std::string paint(bool on, std::string_view code, std::string_view text);

}  // namespace rs::cli
