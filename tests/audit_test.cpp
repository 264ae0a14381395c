// SPDX-License-Identifier: Apache-2.0
// run_audit: the log in its canonical order (by date, then id), whatever the order it came in.

#include "rules/audit.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "test_util.hpp"

namespace lapaudit {
namespace {

std::vector<std::string> ids_in_order(const Audit& audit) {
  std::vector<std::string> ids;
  for (const auto& activity : audit.log.activities) ids.push_back(activity.id);
  return ids;
}

TEST(AuditTest, ActivitiesComeByDateThenIdWhateverTheirOrderInTheLog) {
  // Ids that share their first eight bytes, ids shorter than eight bytes, and bytes past ASCII
  // (compared as unsigned: "é" after "z").
  std::vector<std::pair<std::string, std::string>> records = {{"activity-10", "2024-03-01"},
                                                              {"activity-9", "2024-03-01"},
                                                              {"activity-1", "2024-03-01"},
                                                              {"activity-100", "2024-03-01"},
                                                              {"b", "2024-03-01"},
                                                              {"ab", "2024-03-01"},
                                                              {"a", "2024-03-01"},
                                                              {"z", "2024-03-01"},
                                                              {"\u00e9t\u00e9", "2024-03-01"},
                                                              {"activity-2", "2024-02-29"},
                                                              {"zz", "2023-12-31"},
                                                              {"activity-10x", "2024-03-02"}};
  std::vector<std::pair<std::string, std::string>> expected = records;
  std::sort(expected.begin(), expected.end(), [](const auto& x, const auto& y) {
    return std::tie(x.second, x.first) < std::tie(y.second, y.first);
  });
  std::vector<std::string> expected_ids;
  for (const auto& [id, date] : expected) expected_ids.push_back(id);
  ASSERT_EQ(expected_ids.front(), "zz");
  ASSERT_EQ(expected_ids[2], "a");

  std::mt19937 shuffle(7);
  for (int round = 0; round < 5; ++round) {
    std::string json = "[";
    for (const auto& [id, date] : records) {
      if (json.size() > 1) json += ",";
      json += testing::activity_json(id, date, R"(["gso"])");
    }
    json += "]";
    Audit audit = testing::audit_json(json);
    EXPECT_EQ(ids_in_order(audit), expected_ids) << "round " << round;
    std::shuffle(records.begin(), records.end(), shuffle);
  }
}

TEST(AuditTest, ALogAlreadyInOrderStaysAsItIs) {
  std::string json = "[" + testing::activity_json("a", "2024-01-01", R"(["gso"])") + "," +
                     testing::activity_json("b", "2024-01-01", R"(["gso"])") + "," +
                     testing::activity_json("c", "2024-01-02", R"(["gso"])") + "]";
  Audit audit = testing::audit_json(json);
  EXPECT_EQ(ids_in_order(audit), (std::vector<std::string>{"a", "b", "c"}));
}

}  // namespace
}  // namespace lapaudit
