#include "ecosys/metrics/sampled_sources.hpp"

namespace ecosys {

std::size_t SampledSources::sources_used() const {
    assure_finished();
    return used_;
}

}  // namespace ecosys
