#include "util/graphviz_messages.hpp"

#include <graphviz/cgraph.h>

#include <string_view>

// cgraph's lexer is flex-generated with the prefix "aag"; its destroy function is
// exported by libcgraph but not declared in its public headers.
extern "C" int aaglex_destroy(void);

namespace ecosys::detail {

void reset_graphviz_lexer() { aaglex_destroy(); }

namespace {

/// What the active capture has collected.
struct Messages {
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
    std::string line;  ///< the message being assembled
    bool line_is_error = false;
    bool expecting_colon = false;  ///< "Error"/"Warning" came; ": " comes next

    void finish_line() {
        std::string text = line;
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
        if (!text.empty()) (line_is_error ? errors : warnings).push_back(text);
        line.clear();
    }
};

Messages messages;

// Graphviz 2.42 (cgraph/agerror.c, userout) calls the handler with "Error" or
// "Warning", then ": ", then the formatted message; continuation messages (AGPREV)
// come without the prefix and keep the previous level.
int collect(char* text) {
    std::string_view piece(text);
    if (piece == "Error" || piece == "Warning") {
        messages.finish_line();
        messages.line_is_error = piece == "Error";
        messages.expecting_colon = true;
        return 0;
    }
    if (messages.expecting_colon && piece == ": ") {
        messages.expecting_colon = false;
        return 0;
    }
    messages.expecting_colon = false;
    for (char c : piece) {
        if (c == '\n') messages.finish_line();
        else messages.line += c;
    }
    return 0;
}

}  // namespace

GraphvizMessages::GraphvizMessages() {
    messages = Messages{};
    agreseterrors();
    previous_handler_ = agseterrf(collect);
    previous_level_ = static_cast<int>(agseterr(AGWARN));
}

GraphvizMessages::~GraphvizMessages() {
    agseterrf(previous_handler_);
    agseterr(static_cast<agerrlevel_t>(previous_level_));
}

const std::vector<std::string>& GraphvizMessages::errors() const {
    messages.finish_line();
    return messages.errors;
}

const std::vector<std::string>& GraphvizMessages::warnings() const {
    messages.finish_line();
    return messages.warnings;
}

void GraphvizMessages::clear() {
    messages = Messages{};
    agreseterrors();
}

std::unique_lock<std::mutex> lock_graphviz() {
    static std::mutex mutex;
    return std::unique_lock<std::mutex>(mutex);
}

std::string GraphvizMessages::joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += (out.empty() ? "" : "; ") + l;
    return out;
}

}  // namespace ecosys::detail
