// Names and text made safe: element ids, file names, label escaping and wrapping,
// the SVG title pass, the fixed styles.

#include <doctest/doctest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "ecosys/render/names.hpp"
#include "ecosys/render/style.hpp"
#include "render/label_text.hpp"
#include "render/svg_titles.hpp"

using namespace ecosys;
using namespace ecosys::render;

TEST_CASE("ids are encoded injectively into XML-, URL- and file-safe names") {
    CHECK(encode_id("tohoku-u1") == "tohoku-u1");
    CHECK(encode_id("Mr Hi") == "Mr_20Hi");
    CHECK(encode_id("a_b") == "a_5Fb");
    CHECK(encode_id("a b") == "a_20b");
    CHECK(encode_id("q\"<&>\\/") == "q_22_3C_26_3E_5C_2F");
    CHECK(encode_id("北") == "_E5_8C_97");
    CHECK(element_id("actor", "Mr Hi") == "actor-Mr_20Hi");
    CHECK(file_stem("tohoku") == "tohoku");
    CHECK(file_stem("..") == "_2E_2E");
    CHECK(file_stem("trailing.") == "trailing_2E");
    // Letters as written; capitals add the case tag: '+' and a hex mask of which of the
    // id's letters are capitals (letter i is bit i), so that names differing only in
    // case stay apart on case-insensitive file systems.
    CHECK(file_stem("kanto") == "kanto");
    CHECK(file_stem("Kanto") == "Kanto+1");
    CHECK(file_stem("KantO") == "KantO+11");
    CHECK(file_stem("CZ") == "CZ+3");
    CHECK(file_stem("Mr Hi") == "Mr_20Hi+5");
    CHECK(file_stem("a+b~c") == "a_2Bb_7Ec");
    // Windows device names, alone or before an extension, in any case.
    CHECK(file_stem("con") == "_63on");
    CHECK(file_stem("NUL") == "NUL+7");  // "NUL+7" is no device name
    CHECK(file_stem("CON.x") == "_43ON.x+7");
    CHECK(file_stem("aux.x") == "_61ux.x");
    CHECK(file_stem("com1") == "_63om1");
    CHECK(file_stem("lpt9.svg") == "_6Cpt9.svg");
    CHECK(file_stem("console") == "console");
    CHECK(file_stem(".hidden") == "_2Ehidden");
    CHECK(file_stem("") == "_");
    CHECK(file_stem("a/../../etc/passwd") == "a_2F.._2F.._2Fetc_2Fpasswd");
    std::string long_id(300, 'x');
    std::string stem = file_stem(long_id);
    CHECK(stem.size() == 120);
    CHECK(stem != file_stem(long_id + "y"));
    // A cut stem holds '~', which no uncut stem does: an id spelling out another id's
    // cut stem gets a different stem.
    CHECK(stem.find('~') == 103);
    CHECK(file_stem(stem) != stem);
}

namespace {

std::string ascii_lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

/// The id back from an uncut stem written in lower case (as a case-insensitive file
/// system may give it): the part before '+' decoded (_XX is one byte), then the
/// letters named by the case tag made capitals. Independent of names.cpp: if every
/// stem decodes to its id, no two ids can share a stem, in any case.
std::string decode_lowered(const std::string& stem) {
    if (stem == "_") return "";
    const std::size_t plus = stem.find('+');
    const std::string body = stem.substr(0, plus), tag = plus == std::string::npos ? "" : stem.substr(plus + 1);
    std::string id;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '_') {
            id += static_cast<char>(std::stoi(body.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            id += body[i];
        }
    }
    std::size_t letter = 0;
    for (char& c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
        const std::size_t nibble = letter / 4;
        if (nibble < tag.size()) {
            const int value = std::stoi(std::string(1, tag[tag.size() - 1 - nibble]), nullptr, 16);
            if ((value >> (letter % 4) & 1) && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');  // escaped letters are exact
        }
        ++letter;
    }
    return id;
}

}  // namespace

TEST_CASE("file stems stay apart after ASCII lower-casing: random ids, case variants, long ids, device names") {
    std::mt19937 random(20261202);
    const std::string alphabet = "aAbBcCkKzZ019-._+~ /\\:*?\"<>|";
    const std::vector<std::string> pieces = {"北", "東京", "con", "CON", "nul", "Lpt1", "com9", ".", "..", "_2E", "+1", "~0"};
    std::set<std::string> ids = {"", "con", "CON", "Con", "con.svg", "CON.svg", "NUL+7", "nul+7", "CZ", "cz", "Cz", "cZ",
                                 "CZ+3", "cz+3", "_43Z+2", "kanto", "Kanto", "KANTO", "Kanto+1", ".", "..", "...", "a.", ".a"};
    for (int n = 0; n < 20000; ++n) {
        std::string id;
        const int length = static_cast<int>(random() % 10);
        for (int k = 0; k < length; ++k)
            id += random() % 5 == 0 ? pieces[random() % pieces.size()] : std::string(1, alphabet[random() % alphabet.size()]);
        ids.insert(id);
        // Its case variants: all capitals, all small, first letter flipped.
        std::string upper = id, lower = ascii_lower(id);
        for (char& c : upper)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        ids.insert(upper);
        ids.insert(lower);
    }
    // Long ids, cut with a hash: ones that differ only in the case of a letter past the cut.
    for (int n = 0; n < 300; ++n) {
        std::string id(110 + random() % 60, 'x');
        for (char& c : id) c = alphabet[random() % 10];
        ids.insert(id);
        id.back() = 'q';
        ids.insert(id);
        id.back() = 'Q';
        ids.insert(id);
        ids.insert(ascii_lower(id));
    }
    std::map<std::string, std::string> seen;  // lower-cased stem -> id
    std::size_t cut = 0;
    for (const std::string& id : ids) {
        const std::string stem = file_stem(id);
        INFO("id '" << id << "' stem '" << stem << "'");
        CHECK(stem.size() <= 120);
        CHECK(!stem.empty());
        CHECK(stem.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._+~") == std::string::npos);
        CHECK(stem.front() != '.');
        CHECK(stem.back() != '.');
        const std::string lowered = ascii_lower(stem);
        const std::string base = lowered.substr(0, lowered.find('.'));
        for (const char* device : {"con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"}) CHECK(base != device);
        if (stem.find('~') == std::string::npos) CHECK(decode_lowered(lowered) == id);
        else ++cut;
        const auto [it, inserted] = seen.emplace(lowered, id);
        const std::string& earlier = it->second;  // INFO is a lambda; clang 14 cannot capture a binding
        INFO("same lower-cased stem as '" << earlier << "'");
        CHECK(inserted);
    }
    CHECK(cut >= 1000);
}

TEST_CASE("user text is escaped for Graphviz HTML labels, backslashes doubled") {
    using render::detail::html_text;
    CHECK(html_text("a & b") == "a &amp; b");
    CHECK(html_text("<<b>x</b>>") == "&lt;&lt;b&gt;x&lt;/b&gt;&gt;");
    CHECK(html_text("say \"hi\" it's") == "say &quot;hi&quot; it&#39;s");
    CHECK(html_text("\\N \\G") == "\\\\N \\\\G");
    CHECK(html_text("two\nlines") == "two lines");
    CHECK(html_text("bell\x07") == "bell\\\\x07");  // shown as the four characters \x07
}

TEST_CASE("clean_text keeps UTF-8 and newlines, shows control characters, replaces bad bytes") {
    using render::detail::clean_text;
    CHECK(clean_text("東北 Tohoku") == "東北 Tohoku");
    CHECK(clean_text("a\r\nb\rc\td") == "a\nb\nc d");
    CHECK(clean_text(std::string("nul\0x", 5)) == "nul\\x00x");
    CHECK(clean_text("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
    CHECK(clean_text("cut \xE6\x9D") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("labels wrap at word boundaries by display width, CJK counting double") {
    using render::detail::wrap_text;
    using Lines = std::vector<std::string>;
    CHECK(wrap_text("朝霧醸造株式会社 Asagiri Jozo", 22, 2) == Lines{"朝霧醸造株式会社", "Asagiri Jozo"});
    CHECK(wrap_text("short", 22, 2) == Lines{"short"});
    CHECK(wrap_text("", 22, 2).empty());
    // 12 CJK characters = 24 columns: broken between characters.
    CHECK(wrap_text("一二三四五六七八九十百千", 22, 2) == Lines{"一二三四五六七八九十百", "千"});
    CHECK(wrap_text("one two three four five six", 9, 2) == Lines{"one two", "three…"});
    CHECK(wrap_text("line1\nline2\nline3", 22, 2) == Lines{"line1", "line2…"});
}

TEST_CASE("numbers are short and locale-free") {
    using render::detail::format_number;
    CHECK(format_number(0) == "0");
    CHECK(format_number(0.43763528) == "0.438");
    CHECK(format_number(16) == "16");
    CHECK(format_number(1234567) == "1.23e+06");
    CHECK(format_number(0.5, 6) == "0.5");
}

TEST_CASE("the title pass puts tooltips in node and edge titles, escaped, and nowhere else") {
    const std::string svg =
        "<svg>\n<g id=\"graph0\" class=\"graph\">\n<title>ecosys</title>\n"
        "<g id=\"actor&#45;a\" class=\"node\">\n<title>actor&#45;a</title>\n<text>&lt;title&gt;</text>\n</g>\n"
        "<g id=\"tie&#45;1\" class=\"edge\">\n<title>actor&#45;a&#45;&#45;actor&#45;b</title>\n</g>\n"
        "<g id=\"other\" class=\"node\">\n<title>keep</title>\n</g>\n</svg>\n";
    std::string out = render::detail::replace_titles(svg, {{"actor-a", "A & <b>\nline 2"}, {"tie-1", "A – B"}}, "T\"");
    CHECK(out ==
          "<svg>\n<g id=\"graph0\" class=\"graph\">\n<title>T&quot;</title>\n"
          "<g id=\"actor&#45;a\" class=\"node\">\n<title>A &amp; &lt;b&gt;\nline 2</title>\n<text>&lt;title&gt;</text>\n</g>\n"
          "<g id=\"tie&#45;1\" class=\"edge\">\n<title>A – B</title>\n</g>\n"
          "<g id=\"other\" class=\"node\">\n<title>keep</title>\n</g>\n</svg>\n");
    CHECK(render::detail::decode_xml("a&#45;b&amp;&#x5C;&lt;") == "a-b&\\<");
}

TEST_CASE("styles: 産学官金 colours and shapes, declared colours win, extra sectors and tie types fill free slots") {
    Network n;
    n.sectors = default_sectors();
    n.sectors[1].color = "#123456";  // the file declares academia's colour
    n.sectors.push_back({"civil_society", "Civil society", ""});
    n.sectors.push_back({"media", "Media", "#abcdef"});
    Actor a;
    a.id = "a";
    a.sector = "industry";
    a.region = "r";
    n.actors = {a};
    Tie t;
    for (const char* type : {"marriage", "funding", "joint_research", "business"}) {
        t.type = type;
        n.ties.push_back(t);
    }
    n.index();
    Style style(n);
    CHECK(style.sector("industry").color == "#E69F00");
    CHECK(style.sector("industry").shape == "box");
    CHECK(style.sector("academia").color == "#123456");
    CHECK(style.sector("academia").shape == "circle");
    CHECK(style.sector("government").shape == "triangle");
    CHECK(style.sector("finance").glyph == "◆");
    // Extra sectors: the first unused categorical colour (sky blue) and shape (invtriangle).
    CHECK(style.sector("civil_society").color == "#56B4E9");
    CHECK(style.sector("civil_society").shape == "invtriangle");
    CHECK(style.sector("media").color == "#ABCDEF");
    CHECK(style.sector("media").shape == "hexagon");
    CHECK(style.sector("unknown").shape == "octagon");

    CHECK(style.tie_types() == std::vector<std::string>{"joint_research", "funding", "marriage", "business"});
    CHECK(style.tie("joint_research").line == "solid");
    CHECK(style.tie("joint_research").color == "#3A3A3A");
    CHECK(style.tie("funding").color == "#7A7A7A");
    // Unknown types take the free slots in order: matching's (dashed dark), council's (dotted dark).
    CHECK(style.tie("marriage").line == "dashed");
    CHECK(style.tie("marriage").color == "#3A3A3A");
    CHECK(style.tie("business").line == "dotted");
    CHECK(style.region_color("r") == "#E69F00");
    CHECK(style.region_color("nowhere") == "#BBBBBB");
}

TEST_CASE("clean_text shows C1 controls and bidirectional overrides instead of obeying them") {
    using render::detail::clean_text;
    // "invoice" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe" would show as "invoiceexe.pdf".
    CHECK(clean_text("invoice\xE2\x80\xAE" "fdp.exe") == "invoice\\u202efdp.exe");
    CHECK(clean_text("a\xE2\x80\xAA" "b\xE2\x81\xA6" "c\xE2\x81\xA9" "d") == "a\\u202ab\\u2066c\\u2069d");
    CHECK(clean_text("c1 \xC2\x85 \xC2\x9F") == "c1 \\u0085 \\u009f");
    // Neighbours of those ranges are ordinary text: U+00A0, U+2029, U+202F, U+2070.
    CHECK(clean_text("\xC2\xA0\xE2\x80\xA9\xE2\x80\xAF\xE2\x81\xB0") == "\xC2\xA0\xE2\x80\xA9\xE2\x80\xAF\xE2\x81\xB0");
}

TEST_CASE("clean_text keeps a 4-byte character (an emoji, a rare kanji) as it is") {
    using render::detail::clean_text;
    // U+1F600 and U+20B9F (𠮟): once shown as \u0000, when labels decoded 2- and 3-byte
    // sequences only and read every 4-byte one as code point 0, a control.
    CHECK(clean_text("ok \xF0\x9F\x98\x80!") == "ok \xF0\x9F\x98\x80!");
    CHECK(clean_text("\xF0\xA0\xAE\x9F" "る") == "\xF0\xA0\xAE\x9F" "る");
    CHECK(clean_text("cut \xF0\x9F\x98") == "cut \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}
