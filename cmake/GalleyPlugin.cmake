# galley_add_exporter_plugin(NAME SOURCES src...)
# Builds an exporter plugin as a shared module named galley-NAME.so against the plugin SDK. Used in this
# tree for the built-in exporters and installed for plugins built elsewhere (find_package(Galley)).
function(galley_add_exporter_plugin name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
  add_library(${name} MODULE ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "galley-${name}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(TARGET Galley::plugin_sdk)
    target_link_libraries(${name} PRIVATE Galley::plugin_sdk ${ARG_LIBRARIES})
  else()
    target_link_libraries(${name} PRIVATE galley_plugin_sdk ${ARG_LIBRARIES})
  endif()
  target_compile_features(${name} PRIVATE cxx_std_20)
endfunction()
