// GML reader: a tokenizer with locations, a parser into key/value lists, then
// "graph [ node [...] edge [...] ]" is handed to ForeignImport. Strings may
// hold HTML entities (&quot; &amp; &#1234; &#x4E2D;) as NetworkX writes them.

#include <algorithm>
#include <iterator>
#include <map>

#include "ecosys/io/gml.hpp"
#include "io/export_util.hpp"
#include "io/foreign_import.hpp"
#include "io/io_util.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::quote;

struct GmlValue;
struct GmlPair;
using GmlList = std::vector<GmlPair>;

struct GmlValue {
    enum class Kind { integer, real, string, list } kind = Kind::integer;
    long long integer = 0;
    double real = 0;
    std::string text;  // string value, or the literal of a number
    GmlList list;
    Location at;
};

struct GmlPair {
    std::string key;
    Location at;
    GmlValue value;
};

/// Decodes the entities NetworkX and igraph write; unknown ones stay as they are.
std::string unescape(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        std::size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        std::string_view name = s.substr(i + 1, semi - i - 1);
        unsigned long cp = 0;
        bool ok = true;
        if (name == "quot") cp = '"';
        else if (name == "amp") cp = '&';
        else if (name == "lt") cp = '<';
        else if (name == "gt") cp = '>';
        else if (name == "apos") cp = '\'';
        else if (name.size() > 1 && name[0] == '#') {
            bool hex = name[1] == 'x' || name[1] == 'X';
            std::string digits(name.substr(hex ? 2 : 1));
            ok = !digits.empty() && digits.size() <= 8;
            for (char c : digits) ok = ok && (hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c)));
            if (ok) cp = std::stoul(digits, nullptr, hex ? 16 : 10);
            ok = ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        } else {
            ok = false;
        }
        if (!ok) {
            out += s[i];
            continue;
        }
        detail::append_utf8(out, cp);
        i = semi;
    }
    return out;
}

class GmlParser {
public:
    GmlParser(std::string_view text, std::string source) : text_(text), source_(std::move(source)) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }

    GmlList parse() {
        GmlList top = list(0, nullptr);
        skip();
        if (pos_ < text_.size()) fail(here(), "unexpected ']' with no list open; remove it or add the missing '['");
        return top;
    }

private:
    [[noreturn]] void fail(const Location& at, std::string message) {
        throw ParseError(at, "malformed GML: " + std::move(message));
    }
    Location here() const { return {source_, line_, column_}; }
    void step() {
        unsigned char c = static_cast<unsigned char>(text_[pos_++]);
        if (c == '\n') ++line_, column_ = 1;
        else if ((c & 0xC0) != 0x80) ++column_;
    }
    void skip() {
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') step();
            else if (c == '#') {
                while (pos_ < text_.size() && text_[pos_] != '\n') step();
            } else break;
        }
    }

    GmlList list(int depth, const Location* opened) {
        if (depth > 64) fail(opened ? *opened : here(), "lists nested deeper than 64 levels");  // at the '[' that opens level 65
        GmlList out;
        while (true) {
            skip();
            if (pos_ >= text_.size()) {
                if (opened) fail(*opened, "the list opened here is not closed; add the missing ']'");
                return out;
            }
            if (text_[pos_] == ']') {
                if (!opened) return out;  // parse() reports the stray ']'
                step();
                return out;
            }
            GmlPair pair;
            pair.at = here();
            std::size_t start = pos_;
            while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) step();
            pair.key = std::string(text_.substr(start, pos_ - start));
            if (pair.key.empty())
                fail(pair.at, "expected a key (letters, digits, _), got " + quote(text_.substr(pos_, 1)));
            skip();
            if (pos_ >= text_.size()) fail(here(), "key " + quote(pair.key) + " has no value at the end of the file");
            pair.value = value(pair.key, depth);
            out.push_back(std::move(pair));
        }
    }

    GmlValue value(const std::string& key, int depth) {
        GmlValue v;
        v.at = here();
        char c = text_[pos_];
        if (c == '[') {
            Location opened = here();
            step();
            v.kind = GmlValue::Kind::list;
            v.list = list(depth + 1, &opened);
            return v;
        }
        if (c == '"') {
            step();
            std::size_t start = pos_;
            while (pos_ < text_.size() && text_[pos_] != '"') step();
            if (pos_ >= text_.size()) fail(v.at, "unterminated string; add the closing '\"' (write a quote inside a string as &quot;)");
            v.kind = GmlValue::Kind::string;
            v.text = unescape(text_.substr(start, pos_ - start));
            step();
            return v;
        }
        std::size_t start = pos_;
        while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_])) && text_[pos_] != ']' && text_[pos_] != '[')
            step();
        std::string_view literal = text_.substr(start, pos_ - start);
        v.text = std::string(literal);
        if (auto i = detail::parse_integer(literal)) {
            v.kind = GmlValue::Kind::integer;
            v.integer = *i;
        } else if (auto d = detail::parse_double(literal)) {
            v.kind = GmlValue::Kind::real;
            v.real = *d;
        } else {
            fail(v.at, "value " + quote(literal) + " of key " + quote(key) + " is not a number, a \"string\" or a [list]; quote strings");
        }
        return v;
    }

    std::string_view text_;
    std::string source_;
    std::size_t pos_ = 0;
    int line_ = 1, column_ = 1;
};

/// A GML value as JSON: lists become objects, a key given several times an array.
nlohmann::json to_json(const GmlValue& v) {
    switch (v.kind) {
        case GmlValue::Kind::integer: return v.integer;
        case GmlValue::Kind::real: return v.real;
        case GmlValue::Kind::string: return v.text;
        case GmlValue::Kind::list: {
            nlohmann::json o = nlohmann::json::object();
            std::vector<std::string> repeated;
            for (const GmlPair& p : v.list) {
                nlohmann::json item = to_json(p.value);
                if (!o.contains(p.key)) {
                    o[p.key] = std::move(item);
                    continue;
                }
                if (std::find(repeated.begin(), repeated.end(), p.key) == repeated.end()) {
                    repeated.push_back(p.key);
                    nlohmann::json first = std::move(o[p.key]);
                    o[p.key] = nlohmann::json::array({std::move(first)});
                }
                o[p.key].push_back(std::move(item));
            }
            return o;
        }
    }
    return nullptr;
}

class GmlReader {
public:
    GmlReader(std::string_view text, const std::string& source, const ImportOptions& options)
        : text_(text), source_(source), options_(options), import_("GML file", source, options) {
        import_.set_input_size(text.size());
    }

    LoadResult read() {
        detail::check_utf8(text_, source_);
        GmlList top = GmlParser(text_, source_).parse();
        const GmlPair* graph = nullptr;
        for (const GmlPair& p : top) {
            if (p.key != "graph") continue;
            if (p.value.kind != GmlValue::Kind::list)
                throw ValidationError(p.value.at, "\"graph\" must be a list: graph [ node [ id 1 ] ... ]");
            if (!graph) graph = &p;
            else import_.warn_once("graphs", p.at, "the file holds more than one graph; only the first is read");
        }
        if (!graph)
            throw ValidationError({source_, 1, 1}, "no \"graph [ ... ]\" in the file; a GML network is graph [ node [ id 1 label \"a\" ] edge [ source 1 target 2 ] ]");

        for (const GmlPair& p : top)
            if (p.key == "Creator" && p.value.kind == GmlValue::Kind::string && p.value.text.rfind("ecosys", 0) == 0)
                import_.written_by_ecosys(detail::reserved_names(Format::gml));
        bool directed = false;
        for (const GmlPair& p : graph->value.list) {
            if (p.key == "directed") directed = p.value.kind == GmlValue::Kind::integer && p.value.integer != 0;
            else if (p.key == "ecosys" && p.value.kind == GmlValue::Kind::list) declarations(p.value);
        }
        for (const GmlPair& p : graph->value.list)
            if (p.key == "node") node(p);
        for (const GmlPair& p : graph->value.list) {
            if (p.key == "node") continue;
            if (p.key == "edge") edge(p, directed);
            else if (p.key == "name" || p.key == "label") {
                if (p.value.kind == GmlValue::Kind::string) import_.set_name(p.value.text);
            } else if (p.key != "directed" && p.key != "ecosys" && p.key != "multigraph" && p.key != "id") {
                import_.warn_once("graph " + p.key, p.at, "graph attribute " + quote(p.key) + " is not kept; a network keeps only its name");
            }
        }
        return import_.finish();
    }

private:
    void declarations(const GmlValue& list) {
        nlohmann::json sectors = nlohmann::json::array(), regions = nlohmann::json::array(), projects = nlohmann::json::array();
        Location at_sectors, at_regions, at_projects, at_programmes;
        nlohmann::json programmes = nlohmann::json::object();
        for (const GmlPair& p : list.list) {
            nlohmann::json item = to_json(p.value);
            if (p.key == "sector") sectors.push_back(item), at_sectors = at_sectors.line ? at_sectors : p.at;
            else if (p.key == "region") regions.push_back(item), at_regions = at_regions.line ? at_regions : p.at;
            else if (p.key == "project") {
                // participant "a" participant "b" -> participants ["a", "b"]
                nlohmann::json project = nlohmann::json::object();
                nlohmann::json participants = nlohmann::json::array();
                for (const GmlPair& q : p.value.list) {
                    if (q.key == "participant") participants.push_back(to_json(q.value));
                    else project[q.key] = to_json(q.value);
                }
                project["participants"] = std::move(participants);
                projects.push_back(std::move(project));
                if (!at_projects.line) at_projects = p.at;
            } else if (p.key == "programme" && p.value.kind == GmlValue::Kind::list) {
                // region "a" region "b" -> regions ["a", "b"]
                nlohmann::json programme = nlohmann::json::object();
                nlohmann::json ids = nlohmann::json::array();
                for (const GmlPair& q : p.value.list) {
                    if (q.key == "region") ids.push_back(to_json(q.value));
                    else programme[q.key] = to_json(q.value);
                }
                programme["regions"] = std::move(ids);
                programmes["programmes"].push_back(std::move(programme));
                if (!at_programmes.line) at_programmes = p.at;
            } else if (p.key == "currency" && p.value.kind == GmlValue::Kind::string) {
                programmes["currency"] = p.value.text;
                if (!at_programmes.line) at_programmes = p.at;
            } else if (p.key == "boolean" && p.value.kind == GmlValue::Kind::string) {
                import_.declare_attribute_type(p.value.text, "boolean");
            }
        }
        if (!sectors.empty()) import_.declare_sectors(sectors, at_sectors);
        if (!regions.empty()) import_.declare_regions(regions, at_regions);
        if (!projects.empty()) import_.declare_projects(projects, at_projects);
        if (!programmes.empty()) import_.declare_programmes(programmes, at_programmes);
    }

    void node(const GmlPair& p) {
        if (p.value.kind != GmlValue::Kind::list) {
            import_.error(p.value.at, "\"node\" must be a list: node [ id 1 label \"a\" ]");
            return;
        }
        detail::ForeignNode node;
        node.at = p.at;
        const GmlPair* id = nullptr;
        const GmlPair* label = nullptr;
        const GmlPair* name = nullptr;
        for (const GmlPair& q : p.value.list) {
            if (q.key == "id") id = &q;
            else if (q.key == "label") label = &q;
            else if (q.key == "name") name = &q;
        }
        if (!id) {
            import_.error(p.at, "node has no id; every node needs a unique \"id\" that edges refer to");
            return;
        }
        std::string gml_id = id->value.text;
        // The actor id: NetworkX keeps the node's key in "label", igraph in "name".
        const GmlPair* key = options_.id_attr.empty() ? (label ? label : name) : nullptr;
        node.id = key ? detail::value_text(to_json(key->value)) : gml_id;
        node.at_id = key ? key->value.at : id->value.at;
        if (node_ids_.count(gml_id)) import_.error(id->value.at, "duplicate node id " + quote(gml_id));
        node_ids_[gml_id] = node.id;
        for (const GmlPair& q : p.value.list) {
            if (&q == id || &q == key) continue;
            if (q.key == "graphics" || q.key == "LabelGraphics") {
                import_.warn_once("graphics", q.at, "node graphics (positions, colours) are not kept");
                continue;
            }
            node.attrs.push_back({q.key, to_json(q.value), q.value.at});
        }
        import_.add_node(std::move(node));
    }

    void edge(const GmlPair& p, bool directed) {
        if (p.value.kind != GmlValue::Kind::list) {
            import_.error(p.value.at, "\"edge\" must be a list: edge [ source 1 target 2 ]");
            return;
        }
        detail::ForeignEdge edge;
        edge.at = p.at;
        edge.directed = directed;
        bool has_source = false, has_target = false, resolved = true;
        for (const GmlPair& q : p.value.list) {
            if (q.key == "source" || q.key == "target") {
                auto it = node_ids_.find(q.value.text);
                std::string id = it == node_ids_.end() ? q.value.text : it->second;
                if (it == node_ids_.end()) {
                    import_.error(q.value.at, "edge " + q.key + " " + quote(q.value.text) + " is not the id of a node");
                    resolved = false;
                }
                (q.key == "source" ? edge.source : edge.target) = id;
                (q.key == "source" ? edge.at_source : edge.at_target) = q.value.at;
                (q.key == "source" ? has_source : has_target) = true;
            } else if (q.key == "graphics" || q.key == "LabelGraphics") {
                import_.warn_once("edge graphics", q.at, "edge graphics are not kept");
            } else if (q.key != "id") {
                edge.attrs.push_back({q.key, to_json(q.value), q.value.at});
            }
        }
        if (!has_source || !has_target) {
            import_.error(p.at, std::string("edge has no ") + (has_source ? "target" : "source") + "; an edge needs both: edge [ source 1 target 2 ]");
            return;
        }
        if (!resolved) return;
        import_.add_edge(std::move(edge));
    }

    std::string_view text_;
    std::string source_;
    const ImportOptions& options_;
    detail::ForeignImport import_;
    std::map<std::string, std::string> node_ids_;  // GML id -> node id
};

}  // namespace

LoadResult read_gml_text(std::string_view text, const std::string& source, const ImportOptions& options) {
    return GmlReader(text, source, options).read();
}

LoadResult read_gml(std::istream& in, const std::string& source, const ImportOptions& options) {
    return read_gml_text(detail::read_all(in), source, options);
}

}  // namespace ecosys
