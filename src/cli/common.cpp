#include "cli/common.hpp"

#include "ecosys/output/column_labels.hpp"

#include <algorithm>
#include <cctype>

#include <cstdint>
#include <exception>
#include <charconv>
#include <iostream>
#include <map>
#include <optional>

#include <CLI/CLI.hpp>

#include "cli/input_files.hpp"
#include "cli/input_options.hpp"
#include "cli/launch.hpp"
#include "cli/commands.hpp"
#include "ecosys/io/output_file.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

/// A 64-bit FNV-1a digest of everything the analyses read from a network: its sectors,
/// regions, actors, ties and projects. Processes that read the same file get the same.
std::uint64_t fingerprint(const Network& n) {
    std::uint64_t h = 1469598103934665603ull;
    auto bytes = [&](const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) h = (h ^ p[i]) * 1099511628211ull;
    };
    auto text = [&](const std::string& s) {
        const std::size_t size = s.size();
        bytes(&size, sizeof size);
        bytes(s.data(), s.size());
    };
    auto number = [&](auto x) { bytes(&x, sizeof x); };
    for (const Sector& s : n.sectors) text(s.id);
    for (const Region& r : n.regions) text(r.id), text(r.parent);
    for (const Actor& a : n.actors) text(a.id), text(a.sector), text(a.region), text(a.kind), text(a.role);
    for (const Tie& t : n.ties) {
        number(t.source), number(t.target), number(t.weight), number(t.year.value_or(-100000)), number(t.directed);
        text(t.type);
    }
    for (const Project& p : n.projects) {
        text(p.id), number(p.year.value_or(-100000));
        for (std::size_t a : p.participants) number(a);
    }
    return h;
}

}  // namespace

LoadResult load(const std::string& path, bool quiet) {
    remember_input(path);
    if (!distribution()) {
        LoadResult result = load_network(path, input_options());
        if (!quiet)
            for (const Diagnostic& w : result.warnings) std::cerr << w.to_string() << '\n';
        return result;
    }
    // Every process reads the file itself (docs/distributed.md). A bad file fails
    // alike everywhere and process 0 reports it; if only some processes could not
    // read it, every process stops too, instead of the others waiting for them.
    std::optional<LoadResult> loaded;
    std::exception_ptr error;
    try {
        loaded = load_network(path, input_options());
    } catch (...) {
        error = std::current_exception();
    }
    unsigned failed = 0;
    if (!all_succeeded(!error, failed)) {
        if (error) std::rethrow_exception(error);
        std::cerr << "ecosys: error: process " << failed << " of " << distribution()->size() << " could not read "
                  << detail::quote(path) << ", which process " << distribution()->rank()
                  << " read: is it on a file system that every host sees?\n";
        throw Exit{1};
    }
    LoadResult result = std::move(*loaded);
    // Every process must hold the same network: the same path can name different files
    // (a working folder per host, a file changed between reads), and mixed partial
    // results would come out with exit 0. The digests are compared as two exact halves.
    const std::uint64_t digest = fingerprint(result.network);
    const double mine[2] = {static_cast<double>(digest >> 32), static_cast<double>(digest & 0xffffffffu)};
    const std::vector<double> all = distribution()->gather(mine);
    for (unsigned r = 1; r < distribution()->size(); ++r)
        if (all[2 * r] != all[0] || all[2 * r + 1] != all[1]) {
            if (distribution()->rank() == 0)
                std::cerr << "ecosys: error: process " << r << " of " << distribution()->size() << " read a different network from "
                          << detail::quote(path) << " than process 0 (its actors, ties or projects differ): every process must "
                          << "read the same file; is the path relative to a working folder that differs between hosts?\n";
            throw Exit{1};
        }
    if (!quiet)
        print_diagnostics(result.warnings);
    return result;
}

void emit(std::string_view content, const std::string& output) {
    if (!is_output_process()) return;  // one of several processes: process 0 writes
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

namespace {
constexpr const char* network_help = "Network file (JSON, CSV folder, GraphML, GEXF, GML, Pajek, DOT, edge list)";
}

CLI::Option* add_network_argument(CLI::App* cmd, std::string& path) {
    return cmd->add_option("NETWORK", path, network_help)->required();
}

CLI::Option* add_network_arguments(CLI::App* cmd, std::vector<std::string>& paths) {
    return cmd->add_option("NETWORK", paths, std::string(network_help) + "; one or more")->required();
}

CLI::Option* add_quiet_flag(CLI::App* cmd, bool& quiet, const std::string& help) {
    return cmd->add_flag("-q,--quiet", quiet, help);
}

CLI::Option* add_output_option(CLI::App* cmd, std::string& output, const std::string& help) {
    return cmd->add_option("-o,--output", output, help)->type_name("FILE");
}

CLI::Option* add_format_option(CLI::App* cmd, std::string& format, const std::vector<std::string>& formats,
                               const std::string& help) {
    std::string text = help;
    if (text.empty()) {
        const auto name = [](const std::string& f) -> std::string {
            if (f == "table") return "an aligned table";
            if (f == "md") return "Markdown (md)";
            if (f == "text") return "text";
            std::string upper = f;
            for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            return upper;
        };
        text = "Output format: ";
        for (std::size_t i = 0; i < formats.size(); ++i)
            text += (i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ") + name(formats[i]);
    }
    return cmd->add_option("--format", format, text)->check(CLI::IsMember(formats))->capture_default_str();
}

CLI::Option* add_seed_option(CLI::App* cmd, std::uint64_t& seed, const std::string& help) {
    return cmd->add_option("--seed", seed, help)->check(whole_number_at_most(UINT64_MAX))->capture_default_str();
}

CLI::Option* add_bom_flag(CLI::App* cmd, bool& bom) {
    return cmd->add_flag("--bom", bom, "Start CSV output with a UTF-8 byte order mark (for Excel)");
}

void add_output_options(CLI::App* cmd, OutputGiven& out, const OutputFlags& flags) {
    add_format_option(cmd, out.format, flags.formats);
    if (flags.bom) add_bom_flag(cmd, out.bom);
    if (flags.wide) add_wide_flag(cmd, out.wide);
    out.language.add(cmd, true, flags.years);
    add_output_option(cmd, out.output);
    add_quiet_flag(cmd, out.quiet, flags.quiet);
}

void OutputGiven::write(const ResultTexts& result) const {
    if (format == "json" && result.json) emit(result.json(), output);
    else if (format == "csv" && result.csv) {
        emit(with_bom(language.csv(result.csv()), bom), output);
        if (!quiet)
            for (const std::string& note : result.csv_notes) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
    } else if (format == "md" && result.markdown) emit(result.markdown(), output);
    else emit(result.table(), output);
}

std::string with_bom(std::string csv, bool bom) { return bom ? "\xEF\xBB\xBF" + csv : csv; }

CLI::Option* add_wide_flag(CLI::App* cmd, bool& wide) {
    return cmd->add_flag("--wide", wide, "Print long ids and names whole in tables (default: cut in the middle with …)");
}

CLI::Option* add_language_option(CLI::App* cmd, std::string& lang) {
    return cmd
        ->add_option("--lang", lang,
                     "Language of headings, notes, labels and legends: en or ja (日本語); ids, keys and numbers' values\n"
                     "are the same in both. Default: ECOSYS_LANG, else en")
        ->type_name("en|ja");
}

void LanguageOptions::add(CLI::App* cmd, bool csv, bool years) {
    add_language_option(cmd, lang);
    if (csv)
        cmd->add_option("--header-lang", header_lang,
                        "With --format csv: ja adds a first row of Japanese column headings (見出し) above\n"
                        "the English keys, which stay the header programs read (skip one row)")
            ->check(CLI::IsMember({"en", "ja"}))
            ->type_name("en|ja");
    if (years) cmd->add_flag("--era", era, "With --lang ja: years by era, 令和元年 (年度 with --fiscal-years)");
}

Language LanguageOptions::language(const std::string& format) const {
    const Language language = language_of(lang);
    if (format == "json" || format == "csv") setenv("ECOSYS_LANG", "en", 1);  // what programs read stays English
    if (!header_lang.empty() && format != "csv")
        throw UsageError("--header-lang applies to CSV output (--format csv); tables follow --lang");
    if (era && language != Language::ja) throw UsageError("--era writes years by Japanese era: add --lang ja");
    return language;
}

std::string LanguageOptions::csv(std::string text) const {
    return header_lang == "ja" ? with_japanese_header_row(std::move(text)) : text;
}

Language language_of(const std::string& lang) {
    if (lang.empty()) return default_language();
    const Language language = parse_language(lang);
    setenv("ECOSYS_LANG", std::string(to_string(language)).c_str(), 1);
    return language;
}

namespace {

/// What a message says apart from the names and numbers in it: quoted parts ('zz1')
/// and digits blanked, so "tie target 'zz1' is not an actor id" and the same message
/// about 'zz2' are one kind. A quote opens only after a blank or '(' (not in "actor's").
std::string message_kind(const Diagnostic& d) {
    std::string kind(1, static_cast<char>('0' + static_cast<int>(d.severity)));
    char quote = 0;
    for (std::size_t i = 0; i < d.message.size(); ++i) {
        const char c = d.message[i];
        if (quote) {
            if (c == quote) quote = 0, kind += c;
            continue;
        }
        const bool opens = (c == '\'' || c == '"') && (i == 0 || d.message[i - 1] == ' ' || d.message[i - 1] == '(');
        if (opens) {
            quote = c;
            kind += c;
        } else if (c >= '0' && c <= '9') {
            if (kind.back() != '#') kind += '#';
        } else {
            kind += c;
        }
    }
    return kind;
}

}  // namespace

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::size_t limit) {
    // At most per_kind messages of one kind (the rest counted under the first), at most
    // `limit` in all: a flood of one repeated mistake neither hides the other kinds nor
    // fills the terminal.
    constexpr std::size_t per_kind = 10;
    struct Kind {
        std::size_t first, shown = 0, folded = 0;
    };
    std::map<std::string, Kind> kinds;
    std::vector<std::string> order;
    std::size_t shown = 0, capped = 0;
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        auto [it, fresh] = kinds.try_emplace(message_kind(diagnostics[i]), Kind{i});
        if (fresh) order.push_back(it->first);
        Kind& k = it->second;
        if (k.shown >= per_kind) {
            ++k.folded;
        } else if (shown >= limit) {
            ++capped;
        } else {
            std::cerr << diagnostics[i].to_string() << '\n';
            ++k.shown;
            ++shown;
        }
    }
    for (const std::string& name : order) {
        const Kind& k = kinds[name];
        if (k.folded == 0) continue;
        const Diagnostic& d = diagnostics[k.first];
        std::string where = d.where.source;
        if (d.where.line > 0) where += ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column);
        std::cerr << "ecosys: … and " << k.folded << " more " << (d.severity == Diagnostic::Severity::error ? "errors" : "warnings")
                  << " like the one at " << where << "\n";
    }
    if (capped > 0)
        std::cerr << "ecosys: … and " << capped << " more; fix the ones above first, they often cause the rest\n";
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

namespace {
std::string& invocation_text() {
    static std::string text = "ecosys";
    return text;
}

/// `arg` as one shell word: as it is when it holds nothing a shell reads specially, else
/// in single quotes (a ' inside as '\\'').
std::string shell_word(std::string_view arg) {
    const bool plain = !arg.empty() && std::all_of(arg.begin(), arg.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("_./:=,+-@%").find(c) != std::string_view::npos;
    });
    if (plain) return std::string(arg);
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

void remember_invocation(int argc, char** argv) {
    std::string& text = invocation_text();
    text = "ecosys";
    for (int i = 1; i < argc; ++i) {
        std::string_view arg(argv[i]);
        // Where the output went does not change it: left out, so that a report of the same
        // data is the same bytes whatever its file name.
        if (arg == "-o" || arg == "--output") {
            ++i;
            continue;
        }
        if (arg.starts_with("--output=") || (arg.starts_with("-o") && arg.size() > 2 && arg[2] != '-')) continue;
        // Short flags run together ("-qo FILE", "-qoFILE"): the flags before the o stay.
        if (arg.size() > 2 && arg[0] == '-' && arg[1] != '-') {
            const std::size_t o = arg.find('o');
            const std::string_view flags = arg.substr(1, o == std::string_view::npos ? std::string_view::npos : o - 1);
            if (o != std::string_view::npos && std::all_of(flags.begin(), flags.end(), [](char c) { return c == 'q'; })) {
                if (o + 1 == arg.size()) ++i;  // the file is the next argument
                arg = arg.substr(0, o);
                if (arg.size() < 2) continue;
            }
        }
        text += ' ' + shell_word(arg);
    }
}

std::string invocation_with(const std::vector<std::pair<std::string, std::string>>& settings) {
    std::string text = invocation_text();
    for (const auto& [name, value] : settings) text += ' ' + shell_word(name) + ' ' + shell_word(value);
    return text;
}

const std::string& invocation() { return invocation_text(); }

}  // namespace ecosys::cli
