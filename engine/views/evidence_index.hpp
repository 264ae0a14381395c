// SPDX-License-Identifier: Apache-2.0
#pragma once

// The activities a report cites as evidence, by id: so that the reports people read (Markdown,
// HTML, CSV) can show the date and title beside an id instead of the id alone.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/activity.hpp"
#include "model/audit_report.hpp"

namespace lapaudit {

struct EvidenceActivity {
  std::string id;
  std::string date;  // YYYY-MM-DD
  std::string title;
};

class EvidenceIndex {
 public:
  EvidenceIndex() = default;

  // Keeps, from `activities`, those that `report` cites (in findings, covers and groups).
  EvidenceIndex(const AuditReport& report, const std::vector<Activity>& activities);

  // The activity with `id`, or nullptr when the index does not hold it (a report read back
  // without its log, say).
  const EvidenceActivity* find(std::string_view id) const;

 private:
  std::unordered_map<std::string, EvidenceActivity> by_id_;
};

}  // namespace lapaudit
