// SPDX-License-Identifier: Apache-2.0
// The project's documentation stands on its own: every relative link in README.md and doc/*.md
// leads to a file that exists (and a "#anchor" to a heading of that file), and no page users
// get sends them to the team's private notes (../shared, spec.md), which they do not have.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.hpp"

namespace lapaudit {
namespace {

namespace fs = std::filesystem;

// The text of `markdown` without fenced code blocks and inline code spans, whose brackets and
// parentheses are examples, not links. Line breaks are kept so that line numbers still hold.
std::string without_code(const std::string& markdown) {
  std::string out;
  std::istringstream lines(markdown);
  std::string line;
  bool in_fence = false;
  while (std::getline(lines, line)) {
    auto first = line.find_first_not_of(' ');
    if (first != std::string::npos && line.compare(first, 3, "```") == 0) {
      in_fence = !in_fence;
    } else if (!in_fence) {
      bool in_span = false;
      for (char c : line) {
        if (c == '`') {
          in_span = !in_span;
        } else if (!in_span) {
          out += c;
        }
      }
    }
    out += '\n';
  }
  return out;
}

// The link targets of `markdown`: inline links and images "[text](target)", and reference
// definitions "[label]: target".
std::vector<std::string> link_targets(const std::string& markdown) {
  std::vector<std::string> out;
  std::string text = without_code(markdown);
  std::regex inline_link(R"(\]\(([^)\s]+)(\s+"[^"]*")?\))");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), inline_link);
       it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1].str());
  }
  std::regex reference(R"((^|\n) {0,3}\[[^\]]+\]:\s*(\S+))");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), reference);
       it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[2].str());
  }
  return out;
}

// The anchors GitHub gives the headings of `markdown`: lower case, spaces as hyphens, other
// punctuation dropped; a repeated heading gets "-1", "-2"...
std::set<std::string> heading_anchors(const std::string& markdown) {
  std::set<std::string> out;
  std::map<std::string, int> seen;
  std::istringstream lines(markdown);
  std::string line;
  bool in_fence = false;
  while (std::getline(lines, line)) {
    auto first = line.find_first_not_of(' ');
    if (first != std::string::npos && line.compare(first, 3, "```") == 0) in_fence = !in_fence;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (in_fence || line.empty() || line[0] != '#') continue;
    auto text_start = line.find_first_not_of('#');
    if (text_start == std::string::npos || line[text_start] != ' ') continue;
    std::string slug;
    for (char c : line.substr(text_start + 1)) {
      auto byte = static_cast<unsigned char>(c);
      if (std::isalnum(byte) != 0 || c == '-' || c == '_' || byte >= 0x80) {
        slug += static_cast<char>(std::tolower(byte));
      } else if (c == ' ') {
        slug += '-';
      }
    }
    int count = seen[slug]++;
    out.insert(count == 0 ? slug : slug + "-" + std::to_string(count));
  }
  return out;
}

bool is_external(const std::string& target) {
  return target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0 ||
         target.rfind("mailto:", 0) == 0;
}

// What is wrong with the relative links of the Markdown file `page`, one line per broken link.
std::vector<std::string> broken_links(const fs::path& page) {
  std::vector<std::string> out;
  std::string markdown = testing::read_file(page.string());
  for (const auto& target : link_targets(markdown)) {
    if (is_external(target)) continue;
    auto hash = target.find('#');
    std::string file = target.substr(0, hash);
    std::string anchor = hash == std::string::npos ? "" : target.substr(hash + 1);
    fs::path linked = file.empty() ? page : page.parent_path() / file;
    if (!fs::exists(linked)) {
      out.push_back(page.string() + ": link to " + target + ": no such file");
    } else if (!anchor.empty()) {
      if (linked.extension() != ".md") {
        out.push_back(page.string() + ": link to " + target +
                      ": an anchor into a non-Markdown file");
      } else if (heading_anchors(testing::read_file(linked.string())).count(anchor) == 0) {
        out.push_back(page.string() + ": link to " + target + ": no heading with that anchor");
      }
    }
  }
  return out;
}

// README.md and every Markdown page of doc/.
std::vector<fs::path> documentation_pages() {
  std::vector<fs::path> out = {testing::source_path("README.md")};
  for (const auto& entry : fs::directory_iterator(testing::source_path("doc"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".md") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(DocLinksTest, TheDocFolderHasItsPages) {
  for (const char* page : {"doc/README.md", "doc/commands.md", "doc/inputs.md",
                           "doc/report-json.md", "doc/rules.md"}) {
    EXPECT_TRUE(fs::exists(testing::source_path(page))) << page << " is missing";
  }
}

TEST(DocLinksTest, EveryRelativeLinkLeadsToAFileAndHeadingThatExist) {
  auto pages = documentation_pages();
  ASSERT_GE(pages.size(), 6u);
  for (const auto& page : pages) {
    for (const auto& problem : broken_links(page)) ADD_FAILURE() << problem;
  }
}

TEST(DocLinksTest, NoPageSendsUsersToTheTeamsPrivateNotes) {
  std::vector<fs::path> files = {testing::source_path("README.md"),
                                 testing::source_path("fixtures/README.md")};
  for (const char* folder : {"doc", "schemas"}) {
    for (const auto& entry : fs::recursive_directory_iterator(testing::source_path(folder))) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  for (const auto& file : files) {
    std::string text = testing::read_file(file.string());
    for (const char* word : {"../shared", "spec.md"}) {
      EXPECT_EQ(text.find(word), std::string::npos) << file.string() << " mentions " << word;
    }
  }
}

// The checker itself finds what it must: a missing file, a missing heading; and it lets pass
// links to headings that exist, external links and brackets inside code.
TEST(DocLinksTest, TheCheckerFindsABrokenLinkAndAMissingHeading) {
  fs::path folder = testing::temp_path("doc-links");
  fs::create_directories(folder);
  testing::write_file((folder / "other.md").string(), "# Exit codes\n## Exit codes\n");
  testing::write_file((folder / "page.md").string(),
                      "# The page\n"
                      "[ok](other.md#exit-codes), [ok too](other.md#exit-codes-1), "
                      "[self](#the-page), [web](https://example.org/x.md)\n"
                      "`[code](nowhere.md)`\n```\n[fenced](nowhere.md)\n```\n"
                      "[gone](missing.md) and [no heading](other.md#flags)\n");
  auto problems = broken_links(folder / "page.md");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find("missing.md: no such file"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("other.md#flags: no heading"), std::string::npos) << problems[1];
  fs::remove_all(folder);
}

TEST(DocLinksTest, HeadingAnchorsFollowGitHub) {
  auto anchors =
      heading_anchors("## The JSON report (`--format json`)\n### `rules`: the rule set\n");
  EXPECT_EQ(anchors,
            (std::set<std::string>{"the-json-report---format-json", "rules-the-rule-set"}));
}

}  // namespace
}  // namespace lapaudit
