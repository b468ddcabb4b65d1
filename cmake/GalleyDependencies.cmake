# Every dependency comes from a Debian package (see ../shared/notes/build.md); nothing is downloaded.
find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
if(GALLEY_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
