# BV_SANITIZE: every target built and linked with AddressSanitizer and UndefinedBehaviorSanitizer
# (scripts/run-tests --sanitize). BV_FUZZ: the same, with libFuzzer's coverage instrumentation
# in every library, and the fuzz targets of tests/fuzz (scripts/fuzz); clang only.
if(BV_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BV_FUZZ needs clang's libFuzzer: configure with -DCMAKE_CXX_COMPILER=clang++-14 "
                        "(Debian: clang-14 libclang-rt-14-dev llvm-14; scripts/setup-deps --sanitize)")
endif()
set(bv_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined)
add_compile_options(${bv_sanitizers} -fno-omit-frame-pointer -g1)
add_link_options(${bv_sanitizers})
if(BV_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
# Where the sanitizers' options and suppressions come from, for every test (tests/CMakeLists.txt).
set(BV_SANITIZER_ENV
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:check_initialization_order=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/ubsan.supp")
