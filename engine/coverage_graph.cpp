#include "coverage_graph.hpp"

#include <algorithm>
#include <map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

namespace lapaudit {
namespace {

enum class NodeKind { kAction, kGroup, kPartner, kActivity };
enum class EdgeKind { kResponsible, kAddresses, kTakesPart, kPartners };

struct Node {
  NodeKind kind = NodeKind::kAction;
  int action = 0;          // for actions
  std::string id;          // for groups and partners
  std::size_t index = 0;   // for activities: the caller's index
  bool gender_related = false;
};

struct Link {
  EdgeKind kind = EdgeKind::kResponsible;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, Node, Link>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

}  // namespace

struct CoverageGraph::Impl {
  Graph graph;
  std::map<int, Vertex> actions;
  std::map<std::string, Vertex> groups;
  std::map<std::string, Vertex> partners;
  std::vector<Vertex> activities;  // by the caller's index; kNone when not added
  static constexpr Vertex kNone = static_cast<Vertex>(-1);

  Vertex activity(std::size_t index) const {
    return index < activities.size() ? activities[index] : kNone;
  }

  // Neighbours of `v` over edges of `kind`.
  template <class Visit>
  void each_neighbour(Vertex v, EdgeKind kind, Visit visit) const {
    for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e) {
      if (graph[*e].kind == kind) visit(boost::target(*e, graph));
    }
  }

  std::vector<std::size_t> activities_near(Vertex v, EdgeKind kind, bool gender_only) const {
    std::vector<std::size_t> out;
    each_neighbour(v, kind, [&](Vertex a) {
      if (!gender_only || graph[a].gender_related) out.push_back(graph[a].index);
    });
    std::sort(out.begin(), out.end());
    return out;
  }

  bool linked(std::size_t index, Vertex other, EdgeKind kind) const {
    Vertex v = activity(index);
    if (v == kNone) return false;
    auto [e, exists] = boost::edge(v, other, graph);
    return exists && graph[e].kind == kind;
  }
};

CoverageGraph::CoverageGraph(const RuleSet& rules) : impl_(std::make_unique<Impl>()) {
  Graph& g = impl_->graph;
  for (const auto& group : rules.groups) {
    impl_->groups[group.id] = boost::add_vertex(Node{NodeKind::kGroup, 0, group.id, 0, false}, g);
  }
  for (const auto& partner : rules.partners) {
    impl_->partners[partner.id] =
        boost::add_vertex(Node{NodeKind::kPartner, 0, partner.id, 0, false}, g);
  }
  for (const auto& action : rules.actions) {
    Vertex v = boost::add_vertex(Node{NodeKind::kAction, action.id, {}, 0, false}, g);
    impl_->actions[action.id] = v;
    for (const auto& group : action.responsible) {
      boost::add_edge(v, impl_->groups.at(group), Link{EdgeKind::kResponsible}, g);
    }
  }
}

CoverageGraph::~CoverageGraph() = default;
CoverageGraph::CoverageGraph(CoverageGraph&&) noexcept = default;
CoverageGraph& CoverageGraph::operator=(CoverageGraph&&) noexcept = default;

void CoverageGraph::add_activity(const Activity& activity, std::size_t index,
                                 bool gender_related) {
  Graph& g = impl_->graph;
  Vertex v = boost::add_vertex(Node{NodeKind::kActivity, 0, {}, index, gender_related}, g);
  if (impl_->activities.size() <= index) impl_->activities.resize(index + 1, Impl::kNone);
  impl_->activities[index] = v;
  for (int action : activity.actions) {
    auto it = impl_->actions.find(action);
    if (it != impl_->actions.end()) boost::add_edge(v, it->second, Link{EdgeKind::kAddresses}, g);
  }
  for (const auto& group : activity.groups) {
    boost::add_edge(v, impl_->groups.at(group), Link{EdgeKind::kTakesPart}, g);
  }
  for (const auto& partner : activity.partners) {
    boost::add_edge(v, impl_->partners.at(partner), Link{EdgeKind::kPartners}, g);
  }
}

std::vector<std::string> CoverageGraph::responsible_groups(int action) const {
  std::vector<std::string> out;
  auto it = impl_->actions.find(action);
  if (it == impl_->actions.end()) return out;
  impl_->each_neighbour(it->second, EdgeKind::kResponsible,
                        [&](Vertex g) { out.push_back(impl_->graph[g].id); });
  return out;
}

std::vector<int> CoverageGraph::carried_actions(const std::string& group) const {
  std::vector<int> out;
  auto it = impl_->groups.find(group);
  if (it == impl_->groups.end()) return out;
  impl_->each_neighbour(it->second, EdgeKind::kResponsible,
                        [&](Vertex a) { out.push_back(impl_->graph[a].action); });
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::size_t> CoverageGraph::activities_of_action(int action,
                                                             bool gender_related_only) const {
  auto it = impl_->actions.find(action);
  if (it == impl_->actions.end()) return {};
  return impl_->activities_near(it->second, EdgeKind::kAddresses, gender_related_only);
}

std::vector<std::size_t> CoverageGraph::activities_of_group(const std::string& group,
                                                            bool gender_related_only) const {
  auto it = impl_->groups.find(group);
  if (it == impl_->groups.end()) return {};
  return impl_->activities_near(it->second, EdgeKind::kTakesPart, gender_related_only);
}

bool CoverageGraph::involves(std::size_t index, const std::string& group) const {
  auto it = impl_->groups.find(group);
  return it != impl_->groups.end() && impl_->linked(index, it->second, EdgeKind::kTakesPart);
}

bool CoverageGraph::addresses(std::size_t index, int action) const {
  auto it = impl_->actions.find(action);
  return it != impl_->actions.end() && impl_->linked(index, it->second, EdgeKind::kAddresses);
}

std::vector<std::string> CoverageGraph::groups_of(std::size_t index) const {
  std::vector<std::string> out;
  Vertex v = impl_->activity(index);
  if (v == Impl::kNone) return out;
  impl_->each_neighbour(v, EdgeKind::kTakesPart,
                        [&](Vertex g) { out.push_back(impl_->graph[g].id); });
  return out;
}

std::vector<int> CoverageGraph::actions_of(std::size_t index) const {
  std::vector<int> out;
  Vertex v = impl_->activity(index);
  if (v == Impl::kNone) return out;
  impl_->each_neighbour(v, EdgeKind::kAddresses,
                        [&](Vertex a) { out.push_back(impl_->graph[a].action); });
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::vector<std::string>> CoverageGraph::joined_groups() const {
  // A graph of groups only: an edge wherever one gender-related activity involves both.
  std::vector<std::string> ids;
  std::map<std::string, std::size_t> position;
  for (const auto& [id, vertex] : impl_->groups) {
    position[id] = ids.size();
    ids.push_back(id);
  }
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> joined(ids.size());
  for (Vertex activity : impl_->activities) {
    if (activity == Impl::kNone || !impl_->graph[activity].gender_related) continue;
    std::vector<std::size_t> members;
    impl_->each_neighbour(activity, EdgeKind::kTakesPart,
                          [&](Vertex g) { members.push_back(position.at(impl_->graph[g].id)); });
    for (std::size_t i = 1; i < members.size(); ++i) {
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
