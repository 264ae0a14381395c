// SPDX-License-Identifier: Apache-2.0
#pragma once

// The style sheet and script inlined into every HTML report (no network: the page must work
// when opened from a mail attachment), and their Content-Security-Policy hashes, so that the
// page runs its own script and style and nothing else, even if a text were ever left unescaped.

#include <string>
#include <string_view>

namespace lapaudit {

std::string_view report_page_css();

// Wires the group filter (also from a "#group=ID" address) and marks <html data-script="ready">
// once it has run, so a browser test can tell that the script was allowed to run.
std::string_view report_page_script();

// "'sha256-<base64>'": a CSP source that allows exactly `text` as an inline script or style.
std::string csp_hash(std::string_view text);

}  // namespace lapaudit
