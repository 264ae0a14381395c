// SPDX-License-Identifier: Apache-2.0
#include "load/input_text.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "test_util.hpp"

namespace lapaudit {
namespace {

// A text of several MiB whose every byte depends on its place, so that any page read back wrong
// shows.
std::string patterned_text(std::size_t size) {
  std::string text(size, ' ');
  for (std::size_t i = 0; i < size; ++i) text[i] = static_cast<char>('a' + (i * 7 + i / 4096) % 26);
  return text;
}

TEST(InputTextTest, AFileReadsAsItsContent) {
  std::string path = testing::temp_path("input-text.json");
  std::string content = patterned_text(std::size_t{3} << 20);
  testing::write_file(path, content);
  auto text = InputText::open(path);
  ASSERT_TRUE(text.ok()) << text.error().to_string();
  EXPECT_EQ(text->view(), content);
  std::filesystem::remove(path);
}

TEST(InputTextTest, AnEmptyFileIsEmptyText) {
  std::string path = testing::temp_path("input-text-empty.json");
  testing::write_file(path, "");
  auto text = InputText::open(path);
  ASSERT_TRUE(text.ok());
  EXPECT_TRUE(text->view().empty());
  std::filesystem::remove(path);
}

TEST(InputTextTest, HeldTextIsKept) {
  InputText text = InputText::hold("[{\"id\": \"a\"}]");
  EXPECT_EQ(text.view(), "[{\"id\": \"a\"}]");
}

TEST(InputTextTest, WhatCannotBeReadIsSaidWithTheName) {
  auto missing = InputText::open("no-such-file.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().file, "no-such-file.json");
  EXPECT_NE(missing.error().message.find("cannot be read"), std::string::npos);
  auto folder = InputText::open("fixtures");
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.error().message, "is a folder, not a file");
}

TEST(InputTextTest, WhatIsNotARegularFileIsReadToItsEnd) {
  auto text = InputText::open("/dev/null");  // a device: read to its end, no size
  ASSERT_TRUE(text.ok());
  EXPECT_TRUE(text->view().empty());
}

TEST(InputTextTest, ADeviceThatNeverEndsStopsAtTheLimit) {
  ReadLimit limit{
      .max_bytes = std::size_t{1} << 20, .advice = "raise it", .regular_files_only = false};
  auto text = InputText::open("/dev/zero", limit);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().file, "/dev/zero");
  EXPECT_EQ(text.error().message, "is larger than 1 MiB, the limit for one input: raise it");
}

TEST(InputTextTest, AFileOverTheLimitIsRefusedBeforeItIsRead) {
  std::string path = testing::temp_path("input-text-large.json");
  testing::write_file(path, patterned_text(2000));
  ReadLimit limit{.max_bytes = 1000, .advice = "", .regular_files_only = false};
  auto text = InputText::open(path, limit);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message, "is larger than 1000 bytes, the limit for one input");
  limit.max_bytes = 2000;  // exactly the limit is allowed
  EXPECT_TRUE(InputText::open(path, limit).ok());
  std::filesystem::remove(path);
}

TEST(InputTextTest, OnlyRegularFilesWhenAskedFor) {
  ReadLimit limit{.max_bytes = 1000, .advice = "", .regular_files_only = true};
  auto text = InputText::open("/dev/null", limit);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().message, "is not a file (a device or a pipe): give the file itself");
}

}  // namespace
}  // namespace lapaudit
