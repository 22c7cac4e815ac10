#include "cli/plan_output.hpp"

#include <fstream>
#include <ostream>

#include "exporters/plan_json.hpp"
#include "exporters/plan_text.hpp"
#include "util/error.hpp"

namespace rs::cli {

void write_plan(Context& context, const model::Plan& plan, const std::string& format, const std::string& output,
                const std::vector<std::string>& explanation) {
  std::string text;
  if (format == "json") {
    text = exporters::plan_json_text(plan);
    for (const auto& line : explanation) context.err << line << '\n';
  } else {
    text = exporters::plan_text(plan, explanation);
  }
  if (output.empty()) {
    context.out << text;
    return;
  }
  std::ofstream file(output, std::ios::binary | std::ios::trunc);
  file << text;
  file.close();
  if (!file) throw Error("could not write " + output);
}

}  // namespace rs::cli
