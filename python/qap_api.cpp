#include "qap_api.hpp"

#include "convert.hpp"
#include "ecosys/counts.hpp"
#include "ecosys/analysis/qap_analysis.hpp"
#include "ecosys/output/qap_writer.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/pair_list.hpp"

namespace ecosys::python {

py::object qap(NetworkHandle& h, const QapArgs& args) {
    QapRequest request = args.settings;
    request.y = parse_dyadic_spec(args.y, true, "y");
    // x: a list of predictors (never split: a file name may hold a comma), or one string
    // read as the command line's comma-separated list.
    for (const std::string& x : string_list(args.x, "x", true)) request.x.push_back(parse_dyadic_spec(x, false, "x"));
    if (request.x.empty()) throw UsageError("qap() needs at least one predictor, e.g. x=['same_region', 'same_sector']");
    if (args.model != "ols" && args.model != "logit") throw UsageError("model must be 'ols' or 'logit', got '" + args.model + "'");
    if (args.null != "dsp" && args.null != "y") throw UsageError("null must be 'dsp' or 'y', got '" + args.null + "'");
    require_at_most(request.permutations, max_permutations, "permutations");
    require_at_most(request.max_actors, max_count, "max_actors");
    request.model = args.model == "logit" ? QapModel::logit : QapModel::ols;
    request.null = args.null == "y" ? QapNull::y : QapNull::dsp;
    nlohmann::ordered_json document;
    h.with_cache(args.analysis.options(), [&](AnalysisCache& cache) {
        const auto read = [&](const DyadicSpec& spec) {
            if (spec.kind == DyadicSpec::Kind::file && !request.files.count(spec.path))
                request.files.emplace(spec.path, read_dyadic_file(spec.path, cache.network(), args.analysis.values.directed));
        };
        read(request.y);
        for (const DyadicSpec& x : request.x) read(x);
        document = qap_to_json(run_qap(cache, request));
    });
    return to_python(document);
}

}  // namespace ecosys::python
