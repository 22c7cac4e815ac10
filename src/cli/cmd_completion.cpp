// `runstrength completion bash|zsh|fish`: a shell completion script; `completion --words plans|
// exercises`: the saved plan ids or the exercise slugs, one a line, which the scripts ask for.
#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

#include "app/browse.hpp"
#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "cli/context.hpp"
#include "cli/usage.hpp"
#include "store/plan_store.hpp"
#include "util/error.hpp"

namespace rs::cli {

namespace {

struct CompletionOptions {
  std::string shell;
  std::string words;
};

void run_completion(Context& context, const CLI::App& command, const CompletionOptions& options) {
  if (options.words == "plans") {
    for (const auto& plan : store::list_plans(context.library())) context.out << plan.id << '\n';
    return;
  }
  if (options.words == "exercises") {
    for (const auto& slug : app::exercise_names(context.library())) context.out << slug << '\n';
    return;
  }
  const auto shell = parse_shell(options.shell);
  if (!shell) throw_usage("completion needs a shell: bash, zsh or fish");
  context.out << completion_script(*command.get_parent(), *shell);
}

}  // namespace

void setup_completion(CLI::App& command, Context& context) {
  auto options = std::make_shared<CompletionOptions>();
  command.add_option("SHELL", options->shell, "bash, zsh or fish")->check(one_of({"bash", "zsh", "fish"}, "shell"));
  command.add_option("--words", options->words, "Print the saved plan ids or the exercise slugs (plans|exercises)")
      ->check(one_of({"plans", "exercises"}, "word list"));
  command.callback([&context, &command, options] { run_completion(context, command, *options); });
}

}  // namespace rs::cli
