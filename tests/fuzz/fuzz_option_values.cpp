// libFuzzer target: the library's parsers of option values that the commands qap,
// explore, evaluate, keyplayers, compare, metrics and render hand their text to. The
// input's first byte picks the parser, the rest is the value:
//   0 parse_year_window (--years, --pre, --post, prior_ties:A-B)
//   1 detail::split_list (--treated, --control, --sector, --remove-actors, --x, ...)
//   2 parse_dyadic_spec as a predictor (qap --x), 3 as the dependent variable (qap --y)
//   4 parse_metric_list (metrics --only), 5 parse_compare_metrics (compare --metrics)
//   6 parse_periods (compare --periods), 7 render::parse_size_by (explore/render --size-by)
//   8 render::parse_labels (render --labels), 9 the layout, colour and grouping names.
// A refusal is a UsageError (its message must name what is wrong, so it is not empty);
// anything else aborts (a finding), as does a value that does not read back:
// - a window's text (YearWindow::to_string) parses to the same window;
// - a list's items are non-empty and distinct, and quoted again (CSV rules) they split
//   into the same items;
// - a predictor keeps its text; a window predictor's years read back; a file names a path;
// - periods are labelled, distinct and do not overlap;
// - a size metric is one of size_by_keys().
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/qap_analysis.hpp"
#include "ecosys/analysis/selection.hpp"
#include "ecosys/compare/comparison.hpp"
#include "ecosys/error.hpp"
#include "ecosys/render/diagram.hpp"
#include "fuzz_text.hpp"
#include "util/text.hpp"

namespace {

using namespace ecosys;

void require(bool ok, const char* what, const std::string& data) { fuzz::require(ok, "fuzz_option_values", what, data); }

void window_reads_back(const YearWindow& w, const std::string& input) {
    const std::string text = w.to_string();
    YearWindow back;
    try {
        back = parse_year_window(text);
    } catch (const UsageError& e) {
        require(false, "a window's own text is refused", input + "\n" + text + "\n" + e.what());
    }
    require(back == w, "a window read back from its text differs", input + "\n" + text);
    require(!w.from || !w.to || *w.from <= *w.to, "a window ends before it starts", input);
}

/// `items` as one list again, every item quoted (a quote inside doubled).
std::string quoted_list(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += ',';
        out += '"';
        for (char c : item) out += c == '"' ? std::string("\"\"") : std::string(1, c);
        out += '"';
    }
    return out;
}

void parse(std::uint8_t which, const std::string& text) {
    switch (which % 10) {
    case 0:
        window_reads_back(parse_year_window(text, "--years"), text);
        break;
    case 1: {
        const std::vector<std::string> items = detail::split_list(text);
        std::set<std::string> seen;
        for (const std::string& item : items) {
            require(!item.empty(), "a list holds an empty item", text);
            require(seen.insert(item).second, "a list holds an item twice", text);
        }
        std::vector<std::string> back;
        try {
            back = detail::split_list(quoted_list(items));
        } catch (const UsageError& e) {
            require(false, "a list quoted again is refused", text + "\n" + quoted_list(items) + "\n" + e.what());
        }
        require(back == items, "a list quoted again splits differently", text + "\n" + quoted_list(items));
        break;
    }
    case 2:
    case 3: {
        const bool as_y = which % 10 == 3;
        const DyadicSpec spec = parse_dyadic_spec(text, as_y, as_y ? "--y" : "--x");
        require(spec.text == text, "a predictor lost its text", text);
        if (spec.kind == DyadicSpec::Kind::file) require(!spec.path.empty(), "a file predictor names no file", text);
        if (spec.kind == DyadicSpec::Kind::prior_ties) window_reads_back(spec.years, text);
        if (spec.kind == DyadicSpec::Kind::attr_diff || spec.kind == DyadicSpec::Kind::attr_sum)
            require(!spec.attribute.empty(), "an attribute predictor names no attribute", text);
        break;
    }
    case 4:
        for (const std::string& key : parse_metric_list(text)) require(!key.empty(), "an empty metric key", text);
        break;
    case 5:
        for (const std::string& key : parse_compare_metrics(text)) require(!key.empty(), "an empty metric key", text);
        break;
    case 6: {
        const std::vector<Period> periods = parse_periods(text);
        require(!periods.empty(), "no period and no error", text);
        std::set<std::string> labels;
        for (std::size_t i = 0; i < periods.size(); ++i) {
            require(!periods[i].label.empty(), "a period without a label", text);
            require(labels.insert(periods[i].label).second, "two periods of one label", text);
            window_reads_back(periods[i].years, text);
            for (std::size_t j = 0; j < i; ++j) {
                const YearWindow &a = periods[i].years, &b = periods[j].years;
                const bool apart = (a.to && b.from && *a.to < *b.from) || (b.to && a.from && *b.to < *a.from);
                require(apart, "two periods overlap", text);
            }
        }
        break;
    }
    case 7: {
        const std::string key = render::parse_size_by(text);
        const auto& keys = render::size_by_keys();
        require(std::find(keys.begin(), keys.end(), key) != keys.end(), "a size metric that is not offered", text);
        break;
    }
    case 8:
        (void)render::parse_labels(text);
        break;
    case 9:
        (void)render::parse_engine(text);
        (void)render::parse_color_by(text);
        (void)render::parse_group_by(text);
        break;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        parse(data[0], text);
    } catch (const UsageError& e) {
        require(*e.what() != '\0', "a refusal without a message", text);
    }
    return 0;
}
