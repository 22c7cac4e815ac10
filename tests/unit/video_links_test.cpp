// Unit tests for src/importer/video_links.cpp: which links are YouTube or Vimeo videos.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace rs::importer
