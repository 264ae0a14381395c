// SPDX-License-Identifier: Apache-2.0
// End to end: `lapaudit licenses`, what a ministry's lawyer reads before adopting lapaudit: its
// licence, and every library the program contains or uses with the version it was built with,
// its licence and its source; --full, the notices in Debian's copyright format.

#include <csv.h>
#include <gtest/gtest.h>
#include <rapidjson/rapidjson.h>

#include <boost/version.hpp>
#include <cctype>
#include <filesystem>
#include <string>

#include "test_util.hpp"
#include "version.hpp"

namespace lapaudit {
namespace {

using testing::run_lapaudit;

// The listing's entry for `library`: from its "  NAME VERSION" line to the next blank line.
std::string entry(const std::string& listing, const std::string& library) {
  auto from = listing.find("\n\n  " + library + " ");
  if (from == std::string::npos) return {};
  from += 2;
  return listing.substr(from, listing.find("\n\n", from) - from);
}

TEST(LicensesCommandTest, NamesLapauditsLicence) {
  auto result = run_lapaudit("licenses");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')),
            std::string("lapaudit ") + kVersion +
                " is free software under the Apache License 2.0 (SPDX-License-Identifier: "
                "Apache-2.0).");
}

TEST(LicensesCommandTest, VersionNamesTheLicenceAndTheCommand) {
  auto result = run_lapaudit("--version");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(
      result.out.find("\nlicence: Apache-2.0 (`lapaudit licenses`: the libraries it contains)\n"),
      std::string::npos)
      << result.out;
}

TEST(LicensesCommandTest, ListsEveryLibraryWithVersionLicenceAndSource) {
  auto listing = run_lapaudit("licenses").out;
  for (const char* library :
       {"Boost.Graph", "RapidJSON", "fmt", "spdlog", "CLI11", "libcsv", "OpenSSL (libcrypto)"}) {
    std::string text = entry(listing, library);
    ASSERT_NE(text, "") << library << " is not listed:\n" << listing;
    EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(text[std::string(library).size() + 3])))
        << library << " has no version: " << text;
    EXPECT_NE(text.find("\n      licence: "), std::string::npos) << text;
    EXPECT_NE(text.find("\n      in lapaudit: "), std::string::npos) << text;
    EXPECT_NE(text.find("\n      source: http"), std::string::npos) << text;
  }
}

TEST(LicensesCommandTest, VersionsAreTheOnesBuiltWith) {
  auto listing = run_lapaudit("licenses").out;
  std::string csv = std::to_string(CSV_MAJOR) + "." + std::to_string(CSV_MINOR) + "." +
                    std::to_string(CSV_RELEASE);
  std::string boost = std::to_string(BOOST_VERSION / 100000) + "." +
                      std::to_string(BOOST_VERSION / 100 % 1000) + "." +
                      std::to_string(BOOST_VERSION % 100);
  EXPECT_NE(listing.find("\n  libcsv " + csv + "\n"), std::string::npos) << listing;
  EXPECT_NE(listing.find("\n  RapidJSON " RAPIDJSON_VERSION_STRING "\n"), std::string::npos)
      << listing;
  EXPECT_NE(listing.find("\n  Boost.Graph " + boost + "\n"), std::string::npos) << listing;
}

TEST(LicensesCommandTest, LibcsvIsUnderTheLgpl) {
  std::string libcsv = entry(run_lapaudit("licenses").out, "libcsv");
  EXPECT_NE(libcsv.find("licence: GNU Lesser General Public License 2.1 or later (LGPL-2.1+)"),
            std::string::npos)
      << libcsv;
  EXPECT_NE(libcsv.find("source: https://github.com/rgamble/libcsv"), std::string::npos) << libcsv;
}

// The tests' and benchmarks' libraries are not in the program, so its listing leaves them out.
TEST(LicensesCommandTest, LeavesOutWhatOnlyTheTestsUse) {
  auto listing = run_lapaudit("licenses").out;
  EXPECT_EQ(listing.find("GoogleTest"), std::string::npos);
  EXPECT_EQ(listing.find("Google Benchmark"), std::string::npos);
}

// --full is the Debian package's copyright file, byte for byte.
TEST(LicensesCommandTest, FullIsTheCopyrightFileTheBuildWrote) {
  auto result = run_lapaudit("licenses --full");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')),
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/");
  auto copyright = std::filesystem::path(LAPAUDIT_BINARY).parent_path() / "generated/copyright";
  EXPECT_EQ(result.out, testing::read_file(copyright.string()));
  EXPECT_NE(result.out.find("\nLicense: LGPL-2.1+\n This library is free software"),
            std::string::npos);
}

}  // namespace
}  // namespace lapaudit
