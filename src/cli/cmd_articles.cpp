// `runstrength articles`: the imported articles with what each holds.
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "store/library_browse.hpp"
#include "util/display_width.hpp"
#include "util/text.hpp"

namespace rs::cli {

namespace {

struct ArticlesOptions {
  bool json = false;
};

void run_articles(Context& context, const ArticlesOptions& options) {
  const auto articles = store::list_articles(context.library());
  if (options.json) {
    auto array = nlohmann::ordered_json::array();
    for (const auto& article : articles) {
      array.push_back({{"slug", article.slug},
                       {"title", article.title},
                       {"published_date", article.published_date ? nlohmann::ordered_json(*article.published_date)
                                                                 : nlohmann::ordered_json(nullptr)},
                       {"source_path", article.source_path},
                       {"updated_at", article.updated_at},
                       {"levels", article.levels},
                       {"exercises", article.exercises},
                       {"tips", article.tips}});
    }
    context.out << array.dump(2) << '\n';
    return;
  }
  if (articles.empty()) {
    context.out << "no articles (import some with 'runstrength import')\n";
    return;
  }
  const auto width = context.terminal().width;
  for (const auto& article : articles) {
    const std::string head = article.slug + ": " + article.title;
    context.out << (width ? fit_width(head, *width) : head) << '\n';
    const std::string details = count_of(article.levels, "level") + ", " + count_of(article.exercises, "exercise") +
                                ", " + count_of(article.tips, "tip") + "; published " +
                                article.published_date.value_or("-") + "; from " + article.source_path;
    if (!width) {
      context.out << "  " << details << '\n';
      continue;
    }
    for (const auto& line : wrap_words(details, *width > 12 ? *width - 2 : 10)) context.out << "  " << line << '\n';
  }
}

}  // namespace

void setup_articles(CLI::App& command, Context& context) {
  auto options = std::make_shared<ArticlesOptions>();
  command.add_flag("--json", options->json, "Print a JSON array");
  command.callback([&context, options] { run_articles(context, *options); });
}

}  // namespace rs::cli
