#include "ecosys/model/projection.hpp"

#include <algorithm>
#include <string>

#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys {

std::string_view to_string(ProjectWeighting weighting) {
    return weighting == ProjectWeighting::newman ? "newman" : "count";
}

ProjectWeighting parse_project_weighting(std::string_view name) {
    if (name == "count") return ProjectWeighting::count;
    if (name == "newman") return ProjectWeighting::newman;
    const std::vector<std::string> known = {"count", "newman"};
    std::string message = "unknown project weighting " + detail::quote(name);
    message += detail::did_you_mean(name, known);
    throw UsageError(message + "; expected count or newman");
}

std::vector<std::size_t> distinct_participants(const Project& project) {
    std::vector<std::size_t> out = project.participants;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double project_tie_weight(std::size_t k, ProjectWeighting weighting) {
    if (weighting == ProjectWeighting::newman && k >= 2) return 1.0 / static_cast<double>(k - 1);
    return 1.0;
}

std::vector<Tie> project_ties(const Network& network, ProjectWeighting weighting) {
    std::vector<Tie> out;
    for (const Project& project : network.projects) {
        const std::vector<std::size_t> members = distinct_participants(project);
        const double weight = project_tie_weight(members.size(), weighting);
        for (std::size_t i = 0; i < members.size(); ++i) {
            for (std::size_t j = i + 1; j < members.size(); ++j) {
                Tie t;
                t.source = members[i];
                t.target = members[j];
                t.type = std::string(project_tie_type);
                t.weight = weight;
                t.year = project.year;
                out.push_back(std::move(t));
            }
        }
    }
    return out;
}

}  // namespace ecosys
