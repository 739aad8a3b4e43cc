#pragma once
// RAII over Graphviz's C handles (after Graphviz's own C++ GVLayout). Private to
// render/: Graphviz headers never reach include/.
//
// Graphviz 2.42 keeps process-wide state (the error callback, plugin tables), so there
// is one GVC_t per process and every use holds its lock.

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <cgraph.h>
#include <gvc.h>

#include "util/graphviz_messages.hpp"

namespace ecosys::render::detail {

/// The process's one Graphviz context (gvContext(): plugins from Graphviz's config),
/// created on first use and freed at exit.
class GraphvizContext {
public:
    static GraphvizContext& instance();

    GraphvizContext(const GraphvizContext&) = delete;
    GraphvizContext& operator=(const GraphvizContext&) = delete;

    [[nodiscard]] GVC_t* get() const noexcept { return gvc_; }
    /// Hold while using Graphviz.
    [[nodiscard]] std::unique_lock<std::mutex> lock() { return ecosys::detail::lock_graphviz(); }

private:
    GraphvizContext();
    ~GraphvizContext();

    GVC_t* gvc_;
};

/// The renderer's view of the one Graphviz message capture (util/graphviz_messages.hpp):
/// its errors become RenderError. One at a time (hold GraphvizContext::lock()).
class ErrorCapture {
public:
    ErrorCapture() = default;
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;

    /// Throws RenderError("<what>: <Graphviz's error messages>") if Graphviz reported
    /// an error since the capture began.
    void check(std::string_view what) const;
    /// Throws RenderError("<what>: <messages>") whatever was reported (for a call that
    /// returned failure).
    [[noreturn]] void fail(std::string_view what) const;
    /// Warnings reported so far, one line each.
    [[nodiscard]] std::vector<std::string> warnings() const;

private:
    ecosys::detail::GraphvizMessages messages_;
};

struct GraphDeleter {
    void operator()(Agraph_t* g) const noexcept { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

/// A new undirected root graph whose objects get ids in creation order. cgraph's
/// default discipline uses the address of each name string as its id and keeps
/// subgraphs ordered by id, so clusters came out in an order that changed from run to
/// run (heap addresses); with this one, output depends only on the input.
/// Throws RenderError when Graphviz cannot create the graph.
[[nodiscard]] GraphPtr open_graph(std::string_view name);

/// A laid-out graph: gvLayout in the constructor, gvFreeLayout in the destructor.
/// Destroy it before the graph.
class Layout {
public:
    /// Throws RenderError (with Graphviz's messages) when the layout fails.
    Layout(GVC_t* gvc, Agraph_t* graph, const char* engine, const ErrorCapture& errors);
    ~Layout();
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;

    /// gvRenderData in `format` ("svg", "png:cairo" ...), freed with gvFreeRenderData.
    /// Throws RenderError when Graphviz fails or reports an error.
    [[nodiscard]] std::string render(const char* format) const;

private:
    GVC_t* gvc_;
    Agraph_t* graph_;
    const ErrorCapture& errors_;
};

/// Graphviz 2.x takes char* where it means const char*: a mutable copy for one call.
class CString {
public:
    explicit CString(std::string_view text) : buffer_(text.begin(), text.end()) { buffer_.push_back('\0'); }
    [[nodiscard]] char* get() noexcept { return buffer_.data(); }

private:
    std::vector<char> buffer_;
};

}  // namespace ecosys::render::detail
