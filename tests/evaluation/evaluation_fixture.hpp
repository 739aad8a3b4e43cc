#pragma once
// The statsmodels reference values of the evaluation tests (tests/reference/evaluation.json,
// written by tests/reference/make_evaluation_reference.py).

#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace ecosys::test {

inline nlohmann::json load_evaluation_fixture() {
    const std::string path = ECOSYS_SOURCE_DIR "/tests/reference/evaluation.json";
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "missing fixture " << path << ": run /usr/bin/python3 "
                                                  << "tests/reference/make_evaluation_reference.py");
    return nlohmann::json::parse(in);
}

}  // namespace ecosys::test
