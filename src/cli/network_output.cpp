#include "cli/network_output.hpp"

#include <iostream>

#include "cli/common.hpp"
#include "cli/input_files.hpp"
#include "ecosys/io/csv_writer.hpp"
#include "ecosys/render/positions.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

Format NetworkOutput::resolve() const {
    std::optional<Format> f;
    if (!format.empty()) {
        f = parse_format(format);
        if (!f) {
            const std::string hint = detail::did_you_mean(format, format_names());
            throw UsageError("unknown format " + detail::quote(format) + hint +
                             "; expected " + detail::join_alternatives(format_names()));
        }
    }
    if (path == "-") {
        if (!f) throw UsageError("writing to standard output needs --format (json, graphml, gexf, gml, pajek or dot)");
        if (*f == Format::csv_folder) throw UsageError("a CSV folder cannot go to standard output; give a folder to write");
        return output_format("out." + std::string(format_name(*f)), f);
    }
    return output_format(path, f);
}

void NetworkOutput::check() const {
    const Format f = resolve();
    if (bom && f != Format::csv_folder)
        throw UsageError("--bom is for a CSV folder (Excel reads CSV as UTF-8 only with it); " + std::string(format_name(f)) +
                         " files need none");
}

void NetworkOutput::write(const Network& network, bool quiet) const {
    Format f = resolve();
    if (path != "-") {
        if (f == Format::csv_folder)
            for (const char* file : {"sectors.csv", "regions.csv", "programmes.csv", "actors.csv", "ties.csv", "projects.csv",
                                     "participants.csv"})
                refuse_input_as_output(std::filesystem::path(path) / file);
        else
            refuse_input_as_output(path);
    }
    check();
    ExportOptions options;
    options.bom = bom;
    WriteWarnings warnings;
    bool large = network.actors.size() > layout_actor_limit || network.ties.size() > layout_tie_limit;
    if (f == Format::gexf && !no_layout && large && !layout) {
        warnings.push_back({Diagnostic::Severity::warning, {path, 0, 0},
                            "no layout positions: the network has " + std::to_string(network.actors.size()) + " actors and " +
                                std::to_string(network.ties.size()) + " ties, more than " + std::to_string(layout_actor_limit) +
                                " or " + std::to_string(layout_tie_limit) +
                                ", and a Graphviz layout would take minutes; give --layout to wait for it, or lay it out in Gephi"});
    } else if (f == Format::gexf && !no_layout && !network.actors.empty()) {
        try {
            options.positions = render::graphviz_positions(network);
        } catch (const Error& e) {
            warnings.push_back({Diagnostic::Severity::warning, {path, 0, 0},
                                std::string("no layout positions: ") + e.what() + "; the file is written without them"});
        }
    }
    if (path == "-") {
        emit(render_network(network, f, "<stdout>", warnings, options), "-");
    } else {
        WriteWarnings w = save_network(network, path, f, options);
        warnings.insert(warnings.end(), w.begin(), w.end());
    }
    for (const Diagnostic& d : warnings)
        if (!quiet) std::cerr << d.to_string() << '\n';
    if (!quiet && path != "-")
        std::cout << "wrote " << path << " (" << format_name(f) << "): " << network.actors.size() << " actors, " << network.ties.size()
                  << " ties, " << network.projects.size() << " projects\n";
}

void add_network_output_options(CLI::App* cmd, NetworkOutput& out) {
    cmd->add_option("--format", out.format,
                    "Output format: json, csv (a folder), graphml, gexf, gml, pajek or dot; default: by OUT's extension");
    cmd->add_flag("--no-layout", out.no_layout, "GEXF: leave out the Graphviz layout positions");
    cmd->add_flag("--layout", out.layout, "GEXF: lay out networks above 5000 actors or 50000 ties too (minutes)");
    cmd->add_flag("--bom", out.bom, "CSV folder: start every table with a UTF-8 byte order mark (for Excel)");
}

}  // namespace ecosys::cli
