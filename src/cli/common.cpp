#include "cli/common.hpp"

#include <charconv>
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

CLI::Validator whole_number_at_most(std::uint64_t max) {
    return CLI::Validator(
        [max](std::string& text) -> std::string {
            std::uint64_t value = 0;
            const char* end = text.data() + text.size();
            const auto [ptr, ec] = std::from_chars(text.data(), end, value);
            const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
            if (!digits || ec == std::errc::invalid_argument || ptr != end)
                return "expects a whole number from 0 to " + std::to_string(max) + ", got '" + text + "'";
            if (ec == std::errc::result_out_of_range || value > max)
                return "'" + text + "' is above " + std::to_string(max) + ", the largest value accepted";
            return std::string();
        },
        "0.." + std::to_string(max));
}

}  // namespace ecosys::cli
