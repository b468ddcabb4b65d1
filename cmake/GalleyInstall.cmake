# What `cmake --install` puts where: the galley command, the built-in exporter plugins (installed by
# their folders), and the plugin SDK with a CMake package so that find_package(Galley) works.
include(CMakePackageConfigHelpers)

install(TARGETS galley RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set_target_properties(galley_model PROPERTIES EXPORT_NAME model)
set_target_properties(galley_plugin_sdk PROPERTIES EXPORT_NAME plugin_sdk)
install(TARGETS galley_model galley_plugin_sdk EXPORT GalleyTargets)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/formats/include/galley ${PROJECT_SOURCE_DIR}/plugins/include/galley
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(GALLEY_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Galley)
install(EXPORT GalleyTargets NAMESPACE Galley:: DESTINATION ${GALLEY_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/GalleyConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/GalleyConfig.cmake
                              INSTALL_DESTINATION ${GALLEY_CMAKE_DIR}
                              PATH_VARS CMAKE_INSTALL_INCLUDEDIR GALLEY_PLUGIN_INSTALL_DIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/GalleyConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/GalleyConfig.cmake ${PROJECT_BINARY_DIR}/GalleyConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/GalleyPlugin.cmake
        DESTINATION ${GALLEY_CMAKE_DIR})
