# Build options and the warning/sanitizer flags every galley target gets.
option(GALLEY_BUILD_TESTS "Build the GoogleTest suite" ON)
option(GALLEY_BUILD_FUZZERS "Build libFuzzer targets (needs clang)" OFF)
option(GALLEY_BUILD_BENCH "Build the benchmarks under bench/ (needs libbenchmark-dev)" OFF)
option(GALLEY_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(galley_flags INTERFACE)
target_compile_options(galley_flags INTERFACE -Wall -Wextra -Werror -Wshadow)
# GCC 12 reports -Wrestrict on std::string's own inlined code at -O3 (GCC bug 105329, fixed in 13).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(galley_flags INTERFACE -Wno-restrict)
endif()
if(GALLEY_SANITIZE)
  target_compile_options(galley_flags INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all
                                                -fno-omit-frame-pointer)
  target_link_options(galley_flags INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
