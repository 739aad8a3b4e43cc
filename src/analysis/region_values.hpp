#pragma once
// Private: a MetricsReport's region values by id, for loops over many regions.
// MetricsReport::region_value looks among all rows, so a loop over R regions took R^2
// steps (whatif and evaluate on 10,000 regions).

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "ecosys/analysis/metric_set.hpp"

namespace ecosys::detail {

class RegionValues {
public:
    /// `report` must outlive this object. O(regions).
    explicit RegionValues(const MetricsReport& report) : report_(report) {
        for (const RegionRow& row : report.regions) rows_.emplace(row.id, &row);  // the first of an id, as region_value
    }
    /// report.region_value(id, key) in O(columns).
    [[nodiscard]] const MetricValue* operator()(std::string_view id, std::string_view key) const {
        const auto row = rows_.find(id);
        const auto column = std::find(report_.region_columns.begin(), report_.region_columns.end(), key);
        if (row == rows_.end() || column == report_.region_columns.end()) return nullptr;
        return &row->second->values[static_cast<std::size_t>(column - report_.region_columns.begin())];
    }

private:
    const MetricsReport& report_;
    std::unordered_map<std::string_view, const RegionRow*> rows_;
};

}  // namespace ecosys::detail
