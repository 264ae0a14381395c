// SPDX-License-Identifier: Apache-2.0
#include "util/text_position.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lapaudit {

bool operator==(TextPlace a, TextPlace b) { return a.line == b.line && a.column == b.column; }
std::ostream& operator<<(std::ostream& out, TextPlace p) {
  return out << p.line << ":" << p.column;
}

namespace {

TextPlace place(int line, int column) { return {line, column}; }

TEST(TextPositionTest, CountsLinesAndCharacters) {
  std::string text = "ab\ncdé f\n\ngh";
  TextPosition position(text);
  EXPECT_EQ(position.at(0), place(1, 1));
  EXPECT_EQ(position.at(4), place(2, 2));
  EXPECT_EQ(position.at(8), place(2, 5));  // é is one character of two bytes
  EXPECT_EQ(position.at(11), place(4, 1));
  EXPECT_EQ(position.at(text.size()), place(4, 3));
}

TEST(TextPositionTest, GoingBackGivesTheSameAnswer) {
  std::string text = "ab\ncdé f\n\ngh";
  TextPosition forward(text);
  std::vector<TextPlace> expected;
  for (std::size_t i = 0; i <= text.size(); ++i) expected.push_back(forward.at(i));
  TextPosition backward(text);
  for (std::size_t i = text.size() + 1; i-- > 0;) EXPECT_EQ(backward.at(i), expected[i]) << i;
}

// A piece of a larger text (one line of an NDJSON file) counts lines from its own first line.
TEST(TextPositionTest, APieceCountsFromItsFirstLine) {
  std::string text = "ab\ncd";
  TextPosition position(text, 41);
  EXPECT_EQ(position.at(1), place(41, 2));
  EXPECT_EQ(position.at(4), place(42, 2));
  EXPECT_EQ(position.at(0), place(41, 1));  // going back
}

TEST(TextPositionTest, ColumnsOnOneLongLine) {
  std::string text(100000, 'x');
  TextPosition position(text);
  EXPECT_EQ(position.at(50000), place(1, 50001));
  EXPECT_EQ(position.at(99999), place(1, 100000));
  EXPECT_EQ(position.at(10), place(1, 11));
}

}  // namespace
}  // namespace lapaudit
