# SPDX-License-Identifier: Apache-2.0
# The third-party notices of this build, from THIRD-PARTY-NOTICES (the one place they are written:
# Debian's machine-readable copyright format, one paragraph per library). At configure time,
# lapaudit_write_notices() adds to each library's paragraph the version this build found, and
# writes into generated/:
#   THIRD-PARTY-NOTICES        every paragraph (the program, the tests, the benchmarks);
#   copyright                  the paragraphs of what the program contains: the Debian package's
#                              /usr/share/doc/lapaudit/copyright;
#   third_party_notices.cpp    that same text, built into lapaudit for `lapaudit licenses`.
# A library's version is <CMake-Name>_VERSION (or its upper-case form) as find_package left it,
# else the PACKAGE_VERSION of its CMake package file, and on Debian the version of its
# Debian-Package as dpkg-query reports it.

# The version find_package found for `name`, or "" when this build did not look for it.
function(_lapaudit_found_version name out)
  string(TOUPPER "${name}" upper)
  foreach(variable IN ITEMS ${name}_VERSION ${upper}_VERSION)
    if(NOT "${${variable}}" STREQUAL "")
      set(${out} "${${variable}}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(version "")
  if(${name}_DIR)
    file(GLOB version_files "${${name}_DIR}/*ConfigVersion.cmake"
         "${${name}_DIR}/*-config-version.cmake")
    foreach(version_file IN LISTS version_files)
      file(STRINGS "${version_file}" lines REGEX "set\\(PACKAGE_VERSION \"")
      if(lines MATCHES "set\\(PACKAGE_VERSION \"([^\"]+)\"")
        set(version "${CMAKE_MATCH_1}")
      endif()
    endforeach()
  endif()
  set(${out} "${version}" PARENT_SCOPE)
endfunction()

# "libfmt-dev 9.1.0+ds1-2, source package fmtlib": the installed Debian package matching the
# pattern `package` (the one whose version starts with `version` when several are), or "".
function(_lapaudit_debian_version package version out)
  set(${out} "" PARENT_SCOPE)
  find_program(LAPAUDIT_DPKG_QUERY dpkg-query)
  if(NOT LAPAUDIT_DPKG_QUERY OR package STREQUAL "")
    return()
  endif()
  execute_process(
    COMMAND "${LAPAUDIT_DPKG_QUERY}" -W
            "-f=\${db:Status-Abbrev}|\${Package}|\${Version}|\${source:Package}\n" "${package}"
    OUTPUT_VARIABLE listing ERROR_QUIET)
  string(REPLACE "\n" ";" lines "${listing}")
  set(chosen "")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "^ii +\\|([^|]+)\\|([^|]+)\\|(.*)$")
      continue()
    endif()
    set(found "${CMAKE_MATCH_1} ${CMAKE_MATCH_2}, source package ${CMAKE_MATCH_3}")
    string(REGEX REPLACE "^[0-9]+:" "" debian_upstream "${CMAKE_MATCH_2}")
    if(chosen STREQUAL "" OR (NOT version STREQUAL "" AND debian_upstream MATCHES "^${version}"))
      set(chosen "${found}")
    endif()
  endforeach()
  set(${out} "${chosen}" PARENT_SCOPE)
endfunction()

# The value of the one-line field `field` of a paragraph, or "".
function(_lapaudit_field paragraph field out)
  if("\n${paragraph}" MATCHES "\n${field}: ([^\n]*)")
    set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

# Writes `content` to `path` only when it differs, so an unchanged text rebuilds nothing.
function(_lapaudit_write_if_changed path content)
  file(WRITE "${path}.tmp" "${content}")
  file(COPY_FILE "${path}.tmp" "${path}" ONLY_IF_DIFFERENT)
  file(REMOVE "${path}.tmp")
endfunction()

# Call once every find_package of every build (program, tests, benchmarks) has run.
function(lapaudit_write_notices notices_file output_dir)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${notices_file}")
  file(READ "${notices_file}" text)
  # CMake lists split on ";" and pair brackets: hide both while the text is a list of paragraphs.
  string(ASCII 1 semicolon)
  string(ASCII 2 open_bracket)
  string(ASCII 3 close_bracket)
  string(REPLACE ";" "${semicolon}" text "${text}")
  string(REPLACE "[" "${open_bracket}" text "${text}")
  string(REPLACE "]" "${close_bracket}" text "${text}")
  string(STRIP "${text}" text)
  string(REPLACE "\n\n" ";" paragraphs "${text}")

  set(everything "")
  set(program "")
  foreach(paragraph IN LISTS paragraphs)
    _lapaudit_field("${paragraph}" "Library" library)
    if(library STREQUAL "")
      string(APPEND everything "${paragraph}\n\n")
      string(APPEND program "${paragraph}\n\n")
      continue()
    endif()
    _lapaudit_field("${paragraph}" "CMake-Name" cmake_name)
    _lapaudit_field("${paragraph}" "Debian-Package" debian_package)
    _lapaudit_field("${paragraph}" "Used-By" used_by)
    _lapaudit_found_version("${cmake_name}" version)
    _lapaudit_debian_version("${debian_package}" "${version}" debian)
    set(recorded "")
    if(NOT version STREQUAL "")
      string(APPEND recorded "Version: ${version}\n")
    elseif(debian STREQUAL "")
      string(APPEND recorded "Version: not found by this build\n")
    endif()
    if(NOT debian STREQUAL "")
      string(APPEND recorded "Debian-Version: ${debian}\n")
    endif()
    string(REPLACE "Library: ${library}\n" "Library: ${library}\n${recorded}" paragraph
                   "${paragraph}")
    string(APPEND everything "${paragraph}\n\n")
    if(" ${used_by} " MATCHES " lapaudit ")
      string(APPEND program "${paragraph}\n\n")
    endif()
  endforeach()

  foreach(name IN ITEMS everything program)
    string(STRIP "${${name}}" ${name})
    string(REPLACE "${semicolon}" ";" ${name} "${${name}}")
    string(REPLACE "${open_bracket}" "[" ${name} "${${name}}")
    string(REPLACE "${close_bracket}" "]" ${name} "${${name}}")
    string(APPEND ${name} "\n")
  endforeach()
  _lapaudit_write_if_changed("${output_dir}/THIRD-PARTY-NOTICES" "${everything}")
  _lapaudit_write_if_changed("${output_dir}/copyright" "${program}")
  _lapaudit_write_if_changed("${output_dir}/third_party_notices.cpp"
"// Generated by cmake/third_party_notices.cmake from THIRD-PARTY-NOTICES. Do not edit.
#include <string_view>

namespace lapaudit::generated {

std::string_view third_party_notices() {
  return R\"notices(${program})notices\";
}

}  // namespace lapaudit::generated
")
endfunction()
