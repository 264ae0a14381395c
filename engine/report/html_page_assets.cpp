// SPDX-License-Identifier: Apache-2.0
#include "report/html_page_assets.hpp"

#include <openssl/evp.h>

namespace lapaudit {

std::string_view report_page_css() {
  return R"CSS(
:root { --covered: #cfe9d6; --covered-ink: #14532d; --uncovered: #f9d0cf; --uncovered-ink: #7f1d1d;
  --none: #f1f1f1; --none-ink: #6b6b6b; --rule: #c8c8c8; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 0 auto;
  max-width: 70rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.rules { color: #444; margin: 0; }
.summary { font-size: 1.1rem; margin: .8rem 0; }
table { border-collapse: collapse; margin: .4rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eaeaea; }
td.number { text-align: right; }
.heat-map td.cell { text-align: center; font-weight: bold; min-width: 2.2rem; }
.heat-map thead th.group { vertical-align: bottom; height: 11rem; padding: .3rem .2rem; }
.heat-map thead th.group span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
.heat-map .section { display: block; font-weight: normal; color: #555; font-size: .85em; }
.cell.covered { background: var(--covered); color: var(--covered-ink); }
.cell.uncovered { background: var(--uncovered); color: var(--uncovered-ink); }
.cell.not-responsible { background: var(--none); color: var(--none-ink); }
.cell.inferred { outline: 2px dashed #555; outline-offset: -3px; }
.inferred-mark { font-weight: normal; }
.inferred-links { font-size: .9em; }
p.warning { border-left: 4px solid #b00020; padding: .4rem .8rem; background: #fff4f4; }
.heat-map .selected { outline: 3px solid #1d4ed8; outline-offset: -3px; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; }
.legend .cell { display: inline-block; width: 1.8rem; text-align: center; font-weight: bold;
  border: 1px solid var(--rule); margin-right: .3rem; }
.status { font-weight: bold; white-space: nowrap; }
.status-missing { color: #991b1b; }
.status-approaches { color: #9a3412; }
.status-meets, .status-exceeds { color: #166534; }
.filter { background: #eef2ff; border: 1px solid #c7d2fe; padding: .5rem .8rem; margin: 1rem 0; }
.filter select { font: inherit; }
.findings { padding-left: 1.2rem; }
.finding { margin-bottom: .7rem; }
.finding p { margin: 0; }
.severity { font-weight: bold; text-transform: uppercase; font-size: .8em; padding: 0 .3rem;
  border: 1px solid currentColor; margin-right: .3rem; }
.severity-high .severity { color: #991b1b; }
.rule-name, .note { color: #555; }
.evidence { margin: .2rem 0 0; padding-left: 1.2rem; color: #333; }
.waived { color: #555; font-style: italic; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
footer { margin-top: 2rem; color: #666; font-size: .85em; }
[hidden] { display: none !important; }
#silos ul:not(:has(li:not([hidden])))::before { content: "None for this group."; }
#findings:not(:has(.finding-group:not([hidden])))::after { content: "No finding for this group."; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 9pt; max-width: none; padding: 0; }
  .no-print { display: none !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  .heat-map thead th.group { height: 8.5rem; }
}
)CSS";
}

std::string_view report_page_script() {
  return R"JS(
(function () {
  var root = document.documentElement;
  var select = document.getElementById('group-filter');
  function apply(group) {
    document.querySelectorAll('[data-filter-group]').forEach(function (item) {
      item.hidden = group !== '' && item.getAttribute('data-filter-group') !== group;
    });
    document.querySelectorAll('.heat-map [data-group]').forEach(function (cell) {
      cell.classList.toggle('selected', cell.getAttribute('data-group') === group);
    });
    root.setAttribute('data-filter', group);
  }
  function from_address() {
    var match = /^#group=(.+)$/.exec(window.location.hash);
    if (!match) return '';
    var group = decodeURIComponent(match[1]);
    var known = Array.prototype.some.call(select.options, function (option) {
      return option.value === group;
    });
    return known ? group : '';
  }
  if (select) {
    select.addEventListener('change', function () {
      apply(select.value);
      try {
        history.replaceState(null, '', select.value ? '#group=' + encodeURIComponent(select.value) : '#');
      } catch (e) {}
    });
    select.value = from_address();
    apply(select.value);
  }
  root.setAttribute('data-script', 'ready');
})();
)JS";
}

std::string csp_hash(std::string_view text) {
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(text.data(), text.size(), hash, &length, EVP_sha256(), nullptr);
  std::string encoded(std::size_t{4} * ((length + 2) / 3), '\0');
  int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()), hash,
                                static_cast<int>(length));
  encoded.resize(static_cast<std::size_t>(written));
  return "'sha256-" + encoded + "'";
}

}  // namespace lapaudit
