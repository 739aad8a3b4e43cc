#include "ecosys/metrics/all_sources_metric.hpp"

namespace ecosys {

const std::vector<double>& AllSourcesMetric::scores() const {
    assure_finished();
    return scores_;
}

}  // namespace ecosys
