#pragma once
// Reading the reference fixtures that tests/reference/make_reference.py (NetworkX)
// writes: each holds its network in the ecosys JSON layout and the expected values.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/model/network.hpp"

namespace ecosys::test {

inline std::filesystem::path reference_dir() {
    return std::filesystem::path(ECOSYS_TEST_DATA_DIR).parent_path() / "reference";
}

/// tests/reference/NAME.json; a failed REQUIRE says which script writes it.
inline nlohmann::json load_fixture(const std::string& name, const char* script = "make_reference.py") {
    const auto path = reference_dir() / (name + ".json");
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "missing fixture " << path.string() << ": run /usr/bin/python3 tests/reference/" << script);
    return nlohmann::json::parse(in);
}

/// The network of a fixture: sectors, regions, actors, ties (raw: parallels,
/// self-loops, direction) and projects.
inline Network network_of(const nlohmann::json& j) {
    Network net;
    net.name = j.at("name").get<std::string>();
    net.sectors.clear();
    for (const auto& s : j.at("sectors")) net.sectors.push_back({s.at("id").get<std::string>(), s.value("label", ""), ""});
    for (const auto& r : j.at("regions")) net.regions.push_back({r.at("id").get<std::string>(), r.value("name", ""), "", true});
    for (const auto& a : j.at("actors")) {
        Actor actor;
        actor.id = a.at("id").get<std::string>();
        actor.name = a.value("name", actor.id);
        actor.sector = a.at("sector").get<std::string>();
        actor.region = a.value("region", "");
        net.actors.push_back(std::move(actor));
    }
    net.index();
    for (const auto& t : j.at("ties")) {
        Tie tie;
        tie.source = *net.find_actor(t.at("source").get<std::string>());
        tie.target = *net.find_actor(t.at("target").get<std::string>());
        tie.weight = t.value("weight", 1.0);
        tie.directed = t.value("directed", false);
        net.ties.push_back(tie);
    }
    for (const auto& p : j.value("projects", nlohmann::json::array())) {
        Project project;
        project.id = p.at("id").get<std::string>();
        for (const auto& id : p.at("participants")) project.participants.push_back(*net.find_actor(id.get<std::string>()));
        net.projects.push_back(std::move(project));
    }
    return net;
}

}  // namespace ecosys::test
