# Every dependency comes from a Debian package (see ../shared/notes/build.md); nothing is downloaded.
find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
# XML, ZIP and TOML for the exporters, validators and edition manifests (issues 3–5).
find_package(LibXml2 REQUIRED)
find_package(pugixml REQUIRED)
find_package(libzip REQUIRED)  # needs Debian's zipcmp, zipmerge and ziptool too (see ../shared/notes/build.md)
pkg_check_modules(TOMLPP REQUIRED IMPORTED_TARGET tomlplusplus)
if(GALLEY_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
