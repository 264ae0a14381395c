// SPDX-License-Identifier: Apache-2.0
#include "report/graph_writer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "load/json_scanner.hpp"
#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;

const std::string kLog =
    "[" +
    activity_json("joint", "2024-01-10", R"(["gso", "clearance"])",
                  R"(, "actions": [4, 23], "gender_marker": 2, "title": "A \"quoted\" title")") +
    "," + activity_json("plain", "2024-02-10", R"(["stockpile"])", R"(, "actions": [4])") + "]";

TEST(GraphWriterTest, DotHasActionsGroupsAndResponsibility) {
  Audit audit = audit_json("[]");
  std::string dot = write_graph_dot(audit, {});
  EXPECT_EQ(dot.rfind("graph lapaudit {\n", 0), 0u);
  EXPECT_NE(dot.find("    \"action:23\" [label=\"Action 23\\nSurvey, clearance and risk "
                     "education\", shape=box];\n"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("  \"action:23\" -- \"group:clearance\" [color=\"#57606a\"];\n"),
            std::string::npos);
  EXPECT_EQ(dot.find("fillcolor"), std::string::npos);  // no activities: no statuses
}

TEST(GraphWriterTest, CoverageColoursNodesAndMarksSilos) {
  Audit audit = audit_json(kLog);
  std::string dot = write_graph_dot(audit, {true, false});
  EXPECT_NE(dot.find("\"action:23\" [label=\"Action 23\\nSurvey, clearance and risk "
                     "education\\nmeets\", shape=box, style=filled, fillcolor=\"#d4edda\"];"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("\\n* an inferred link, not stated by a source (lapaudit rules)"),
            std::string::npos);  // the title says what the marks on the links mean
  EXPECT_NE(dot.find("\"group:stockpile\" [label=\"stockpile\\nmissing (silo)\""),
            std::string::npos);
  EXPECT_NE(dot.find("\"action:4\" -- \"group:stockpile\" [color=\"#cf222e\", style=dashed, "
                     "tooltip=\"not covered\", label=\"*\", fontsize=10, "
                     "edgetooltip=\"inferred link\"];"),
            std::string::npos);
  EXPECT_EQ(dot.find("activity:"), std::string::npos);
}

TEST(GraphWriterTest, ActivitiesAreNodesWhenAsked) {
  Audit audit = audit_json(kLog);
  std::string dot = write_graph_dot(audit, {true, true});
  EXPECT_NE(dot.find("\"activity:joint\" -- \"action:23\" [color=\"#57606a\"];"), std::string::npos)
      << dot;
  EXPECT_NE(dot.find("\"activity:plain\" -- \"group:stockpile\" [color=\"#afb8c1\", "
                     "style=dotted];"),
            std::string::npos);
}

TEST(GraphWriterTest, JsonIsValidAndCarriesStatuses) {
  Audit audit = audit_json(kLog);
  std::string json = write_graph_json(audit, {true, true});
  auto parsed = scan_json_document(json, "graph.json");
  ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
  const auto& doc = parsed->document;
  EXPECT_STREQ(doc["schema"].GetString(), "lapaudit/graph/v1");
  EXPECT_EQ(doc["nodes"].Size(), 9u + 8u + 2u);
  EXPECT_STREQ(doc["nodes"][0]["status"].GetString(), "approaches");
  EXPECT_EQ(doc["edges"][0]["covered"].GetBool(), true);  // action 4 -- gso
}

TEST(GraphWriterTest, DotRendersWithGraphviz) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "Graphviz `dot` is not installed (Debian package graphviz; "
                    "scripts/setup.sh installs it): the DOT output was not rendered";
  }
  Audit audit = audit_json(kLog);
  std::string path = testing::temp_path("graph-test.dot");
  testing::write_file(path, write_graph_dot(audit, {true, true}));
  std::string svg = path + ".svg";
  ASSERT_EQ(std::system(("dot -Tsvg '" + path + "' -o '" + svg + "'").c_str()), 0);
  EXPECT_NE(testing::read_file(svg).find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace lapaudit
