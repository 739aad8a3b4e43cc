#pragma once
// A tie of a network a test draws by hand, between actors given by their index.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "ecosys/model/network.hpp"

namespace ecosys::test {

/// The tie from actor a to actor b (indices into Network::actors); each other field
/// as given, by default as a Tie holds it.
inline Tie tie(std::size_t a, std::size_t b, std::string type = "tie", double weight = 1.0, std::optional<int> year = {},
               bool directed = false) {
    Tie t;
    t.source = a;
    t.target = b;
    t.type = std::move(type);
    t.weight = weight;
    t.year = year;
    t.directed = directed;
    return t;
}

}  // namespace ecosys::test
