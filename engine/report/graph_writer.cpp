// SPDX-License-Identifier: Apache-2.0
#include "report/graph_writer.hpp"

#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <optional>

#include "report/json_output.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

// The picture as plain data, drawn once and written in either format.
struct PictureNode {
  std::string id;    // "action:4", "group:gso", "activity:12msp-002"
  std::string kind;  // "action", "group", "activity"
  std::string label;
  std::optional<Status> status;  // with coverage, for actions and groups
  bool silo = false;
  bool gender_related = false;  // for activities
};

struct PictureEdge {
  std::string from;
  std::string to;
  std::string kind;             // "responsible", "addresses", "takes_part"
  std::optional<bool> covered;  // with coverage, for responsibility
  bool gender_related = false;  // for an activity's edges
  bool inferred = false;        // a responsibility the rule set infers, not one a source states
};

struct Picture {
  std::vector<PictureNode> nodes;
  std::vector<PictureEdge> edges;
};

std::string action_node(int id) { return "action:" + std::to_string(id); }
std::string group_node(const std::string& id) { return "group:" + id; }

void add_activities(const Audit& audit, Picture& picture) {
  const auto& activities = audit.log.activities;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    if (!audit.in_period[i]) continue;
    const Activity& activity = activities[i];
    bool related = audit.gender_related[i];
    std::string node = "activity:" + activity.id;
    picture.nodes.push_back(
        {node, "activity", activity.id + "\n" + activity.date.to_string(), {}, false, related});
    for (int action : audit.graph.actions_of(i)) {
      picture.edges.push_back({node, action_node(action), "addresses", {}, related});
    }
    for (const auto& group : audit.graph.groups_of(i)) {
      picture.edges.push_back({node, group_node(group), "takes_part", {}, related});
    }
  }
}

Picture draw(const Audit& audit, const GraphOptions& options) {
  Picture picture;
  const AuditReport& report = audit.report;
  for (const auto& action : report.actions) {
    PictureNode node{action_node(action.id),
                     "action",
                     "Action " + std::to_string(action.id) + "\n" + action.section,
                     {},
                     false,
                     false};
    if (options.coverage) node.status = action.status;
    picture.nodes.push_back(std::move(node));
  }
  for (const auto& group : report.groups) {
    PictureNode node{group_node(group.id), "group", group.id, {}, false, false};
    if (options.coverage) {
      node.status = group.status;
      node.silo = std::any_of(report.silos.begin(), report.silos.end(),
                              [&](const Silo& silo) { return silo.group == group.id; });
    }
    picture.nodes.push_back(std::move(node));
  }
  for (const auto& action : report.actions) {
    for (const auto& group : audit.graph.responsible_groups(action.id)) {
      PictureEdge edge{action_node(action.id), group_node(group), "responsible", {}, false};
      auto cover = std::find_if(action.groups.begin(), action.groups.end(),
                                [&](const GroupCover& c) { return c.group == group; });
      edge.inferred = cover != action.groups.end() && cover->basis == Basis::kInferred;
      if (options.coverage) edge.covered = cover != action.groups.end() && cover->covered;
      picture.edges.push_back(std::move(edge));
    }
  }
  if (options.activities) add_activities(audit, picture);
  return picture;
}

// A DOT double-quoted string.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

// Fill and border colours per status; the label says the status too (not colour alone).
const char* fill_colour(Status status) {
  switch (status) {
    case Status::kMissing:
      return "#f8d7da";
    case Status::kApproaches:
      return "#fff3cd";
    case Status::kMeets:
      return "#d4edda";
    case Status::kExceeds:
      return "#cce5ff";
  }
  return "white";
}

std::string dot_node(const PictureNode& node) {
  std::string label = node.label;
  std::string attributes;
  if (node.kind == "action") attributes = "shape=box";
  if (node.kind == "group") attributes = "shape=ellipse";
  if (node.kind == "activity") {
    attributes = std::string("shape=note, fontsize=10") +
                 (node.gender_related ? "" : ", fontcolor=\"#6a737d\", color=\"#6a737d\"");
  }
  if (node.status) {
    label += "\n" + std::string(status_name(*node.status));
    attributes += std::string(", style=filled, fillcolor=\"") + fill_colour(*node.status) + "\"";
  }
  if (node.silo) {
    label += " (silo)";
    attributes += ", peripheries=2, color=\"#cf222e\"";
  }
  return "    " + quoted(node.id) + " [label=" + quoted(label) + ", " + attributes + "];\n";
}

std::string dot_edge(const PictureEdge& edge) {
  std::string attributes;
  if (edge.covered) {
    attributes = *edge.covered ? "color=\"#1a7f37\", penwidth=2, tooltip=\"covered\""
                               : "color=\"#cf222e\", style=dashed, tooltip=\"not covered\"";
  } else if (edge.kind != "responsible") {
    attributes = edge.gender_related ? "color=\"#57606a\"" : "color=\"#afb8c1\", style=dotted";
  } else {
    attributes = "color=\"#57606a\"";
  }
  if (edge.inferred) attributes += ", label=\"*\", fontsize=10, edgetooltip=\"inferred link\"";
  return "  " + quoted(edge.from) + " -- " + quoted(edge.to) + " [" + attributes + "];\n";
}

std::string dot_cluster(const Picture& picture, const std::string& kind, const std::string& name,
                        const std::string& label) {
  std::string out = "  subgraph " + name + " {\n    label=" + quoted(label) + ";\n";
  for (const auto& node : picture.nodes) {
    if (node.kind == kind) out += dot_node(node);
  }
  return out + "  }\n";
}

std::string period_label(const AuditReport& report) {
  if (!report.period) return "";
  std::string text = report.period->from.to_string() + " to " + report.period->to.to_string();
  return report.cycle.empty() ? text : report.cycle + ": " + text;
}

}  // namespace

std::string write_graph_dot(const Audit& audit, const GraphOptions& options) {
  Picture picture = draw(audit, options);
  std::string title = audit.report.rules_title;
  if (options.coverage && audit.report.period) title += "\n" + period_label(audit.report);
  bool any_inferred = std::any_of(picture.edges.begin(), picture.edges.end(),
                                  [](const PictureEdge& edge) { return edge.inferred; });
  if (any_inferred) title += "\n* an inferred link, not stated by a source (lapaudit rules)";
  std::string out = "graph lapaudit {\n";
  out += "  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=" + quoted(title) + "];\n";
  out += "  node [fontname=\"Helvetica\"];\n";
  out += dot_cluster(picture, "action", "cluster_actions", "Gender-relevant actions");
  out += dot_cluster(picture, "group", "cluster_groups", "Working groups");
  if (options.activities)
    out += dot_cluster(picture, "activity", "cluster_activities", "Activities of the period");
  for (const auto& edge : picture.edges) out += dot_edge(edge);
  return out + "}\n";
}

std::string write_graph_json(const Audit& audit, const GraphOptions& options) {
  Picture picture = draw(audit, options);
  std::string out;
  json_output::TextStream stream(out);
  json_output::Writer w(stream);
  json_output::set_layout(w);
  w.StartObject();
  w.Key("schema");
  json_output::text(w, kGraphSchema);
  w.Key("rules");
  json_output::text(w, audit.report.rules_name);
  w.Key("period");
  if (options.coverage && audit.report.period) {
    w.StartObject();
    w.Key("from");
    json_output::text(w, audit.report.period->from.to_string());
    w.Key("to");
    json_output::text(w, audit.report.period->to.to_string());
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("nodes");
  w.StartArray();
  for (const auto& node : picture.nodes) {
    w.StartObject();
    w.Key("id");
    json_output::text(w, node.id);
    w.Key("kind");
    json_output::text(w, node.kind);
    w.Key("label");
    json_output::text(w, node.label);
    if (node.status) {
      w.Key("status");
      json_output::text(w, status_name(*node.status));
    }
    if (node.kind == "group" && options.coverage) {
      w.Key("silo");
      w.Bool(node.silo);
    }
    if (node.kind == "activity") {
      w.Key("gender_related");
      w.Bool(node.gender_related);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const auto& edge : picture.edges) {
    w.StartObject();
    w.Key("source");
    json_output::text(w, edge.from);
    w.Key("target");
    json_output::text(w, edge.to);
    w.Key("kind");
    json_output::text(w, edge.kind);
    if (edge.covered) {
      w.Key("covered");
      w.Bool(*edge.covered);
    }
    if (edge.kind == "responsible") {
      w.Key("inferred");
      w.Bool(edge.inferred);
    }
    if (edge.kind != "responsible") {
      w.Key("gender_related");
      w.Bool(edge.gender_related);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out += '\n';
  return out;
}

}  // namespace lapaudit
