# The project's warning flags, one place for every target of ours (the library, the
# program, the tests, the Python module, the fuzz targets, the benchmarks):
# -Wall -Wextra under GCC and Clang, and with ECOSYS_WERROR=ON (scripts/test.sh sets it
# in CI) every warning fails the build, so a new one cannot land. Third-party headers
# (Boost, nlohmann/json, CLI11, pybind11, doctest) come in as system headers and are
# not ours to warn about.
option(ECOSYS_WERROR "Treat the project's compiler warnings as errors" OFF)

function(ecosys_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  # GCC 12 (Debian 12's) reports -Wrestrict inside libstdc++ when a literal is put
  # before a temporary string ("a" + std::to_string(i)): a false positive of that
  # release (GCC bug 105329, fixed in GCC 13) that comes and goes with inlining, so it
  # is turned off there and only there.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(ECOSYS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
