// SPDX-License-Identifier: Apache-2.0
#pragma once

// The audit's picture of one period, as a Boost.Graph: the plan's gender-relevant actions, the
// working groups, the partners and the activities of the period are vertices; responsibility
// (action-group), addressing (activity-action), taking part (activity-group) and partnering
// (activity-partner) are edges. Statuses and silos are read off it by walking it. This is the
// only file that knows Boost.Graph.

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "model/activity.hpp"
#include "model/rule_set.hpp"

namespace lapaudit {

// An activity of the period as the graph takes it. `index` is how the questions below name it
// (its place in the log: indexes may have gaps, for the activities outside the period).
struct GraphActivity {
  std::size_t index = 0;
  const Activity& activity;
  bool gender_related = false;
};

class CoverageGraph {
 public:
  // The whole graph, built at once: the action, group and partner vertices and the
  // responsibility edges of `rules`, and a vertex and its edges for each of `activities`. An
  // activity's group, partner or action that `rules` does not have (a group of another cycle's
  // committee) is left out.
  explicit CoverageGraph(const RuleSet& rules, std::span<const GraphActivity> activities = {});
  ~CoverageGraph();
  CoverageGraph(CoverageGraph&&) noexcept;
  CoverageGraph& operator=(CoverageGraph&&) noexcept;

  // The groups responsible for `action`, in rule-set order.
  std::vector<std::string> responsible_groups(int action) const;
  // The gender-relevant actions `group` is responsible for, ascending.
  std::vector<int> carried_actions(const std::string& group) const;
  // Activities (by index, ascending) that address `action` / involve `group`.
  std::vector<std::size_t> activities_of_action(int action, bool gender_related_only) const;
  std::vector<std::size_t> activities_of_group(const std::string& group,
                                               bool gender_related_only) const;
  // Whether activity `index` involves `group` / addresses `action`.
  bool involves(std::size_t index, const std::string& group) const;
  bool addresses(std::size_t index, int action) const;
  // The groups activity `index` involves / the gender-relevant actions it addresses.
  std::vector<std::string> groups_of(std::size_t index) const;
  std::vector<int> actions_of(std::size_t index) const;

  // Forgets every vertex and edge (frees the memory of a large graph once it has been read).
  void clear();

  // Groups joined by gender-related activities that involve several of them, as connected
  // components: each inner list is one set of groups joined directly or through others,
  // sorted; the lists are sorted by their first group.
  std::vector<std::vector<std::string>> joined_groups() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lapaudit
