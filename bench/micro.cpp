// bench/micro: Google Benchmark micro-benchmarks of the import and export hot paths: front matter,
// the Markdown tree walk, video links, slugs, iCalendar folding and escaping. Inputs are built in
// the program (one article in the dialect of scripts/gen-corpus), so the figures need no corpus.
#include <benchmark/benchmark.h>

#include <string>

#include "exporters/ics_text.hpp"
#include "importer/article_reader.hpp"
#include "importer/front_matter.hpp"
#include "importer/markdown_walk.hpp"
#include "importer/slug.hpp"
#include "importer/video_links.hpp"

namespace {

const std::string front_matter =
    "title: \"Strength for Runners 42: Cadence and Glutes\"\nslug: strength-00042\n"
    "description: Runner strength stride cadence glutes core hips balance form.\ncategories:\n  - running\n"
    "tags:\n  - strength\nyear: 2024\nlocation: UK\nfeatured: false\ndraft: false\nfeaturedImage: null\n"
    "videoUrl: null\ntechnologies: []\nlinks:\n  paper: ''\n  video: null\n  github: ''\n"
    "publishedDate: 2024-05-14\nrelatedProjects: []\n";

std::string body() {
  std::string text =
      "Intro prose about runners and strength.\n\n## 1. Introduction\n\nWhy strength helps.\n\n"
      "## 2. Key points to remember\n\n- **Go slow 1**: Perform each rep with control.\n"
      "- **Breathe 2**: Exhale on the effort.\n\n";
  const char* links[] = {"https://www.youtube.com/watch?v=AAAAAAAAAAA", "<https://youtu.be/BBBBBBBBBBA?t=42>",
                         "[Watch](https://vimeo.com/143363985)", "https://player.vimeo.com/video/134393784"};
  for (int level = 0; level < 4; ++level) {
    text += "## " + std::to_string(level + 3) + ". Exercises " + std::to_string(level) + " – Level\n\n:::columns\n\n";
    for (int column = 0; column < 3; ++column) {
      if (column != 0) text += column == 1 ? "---\n\n" : "***\n\n";
      for (int n = 0; n < 2; ++n) {
        text +=
            "### Exercise " + std::to_string(level * 10 + column * 2 + n) + "\n\n" + links[(column + n) % 4] + "\n\n";
      }
    }
    text += ":::\n\n";
  }
  return text + "## 9. FAQ\n\n:::accordion How often?\nTwice a week.\n:::\n";
}

void front_matter_parse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(rs::importer::parse_front_matter(front_matter, "a.md"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * front_matter.size()));
}
BENCHMARK(front_matter_parse);

void tree_walk(benchmark::State& state) {
  const std::string text = body();
  for (auto _ : state) benchmark::DoNotOptimize(rs::importer::walk_markdown(text, 25));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(tree_walk);

void whole_article(benchmark::State& state) {
  const std::string text = "---\n" + front_matter + "---\n\n" + body();
  for (auto _ : state) benchmark::DoNotOptimize(rs::importer::read_article(text, "a.md"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(whole_article);

void video_link(benchmark::State& state) {
  const char* urls[] = {"https://m.youtube.com/watch?v=nT78_EqsfL8&si=abc&list=PL1",
                        "https://youtu.be/AAAAAAAAAAA?t=42", "https://player.vimeo.com/video/134393784",
                        "https://example.com/coaching"};
  for (auto _ : state) {
    for (const char* url : urls) benchmark::DoNotOptimize(rs::importer::recognise_video(url));
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * 4));
}
BENCHMARK(video_link);

void slug(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(rs::importer::slugify("Single-leg Glute Bridge – Œuvre d'élite"));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(slug);

void ics_escape_and_fold(benchmark::State& state) {
  const std::string text =
      "Side Plank: 3 x 30 s per side; keep hips high, breathe. Glute Bridge, 2 x 12 – drive through the heels "
      "and pause at the top\nNote: do this after your easy run, not before it.";
  for (auto _ : state)
    benchmark::DoNotOptimize(rs::exporters::ics::fold_line("DESCRIPTION:" + rs::exporters::ics::escape_text(text)));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(ics_escape_and_fold);

}  // namespace

BENCHMARK_MAIN();
