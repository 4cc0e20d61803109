# Seed corpora for the fuzz targets, assembled at configure time from what the tests already feed
# the same parsers, so that the seeds follow the tests without a copy to keep in step:
# - the fixture files a test names ("trivy/alpine-310.json.golden"), as symbolic links into
#   BULKHEAD_FIXTURES_DIR (the shared fixtures are never copied into the repository);
# - the raw string literals R"(...)" of a test (kubeconfigs, policies, manifests written inline).
# Everything lands in the build tree; hand-written seeds (tests/fuzz/seeds/<name>/) and found
# crashes (tests/fuzz/regressions/<name>/) are used from the source tree as they are.

# Writes each raw string literal of `text` whose content matches `match` to
# <dir>/<stem>-literal-<n> and sets `count` to how many. Raw strings are taken because they hold
# their bytes exactly; ordinary literals would need C++ unescaping, which CMake cannot do reliably.
# (Written one by one, never gathered in a CMake list: a literal with an unbalanced '[' would
# swallow the list's separators.)
function(bulkhead_fuzz_raw_strings text match dir stem count)
  set(n 0)
  set(rest "${text}")
  while(TRUE)
    string(FIND "${rest}" "R\"" at)
    if(at EQUAL -1)
      break()
    endif()
    # Not a raw string when R ends an identifier (FOOBAR"...") or is u8R/LR/uR (not used here).
    set(before "")
    if(at GREATER 0)
      math(EXPR prev "${at} - 1")
      string(SUBSTRING "${rest}" ${prev} 1 before)
    endif()
    math(EXPR open "${at} + 2")
    string(SUBSTRING "${rest}" ${open} -1 rest)
    if(before MATCHES "[A-Za-z0-9_]")
      continue()
    endif()
    string(FIND "${rest}" "(" paren)
    if(paren EQUAL -1 OR paren GREATER 16)
      continue()
    endif()
    string(SUBSTRING "${rest}" 0 ${paren} delimiter)
    if(delimiter MATCHES "[ \\\\\t\n)\"]")
      continue()
    endif()
    math(EXPR body "${paren} + 1")
    string(SUBSTRING "${rest}" ${body} -1 rest)
    string(FIND "${rest}" ")${delimiter}\"" close)
    if(close EQUAL -1)
      break()
    endif()
    string(SUBSTRING "${rest}" 0 ${close} literal)
    string(LENGTH ")${delimiter}\"" tail)
    math(EXPR after "${close} + ${tail}")
    string(SUBSTRING "${rest}" ${after} -1 rest)
    if(literal MATCHES "${match}")
      math(EXPR n "${n} + 1")
      file(WRITE "${dir}/${stem}-literal-${n}" "${literal}")
    endif()
  endwhile()
  set(${count} ${n} PARENT_SCOPE)
endfunction()

# Fills `dir` with the seeds of one target: TESTS are test sources relative to tests/
# ("core/tst_kubeconfig.cpp"), MATCH a regular expression a raw string must match to be taken
# (default: any; keep its brackets balanced, CMake lists count them), FIXTURES further fixture files or globs relative to BULKHEAD_FIXTURES_DIR.
# Sets `count` to the number of seeds written.
function(bulkhead_fuzz_seeds dir count)
  cmake_parse_arguments(ARG "" "MATCH" "TESTS;FIXTURES" ${ARGN})
  if(NOT ARG_MATCH)
    set(ARG_MATCH ".")
  endif()
  file(REMOVE_RECURSE "${dir}")
  file(MAKE_DIRECTORY "${dir}")
  set(fixtures_ok FALSE)
  if(BULKHEAD_FIXTURES_DIR AND IS_DIRECTORY "${BULKHEAD_FIXTURES_DIR}")
    set(fixtures_ok TRUE)
  endif()

  set(n 0)
  set(fixture_files "")
  foreach(test IN LISTS ARG_TESTS)
    set(src "${PROJECT_SOURCE_DIR}/tests/${test}")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${src}")
    file(READ "${src}" text)
    get_filename_component(stem "${test}" NAME_WE)

    bulkhead_fuzz_raw_strings("${text}" "${ARG_MATCH}" "${dir}" "${stem}" written)
    math(EXPR n "${n} + ${written}")

    # "dir/file.ext" strings that name a fixture file.
    string(REGEX MATCHALL "\"[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+\"" quoted "${text}")
    foreach(q IN LISTS quoted)
      string(REPLACE "\"" "" rel "${q}")
      if(fixtures_ok AND EXISTS "${BULKHEAD_FIXTURES_DIR}/${rel}" AND NOT IS_DIRECTORY "${BULKHEAD_FIXTURES_DIR}/${rel}")
        list(APPEND fixture_files "${rel}")
      endif()
    endforeach()
  endforeach()

  if(fixtures_ok)
    foreach(pattern IN LISTS ARG_FIXTURES)
      file(GLOB_RECURSE matched RELATIVE "${BULKHEAD_FIXTURES_DIR}" "${BULKHEAD_FIXTURES_DIR}/${pattern}")
      list(APPEND fixture_files ${matched})
    endforeach()
    list(REMOVE_DUPLICATES fixture_files)
    foreach(rel IN LISTS fixture_files)
      string(REPLACE "/" "_" name "fixture_${rel}")
      file(CREATE_LINK "${BULKHEAD_FIXTURES_DIR}/${rel}" "${dir}/${name}" SYMBOLIC)
      math(EXPR n "${n} + 1")
    endforeach()
  elseif(ARG_FIXTURES OR fixture_files)
    message(STATUS "fuzz seeds ${dir}: BULKHEAD_FIXTURES_DIR (${BULKHEAD_FIXTURES_DIR}) is absent, "
                   "the fixture seeds are skipped (the tests' literals and tests/fuzz/seeds are used)")
  endif()
  set(${count} ${n} PARENT_SCOPE)
endfunction()
