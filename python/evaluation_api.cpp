#include "evaluation_api.hpp"

#include "convert.hpp"
#include "ecosys/counts.hpp"
#include "ecosys/analysis/evaluation.hpp"
#include "ecosys/output/evaluation_writer.hpp"
#include "ecosys/error.hpp"

namespace ecosys::python {

py::object evaluate(NetworkHandle& h, const EvaluateArgs& args) {
    ProgrammeRequest request;
    request.programme = args.programme;
    if (args.pre) request.pre = parse_year_window(*args.pre, "pre");
    if (args.post) request.post = parse_year_window(*args.post, "post");
    request.treated = string_list(args.treated, "treated");
    request.control = string_list(args.control, "control");
    request.metrics = string_list(args.metrics, "metrics");
    if (args.weight_by == "actors") request.weight = RegionWeight::actors;
    else if (args.weight_by != "none") throw UsageError("weight_by must be 'none' or 'actors', got '" + args.weight_by + "'");
    if (args.permutations == 0 || args.permutations > max_permutations)
        throw UsageError("permutations must be between 1 and " + std::to_string(max_permutations));
    request.permutations = args.permutations;
    request.event_study = args.event_study;
    nlohmann::ordered_json document;
    h.with_cache(args.analysis.options(), [&](AnalysisCache& cache) {
        request.analysis = cache.options();  // its progress: Ctrl-C reaches the windows' analyses
        document = programme_evaluation_to_json(evaluate_programme(cache.network(), request));
    });
    return to_python(document);
}

}  // namespace ecosys::python
