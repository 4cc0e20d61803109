# The hardening build (issue 11): AddressSanitizer + UndefinedBehaviorSanitizer on every target, with
# libFuzzer's coverage instrumentation so the same objects serve tests/fuzz. Clang only: gcc has no
# libFuzzer, and one compiler for both keeps a single build-hardening tree (and its ccache) shared.
#
#   CC=clang CXX=clang++ cmake -S . -B build-hardening -G Ninja -DCMAKE_BUILD_TYPE=Debug \
#     -DBULKHEAD_HARDENING=ON [-DBULKHEAD_FIXTURES_DIR=...]
#   installer/hardening-check.sh   builds it and runs the core and integration tests and the fuzzers
#
# BULKHEAD_HARDENING implies BULKHEAD_FUZZ, and turns BULKHEAD_BUILD_UI off by default: the
# sanitizer run covers core, the test support and the core + integration tests (which run
# bulkheadctl, so that and the PDF report library it links are still built); compiling the views
# and their tests under ASan would only cost CI time.
option(BULKHEAD_HARDENING "Sanitizer (ASan+UBSan) and libFuzzer-instrumented build; needs clang" OFF)
option(BULKHEAD_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" ${BULKHEAD_HARDENING})

if(BULKHEAD_HARDENING)
  set(BULKHEAD_UI_DEFAULT OFF)
else()
  set(BULKHEAD_UI_DEFAULT ON)
endif()
option(BULKHEAD_BUILD_UI "Build the desktop program, its views and their tests (off: core, bulkheadctl, core and integration tests)"
       ${BULKHEAD_UI_DEFAULT})

if(BULKHEAD_HARDENING)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BULKHEAD_HARDENING needs clang (found ${CMAKE_CXX_COMPILER_ID} "
                        "${CMAKE_CXX_COMPILER}): it builds with -fsanitize=fuzzer-no-link, which gcc lacks. "
                        "Configure a fresh build directory with CC=clang CXX=clang++.")
  endif()
  set(BULKHEAD_FUZZ ON) # implied, whatever the cache says
  # -O1: fast enough to run the whole suite, still precise stack traces with the frame pointer.
  # -fno-sanitize-recover: a UBSan report ends the process, so ctest sees it as a failure.
  add_compile_options(-O1 -g -fno-omit-frame-pointer
                      -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
