// SPDX-License-Identifier: Apache-2.0
#include "model/name_list.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace lapaudit {
namespace {

TEST(NameListTest, ReadsLikeAListOfStrings) {
  NameList groups{"gso", "victim-assistance-and-more-than-fifteen", "clearance"};
  EXPECT_EQ(groups.size(), 3U);
  EXPECT_EQ(groups[1], "victim-assistance-and-more-than-fifteen");
  EXPECT_EQ(groups.front(), "gso");
  EXPECT_EQ(groups.back(), "clearance");
  EXPECT_EQ(groups.strings(), (std::vector<std::string>{
                                  "gso", "victim-assistance-and-more-than-fifteen", "clearance"}));
  EXPECT_NE(std::find(groups.begin(), groups.end(), "clearance"), groups.end());
  EXPECT_EQ(std::find(groups.begin(), groups.end(), "stockpile"), groups.end());
  std::string joined;
  for (const std::string& group : groups) joined += group + ";";
  EXPECT_EQ(joined, "gso;victim-assistance-and-more-than-fifteen;clearance;");
}

TEST(NameListTest, EqualNamesShareOneCopy) {
  std::string built = std::string("stock") + "pile";
  NameList a{"stockpile"};
  NameList b;
  b.push_back(built);
  EXPECT_EQ(&a[0], &b[0]);
  EXPECT_EQ(a, b);
  EXPECT_EQ(&intern_name("stockpile"), &a[0]);
  EXPECT_NE(a, NameList{"clearance"});
  EXPECT_NE(a, (NameList{"stockpile", "gso"}));
}

TEST(NameListTest, ListsOfAnyLengthCopyAndCompare) {
  std::vector<std::string> names;
  for (int i = 0; i < 9; ++i) names.push_back("partner-" + std::to_string(i));
  NameList list(names);
  EXPECT_EQ(list.strings(), names);
  NameList copy = list;
  EXPECT_EQ(copy, list);
  copy.clear();
  EXPECT_TRUE(copy.empty());
  EXPECT_EQ(list.size(), 9U);
}

TEST(NameListTest, ThreadsInterningTheSameNamesGetTheSameCopies) {
  std::vector<const std::string*> first(4), second(4);
  auto intern_all = [](std::vector<const std::string*>& out) {
    for (int round = 0; round < 1000; ++round) {
      for (int i = 0; i < 4; ++i) {
        out[i] = &intern_name("threaded-name-" + std::to_string(i));
      }
    }
  };
  std::thread other(intern_all, std::ref(second));
  intern_all(first);
  other.join();
  EXPECT_EQ(first, second);
  EXPECT_EQ(*first[2], "threaded-name-2");
}

TEST(NameTest, ReadsAndComparesAsItsText) {
  Name kind = std::string("work") + "shop";
  EXPECT_EQ(kind, "workshop");
  EXPECT_EQ(kind, std::string("workshop"));
  EXPECT_EQ(kind, Name("workshop"));
  EXPECT_NE(kind, "meeting");
  EXPECT_NE(kind, Name("meeting"));
  EXPECT_EQ(kind.str(), "workshop");
  EXPECT_EQ("a " + kind + " b", "a workshop b");
  const std::string& text = kind;
  EXPECT_EQ(&text, &intern_name("workshop"));
  EXPECT_EQ(sizeof(Name), sizeof(void*));
}

TEST(NameTest, AnEmptyNameIsUnset) {
  Name unset;
  EXPECT_TRUE(unset.empty());
  EXPECT_EQ(unset, Name(""));
  EXPECT_EQ(unset, "");
  EXPECT_EQ(unset.str(), "");
  EXPECT_FALSE(Name("x").empty());
}

}  // namespace
}  // namespace lapaudit
