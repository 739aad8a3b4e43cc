#include "cli/common.hpp"

#include <iostream>

#include "cli/input_files.hpp"
#include "cli/input_options.hpp"
#include "ecosys/io/output_file.hpp"

namespace ecosys::cli {

LoadResult load(const std::string& path, bool quiet) {
    remember_input(path);
    LoadResult result = load_network(path, input_options());
    if (!quiet)
        for (const Diagnostic& w : result.warnings) std::cerr << w.to_string() << '\n';
    return result;
}

void emit(std::string_view content, const std::string& output) {
    if (output.empty() || output == "-") {
        std::cout << content;
        std::cout.flush();
        return;
    }
    refuse_input_as_output(output);
    write_file_atomically(output, content);
}

std::string wrapped_keys(const std::vector<std::string>& keys) {
    std::string out;
    std::size_t column = 16;  // after "Region metrics: "
    for (const std::string& key : keys) {
        if (!out.empty()) {
            if (column + 1 + key.size() > 80) {
                out += "\n  ";
                column = 2;
            } else {
                out += ' ';
                ++column;
            }
        }
        out += key;
        column += key.size();
    }
    return out;
}

}  // namespace ecosys::cli
