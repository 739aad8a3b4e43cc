#include "ecosys/metrics/algorithm.hpp"

#include <stdexcept>

namespace ecosys {

void Algorithm::assure_finished() const {
    if (!has_run_) throw std::logic_error("metric results read before they were computed: call run() first");
}

}  // namespace ecosys
