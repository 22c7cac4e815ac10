// Unit tests for the importer's small parts: video links, slugs, section names, directive markers,
// dates.
#include <gtest/gtest.h>

#include "importer/directives.hpp"
#include "importer/front_matter.hpp"
#include "importer/slug.hpp"
#include "importer/video_links.hpp"

namespace rs::importer {
namespace {

TEST(VideoLinks, RecognisesYoutubeAndVimeoForms) {
  EXPECT_EQ(recognise_video("https://www.youtube.com/watch?v=5IajJyMbOyo&t=3")->id, "5IajJyMbOyo");
  EXPECT_EQ(recognise_video("http://m.youtube.com/watch?list=x&v=5IajJyMbOyo")->id, "5IajJyMbOyo");
  EXPECT_EQ(recognise_video("https://youtu.be/5IajJyMbOyo?si=q")->id, "5IajJyMbOyo");
  EXPECT_EQ(recognise_video("https://www.youtube-nocookie.com/embed/5IajJyMbOyo")->id, "5IajJyMbOyo");
  EXPECT_EQ(recognise_video("https://youtube.com/shorts/5IajJyMbOyo")->id, "5IajJyMbOyo");
  EXPECT_EQ(recognise_video("HTTPS://WWW.YOUTUBE.COM/embed/5IajJyMbOyo")->id, "5IajJyMbOyo");
  const auto vimeo = recognise_video("https://player.vimeo.com/video/143363985");
  ASSERT_TRUE(vimeo);
  EXPECT_EQ(vimeo->provider, model::VideoProvider::vimeo);
  EXPECT_EQ(vimeo->url, "https://vimeo.com/143363985");
  EXPECT_EQ(recognise_video("https://youtu.be/5IajJyMbOyo")->url, "https://www.youtube.com/watch?v=5IajJyMbOyo");
}

TEST(VideoLinks, RejectsEverythingElse) {
  EXPECT_FALSE(recognise_video("javascript:https://youtu.be/5IajJyMbOyo"));
  EXPECT_FALSE(recognise_video("ftp://youtu.be/5IajJyMbOyo"));
  EXPECT_FALSE(recognise_video("https://youtu.be/short"));
  EXPECT_FALSE(recognise_video("https://youtu.be/5IajJyMbOy!"));
  EXPECT_FALSE(recognise_video("https://vimeo.com/channels"));
  EXPECT_FALSE(recognise_video("https://evil.com/youtube.com/watch?v=5IajJyMbOyo"));
  EXPECT_FALSE(recognise_video("https://youtube.com.evil.com/watch?v=5IajJyMbOyo"));
  EXPECT_FALSE(recognise_video("https://www.youtube.com/user/x?v=5IajJyMbOyo"));
  EXPECT_FALSE(recognise_video(""));
  EXPECT_TRUE(is_http_url("HTTP://x"));
  EXPECT_FALSE(is_http_url("mailto:a@b"));
}

TEST(Slug, FoldsAccentsAndJoinsWords) {
  EXPECT_EQ(slugify("Ab-wheel Holds"), "ab-wheel-holds");
  EXPECT_EQ(slugify("  Café  Crème! "), "cafe-creme");
  EXPECT_EQ(slugify("Straße"), "strasse");
  EXPECT_EQ(slugify("Œuvre Łódź"), "oeuvre-lodz");
  EXPECT_EQ(slugify("Runner’s knee"), "runners-knee");
  EXPECT_EQ(slugify("Glute Walk-Outs (3 × 10)"), "glute-walk-outs-3-10");
  EXPECT_EQ(slugify("🏃"), "");
}

TEST(Slug, SectionNamesLoseNumbersAndPrefixes) {
  EXPECT_EQ(section_name("5. Exercises 1 – Foundational"), "Foundational");
  EXPECT_EQ(section_name("4. Basics"), "Basics");
  EXPECT_EQ(section_name("4) Basics"), "Basics");
  EXPECT_EQ(section_name("Exercises 2 - Follow-on"), "Follow-on");
  EXPECT_EQ(section_name("Level 3: Advanced"), "Advanced");
  EXPECT_EQ(section_name("3. Key points to remember"), "Key points to remember");
  EXPECT_EQ(section_name("2024 plans"), "2024 plans");
  EXPECT_EQ(section_name("Exercises for the core"), "Exercises for the core");
}

TEST(Directives, ClassifiesMarkers) {
  EXPECT_EQ(classify_marker(":::columns").type, MarkerType::open);
  EXPECT_EQ(classify_marker(":::buttons").kind, DirectiveKind::buttons);
  const auto accordion = classify_marker(":::accordion open Hip work");
  EXPECT_EQ(accordion.kind, DirectiveKind::accordion);
  EXPECT_EQ(accordion.title, "Hip work");
  EXPECT_EQ(classify_marker(":::").type, MarkerType::close);
  EXPECT_EQ(classify_marker(":::note").type, MarkerType::none);
  EXPECT_EQ(classify_marker("text :::columns").type, MarkerType::none);
  DirectiveStack stack;
  EXPECT_EQ(stack.column(), 1);
  EXPECT_FALSE(stack.next_column());
  stack.open(DirectiveKind::columns, 1);
  stack.open(DirectiveKind::accordion, 2);
  EXPECT_TRUE(stack.next_column());
  EXPECT_EQ(stack.column(), 2);
  EXPECT_TRUE(stack.close());
  EXPECT_TRUE(stack.close());
  EXPECT_FALSE(stack.close());
}

TEST(FrontMatterDates, DatesAndDateTimes) {
  EXPECT_TRUE(is_date_or_date_time("2026-02-15"));
  EXPECT_TRUE(is_date_or_date_time("2026-02-15T08:08:00"));
  EXPECT_TRUE(is_date_or_date_time("2026-02-15T08:08"));
  EXPECT_TRUE(is_date_or_date_time("2026-02-15 08:08:00.123Z"));
  EXPECT_TRUE(is_date_or_date_time("2026-02-15T08:08:00+01:00"));
  EXPECT_FALSE(is_date_or_date_time("2026-02-30"));
  EXPECT_FALSE(is_date_or_date_time("2026-02-15T25:00"));
  EXPECT_FALSE(is_date_or_date_time("15/02/2026"));
  EXPECT_FALSE(is_date_or_date_time("2026-02-15T08:08:00junk"));
}

}  // namespace
}  // namespace rs::importer
