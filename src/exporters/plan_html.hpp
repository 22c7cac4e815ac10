#pragma once
// The plan as one self-contained HTML page (`--format html`): inline CSS and SVG, no script,
// nothing fetched. A summary, a load chart (sets per week, coloured by phase, with the numbers in a
// table), the week-by-week grid, one card per session, the warnings; a print stylesheet puts one
// week on each printed page. Rendered from src/exporters/templates/*.mustache (embedded), every
// text escaped.

#include <string>

#include "model/plan.hpp"

namespace rs::exporters {

/// The plan as an HTML document. Deterministic: the same plan gives the same bytes.
std::string plan_html(const model::Plan& plan);

}  // namespace rs::exporters
