#pragma once
// The site's directive blocks (`:::columns`, `:::buttons`, `:::accordion [open] Title`, closed by
// `:::`). In cmark's tree their markers arrive as paragraph lines.

#include <string>
#include <string_view>
#include <vector>

namespace rs::importer {

/// Kinds of directive block.
enum class DirectiveKind { columns, buttons, accordion };

/// What one line of paragraph text is.
enum class MarkerType { none, open, close };

/// A classified line.
struct Marker {
  MarkerType type = MarkerType::none;            ///< Not a marker, an opener or `:::`.
  DirectiveKind kind = DirectiveKind::columns;   ///< For openers.
  std::string title;                             ///< Accordion title (without `open`).
};

/// Classifies one line: `:::` closes; `:::columns`, `:::buttons`, `:::accordion [open] Title` open.
/// Any other `:::name` line is not a marker (it stays text).
Marker classify_marker(std::string_view line);

/// "columns", "buttons" or "accordion".
std::string_view to_string(DirectiveKind kind);

/// An open block while walking an article.
struct OpenBlock {
  DirectiveKind kind = DirectiveKind::columns;  ///< Its kind.
  int line = 0;                                 ///< Line of its opening marker.
  int column = 1;                               ///< Current column (columns blocks).
};

/// The stack of open blocks and the column an exercise falls into.
class DirectiveStack {
 public:
  /// Opens a block at `line`.
  void open(DirectiveKind kind, int line);
  /// Closes the innermost block; false when none is open.
  bool close();
  /// A thematic break: moves the innermost columns block to its next column; false outside one.
  bool next_column();
  /// Column of the innermost columns block, 1 outside grids.
  [[nodiscard]] int column() const;
  /// True inside a :::buttons block (its lines are not content).
  [[nodiscard]] bool in_buttons() const;
  /// Blocks still open (for "unclosed block" warnings), outermost first.
  [[nodiscard]] const std::vector<OpenBlock>& open_blocks() const { return blocks_; }

 private:
  std::vector<OpenBlock> blocks_;
};

}  // namespace rs::importer
