#include "ecosys/metrics/power_iteration.hpp"

namespace ecosys {

bool PowerIteration::converged() const {
    assure_finished();
    return converged_;
}

double PowerIteration::last_change() const {
    assure_finished();
    return last_change_;
}

}  // namespace ecosys
