// Pajek reader: sections *Network, *Vertices, *Edges, *Arcs, *Edgeslist,
// *Arcslist, *Matrix; % starts a comment line. Vertices are numbered 1..N;
// their label is the actor id. Key/value pairs after a vertex or edge (as
// NetworkX writes them) are attributes; Pajek's drawing parameters are not kept.

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "ecosys/io/pajek.hpp"
#include "io/foreign_import.hpp"
#include "io/io_util.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

/// The most vertices a *Vertices line may declare beyond the file's line count.
constexpr long long max_unlisted_vertices = 100000;

using detail::quote;

struct Token {
    std::string text;
    bool quoted = false;
    int column = 1;
};

std::vector<Token> tokenize(std::string_view line) {
    std::vector<Token> out;
    int column = 1;
    std::size_t i = 0;
    auto advance = [&](std::size_t n) {
        for (std::size_t k = 0; k < n && i < line.size(); ++k, ++i)
            if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    };
    while (i < line.size()) {
        char c = line[i];
        if (c == ' ' || c == '\t' || c == '\r') {
            advance(1);
            continue;
        }
        Token t;
        t.column = column;
        if (c == '"') {
            t.quoted = true;
            advance(1);
            std::size_t start = i;
            while (i < line.size() && line[i] != '"') advance(1);
            t.text = std::string(line.substr(start, i - start));
            advance(1);
        } else {
            std::size_t start = i;
            while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') advance(1);
            t.text = std::string(line.substr(start, i - start));
        }
        out.push_back(std::move(t));
    }
    return out;
}

bool is_drawing_parameter(std::string_view key) {
    static const std::set<std::string_view> keys = {"ic", "bc", "bw", "lc", "la", "lr", "lphi", "fos", "font", "x_fact", "y_fact",
                                                    "phi", "r", "q", "s_size", "w", "c", "p", "lp", "a", "ap", "h1", "h2",
                                                    "a1", "a2", "k1", "k2", "s"};
    return keys.count(key) > 0;
}

bool is_shape(std::string_view word) {
    static const std::set<std::string_view> shapes = {"ellipse", "box", "diamond", "triangle", "cross", "empty", "man", "woman"};
    return shapes.count(word) > 0;
}

/// A value of a key/value pair: quoted text stays text; bare numbers and true/false are typed.
nlohmann::json typed(const Token& t) {
    if (t.quoted) return t.text;
    if (auto i = detail::parse_integer(t.text)) return *i;
    if (auto d = detail::parse_double(t.text)) return *d;
    if (t.text == "true") return true;
    if (t.text == "false") return false;
    return t.text;
}

class PajekReader {
public:
    PajekReader(std::string_view text, const std::string& source, const ImportOptions& options)
        : text_(text), source_(source), import_("Pajek file", source, options) {}

    LoadResult read() {
        detail::check_utf8(text_, source_);
        std::string_view rest = text_;
        if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
        int line_no = 0;
        while (!rest.empty()) {
            std::size_t nl = rest.find('\n');
            std::string_view line = rest.substr(0, nl);
            rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
            ++line_no;
            std::string_view body = detail::trim_blanks(line);
            if (body.empty() || body.front() == '%') continue;
            line_ = line_no;
            std::vector<Token> tokens = tokenize(line);
            if (!tokens.front().quoted && !tokens.front().text.empty() && tokens.front().text.front() == '*') section(tokens);
            else content(tokens);
        }
        if (!saw_vertices_)
            throw ValidationError({source_, 1, 1}, "no *Vertices line; a Pajek network starts with *Vertices N");
        finish_vertices();
        for (auto& e : edges_) import_.add_edge(std::move(e));
        return import_.finish();
    }

private:
    enum class Section { none, vertices, edges, arcs, edgeslist, arcslist, matrix, other };

    Location at(int column = 1) const { return {source_, line_, column}; }

    void section(const std::vector<Token>& tokens) {
        std::string word = detail::ascii_lower(std::string_view(tokens.front().text).substr(1));
        relation_.clear();
        matrix_row_ = 0;
        if (word == "network") {
            std::string name;
            for (std::size_t i = 1; i < tokens.size(); ++i) name += (i > 1 ? " " : "") + tokens[i].text;
            if (!name.empty()) import_.set_name(name);
            section_ = Section::none;
        } else if (word == "vertices") {
            if (saw_vertices_) import_.error(at(), "a second *Vertices line; a network has one");
            saw_vertices_ = true;
            std::optional<long long> n = tokens.size() > 1 ? detail::parse_integer(tokens[1].text) : std::nullopt;
            if (!n || *n < 0 || *n > 100000000) {
                throw ValidationError(at(tokens.size() > 1 ? tokens[1].column : 1),
                                        "*Vertices needs the number of vertices, e.g. *Vertices 34");
            }
            // Vertices the file does not list still become actors: a few bytes must
            // not make millions of them (a 22-byte file "*Vertices 100000000" took
            // 19 GB). Beyond 10^5, every vertex needs a line of its own.
            const auto lines = static_cast<long long>(std::count(text_.begin(), text_.end(), '\n')) + 1;
            if (*n > max_unlisted_vertices && *n > lines) {
                throw ValidationError(at(tokens[1].column),
                                        "*Vertices " + tokens[1].text + " is more than the file's " + std::to_string(lines) +
                                            " lines and more than the " + std::to_string(max_unlisted_vertices) +
                                            " vertices ecosys makes without a line of their own; is the number right?");
            }
            vertex_count_ = static_cast<std::size_t>(*n);
            vertices_at_ = at();
            if (tokens.size() > 2)
                import_.warning(at(tokens[2].column), "two-mode network (*Vertices " + tokens[1].text + " " + tokens[2].text +
                                                          "): both modes are read as actors; add a sector per mode with --sector-attr or --default-sector");
            section_ = Section::vertices;
        } else if (word == "edges" || word == "arcs" || word == "edgeslist" || word == "arcslist" || word == "matrix") {
            if (!saw_vertices_) throw ValidationError(at(), "*" + tokens.front().text.substr(1) + " before *Vertices; a Pajek network starts with *Vertices N");
            section_ = word == "edges" ? Section::edges : word == "arcs" ? Section::arcs : word == "edgeslist" ? Section::edgeslist
                     : word == "arcslist" ? Section::arcslist : Section::matrix;
            // *Arcs :2 "funding" names a relation: its ties get that type.
            for (std::size_t i = 1; i + 1 < tokens.size(); ++i)
                if (tokens[i].text.front() == ':') relation_ = tokens[i + 1].text;
        } else {
            import_.warn_once("section " + word, at(), "section *" + tokens.front().text.substr(1) + " is not read (only *Network, *Vertices, *Edges, *Arcs, *Edgeslist, *Arcslist and *Matrix)");
            section_ = Section::other;
        }
    }

    void content(const std::vector<Token>& tokens) {
        switch (section_) {
            case Section::none:
                import_.error(at(), "a line outside any section; a Pajek network starts with *Vertices N");
                break;
            case Section::other: break;
            case Section::vertices: vertex(tokens); break;
            case Section::edges:
            case Section::arcs: edge(tokens, section_ == Section::arcs); break;
            case Section::edgeslist:
            case Section::arcslist: {
                auto u = vertex_ref(tokens[0]);
                for (std::size_t i = 1; i < tokens.size(); ++i) {
                    auto v = vertex_ref(tokens[i]);
                    if (u && v) add_edge(*u, *v, section_ == Section::arcslist, tokens[0].column, tokens[i].column, {});
                }
                break;
            }
            case Section::matrix: {
                ++matrix_row_;
                if (matrix_row_ > vertex_count_) {
                    import_.error(at(), "*Matrix has more rows than the " + std::to_string(vertex_count_) + " vertices");
                    break;
                }
                if (tokens.size() != vertex_count_)
                    import_.error(at(), "matrix row has " + std::to_string(tokens.size()) + " values but there are " +
                                            std::to_string(vertex_count_) + " vertices");
                for (std::size_t j = 0; j < tokens.size() && j < vertex_count_; ++j) {
                    auto w = detail::parse_double(tokens[j].text);
                    if (!w) {
                        import_.error(at(tokens[j].column), "matrix value " + quote(tokens[j].text) + " is not a number");
                        continue;
                    }
                    if (*w == 0) continue;
                    std::vector<detail::ForeignAttr> attrs{{"weight", *w, at(tokens[j].column)}};
                    add_edge(matrix_row_, j + 1, true, 1, tokens[j].column, std::move(attrs));
                }
                break;
            }
        }
    }

    std::optional<std::size_t> vertex_ref(const Token& t) {
        auto n = detail::parse_integer(t.text);
        if (!n || *n < 1 || static_cast<std::size_t>(*n) > vertex_count_) {
            import_.error(at(t.column), "vertex " + quote(t.text) + " is not a number between 1 and " + std::to_string(vertex_count_));
            return std::nullopt;
        }
        return static_cast<std::size_t>(*n);
    }

    void vertex(const std::vector<Token>& tokens) {
        auto n = vertex_ref(tokens[0]);
        if (!n) return;
        if (vertices_.count(*n)) {
            import_.error(at(), "vertex " + std::to_string(*n) + " is described twice (first at line " +
                                    std::to_string(vertices_[*n].at.line) + ")");
            return;
        }
        detail::ForeignNode node;
        node.at = node.at_id = at();
        node.id = std::to_string(*n);
        std::size_t i = 1;
        if (i < tokens.size()) {
            node.id = tokens[i].text;
            node.at_id = at(tokens[i].column);
            ++i;
        }
        std::size_t coordinates = 0;
        while (i < tokens.size() && !tokens[i].quoted && coordinates < 3 && detail::parse_double(tokens[i].text)) ++i, ++coordinates;
        if (coordinates) import_.warn_once("coordinates", at(tokens[i - 1].column), "vertex coordinates are not kept");
        if (i < tokens.size() && !tokens[i].quoted && is_shape(tokens[i].text)) ++i;
        pairs(tokens, i, node.attrs, "vertex");
        vertices_[*n] = std::move(node);
    }

    void edge(const std::vector<Token>& tokens, bool directed) {
        if (tokens.size() < 2) {
            import_.error(at(), "an edge line needs two vertex numbers: 'from to [weight]'");
            return;
        }
        auto u = vertex_ref(tokens[0]);
        auto v = vertex_ref(tokens[1]);
        std::vector<detail::ForeignAttr> attrs;
        std::size_t i = 2;
        if (i < tokens.size() && !tokens[i].quoted && detail::parse_double(tokens[i].text)) {
            attrs.push_back({"weight", *detail::parse_double(tokens[i].text), at(tokens[i].column)});
            ++i;
        }
        pairs(tokens, i, attrs, "edge");
        if (u && v) add_edge(*u, *v, directed, tokens[0].column, tokens[1].column, std::move(attrs));
    }

    void pairs(const std::vector<Token>& tokens, std::size_t i, std::vector<detail::ForeignAttr>& attrs, const char* what) {
        for (; i < tokens.size(); i += 2) {
            const Token& key = tokens[i];
            if (i + 1 >= tokens.size()) {
                import_.warning(at(key.column), std::string("parameter ") + quote(key.text) + " of a " + what + " has no value; it is ignored");
                break;
            }
            if (key.text == "l" && std::string_view(what) == "edge") {
                attrs.push_back({"label", tokens[i + 1].text, at(tokens[i + 1].column)});
                continue;
            }
            if (is_drawing_parameter(key.text)) {
                std::string plural = std::string_view(what) == "vertex" ? "vertices" : "edges";
                import_.warn_once("drawing " + plural, at(key.column),
                                  "Pajek drawing parameters of " + plural + " (" + key.text + " ...) are not kept");
                continue;
            }
            attrs.push_back({key.text, typed(tokens[i + 1]), at(tokens[i + 1].column)});
        }
    }

    void add_edge(std::size_t u, std::size_t v, bool directed, int col_u, int col_v, std::vector<detail::ForeignAttr> attrs) {
        detail::ForeignEdge e;
        e.source = std::to_string(u);  // resolved to labels once every vertex is known
        e.target = std::to_string(v);
        e.directed = directed;
        e.at = at();
        e.at_source = at(col_u);
        e.at_target = at(col_v);
        e.attrs = std::move(attrs);
        if (!relation_.empty()) {
            bool has_type = false;
            for (const auto& a : e.attrs) has_type = has_type || a.key == "type" || a.key == "label";
            if (!has_type) e.attrs.push_back({"type", relation_, at()});
        }
        edges_.push_back(std::move(e));
    }

    void finish_vertices() {
        std::map<std::string, std::string> id_of;  // vertex number -> node id
        for (std::size_t n = 1; n <= vertex_count_; ++n) {
            auto it = vertices_.find(n);
            detail::ForeignNode node;
            if (it != vertices_.end()) node = std::move(it->second);
            else node.at = node.at_id = vertices_at_, node.id = std::to_string(n);
            id_of[std::to_string(n)] = node.id;
            import_.add_node(std::move(node));
        }
        for (auto& e : edges_) {
            e.source = id_of[e.source];
            e.target = id_of[e.target];
        }
    }

    std::string_view text_;
    std::string source_;
    detail::ForeignImport import_;
    Section section_ = Section::none;
    bool saw_vertices_ = false;
    std::size_t vertex_count_ = 0, matrix_row_ = 0;
    Location vertices_at_;
    int line_ = 0;
    std::string relation_;
    std::map<std::size_t, detail::ForeignNode> vertices_;
    std::vector<detail::ForeignEdge> edges_;
};

}  // namespace

LoadResult read_pajek_text(std::string_view text, const std::string& source, const ImportOptions& options) {
    return PajekReader(text, source, options).read();
}

LoadResult read_pajek(std::istream& in, const std::string& source, const ImportOptions& options) {
    return read_pajek_text(detail::read_all(in), source, options);
}

}  // namespace ecosys
