// SPDX-License-Identifier: Apache-2.0
#pragma once

// The action-group graph of an audit as a picture (`lapaudit graph`): Graphviz DOT, which
// `dot -Tsvg` renders, or JSON for other tools (schema "lapaudit/graph/v1"). Actions and working
// groups are nodes, responsibility the edges; with coverage, nodes are coloured by status and
// each edge says whether the group covered the action, and silo groups are marked; with
// activities, the period's activities are nodes too, linked to the actions they address and the
// groups that took part.
//
// The structure is read through CoverageGraph's plain accessors, so that only coverage_graph
// knows Boost.Graph; DOT is written here rather than with boost::write_graphviz because the
// picture needs stable ids, labels, clusters and colours, which would all be hand-written
// property writers anyway.

#include <string>

#include "rules/audit.hpp"

namespace lapaudit {

inline constexpr const char* kGraphSchema = "lapaudit/graph/v1";

struct GraphOptions {
  bool coverage = false;    // colour by status: the audit had activities
  bool activities = false;  // the period's activities as nodes too
};

// The rule set named in the picture is the audit's own.
std::string write_graph_dot(const Audit& audit, const GraphOptions& options);
std::string write_graph_json(const Audit& audit, const GraphOptions& options);

}  // namespace lapaudit
