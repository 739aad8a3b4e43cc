#pragma once
// The one capture of Graphviz's messages (agerr), shared by the DOT reader (io/) and
// the renderer (render/). Graphviz 2.42's error callback is process-wide and takes no
// user data, so one capture may be alive at a time: callers hold lock_graphviz() around it. No Graphviz header here.

#include <mutex>
#include <string>
#include <vector>

namespace ecosys::detail {

/// While alive, routes Graphviz's messages to itself instead of stderr, at warning level,
/// and restores the previous handler and level when destroyed.
class GraphvizMessages {
public:
    GraphvizMessages();
    ~GraphvizMessages();
    GraphvizMessages(const GraphvizMessages&) = delete;
    GraphvizMessages& operator=(const GraphvizMessages&) = delete;

    /// Errors and warnings reported since the capture began (or clear()), one line each,
    /// without the "Error: " / "Warning: " prefix.
    [[nodiscard]] const std::vector<std::string>& errors() const;
    [[nodiscard]] const std::vector<std::string>& warnings() const;
    /// Forgets what was collected.
    void clear();

    /// The lines joined with "; ".
    [[nodiscard]] static std::string joined(const std::vector<std::string>& lines);

private:
    int (*previous_handler_)(char*);
    int previous_level_;
};


/// Puts Graphviz's DOT lexer (flex, process-wide) back to its start: no state of an
/// earlier read (a string left open at the end of a file, its buffers) reaches the next.
/// Call it, holding lock_graphviz(), before every parse of DOT text.
void reset_graphviz_lexer();

/// The lock around Graphviz's process-wide state (the error callback, the parser's
/// globals, plugin tables): the DOT reader and the renderer hold it while they use Graphviz.
[[nodiscard]] std::unique_lock<std::mutex> lock_graphviz();

}  // namespace ecosys::detail
