#pragma once
// Import options for the tests that read files naming no sectors (DOT, GraphML, GML,
// Pajek, edge lists): every actor gets sector industry, so that the files read.

#include "ecosys/io/import_options.hpp"

namespace ecosys::test {

inline ImportOptions industry() {
    ImportOptions o;
    o.default_sector = "industry";
    return o;
}

}  // namespace ecosys::test
