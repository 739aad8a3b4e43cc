# Unity build by folder (docs/architecture.md, "Building"): with ECOSYS_UNITY=ON (the
# default) the sources of one folder of src/ compile as one translation unit, so the
# headers every file includes (nlohmann/json, Boost.Graph, the standard library) are
# parsed and their templates compiled once per folder instead of once per file: a
# fresh build takes about a third of the processor time. The price: names at file
# scope (anonymous namespaces included) must differ within a folder, which is also
# where two copies of a helper would belong in one shared file. -DECOSYS_UNITY=OFF
# builds file by file (quicker to rebuild after editing one file).
option(ECOSYS_UNITY "Compile each folder of src/ as one translation unit" ON)

function(ecosys_unity target)
  if(NOT ECOSYS_UNITY)
    return()
  endif()
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
  get_target_property(sources ${target} SOURCES)
  foreach(source ${sources})
    get_filename_component(path ${source} ABSOLUTE)
    if(path MATCHES "^${PROJECT_SOURCE_DIR}/src/([^/]+)/[^/]+\\.cpp$")
      set_source_files_properties(${source} TARGET_DIRECTORY ${target} PROPERTIES UNITY_GROUP ${CMAKE_MATCH_1})
    endif()
  endforeach()
endfunction()
