#include "report/definitions.hpp"

#include "ecosys/analysis/registry.hpp"

namespace ecosys::detail {

// Both read the metric registry (src/analysis/registry.cpp), where each metric's label
// and definition are written once.

std::string_view metric_label(std::string_view key) {
    const MetricInfo* m = find_metric(key);
    return m ? m->label : key;
}

std::string_view metric_definition(std::string_view key) {
    const MetricInfo* m = find_metric(key);
    return m ? m->definition : std::string_view();
}

}  // namespace ecosys::detail
