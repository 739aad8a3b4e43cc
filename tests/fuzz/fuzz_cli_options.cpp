// libFuzzer target: the command line of qap, explore, evaluate and keyplayers, parsed
// and run by their own CLI11 apps (src/cli/command_<name>.cpp, linked into this target)
// on a small network with regions, sectors, a programme, dated ties and projects and a
// numeric attribute. The input's first byte picks the command; the rest, split at NUL
// bytes (which no argument can hold), are the arguments after the network:
//   ecosys COMMAND net.json ARG...
// Every argument goes through the command's option checks and spec parsers (--x
// predictors, --y files, --years, --pre/--post windows, id lists, --size-by, counts),
// then the command runs. What may come out is what main() turns into exit codes 1 and
// 2: ecosys::Error (InputError, UsageError, OutputError ...), CLI11's parse errors and
// cli::Exit. Anything else (std::bad_alloc, std::out_of_range, a crash, a hang, a leak,
// undefined behaviour) aborts: a finding.
//
// So that nothing outside this target's own folder is read or written, each run works in
// a temporary folder (and goes back to the folder it started in, where libFuzzer keeps its
// corpus; scripts/fuzz.sh gives libFuzzer an absolute -artifact_prefix, as a crash is
// written from inside a run) and every '/' of an argument becomes '_' ("." and ".." become
// "_"); files written there (-o) are removed after each run. So that a run stays short,
// a whole number above 2100 (years up to 2100 stay) and up to 10^9 becomes 200, and
// --threads gets at most 4: counts up to 10^9 are accepted by design and cost what they
// ask (a million permutations take a minute), which is not a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/input_files.hpp"
#include "ecosys/error.hpp"

namespace {

namespace fs = std::filesystem;

// Four regions of four or five actors; programme P (2015-2016) declares A and B (as in
// tests/analysis/evaluation_test.cpp), with a numeric attribute and roles for qap and
// keyplayers.
constexpr std::string_view network_json = R"({
 "name": "fuzz",
 "programmes": [{"id": "P", "name": "Cluster programme", "regions": ["A", "B"], "years": "2015-2016"}],
 "regions": [{"id": "J", "name": "Japan"}, {"id": "A", "parent": "J"}, {"id": "B", "parent": "J"}, {"id": "C"}, {"id": "D"}],
 "actors": [
  {"id": "a1", "sector": "academia", "region": "A", "kind": "university", "attributes": {"staff": 900}},
  {"id": "a2", "sector": "industry", "region": "A", "role": "matching_planner", "attributes": {"staff": 40}},
  {"id": "a3", "sector": "industry", "region": "A", "attributes": {"staff": 12}},
  {"id": "a4", "sector": "government", "region": "A"},
  {"id": "a5", "sector": "finance", "region": "A", "kind": "regional_bank"},
  {"id": "b1", "sector": "academia", "region": "B", "kind": "university"},
  {"id": "b2", "sector": "industry", "region": "B", "attributes": {"staff": 300}},
  {"id": "b3", "sector": "industry", "region": "B", "role": "regional_coordinator"},
  {"id": "b4", "sector": "government", "region": "B"},
  {"id": "b5", "sector": "finance", "region": "B"},
  {"id": "c1", "sector": "academia", "region": "C"}, {"id": "c2", "sector": "industry", "region": "C"},
  {"id": "c3", "sector": "industry", "region": "C"}, {"id": "c4", "sector": "government", "region": "C"},
  {"id": "d1", "sector": "academia", "region": "D"}, {"id": "d2", "sector": "industry", "region": "D"},
  {"id": "d3", "sector": "industry", "region": "D"}, {"id": "d4", "sector": "government", "region": "D"},
  {"id": "x", "sector": "industry"}
 ],
 "ties": [
  {"source": "a1", "target": "a2", "year": 2013}, {"source": "a1", "target": "a3", "year": 2015},
  {"source": "a1", "target": "a4", "year": 2015, "weight": 2}, {"source": "a2", "target": "a3", "year": 2016},
  {"source": "a4", "target": "a5", "year": 2016, "directed": true},
  {"source": "b1", "target": "b2", "year": 2013}, {"source": "b2", "target": "b3", "year": 2014},
  {"source": "b1", "target": "b3", "year": 2015}, {"source": "b3", "target": "b4", "year": 2015},
  {"source": "b4", "target": "b5", "year": 2016, "type": "loan"},
  {"source": "c1", "target": "c2", "year": 2014}, {"source": "c2", "target": "c3", "year": 2016},
  {"source": "c3", "target": "c4", "year": 2016},
  {"source": "d1", "target": "d2", "year": 2013}, {"source": "d2", "target": "d3", "year": 2013},
  {"source": "d1", "target": "d3", "year": 2015}, {"source": "d3", "target": "d4", "year": 2016},
  {"source": "a1", "target": "b1", "year": 2018}, {"source": "c1", "target": "d1", "year": 2016},
  {"source": "x", "target": "a2"}
 ],
 "projects": [
  {"id": "p1", "year": 2015, "end_year": 2016, "programme": "P", "participants": ["a1", "b1"]},
  {"id": "p2", "year": 2015, "programme": "P", "participants": ["a2", "b2", "b3"]},
  {"id": "q1", "year": 2015, "participants": ["c1", "d1"]},
  {"id": "q2", "year": 2014, "participants": ["c2", "d2"]}
 ]
})";

// The files --y and --x matrix:FILE may name: a pair list and a matrix.
constexpr std::string_view pairs_csv = "source,target,value\na1,a2,1\nb1,b2,3\nc1,d1,0.5\n";
constexpr std::string_view matrix_csv = ",a1,a2,a3\na1,0,1,0\na2,1,0,2\na3,0,2,0\n";

const char* const commands[] = {"qap", "explore", "evaluate", "keyplayers"};
void (*const setups[])(CLI::App&) = {ecosys::cli::setup_qap, ecosys::cli::setup_explore, ecosys::cli::setup_evaluate,
                                     ecosys::cli::setup_keyplayers};

/// Discards what the commands print (tables, pages, notes); libFuzzer and the
/// sanitizers write to the file descriptors, not to these streams.
class NullBuffer : public std::streambuf {
protected:
    int overflow(int c) override { return c == EOF ? 0 : c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

void write(const fs::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

void write_inputs() {
    write("net.json", network_json);
    write("pairs.csv", pairs_csv);
    write("matrix.csv", matrix_csv);
}

/// An argument made safe to run: no path out of the working folder, no count that
/// only costs time (see the top of the file).
std::string tame(std::string arg, bool after_threads) {
    for (char& c : arg)
        if (c == '/') c = '_';
    if (arg == "." || arg == "..") return "_";
    std::string_view value = arg;
    std::string prefix;
    if (arg.rfind("--threads=", 0) == 0) {
        prefix = "--threads=";
        value.remove_prefix(prefix.size());
        after_threads = true;
    }
    if (value.empty() || value.size() > 10 || value.find_first_not_of("0123456789") != std::string_view::npos) return arg;
    const unsigned long long n = std::stoull(std::string(value));
    if (after_threads && n > 4) return prefix + "4";
    if (n > 2100 && n <= 1'000'000'000ull) return prefix + "200";
    return arg;
}

}  // namespace

fs::path& work_folder() {
    static fs::path folder;
    return folder;
}

/// While alive, the process works in the target's folder.
class InWorkFolder {
public:
    InWorkFolder() : back_(fs::current_path()) { fs::current_path(work_folder()); }
    ~InWorkFolder() { fs::current_path(back_); }
    InWorkFolder(const InWorkFolder&) = delete;
    InWorkFolder& operator=(const InWorkFolder&) = delete;

private:
    fs::path back_;
};

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::string folder = (fs::temp_directory_path() / "ecosys-fuzz-cli-XXXXXX").string();
    if (!::mkdtemp(folder.data())) std::abort();
    work_folder() = folder;
    {
        InWorkFolder in;
        write_inputs();
    }
    // The folder goes when libFuzzer ends normally (-max_total_time, -runs); after a
    // crash it stays, as the run left it.
    std::atexit([] {
        std::error_code ignored;
        fs::remove_all(work_folder(), ignored);
    });
    static NullBuffer null;
    std::cout.rdbuf(&null);
    std::cerr.rdbuf(&null);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t command = data[0] % 4;
    std::vector<std::string> args = {"ecosys", commands[command], "net.json"};
    std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    while (!rest.empty() && args.size() < 40) {
        const std::size_t nul = rest.find('\0');
        const std::string arg(rest.substr(0, nul));
        args.push_back(tame(arg, args.back() == "--threads"));
        if (nul == std::string_view::npos) break;
        rest.remove_prefix(nul + 1);
    }
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());

    InWorkFolder in;
    CLI::App app{"ecosys", "ecosys"};
    app.require_subcommand(1);
    setups[command](app);
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::Error&) {
    } catch (const ecosys::cli::Exit&) {
    } catch (const ecosys::Error&) {
    }
    // What the run wrote, and the inputs it remembered, go: the next run starts afresh
    // (an -o may have replaced one of the input files that this run did not read).
    ecosys::cli::forget_inputs();
    for (const auto& entry : fs::directory_iterator(".")) fs::remove_all(entry.path());
    write_inputs();
    return 0;
}
