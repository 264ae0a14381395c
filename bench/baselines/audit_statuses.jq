# SPDX-License-Identifier: Apache-2.0
# The baseline in jq: the status of every gender-relevant action as spec.md "Default statuses"
# defines it, over every date in the input, keeping only valid records.
#
# The groups responsible for an action are those in force on the last day of that period.
#
# Usage: jq -c --slurpfile actions RULES/actions.json --slurpfile groups RULES/groups.json \
#          --slurpfile lexicon RULES/lexicon.json --slurpfile checks RULES/checks.json \
#          --slurpfile sections RULES/sections.json --slurpfile cycles RULES/cycles.json \
#          -f audit_statuses.jq ACTIVITIES.json
($groups[0].groups | map(.id)) as $group_ids
| ($cycles[0].cycles | map({key: .name, value: .}) | from_entries) as $cycle
| ($lexicon[0].tags | map(ascii_downcase)) as $tags
| ("(?<!\\w)(?:" + ([$lexicon[0].terms[][]
     | gsub("(?<c>[.*+?()\\[\\]{}|^$\\\\])"; "\\\\\(.c)")] | join("|")) + ")(?!\\w)") as $pattern
| ($checks[0].rules[] | select(.kind == "coverage" and .subject == "action")
   | .params.exceeds_at) as $exceeds_at
| (if type == "object" then .activities else . end)
| map(select(
    (.date | type == "string" and test("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
       and ((strptime("%Y-%m-%d") | mktime | strftime("%Y-%m-%d")) == .))
    and ((.groups // []) | length > 0 and all(. as $g | $group_ids | index([$g]) != null))
    and ((.actions // []) | all(type == "number" and . >= 1 and . <= 50 and . == floor))))
| (map(.date) | max) as $last_day
| def in_force: (if .from_cycle then $cycle[.from_cycle].from else "0000-00-00" end) <= $last_day
    and $last_day <= (if .to_cycle then $cycle[.to_cycle].to else "9999-99-99" end);
  def responsible($action):
    [(($action.responsible // null)
       // ($sections[0].sections[] | select(.first <= $action.id and $action.id <= .last)
           | .responsible))[]
     | (if type == "string" then {group: .} else . end) as $link
     | $groups[0].groups[] | select($link.group == "*" or $link.group == .id)
     | select(($link | in_force) and in_force) | .id];
  map(select(
    if has("gender_marker") then .gender_marker > 0
    elif ((.tags // []) | any(ascii_downcase as $t | $tags | index([$t]) != null)) then true
    else ((.title // "") | test($pattern; "i")) or ((.description // "") | test($pattern; "i"))
    end)) as $gendered
| [$actions[0].actions[] as $action
   | ($gendered | map(select((.actions // []) | index([$action.id]) != null))) as $listing
   | ([$listing[].groups[]] | unique) as $covered
   | {key: ($action.id | tostring),
      value: (if ($listing | length) == 0 then "missing"
              elif (responsible($action) | all(. as $g | $covered | index([$g]) != null)) | not
                then "approaches"
              elif ($listing | length) >= $exceeds_at then "exceeds"
              else "meets" end)}]
| from_entries
