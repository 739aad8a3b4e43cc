#include "ecosys/helix/synergy.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "util/rounding.hpp"

namespace ecosys {

Synergy::Synergy(std::vector<std::string> helices, std::vector<std::uint32_t> patterns)
    : helices_(std::move(helices)), patterns_(std::move(patterns)) {
    if (helices_.size() != 3 && helices_.size() != 4)
        throw std::invalid_argument("Synergy needs 3 or 4 helices, got " + std::to_string(helices_.size()));
}

double Synergy::entropy(std::uint32_t mask) const {
    if (patterns_.empty()) return 0.0;
    std::vector<std::uint32_t> values;
    values.reserve(patterns_.size());
    for (std::uint32_t p : patterns_) values.push_back(p & mask);
    std::sort(values.begin(), values.end());
    const double total = static_cast<double>(values.size());
    double h = 0;
    for (std::size_t i = 0; i < values.size();) {
        std::size_t j = i;
        while (j < values.size() && values[j] == values[i]) ++j;
        const double p = static_cast<double>(j - i) / total;
        h -= p * std::log2(p);
        i = j;
    }
    return h;
}

double Synergy::information(std::uint32_t mask) const {
    double t = 0, magnitude = 0;
    // Every non-empty subset of mask: sign + for odd size, - for even.
    for (std::uint32_t sub = mask; sub != 0; sub = (sub - 1) & mask) {
        const double h = entropy(sub);
        t += (std::popcount(sub) % 2 == 1 ? 1.0 : -1.0) * h;
        magnitude += h;
    }
    // A helix no project involves adds entropies that cancel exactly: T4 = T3 - T3.
    return detail::zero_if_rounding(t, magnitude);
}

void Synergy::run() {
    t3_ = information(0b111);
    t4_.reset();
    if (helices_.size() == 4) t4_ = information(0b1111);
    has_run_ = true;
}

double Synergy::t3() const {
    assure_finished();
    return t3_;
}

std::optional<double> Synergy::t4() const {
    assure_finished();
    return t4_;
}

std::optional<double> Synergy::r4() const {
    assure_finished();
    if (!t4_) return std::nullopt;
    return *t4_ == 0 ? 0.0 : -*t4_;  // no "-0" in the output
}

std::vector<std::string> synergy_helices(const Network& network) {
    auto declared = [&](const char* id) { return network.find_sector(id) != nullptr; };
    std::vector<std::string> out;
    if (declared("academia") && declared("industry") && declared("government")) {
        out = {"academia", "industry", "government"};
        if (declared("finance")) out.push_back("finance");
        return out;
    }
    for (const Sector& s : network.sectors) {
        if (out.size() == 4) break;
        out.push_back(s.id);
    }
    if (out.size() < 3) out.clear();
    return out;
}

std::vector<std::uint32_t> project_patterns(const Network& network, const std::vector<std::string>& helices,
                                            std::span<const std::size_t> actors) {
    std::vector<char> inside(network.actors.size(), 0);
    for (std::size_t a : actors) inside[a] = 1;
    std::vector<std::uint32_t> out;
    for (const Project& project : network.projects) {
        bool any = false;
        std::uint32_t pattern = 0;
        for (std::size_t a : project.participants) {
            if (!inside[a]) continue;
            any = true;
            const auto h = std::find(helices.begin(), helices.end(), network.actors[a].sector);
            if (h != helices.end()) pattern |= 1u << static_cast<unsigned>(h - helices.begin());
        }
        if (any) out.push_back(pattern);
    }
    return out;
}

std::optional<SynergyFigures> synergy_figures(const Network& network, std::span<const std::size_t> actors) {
    const std::vector<std::string> helices = synergy_helices(network);
    if (helices.empty()) return std::nullopt;
    std::vector<std::uint32_t> patterns = project_patterns(network, helices, actors);
    if (patterns.empty()) return std::nullopt;
    Synergy synergy(helices, std::move(patterns));
    synergy.run();
    SynergyFigures f;
    f.projects = synergy.projects();
    f.helices = helices;
    f.t3 = synergy.t3();
    f.t4 = synergy.t4();
    f.r4 = synergy.r4();
    // Every three of the helices, in helix order: (0,1,2), then (0,1,3), (0,2,3), (1,2,3).
    const std::vector<std::uint32_t> masks =
        helices.size() == 3 ? std::vector<std::uint32_t>{0b0111} : std::vector<std::uint32_t>{0b0111, 0b1011, 0b1101, 0b1110};
    for (std::uint32_t mask : masks) {
        std::vector<std::string> names;
        for (std::size_t h = 0; h < helices.size(); ++h)
            if (mask & (1u << h)) names.push_back(helices[h]);
        f.triples.push_back({std::move(names), synergy.information(mask)});
    }
    return f;
}

}  // namespace ecosys
