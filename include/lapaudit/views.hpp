// SPDX-License-Identifier: Apache-2.0
#pragma once

// lapaudit's public API, part 3 of 4: what is derived from an audit (lapaudit/audit.hpp).
//   - gaps: one coordinator's gaps ("what are my group's gaps?")
//   - explanation: why an action or a group has the status it has, with the evidence
//   - report_diff: what changed between two audits (two JSON reports)
//   - evidence_index: the activities the findings cite, for the reports

#include "views/evidence_index.hpp"
#include "views/explanation.hpp"
#include "views/gaps.hpp"
#include "views/report_diff.hpp"
