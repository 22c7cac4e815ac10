// Unit tests for src/importer/directives.cpp: directive markers.
#include <gtest/gtest.h>

#include "importer/directives.hpp"

namespace rs::importer {
namespace {

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

}  // namespace
}  // namespace rs::importer
