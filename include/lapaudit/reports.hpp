// SPDX-License-Identifier: Apache-2.0
#pragma once

// lapaudit's public API, part 4 of 4: the report formats.
//   - the audit as text, Markdown, HTML, CSV and JSON (schema lapaudit/report/v1), and the
//     coverage graph as DOT or JSON
//   - the views (lapaudit/views.hpp) as text or JSON
//   - the rule set itself, as text or JSON (`lapaudit rules`)
//   - a JSON report read back, to compare two audits
//   - one_line / escape_controls: a value of the input made safe to show on a terminal
// Writers return the whole text (or write it to a TextSink); saving it is the caller's.

#include "report/csv_report_writer.hpp"
#include "report/explanation_writer.hpp"
#include "report/gaps_writer.hpp"
#include "report/graph_writer.hpp"
#include "report/html_report_writer.hpp"
#include "report/json_report_writer.hpp"
#include "report/markdown_report_writer.hpp"
#include "report/report_diff_writer.hpp"
#include "report/report_reader.hpp"
#include "report/rule_set_writer.hpp"
#include "report/text_report_writer.hpp"
#include "util/text_sink.hpp"
#include "util/text_util.hpp"
