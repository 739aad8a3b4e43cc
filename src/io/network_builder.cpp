#include "io/network_builder.hpp"

#include "ecosys/model/sector_style.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "io/repeated_ties.hpp"
#include "util/text.hpp"

namespace ecosys::detail {

namespace {

std::string where_defined(const Location& at) {
    return at.line > 0 ? " (first defined at line " + std::to_string(at.line) + ")" : "";
}

bool has_nul(const std::string& text) { return text.find('\0') != std::string::npos; }

bool list_has_nul(const std::vector<std::string>& texts) {
    return std::any_of(texts.begin(), texts.end(), [](const std::string& t) { return has_nul(t); });
}

bool json_has_nul(const nlohmann::json& value) {
    if (value.is_string()) return has_nul(value.get_ref<const std::string&>());
    if (value.is_array()) return std::any_of(value.begin(), value.end(), [](const nlohmann::json& v) { return json_has_nul(v); });
    if (value.is_object())
        for (auto it = value.begin(); it != value.end(); ++it)
            if (has_nul(it.key()) || json_has_nul(it.value())) return true;
    return false;
}

bool attributes_have_nul(const Attributes& attributes) {
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        if (has_nul(it.key()) || json_has_nul(it.value())) return true;
    return false;
}

bool actor_has_nul(const Actor& a) {
    return has_nul(a.id) || has_nul(a.name) || has_nul(a.sector) || has_nul(a.region) || has_nul(a.kind) || has_nul(a.role) ||
           list_has_nul(a.needs) || list_has_nul(a.seeds) || attributes_have_nul(a.attributes);
}

// Text never holds U+0000, whichever format it came from (GML's &#0;, a raw byte
// in Pajek or an edge list, \u0000 in JSON): C libraries such as Graphviz cut
// strings there, and CSV, DOT and Pajek files cannot hold it.
const char* const nul_fix = " holds the NUL character (U+0000); remove it: network text cannot hold it";

}  // namespace

std::string check_weight(double weight) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", weight);
    if (!std::isfinite(weight)) return std::string("weight ") + text + " is not a finite number; weights must be finite numbers >= 0";
    if (weight < 0) return std::string("weight ") + text + " is negative; weights must be finite numbers >= 0";
    return {};
}

// --- IdTable

std::uint64_t IdTable::hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

std::string_view IdTable::store(std::string_view s) {
    if (s.empty()) return {};
    if (block_used_ + s.size() > block_size_) {
        block_size_ = std::max<std::size_t>(std::size_t{1} << 20, s.size());
        blocks_.push_back(std::make_unique<char[]>(block_size_));
        block_used_ = 0;
    }
    char* at = blocks_.back().get() + block_used_;
    std::memcpy(at, s.data(), s.size());
    block_used_ += s.size();
    return {at, s.size()};
}

std::uint64_t IdTable::tail_of(std::string_view s) {
    // The length (capped) in one byte, then the first seven bytes: equal tails of
    // names up to seven bytes long mean equal names.
    std::uint64_t tail = 0;
    const auto length = static_cast<unsigned char>(std::min<std::size_t>(s.size(), 255));
    std::memcpy(&tail, &length, 1);
    // An empty view may hold a null pointer, which memcpy must not be given even for 0 bytes.
    if (!s.empty()) std::memcpy(reinterpret_cast<char*>(&tail) + 1, s.data(), std::min<std::size_t>(s.size(), 7));
    return tail;
}

void IdTable::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
        if (s.number == 0) continue;
        std::size_t i = s.hash & mask;
        while (slots_[i].number != 0) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

std::uint32_t IdTable::intern(std::string_view id) {
    if ((names_.size() + 1) * 2 > slots_.size()) grow();
    const auto h = static_cast<std::uint32_t>(hash(id));
    const std::uint64_t tail = tail_of(id);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (slot.number == 0) {
            names_.push_back(store(id));
            slot = {h, static_cast<std::uint32_t>(names_.size()), tail};
            return slot.number - 1;
        }
        if (slot.hash == h && slot.tail == tail && (id.size() <= 7 || names_[slot.number - 1] == id)) return slot.number - 1;
    }
}

std::uint32_t IdTable::find(std::string_view id) const {
    if (slots_.empty()) return none;
    const auto h = static_cast<std::uint32_t>(hash(id));
    const std::uint64_t tail = tail_of(id);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.number == 0) return none;
        if (slot.hash == h && slot.tail == tail && (id.size() <= 7 || names_[slot.number - 1] == id)) return slot.number - 1;
    }
}

// --- NetworkBuilder

NetworkBuilder::NetworkBuilder(std::string default_name) { network_.name = std::move(default_name); }

std::uint32_t NetworkBuilder::file(const std::string& source) {
    if (last_file_ < sources_.size() && sources_[last_file_] == source) return last_file_;
    for (std::size_t i = 0; i < sources_.size(); ++i)
        if (sources_[i] == source) return last_file_ = static_cast<std::uint32_t>(i);
    sources_.push_back(source);
    return last_file_ = static_cast<std::uint32_t>(sources_.size() - 1);
}

void NetworkBuilder::error(const Location& at, std::string message) {
    errors_.push_back({Diagnostic::Severity::error, at, std::move(message)});
}

void NetworkBuilder::warning(const Location& at, std::string message) {
    warnings_.push_back({Diagnostic::Severity::warning, at, std::move(message)});
}

void NetworkBuilder::add_sector(Sector sector, const Location& at_id, const std::optional<Location>& at_color) {
    if (!is_sector_color(sector.color)) {
        error(at_color.value_or(at_id), "the colour of sector " + quote(sector.id) + " " + sector_color_problem(sector.color));
        sector.color.clear();
    }
    network_.sectors.push_back(std::move(sector));
    sector_at_.push_back(at_id);
}

void NetworkBuilder::add_region(Region region, const Location& at_id) {
    network_.regions.push_back(std::move(region));
    region_at_.push_back(at_id);
}

void NetworkBuilder::add_actor(Actor actor, Place at_id, Place at_sector) {
    actor_at_.push_back({at_id, at_sector, ids_.intern(actor.id)});
    network_.actors.push_back(std::move(actor));
}

void NetworkBuilder::add_tie(Tie tie, std::string_view source, std::string_view target, Place at, Place at_source,
                             Place at_target, Place at_weight) {
    if (!std::isfinite(tie.weight) || tie.weight < 0) error(at_weight, check_weight(tie.weight));
    tie.source = ids_.intern(source);
    tie.target = ids_.intern(target);
    network_.ties.push_back(std::move(tie));
    tie_at_.push_back({at, at_source, at_target});
}

void NetworkBuilder::add_actor(RawActor raw) {
    if (actor_has_nul(raw.actor)) error(raw.at, "actor " + quote(raw.actor.id) + nul_fix);
    add_actor(std::move(raw.actor), place(raw.at_id), place(raw.at_sector));
}

void NetworkBuilder::add_tie(RawTie raw) {
    if (has_nul(raw.source) || has_nul(raw.target) || has_nul(raw.tie.type))
        error(raw.at, "tie " + quote(raw.source) + " - " + quote(raw.target) + nul_fix);
    add_tie(std::move(raw.tie), raw.source, raw.target, place(raw.at), place(raw.at_source), place(raw.at_target),
            place(raw.at_weight));
}

void NetworkBuilder::add_participation(std::string project, const Location& at_project, std::string actor,
                                       const Location& at_actor, Participation participation) {
    participations_.push_back({std::move(project), std::move(actor), at_project, at_actor, std::move(participation)});
}

void NetworkBuilder::add_programme(Programme programme, const Location& at_id) {
    if (programme.name.empty()) programme.name = programme.id;
    network_.programmes.push_back(std::move(programme));
    programme_at_.push_back(at_id);
}

bool parse_programme_years(std::string_view text, std::optional<int>& from, std::optional<int>& to) {
    const auto year = [](std::string_view t) -> std::optional<int> {
        while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
        while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
        int y = 0;
        const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), y);
        if (t.empty() || ec != std::errc() || ptr != t.data() + t.size() || y < -9999 || y > 9999) return std::nullopt;
        return y;
    };
    const std::size_t dash = text.find('-', 1);  // a leading '-' is a sign
    const auto a = year(text.substr(0, dash));
    const auto b = dash == std::string_view::npos ? a : year(text.substr(dash + 1));
    if (!a || !b || *a > *b) return false;
    from = a;
    to = b;
    return true;
}

/// What the steps of finish() share once the actors are read: the actor each id
/// number names, the suggestions made so far and the work they may still take.
struct NetworkBuilder::Resolution {
    explicit Resolution(NetworkBuilder& builder) : b(builder) {}

    using Hints = std::unordered_map<std::string, std::string>;

    /// " (did you mean ...)" for `word`, found once per word.
    const std::string& hint(Hints& hints, const std::string& word, const std::vector<std::string>& candidates) {
        auto it = hints.find(word);
        if (it == hints.end()) it = hints.emplace(word, did_you_mean(word, candidates, &budget)).first;
        return it->second;
    }

    /// The ids of the kept actors, in file order: made only for a "did you mean".
    const std::vector<std::string>& kept_actor_ids() {
        if (!have_actor_ids) {
            for (std::size_t i = 0; i < b.network_.actors.size(); ++i)
                if (actor_of_id[b.actor_at_[i].id] == i) actor_ids.push_back(b.network_.actors[i].id);
            have_actor_ids = true;
        }
        return actor_ids;
    }

    /// The actor that id number `id` (written `name`) names, or an error at `at`.
    std::optional<std::size_t> resolve(std::uint32_t id, std::string_view name, const Location& at, const std::string& what) {
        if (id < actor_of_id.size() && actor_of_id[id] != IdTable::none) return actor_of_id[id];
        if (name.empty()) b.error(at, what + " is empty; expected an actor id");
        else b.error(at, what + " " + quote(name) + " is not an actor id" + hint(actor_hints, std::string(name), kept_actor_ids()));
        return std::nullopt;
    }
    std::optional<std::size_t> resolve_name(const std::string& name, const Location& at, const std::string& what) {
        return resolve(b.ids_.find(name), name, at, what);
    }

    NetworkBuilder& b;
    // Edit-distance steps for suggestions in this file: about 0.1 s; an unknown
    // name met again gets the suggestion found the first time.
    std::size_t budget = 50'000'000;
    Hints sector_hints, actor_hints, project_hints;
    std::vector<std::uint32_t> actor_of_id;  // id number -> kept actor
    std::vector<std::string> actor_ids;
    bool have_actor_ids = false;
};

LoadResult NetworkBuilder::finish() {
    check_nul_texts();
    const std::vector<std::string> sector_ids = check_sector_ids();
    check_blank_names();
    check_regions();
    Resolution r(*this);
    check_actors(r, sector_ids);
    resolve_ties(r);
    check_programmes();
    resolve_projects(r);
    return result();
}

void NetworkBuilder::check_nul_texts() {
    Network& net = network_;
    if (has_nul(net.name)) {
        error({sources_.empty() ? std::string() : sources_.front(), 0, 0}, std::string("the network's name") + nul_fix);
        net.name.erase(std::remove(net.name.begin(), net.name.end(), '\0'), net.name.end());
    }
    for (std::size_t i = 0; i < net.sectors.size(); ++i)
        if (has_nul(net.sectors[i].id) || has_nul(net.sectors[i].label) || has_nul(net.sectors[i].color))
            error(sector_at_[i], "sector " + quote(net.sectors[i].id) + nul_fix);
    for (std::size_t i = 0; i < net.regions.size(); ++i)
        if (has_nul(net.regions[i].id) || has_nul(net.regions[i].name) || has_nul(net.regions[i].parent))
            error(region_at_[i], "region " + quote(net.regions[i].id) + nul_fix);
    // Actors and ties are checked as they come in (add_actor, add_tie of the raw records):
    // JSON refuses \u0000 while parsing and a CSV file with a NUL byte is refused whole.
    for (const RawProject& raw : projects_)
        if (has_nul(raw.project.id) || has_nul(raw.project.name) || has_nul(raw.project.type) || has_nul(raw.project.region))
            error(raw.at, "project " + quote(raw.project.id) + nul_fix);
}

std::vector<std::string> NetworkBuilder::check_sector_ids() {
    // Sectors: unique ids, a usable palette.
    std::vector<std::string> sector_ids;
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < network_.sectors.size(); ++i) {
        const Sector& s = network_.sectors[i];
        auto [it, fresh] = seen.emplace(s.id, i);
        if (!fresh) error(sector_at_[i], "duplicate sector id " + quote(s.id) + where_defined(sector_at_[it->second]));
        else sector_ids.push_back(s.id);
    }
    return sector_ids;
}

void NetworkBuilder::check_blank_names() {
    // Names of only blanks: a label that shows nothing (and once stopped Graphviz).
    const Network& net = network_;
    auto blank = [](const std::string& text) {
        return !text.empty() && text.find_first_not_of(" \t\r\n\f\v") == std::string::npos;
    };
    if (blank(net.name))
        error({sources_.empty() ? std::string() : sources_.front(), 0, 0},
              "the network's name holds only blanks; give it a name or leave it out");
    for (std::size_t i = 0; i < net.regions.size(); ++i) {
        if (blank(net.regions[i].id)) error(region_at_[i], "a region id holds only blanks; every region needs a visible id");
        else if (blank(net.regions[i].name))
            error(region_at_[i], "the name of region " + quote(net.regions[i].id) + " holds only blanks; give it a name or leave it out");
    }
}

void NetworkBuilder::check_regions() {
    // Regions: unique ids; parents should be declared.
    const Network& net = network_;
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < net.regions.size(); ++i) {
        auto [it, fresh] = seen.emplace(net.regions[i].id, i);
        if (!fresh)
            error(region_at_[i], "duplicate region id " + quote(net.regions[i].id) + where_defined(region_at_[it->second]));
    }
    for (std::size_t i = 0; i < net.regions.size(); ++i) {
        const std::string& parent = net.regions[i].parent;
        if (parent.empty()) continue;
        if (parent == net.regions[i].id) error(region_at_[i], "region " + quote(parent) + " is its own parent");
        else if (!seen.count(parent))
            warning(region_at_[i], "parent region " + quote(parent) + " of region " + quote(net.regions[i].id) +
                                       " is not declared; it exists implicitly");
    }
    check_region_cycles(seen);
}

void NetworkBuilder::check_region_cycles(const std::unordered_map<std::string, std::size_t>& region_of_id) {
    // A longer cycle (a -> b -> a) is refused like a self-parent: following parents
    // from any region must end. Each region is walked at most once: O(regions).
    const Network& net = network_;
    std::vector<int> state(net.regions.size(), 0);  // 0 unvisited, 1 on the current path, 2 done
    for (std::size_t start = 0; start < net.regions.size(); ++start) {
        std::vector<std::size_t> path;
        std::size_t at = start;
        while (state[at] == 0) {
            state[at] = 1;
            path.push_back(at);
            const std::string& parent = net.regions[at].parent;
            auto it = region_of_id.find(parent);
            if (parent.empty() || parent == net.regions[at].id || it == region_of_id.end()) break;
            at = it->second;
            if (state[at] == 1) {
                std::string cycle;
                const auto first = std::find(path.begin(), path.end(), at);
                for (auto p = first; p != path.end(); ++p) cycle += quote(net.regions[*p].id) + " -> ";
                error(region_at_[at], "region parents form a cycle: " + cycle + quote(net.regions[at].id) +
                                          "; a region cannot lie inside itself");
                break;
            }
        }
        for (std::size_t p : path) state[p] = 2;
    }
}

void NetworkBuilder::check_actors(Resolution& r, const std::vector<std::string>& sector_ids) {
    // Actors: unique ids, known sectors. An actor in error stays in net.actors,
    // which is never returned then (finish() throws).
    Network& net = network_;
    constexpr std::uint32_t none = IdTable::none;
    r.actor_of_id.assign(ids_.size(), none);
    // Without a usable sector, every actor's sector would be an error of its own: one
    // error says so instead (the root cause is reported where the sectors are declared).
    const bool check_sectors = !sector_ids.empty();
    if (!check_sectors && !net.actors.empty())
        error(actor_at_[0].at_sector, "no sector is usable (see the errors where the sectors are declared), so the actors' "
                                      "sectors are not checked");
    // An unknown sector value is one error, at its first actor, counting the others.
    struct Unknown {
        std::size_t error = 0, more = 0;
        std::vector<int> lines;
    };
    std::unordered_map<std::string, Unknown> unknown_sectors;
    for (std::size_t i = 0; i < net.actors.size(); ++i) {
        Actor& a = net.actors[i];
        const ActorPlaces& at = actor_at_[i];
        bool ok = true;
        if (a.id.empty()) {
            error(at.at_id, "actor id is empty; every actor needs a unique, non-empty id");
            ok = false;
        } else if (std::uint32_t first = r.actor_of_id[at.id]; first != none) {
            error(at.at_id, "duplicate actor id " + quote(a.id) + where_defined(location(actor_at_[first].at_id)));
            ok = false;
        }
        bool known_sector = false;
        for (const std::string& s : sector_ids) known_sector = known_sector || s == a.sector;
        if (!known_sector && check_sectors) {
            if (a.sector.empty()) {
                error(at.at_sector, "actor " + quote(a.id) + " has an empty sector; expected " + join_alternatives(sector_ids));
            } else if (auto [u, fresh] = unknown_sectors.try_emplace(a.sector); !fresh) {
                ++u->second.more;
                if (u->second.lines.size() < 3 && at.at_sector.line > 0) u->second.lines.push_back(static_cast<int>(at.at_sector.line));
            } else {
                u->second.error = errors_.size();
                error(at.at_sector, "unknown sector " + quote(a.sector) + "; expected " + join_alternatives(sector_ids) +
                                        r.hint(r.sector_hints, a.sector, sector_ids));
            }
        }
        if (!ok) continue;
        if (a.name.empty()) a.name = a.id;
        r.actor_of_id[at.id] = static_cast<std::uint32_t>(i);
    }

    for (const auto& [value, u] : unknown_sectors) {
        if (u.more == 0) continue;
        std::string lines;
        for (int line : u.lines) lines += (lines.empty() ? "" : ", ") + std::to_string(line);
        errors_[u.error].message += " (and " + std::to_string(u.more) + " more " + (u.more == 1 ? "actor" : "actors") +
                                    " with this sector" + (lines.empty() ? "" : ", at lines " + lines + (u.more > u.lines.size() ? ", …" : "")) + ")";
    }
}

void NetworkBuilder::resolve_ties(Resolution& r) {
    // Ties: their ends hold id numbers until here. A tie that repeats an earlier one
    // (same two actors, direction, type and year) is most often the same record listed
    // twice; it is kept, as parallel ties are, but said, since the weights are summed.
    Network& net = network_;
    std::vector<std::size_t> kept_ties;  // resolved, with a valid weight: the ones repeats are sought among
    kept_ties.reserve(net.ties.size());

    // Weights add up in every metric (strength, PageRank, modularity's total) and get
    // squared (eigenvector): an actor's strength and the total must stay at most
    // max_weight_sum, so that no sum or square of one overflows to infinity or NaN.
    std::vector<double> strength(net.actors.size(), 0.0);
    double total_weight = 0.0;
    bool weights_overflow = false;

    const std::vector<std::uint32_t>& actor_of_id = r.actor_of_id;
    constexpr std::uint32_t none = IdTable::none;
    for (std::size_t i = 0; i < net.ties.size(); ++i) {
        Tie& tie = net.ties[i];
        const TiePlaces& at = tie_at_[i];
        const auto source = static_cast<std::uint32_t>(tie.source), target = static_cast<std::uint32_t>(tie.target);
        std::optional<std::size_t> s, t;
        if (source < actor_of_id.size() && actor_of_id[source] != none) s = actor_of_id[source];
        else s = r.resolve(source, ids_.name(source), location(at.at_source), "tie source");
        if (target < actor_of_id.size() && actor_of_id[target] != none) t = actor_of_id[target];
        else t = r.resolve(target, ids_.name(target), location(at.at_target), "tie target");
        if (!std::isfinite(tie.weight) || tie.weight < 0) continue;  // reported by add_tie()
        if (!s || !t) continue;
        if (*s == *t)
            warning(at.at, "self-loop on actor " + quote(ids_.name(source)) + "; it is kept in the data but left out of the metrics");
        tie.source = *s;
        tie.target = *t;
        if (tie.type.empty()) tie.type = "tie";
        kept_ties.push_back(i);
        strength[*s] += tie.weight;
        if (*t != *s) strength[*t] += tie.weight;
        total_weight += tie.weight;
        if (!weights_overflow && (strength[*s] > max_weight_sum || strength[*t] > max_weight_sum || total_weight > max_weight_sum)) {
            weights_overflow = true;  // reported once: every later sum is beyond too
            const std::size_t heavy = strength[*s] > max_weight_sum ? *s : *t;
            error(at.at, strength[heavy] > max_weight_sum
                             ? "the weights of the ties of actor " + quote(net.actors[heavy].id) + " add up to more than 1e150, the largest sum ecosys computes with; scale the weights down"
                             : std::string("the weights of all ties add up to more than 1e150, the largest sum ecosys computes with; scale the weights down"));
        }
    }
    if (errors_.empty()) {  // a file in error is refused anyway: its own errors first, its repeats unsought
        if (const auto repeats = repeated_ties(net, kept_ties); !repeats.empty()) warn_repeated_ties(repeats);
    }
    std::vector<TiePlaces>().swap(tie_at_);
}

void NetworkBuilder::warn_repeated_ties(const std::vector<std::pair<std::size_t, std::size_t>>& repeats) {
    // One warning for them all, at the first repeat, naming the first three.
    std::string places;
    const Location head = location(tie_at_[repeats.front().first].at);
    for (std::size_t k = 0; k < std::min<std::size_t>(3, repeats.size()); ++k) {
        const Location again = location(tie_at_[repeats[k].first].at), first = location(tie_at_[repeats[k].second].at);
        // "line 12" in the warning's own file, else the file too (a CSV folder's ties.csv);
        // with the column when both ties are on one line (a JSON file written on one line).
        const bool one_line = again.source == first.source && again.line == first.line && again.line > 0;
        auto where = [&](const Location& at) {
            std::string line = at.line > 0 ? "line " + std::to_string(at.line) : "a tie";
            if (one_line && at.column > 0) line += " column " + std::to_string(at.column);
            return at.source == head.source ? line : detail::visible(at.source) + " " + line;
        };
        places += (k ? "; " : "") + where(again) + " repeats " + where(first);
    }
    if (repeats.size() > 3) places += "; … and " + std::to_string(repeats.size() - 3) + " more";
    warning(tie_at_[repeats.front().first].at,
            std::to_string(repeats.size()) + (repeats.size() == 1 ? " tie repeats" : " ties repeat") +
                " an earlier tie (same two actors, type and year): " + places +
                ". Each pair is one edge whose weight is the sum, so its strength counts every copy (a file that "
                "lists each undirected tie in both directions doubles every weight); remove the copies, or give "
                "distinct ties distinct types");
}

void NetworkBuilder::check_programmes() {
    // Programmes: unique ids; regions are checked by the commands that read them.
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < network_.programmes.size(); ++i) {
        const Programme& g = network_.programmes[i];
        if (g.id.empty()) error(programme_at_[i], "programme id is empty; every programme needs a unique, non-empty id");
        else if (auto [it, fresh] = seen.emplace(g.id, i); !fresh)
            error(programme_at_[i], "duplicate programme id " + quote(g.id) + where_defined(programme_at_[it->second]));
        if (has_nul(g.id) || has_nul(g.name)) error(programme_at_[i], "programme " + quote(g.id) + nul_fix);
    }
}

void NetworkBuilder::resolve_projects(Resolution& r) {
    // Projects and their participants.
    Network& net = network_;
    std::unordered_map<std::string, std::size_t> project_at;
    std::vector<std::string> project_ids;
    for (RawProject& raw : projects_) {
        Project& p = raw.project;
        if (p.id.empty()) {
            error(raw.at_id, "project id is empty; every project needs a unique, non-empty id");
            continue;
        }
        if (auto it = project_at.find(p.id); it != project_at.end()) {
            error(raw.at_id, "duplicate project id " + quote(p.id) + where_defined(projects_[it->second].at_id));
            continue;
        }
        if (p.end_year && p.year && *p.end_year < *p.year)
            error(raw.at_end_year.line ? raw.at_end_year : raw.at_id,
                  "project " + quote(p.id) + " ends (" + std::to_string(*p.end_year) + ") before it starts (" +
                      std::to_string(*p.year) + "); \"end_year\" must be >= \"year\"");
        if (!p.programme.empty() && !net.programmes.empty() && !net.find_programme(p.programme)) {
            std::vector<std::string> ids;
            for (const Programme& g : net.programmes) ids.push_back(g.id);
            const std::string h = did_you_mean(p.programme, ids, &r.budget);
            warning(raw.at_programme.line ? raw.at_programme : raw.at_id,
                    "project " + quote(p.id) + " names programme " + quote(p.programme) +
                        ", which \"programmes\" does not declare" + h +
                        "; it is kept as a programme without regions or years");
        }
        resolve_participants(r, raw);
        project_at.emplace(p.id, net.projects.size());
        project_ids.push_back(p.id);
        net.projects.push_back(std::move(p));
    }
    resolve_participation_rows(r, project_at, project_ids);
}

void NetworkBuilder::resolve_participants(Resolution& r, RawProject& raw) {
    Project& p = raw.project;
    std::unordered_set<std::size_t> members;
    const bool detailed = std::any_of(raw.participations.begin(), raw.participations.end(),
                                      [](const Participation& x) { return x != Participation{}; });
    for (std::size_t i = 0; i < raw.participants.size(); ++i) {
        auto& [id, at] = raw.participants[i];
        auto a = r.resolve_name(id, at, "participant");
        if (!a) continue;
        if (!members.insert(*a).second) {
            warning(at, "actor " + quote(id) + " is listed twice in project " + quote(p.id) + "; counted once");
            continue;
        }
        p.participants.push_back(*a);
        if (detailed) p.participations.push_back(raw.participations[i]);
    }
}

void NetworkBuilder::resolve_participation_rows(Resolution& r, const std::unordered_map<std::string, std::size_t>& project_at,
                                                const std::vector<std::string>& project_ids) {
    for (ParticipationRow& row : participations_) {
        auto it = project_at.find(row.project);
        if (it == project_at.end()) {
            error(row.at_project, "project " + quote(row.project) + " is not in projects.csv" + r.hint(r.project_hints, row.project, project_ids));
            continue;
        }
        auto a = r.resolve_name(row.actor, row.at_actor, "participant");
        if (!a) continue;
        Project& p = network_.projects[it->second];
        bool dup = false;
        for (std::size_t m : p.participants) dup = dup || m == *a;
        if (dup) {
            warning(row.at_actor, "actor " + quote(row.actor) + " is listed twice in project " + quote(p.id) + "; counted once");
            continue;
        }
        p.participants.push_back(*a);
        if (row.participation != Participation{} || !p.participations.empty()) {
            p.participations.resize(p.participants.size() - 1);  // those before it had none
            p.participations.push_back(std::move(row.participation));
        }
    }
}

LoadResult NetworkBuilder::result() {
    auto by_place = [](const Diagnostic& x, const Diagnostic& y) {
        if (x.where.source != y.where.source) return x.where.source < y.where.source;
        if (x.where.line != y.where.line) return x.where.line < y.where.line;
        return x.where.column < y.where.column;
    };
    std::stable_sort(warnings_.begin(), warnings_.end(), by_place);
    if (!errors_.empty()) {
        // The warnings go along: a user fixing the file wants to see everything at once.
        errors_.insert(errors_.end(), warnings_.begin(), warnings_.end());
        std::stable_sort(errors_.begin(), errors_.end(), by_place);
        throw ValidationError(std::move(errors_));
    }
    ids_ = IdTable();
    std::vector<ActorPlaces>().swap(actor_at_);
    network_.index();
    return {std::move(network_), std::move(warnings_)};
}

}  // namespace ecosys::detail
