#include "cli/input_files.hpp"

#include <vector>

#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

namespace fs = std::filesystem;

struct Input {
    fs::path path;
    bool folder = false;
};

std::vector<Input>& inputs() {
    static std::vector<Input> all;
    return all;
}

/// The files read from a CSV network folder (io/csv_reader.cpp).
constexpr const char* csv_folder_files[] = {"sectors.csv", "regions.csv", "actors.csv", "ties.csv", "projects.csv", "participants.csv"};

/// True when writing `target` would replace `input`. `target` may not exist yet,
/// nor folders on its way ("new/../in.json": writing creates "new", and then the
/// path is the input), so it is compared once made canonical where it exists and
/// normalised lexically past that.
bool same_file(const fs::path& target, const fs::path& input) {
    std::error_code ec;
    fs::path t = fs::weakly_canonical(target, ec);
    if (ec) t = target;
    return fs::equivalent(t, input, ec) && !ec;
}

std::string quoted(const fs::path& p) { return "'" + detail::visible(p.generic_string()) + "'"; }

/// Whether `a` and `b` name the same file, existing or not (both made canonical as far
/// as they exist, then compared).
bool same_target(const fs::path& a, const fs::path& b) {
    std::error_code ec1, ec2;
    const fs::path x = fs::weakly_canonical(a, ec1), y = fs::weakly_canonical(b, ec2);
    if (ec1 || ec2) return a.lexically_normal() == b.lexically_normal();
    return x == y;
}

}  // namespace

void remember_input(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return;
    inputs().push_back({path, fs::is_directory(path, ec)});
}

void forget_inputs() { inputs().clear(); }

void refuse_input_as_output(const fs::path& target) {
    for (const Input& in : inputs()) {
        bool hit = false;
        if (!in.folder) {
            hit = same_file(target, in.path);
        } else {
            for (const char* file : csv_folder_files)
                hit = hit || same_file(target, in.path / file);
        }
        if (hit)
            throw UsageError("will not write " + quoted(target) + ": it is " + (in.folder ? "a file of the input folder " : "the input ") +
                             quoted(in.path) + "; write to another file");
    }
}

void refuse_same_output(std::string_view first_option, const std::string& first, std::string_view second_option,
                        const std::string& second) {
    if (first.empty() || second.empty() || first == "-" || second == "-") return;
    if (same_target(first, second))
        throw UsageError(std::string(first_option) + " and " + std::string(second_option) + " both name " + quoted(fs::path(first)) +
                         "; the second would replace the first: give each output its own file");
}

}  // namespace ecosys::cli
