// SPDX-License-Identifier: Apache-2.0
#include "rules/coverage_graph.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace lapaudit {
namespace {

enum class NodeKind : std::uint8_t { kAction, kGroup, kPartner, kActivity };

// What a vertex stands for: kept beside the graph, by vertex number (an exterior property),
// and small on purpose, as a large log makes a vertex per activity.
struct Node {
  NodeKind kind = NodeKind::kAction;
  bool gender_related = false;  // for activities
  std::uint32_t value = 0;      // an action's number; a group's or partner's place in
                                // Impl::names; an activity's index
};

// Every relation is a pair of directed edges, one each way, and carries no property: what an
// edge means follows from the kinds of its two ends (action-group: responsible, activity-action:
// addresses, activity-group: takes part, activity-partner: partners). A compressed sparse row
// graph keeps each edge as one 4-byte vertex number; an adjacency_list would allocate every
// edge on its own (several hundred bytes per activity in a large log).
using Vertex = std::uint32_t;
using Graph =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                       boost::no_property, Vertex, std::size_t>;
using Edge = std::pair<Vertex, Vertex>;

}  // namespace

// The vertices' nodes and names, kept beside the graph, and the graph itself, built whole
// when the CoverageGraph is made.
struct CoverageGraph::Impl {
  std::vector<Node> nodes;         // by vertex
  std::vector<std::string> names;  // group and partner ids, by Node::value
  std::map<int, Vertex> actions;
  std::unordered_map<std::string, Vertex> groups;  // looked up for every activity's groups
  std::unordered_map<std::string, Vertex> partners;
  std::vector<Vertex> activities;  // by the caller's index; kNone when not added
  static constexpr Vertex kNone = static_cast<Vertex>(-1);
  Graph graph;

  Vertex activity(std::size_t index) const {
    return index < activities.size() ? activities[index] : kNone;
  }

  const std::string& name(Vertex v) const { return names[nodes[v].value]; }

  Vertex add_vertex(Node node) {
    nodes.push_back(node);
    return static_cast<Vertex>(nodes.size() - 1);
  }

  Vertex add_named(NodeKind kind, const std::string& id) {
    names.push_back(id);
    return add_vertex(Node{kind, false, static_cast<std::uint32_t>(names.size() - 1)});
  }

  // Neighbours of `v` that are of `kind`, in the order their edges were added.
  template <class Visit>
  void each_neighbour(Vertex v, NodeKind kind, Visit visit) const {
    for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e) {
      Vertex next = boost::target(*e, graph);
      if (nodes[next].kind == kind) visit(next);
    }
  }

  std::vector<std::size_t> activities_near(Vertex v, bool gender_only) const {
    std::vector<std::size_t> out;
    each_neighbour(v, NodeKind::kActivity, [&](Vertex a) {
      if (!gender_only || nodes[a].gender_related) out.push_back(nodes[a].value);
    });
    // Usually in order already: activities are added by index.
    if (!std::is_sorted(out.begin(), out.end())) std::sort(out.begin(), out.end());
    return out;
  }

  bool linked(std::size_t index, Vertex other) const {
    Vertex v = activity(index);
    if (v == kNone) return false;
    bool found = false;
    each_neighbour(v, nodes[other].kind, [&](Vertex next) { found = found || next == other; });
    return found;
  }
};

CoverageGraph::CoverageGraph(const RuleSet& rules, std::span<const GraphActivity> activities)
    : impl_(std::make_unique<Impl>()) {
  Impl& g = *impl_;
  // Both edges of each relation (a to b, then b to a), in the order made: the graph's
  // construction sorts them by source and keeps that order within a source, so each vertex
  // keeps its edges in the order added.
  std::vector<Edge> edges;
  auto relate = [&](Vertex a, Vertex b) {
    edges.emplace_back(a, b);
    edges.emplace_back(b, a);
  };
  auto relate_if_known = [&](Vertex v, const auto& vertices, const auto& key) {
    auto it = vertices.find(key);
    if (it != vertices.end()) relate(v, it->second);
  };
  for (const auto& group : rules.groups)
    g.groups[group.id] = g.add_named(NodeKind::kGroup, group.id);
  for (const auto& partner : rules.partners) {
    g.partners[partner.id] = g.add_named(NodeKind::kPartner, partner.id);
  }
  for (const auto& action : rules.actions) {
    Vertex v = g.add_vertex(Node{NodeKind::kAction, false, static_cast<std::uint32_t>(action.id)});
    g.actions[action.id] = v;
    for (const auto& link : action.responsible) relate(v, g.groups.at(link.group));
  }
  for (const GraphActivity& added : activities) {
    Vertex v = g.add_vertex(
        Node{NodeKind::kActivity, added.gender_related, static_cast<std::uint32_t>(added.index)});
    if (g.activities.size() <= added.index) g.activities.resize(added.index + 1, Impl::kNone);
    g.activities[added.index] = v;
    for (int action : added.activity.actions) relate_if_known(v, g.actions, action);
    for (const auto& group : added.activity.groups) relate_if_known(v, g.groups, group);
    for (const auto& partner : added.activity.partners) relate_if_known(v, g.partners, partner);
  }
  g.graph = Graph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), g.nodes.size());
}

CoverageGraph::~CoverageGraph() = default;
CoverageGraph::CoverageGraph(CoverageGraph&&) noexcept = default;
CoverageGraph& CoverageGraph::operator=(CoverageGraph&&) noexcept = default;

void CoverageGraph::clear() { impl_ = std::make_unique<Impl>(); }

std::vector<std::string> CoverageGraph::responsible_groups(int action) const {
  std::vector<std::string> out;
  auto it = impl_->actions.find(action);
  if (it == impl_->actions.end()) return out;
  impl_->each_neighbour(it->second, NodeKind::kGroup,
                        [&](Vertex g) { out.push_back(impl_->name(g)); });
  return out;
}

std::vector<int> CoverageGraph::carried_actions(const std::string& group) const {
  std::vector<int> out;
  auto it = impl_->groups.find(group);
  if (it == impl_->groups.end()) return out;
  impl_->each_neighbour(it->second, NodeKind::kAction,
                        [&](Vertex a) { out.push_back(static_cast<int>(impl_->nodes[a].value)); });
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::size_t> CoverageGraph::activities_of_action(int action,
                                                             bool gender_related_only) const {
  auto it = impl_->actions.find(action);
  if (it == impl_->actions.end()) return {};
  return impl_->activities_near(it->second, gender_related_only);
}

std::vector<std::size_t> CoverageGraph::activities_of_group(const std::string& group,
                                                            bool gender_related_only) const {
  auto it = impl_->groups.find(group);
  if (it == impl_->groups.end()) return {};
  return impl_->activities_near(it->second, gender_related_only);
}

bool CoverageGraph::involves(std::size_t index, const std::string& group) const {
  auto it = impl_->groups.find(group);
  return it != impl_->groups.end() && impl_->linked(index, it->second);
}

bool CoverageGraph::addresses(std::size_t index, int action) const {
  auto it = impl_->actions.find(action);
  return it != impl_->actions.end() && impl_->linked(index, it->second);
}

std::vector<std::string> CoverageGraph::groups_of(std::size_t index) const {
  std::vector<std::string> out;
  Vertex v = impl_->activity(index);
  if (v == Impl::kNone) return out;
  impl_->each_neighbour(v, NodeKind::kGroup, [&](Vertex g) { out.push_back(impl_->name(g)); });
  return out;
}

std::vector<int> CoverageGraph::actions_of(std::size_t index) const {
  std::vector<int> out;
  Vertex v = impl_->activity(index);
  if (v == Impl::kNone) return out;
  impl_->each_neighbour(v, NodeKind::kAction,
                        [&](Vertex a) { out.push_back(static_cast<int>(impl_->nodes[a].value)); });
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::vector<std::string>> CoverageGraph::joined_groups() const {
  // A graph of groups only: an edge wherever one gender-related activity involves both.
  std::vector<std::string> ids;
  std::vector<std::size_t> position(impl_->names.size());  // by Node::value
  for (const auto& [id, vertex] : impl_->groups) {
    position[impl_->nodes[vertex].value] = ids.size();
    ids.push_back(id);
  }
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> joined(ids.size());
  std::vector<bool> seen(ids.size() * ids.size());  // each pair joined once, however often
  std::vector<std::size_t> members;
  for (Vertex activity : impl_->activities) {
    if (activity == Impl::kNone || !impl_->nodes[activity].gender_related) continue;
    members.clear();
    impl_->each_neighbour(activity, NodeKind::kGroup,
                          [&](Vertex g) { members.push_back(position[impl_->nodes[g].value]); });
    for (std::size_t i = 1; i < members.size(); ++i) {
      std::size_t pair = members[0] * ids.size() + members[i];
      if (seen[pair]) continue;
      seen[pair] = true;
      boost::add_edge(members[0], members[i], joined);
    }
  }
  std::vector<int> component(ids.size());
  int count = boost::connected_components(joined, component.data());
  std::vector<std::vector<std::string>> out(static_cast<std::size_t>(count));
  for (std::size_t i = 0; i < ids.size(); ++i) out[component[i]].push_back(ids[i]);
  for (auto& members : out) std::sort(members.begin(), members.end());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace lapaudit
