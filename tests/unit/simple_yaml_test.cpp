// The fast front-matter reader (src/importer/simple_yaml): it takes the simple shapes, declines
// everything else, and whatever it takes reads exactly as yaml-cpp reads it (checked on the seed,
// every fixture, the fuzz regressions and a generated corpus through the fuzz entry's cross-check).
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#include "fuzz/entries.hpp"
#include "importer/front_matter.hpp"
#include "importer/simple_yaml.hpp"
#include "support/corpus.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace rs::importer {
namespace {

namespace fs = std::filesystem;

TEST(SimpleYaml, ReadsTheCoachsShapeWithYamlTyping) {
  const auto json = read_simple_yaml(
      "title: \"Strength: 1\"\nslug: s-1\ndescription: Hips, knees and feet.\ncategories:\n  - running\n"
      "year: 2022\nfeatured: false\nfeaturedImage: null\nvideoUrl: ''\nratio: 1.5\ntechnologies: []\n"
      "extra: {}\nlinks:\n  paper: 'it''s'\n  video: ~\npublishedDate: 2023-05-16\n\n");
  ASSERT_TRUE(json);
  EXPECT_EQ(json->dump(),
            R"({"title":"Strength: 1","slug":"s-1","description":"Hips, knees and feet.","categories":["running"],)"
            R"("year":2022,"featured":false,"featuredImage":null,"videoUrl":"","ratio":1.5,"technologies":[],)"
            R"("extra":{},"links":{"paper":"it's","video":null},"publishedDate":"2023-05-16"})");
}

TEST(SimpleYaml, DeclinesEverythingElse) {
  const char* declined[] = {
      "title: a # comment\n",
      "title: &a x\nslug: *a\n",
      "tags: [a, b]\n",
      "title: a\n  continued\n",
      "links:\n  deep:\n    x: 1\n",
      "title:\ta\n",
      "title: a\r\n",
      "title: \"a\\nb\"\n",
      "title: a\ntitle: b\n",
      "title:value\n",
      "tags:\n- a\n",
      "title: |\n  a\n",
      "title: a: b\n",
      "- a\n",
      "title: -5\n",
      "title: 'open\n",
      "title: \"a\"b\"\n",
      "key : a\n",
      "tags:\n  - a\n   - b\n",
      "links:\n  a: x\n  a: y\n",
      "title: !tag a\n",
      "-title: a\n",
      "",
      "\n\n",
      "tags:\n  -\n",
      "title: %a\n",
      "title: a]\n",
  };
  for (const char* yaml : declined) EXPECT_FALSE(read_simple_yaml(yaml)) << yaml;
  // Characters yaml-cpp treats its own way (the fuzzer found NUL read differently).
  for (const std::string& special : {std::string("title: a\0b\n", 11), std::string("title: a\x7f\n"),
                                     std::string("title: a\xc2\x85"
                                                 "b\n"),
                                     std::string("title: a\xe2\x80\xa8"
                                                 "b\n"),
                                     std::string("title: \xef\xbb\xbf"
                                                 "a\n"),
                                     std::string("title: a\x01\n")}) {
    EXPECT_FALSE(read_simple_yaml(special)) << special;
  }
  EXPECT_TRUE(read_simple_yaml("title: caf\xc3\xa9 \xe2\x80\x93 ok\n"));  // other UTF-8 is plain text
  EXPECT_FALSE(read_simple_yaml("title: " + std::string(simple_yaml_max_bytes, 'a') + "\n"));
}

TEST(SimpleYaml, WhatItDeclinesStillReadsThroughYamlCpp) {
  const auto front = parse_front_matter("title: Hips # the title\ntags: [a, b]\n", "a.md");
  EXPECT_EQ(front.title, "Hips");
  EXPECT_EQ(front.json["tags"].dump(), R"(["a","b"])");
  // A shape it takes but with something to report (a type error, an unsafe link) goes to
  // yaml-cpp too, which knows the lines.
  try {
    parse_front_matter("title: a\nyear: soon\n", "a.md");
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("a.md:3"), std::string::npos) << error.what();
  }
  const auto unsafe = parse_front_matter("title: a\nlinks:\n  paper: javascript:alert(1)\n", "a.md");
  ASSERT_EQ(unsafe.warnings.size(), 1u);
  EXPECT_TRUE(unsafe.json["links"]["paper"].is_null());
}

// Every input the fast reader takes reads as through yaml-cpp (fuzz::article_entry checks it and
// throws fuzz::InvariantError otherwise); most real ones are taken.
TEST(SimpleYaml, SameResultAsYamlCppOnEveryKnownArticle) {
  test::TempDir dir;
  test::generate_corpus(60, dir / "corpus");
  std::vector<fs::path> files;
  for (const auto& root : {fs::path(RS_SOURCE_DIR) / "content", fs::path(RS_TESTS_DIR) / "fixtures",
                           fs::path(RS_TESTS_DIR) / "fuzz" / "regressions", dir / "corpus"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  int taken = 0;
  int articles = 0;
  for (const auto& file : files) {
    const auto bytes = test::read_file(file);
    EXPECT_NO_THROW(fuzz::article_entry(bytes)) << file;
    try {
      const auto split = split_front_matter(bytes, file.string());
      ++articles;
      taken += read_simple_yaml(split.yaml) ? 1 : 0;
    } catch (const Error&) {
    }
  }
  EXPECT_GT(articles, 80) << "too few inputs to compare";
  EXPECT_GT(taken, articles / 2) << taken << " of " << articles;
  std::cout << "fast reader took " << taken << " of " << articles << " front matters\n";
}

}  // namespace
}  // namespace rs::importer
