#include "report/definitions.hpp"

#include "ecosys/analysis/registry.hpp"

namespace ecosys::detail {

// Both read the metric registry (src/analysis/registry.cpp), where each metric's label
// and definition are written once.

std::string_view metric_label(std::string_view key, Language language) {
    const MetricInfo* m = find_metric(key);
    return m ? (language == Language::ja ? m->label_ja : m->label) : key;
}

std::string_view metric_definition(std::string_view key, Language language) {
    const MetricInfo* m = find_metric(key);
    return m ? (language == Language::ja ? m->definition_ja : m->definition) : std::string_view();
}

}  // namespace ecosys::detail
