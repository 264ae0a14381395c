# SPDX-License-Identifier: Apache-2.0
# Writes the bash completion script with the group ids and cycle names of the rule set in
# RULES_DIR. Usage: cmake -DRULES_DIR=... -DINPUT=... -DOUTPUT=... -P bash_completion.cmake

# The `key` of every entry of the list `section` in RULES_DIR/file, space-separated, in `out`.
function(rule_set_names out file section key)
  file(READ "${RULES_DIR}/${file}" json)
  string(JSON count LENGTH "${json}" ${section})
  math(EXPR last "${count} - 1")
  set(names "")
  foreach(i RANGE ${last})
    string(JSON name GET "${json}" ${section} ${i} ${key})
    list(APPEND names "${name}")
  endforeach()
  list(JOIN names " " names)
  set(${out} "${names}" PARENT_SCOPE)
endfunction()

rule_set_names(LAPAUDIT_GROUP_IDS groups.json groups id)
rule_set_names(LAPAUDIT_CYCLE_NAMES cycles.json cycles name)
configure_file("${INPUT}" "${OUTPUT}" @ONLY)
