#include "render/graphviz_context.hpp"

#include <string_view>
#include <unordered_map>

#include "ecosys/error.hpp"

namespace ecosys::render::detail {

namespace {

// The id discipline of open_graph(): ids count up in creation order, named objects
// even (2, 4, ...), anonymous ones odd, as in cgraph's default discipline. Names are
// kept as the graph's own shared strings (agstrdup), as the default discipline keeps
// them, because Graphviz reads flags stored in front of them (aghtmlstr).
struct IdState {
    Agraph_t* graph = nullptr;
    IDTYPE next = 1;
    std::unordered_map<std::string, IDTYPE> by_name;
    std::unordered_map<IDTYPE, char*> by_id;
};
void* ids_open(Agraph_t* g, Agdisc_t*) {
    auto* state = new IdState;
    state->graph = g;
    return state;
}
long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
    auto* s = static_cast<IdState*>(state);
    if (!name) {
        *id = 2 * s->next++ + 1;
        return 1;
    }
    auto it = s->by_name.find(name);
    if (it != s->by_name.end()) {
        *id = it->second;
        return 1;
    }
    if (!create) return 0;
    *id = 2 * s->next++;
    s->by_name.emplace(name, *id);
    s->by_id.emplace(*id, agstrdup(s->graph, name));
    return 1;
}
long ids_alloc(void*, int, IDTYPE) { return 0; }
void ids_free(void* state, int, IDTYPE id) {
    auto* s = static_cast<IdState*>(state);
    auto it = s->by_id.find(id);
    if (it == s->by_id.end()) return;
    s->by_name.erase(it->second);
    agstrfree(s->graph, it->second);
    s->by_id.erase(it);
}
char* ids_print(void* state, int, IDTYPE id) {
    auto* s = static_cast<IdState*>(state);
    auto it = s->by_id.find(id);
    return it == s->by_id.end() ? nullptr : it->second;
}
// The graph's strings go with the graph (agclose closes the dictionary right after).
void ids_close(void* state) { delete static_cast<IdState*>(state); }
void ids_register(void*, int, void*) {}

Agiddisc_t sequential_ids = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};
Agdisc_t creation_order = {&AgMemDisc, &sequential_ids, &AgIoDisc};

}  // namespace

GraphPtr open_graph(std::string_view name) {
    std::vector<char> buffer(name.begin(), name.end());
    buffer.push_back('\0');
    GraphPtr graph(agopen(buffer.data(), Agundirected, &creation_order));
    if (!graph) throw RenderError("Graphviz cannot create a graph");
    return graph;
}

GraphvizContext& GraphvizContext::instance() {
    static GraphvizContext context;
    return context;
}

GraphvizContext::GraphvizContext() : gvc_(gvContext()) {
    if (!gvc_) throw RenderError("cannot start Graphviz (gvContext failed)");
}

GraphvizContext::~GraphvizContext() { gvFreeContext(gvc_); }

void ErrorCapture::check(std::string_view what) const {
    if (!messages_.errors().empty())
        throw RenderError(std::string(what) + ": " + ecosys::detail::GraphvizMessages::joined(messages_.errors()));
}

void ErrorCapture::fail(std::string_view what) const {
    std::string why = ecosys::detail::GraphvizMessages::joined(messages_.errors());
    if (why.empty()) why = ecosys::detail::GraphvizMessages::joined(messages_.warnings());
    throw RenderError(std::string(what) + (why.empty() ? std::string() : ": " + why));
}

std::vector<std::string> ErrorCapture::warnings() const { return messages_.warnings(); }

namespace {

/// Graphviz 2.42's circo keeps the root graph it last laid out, and that graph's
/// attribute symbols, in static variables, and reads them again only for a root graph at
/// another address. A new graph allocated where a freed one was is taken for it, and
/// circo reads the freed graph's symbols: a crash now and then in a process that lays
/// out several graphs with circo (a report's diagrams, the tests), about one run in five
/// of the layout test. Laying out a two-node graph that lives as long as the process
/// just before each circo layout makes circo read the next graph's afresh: that graph
/// cannot be at the address of one that is still alive.
void prime_circo(GVC_t* gvc) {
    static Agraph_t* primer = [] {
        Agraph_t* g = agopen(CString("circo primer").get(), Agundirected, nullptr);
        agedge(g, agnode(g, CString("a").get(), 1), agnode(g, CString("b").get(), 1), nullptr, 1);
        return g;
    }();
    if (gvLayout(gvc, primer, "circo") == 0) gvFreeLayout(gvc, primer);
}

}  // namespace

Layout::Layout(GVC_t* gvc, Agraph_t* graph, const char* engine, const ErrorCapture& errors)
    : gvc_(gvc), graph_(graph), errors_(errors) {
    if (std::string_view(engine) == "circo") prime_circo(gvc_);
    if (gvLayout(gvc_, graph_, engine) != 0) errors_.fail(std::string("Graphviz layout '") + engine + "' failed");
    try {
        errors_.check(std::string("Graphviz layout '") + engine + "' reported an error");
    } catch (...) {
        gvFreeLayout(gvc_, graph_);
        throw;
    }
}

Layout::~Layout() { gvFreeLayout(gvc_, graph_); }

std::string Layout::render(const char* format) const {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc_, graph_, format, &data, &length) != 0) {
        if (data) gvFreeRenderData(data);
        errors_.fail(std::string("Graphviz cannot render '") + format + "'");
    }
    std::string out(data ? data : "", data ? length : 0);
    if (data) gvFreeRenderData(data);
    errors_.check(std::string("Graphviz reported an error while rendering '") + format + "'");
    return out;
}

}  // namespace ecosys::render::detail

// Graphviz 2.42 and the font libraries it loads keep memory that gvFreeLayout and
// gvFreeContext never free (HTML label text spans, pango and fontconfig caches), about
// 18 KB per diagram. LeakSanitizer reads this hook (it is an ordinary unused function
// in other builds), so sanitizer runs report only leaks of our own. Our allocations
// (graphs, id state, strings) never come from inside these libraries.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libgvc.so\n"
           "leak:libgvplugin_pango.so\n"
           "leak:libgvplugin_neato_layout.so\n"
           "leak:libpango-1.0.so\n"
           "leak:libpangoft2-1.0.so\n"
           "leak:libfontconfig.so\n"
           "leak:libcairo.so\n"
           "leak:libglib-2.0.so\n";
}

// ... and it would print a table of the suppressions used to stderr on exit, after
// the program's own messages, which the command-line tests compare exactly.
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
