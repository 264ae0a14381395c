#include "input_text.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include "file_source.hpp"
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

TEST(InputTextTest, ReleasedPartsReadTheSameAfterwards) {
  std::string path = testing::temp_path("input-text-release.json");
  std::string content = patterned_text(std::size_t{5} << 20);
  testing::write_file(path, content);
  auto text = InputText::open(path);
  ASSERT_TRUE(text.ok());
  text->release(0, content.size());
  text->release(12345, 3 << 20);  // not on page boundaries: only whole pages inside
  EXPECT_EQ(text->view(), content);
  InputText moved = std::move(text.value());
  EXPECT_EQ(moved.view(), content);
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
  text.release(0, 100);
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
  auto text = InputText::open("/dev/null");  // a device: read, not mapped
  ASSERT_TRUE(text.ok());
  EXPECT_TRUE(text->view().empty());
}

// Stands for lapaudit's own handler: says which file was lost and ends the process.
[[noreturn]] void say_lost(const char* path) {
  const char* what = "lost: ";
  (void)!::write(STDERR_FILENO, what, std::strlen(what));
  (void)!::write(STDERR_FILENO, path, std::strlen(path));
  ::_exit(3);
}

// Another program shortens a mapped file while it is read: reading a lost page calls the
// handler with the file's name instead of ending the run with a bare "Bus error".
TEST(InputTextDeathTest, AFileCutShortWhileReadNamesTheFile) {
  std::string path = testing::temp_path("input-text-cut.json");
  testing::write_file(path, patterned_text(std::size_t{1} << 20));
  EXPECT_EXIT(
      {
        InputText::on_lost_input(say_lost);
        auto text = InputText::open(path);
        if (!text.ok()) std::abort();
        std::filesystem::resize_file(path, 0);
        volatile char last = text->view()[(std::size_t{1} << 20) - 1];
        (void)last;
        std::abort();  // not reached: the page is gone
      },
      ::testing::ExitedWithCode(3), "lost: " + path);
  std::filesystem::remove(path);
}

TEST(InputTextDeathTest, AnyOtherBusErrorKeepsTheSystemsAction) {
  EXPECT_EXIT(
      {
        InputText::on_lost_input(say_lost);
        std::raise(SIGBUS);
      },
      ::testing::KilledBySignal(SIGBUS), "");
}

TEST(Sha256DigestTest, BlockByBlockGivesTheSameDigest) {
  std::string content = patterned_text((std::size_t{1} << 20) + 17);
  std::size_t blocks = 0;
  std::size_t covered = 0;
  std::string digest = sha256_digest(content, 1000, [&](std::size_t begin, std::size_t end) {
    EXPECT_EQ(begin, covered);
    covered = end;
    ++blocks;
  });
  EXPECT_EQ(digest, sha256_digest(content));
  EXPECT_EQ(covered, content.size());
  EXPECT_EQ(blocks, (content.size() + 999) / 1000);
  EXPECT_EQ(sha256_digest("", 1000, nullptr), sha256_digest(""));
}

}  // namespace
}  // namespace lapaudit
