#include "ecosys/model/attributes.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <stdexcept>

namespace ecosys {

namespace {

bool is_scalar(const nlohmann::json& v) { return !v.is_array() && !v.is_object() && !v.is_binary(); }

// Equal as a writer writes them: same type and, for numbers, the same bits
// (1 and 1.0, or 0.0 and -0.0, are written differently).
std::size_t scalar_hash(const nlohmann::json& v) {
    std::size_t h = static_cast<std::size_t>(v.type()) * 0x9E3779B97F4A7C15ull;
    switch (v.type()) {
    case nlohmann::json::value_t::string: return h ^ std::hash<std::string_view>{}(v.get_ref<const std::string&>());
    case nlohmann::json::value_t::boolean: return h ^ (v.get<bool>() ? 1u : 2u);
    case nlohmann::json::value_t::number_integer: return h ^ std::hash<std::int64_t>{}(v.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: return h ^ std::hash<std::uint64_t>{}(v.get<std::uint64_t>());
    case nlohmann::json::value_t::number_float: {
        const double d = v.get<double>();
        std::uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        return h ^ std::hash<std::uint64_t>{}(bits);
    }
    default: return h;
    }
}

bool same_scalar(const nlohmann::json& a, const nlohmann::json& b) {
    if (a.type() != b.type()) return false;
    if (a.is_number_float()) {
        const double x = a.get<double>(), y = b.get<double>();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a == b;
}

std::size_t text_size_of(const nlohmann::json& v) {
    if (v.is_string()) return v.get_ref<const std::string&>().size();
    return v.dump().size();
}

}  // namespace

std::uint32_t AttributePool::key(std::string_view key) {
    if (auto it = key_numbers_.find(key); it != key_numbers_.end()) return it->second;
    keys_.emplace_back(key);
    const auto number = static_cast<std::uint32_t>(keys_.size() - 1);
    key_numbers_.emplace(std::string_view(keys_.back()), number);
    return number;
}

std::uint32_t AttributePool::hold(nlohmann::json value) {
    const std::size_t size = text_size_of(value);
    values_.push_back({std::move(value), size});
    return static_cast<std::uint32_t>(values_.size() - 1);
}

std::uint32_t AttributePool::value(nlohmann::json value) {
    if (!is_scalar(value)) return hold(std::move(value));
    const std::size_t h = scalar_hash(value);
    auto [first, last] = scalar_numbers_.equal_range(h);
    for (auto it = first; it != last; ++it)
        if (same_scalar(values_[it->second].value, value)) return it->second;
    const std::uint32_t number = hold(std::move(value));
    scalar_numbers_.emplace(h, number);
    return number;
}

std::uint32_t AttributePool::value(const std::shared_ptr<const nlohmann::json>& value) {
    if (auto it = shared_numbers_.find(value.get()); it != shared_numbers_.end()) return it->second;
    const std::uint32_t number = this->value(*value);
    shared_numbers_.emplace(value.get(), number);
    shared_.push_back(value);
    return number;
}

std::vector<Attributes::Item>::const_iterator Attributes::lower_bound(std::string_view key) const {
    return std::lower_bound(items_.begin(), items_.end(), key,
                            [this](const Item& item, std::string_view k) { return std::string_view(pool_->key_at(item.first)) < k; });
}

Attributes::const_iterator Attributes::find(std::string_view key) const {
    if (!pool_) return end();
    auto it = lower_bound(key);
    if (it == items_.end() || pool_->key_at(it->first) != key) return end();
    return {pool_.get(), it};
}

const nlohmann::json& Attributes::at(std::string_view key) const {
    auto it = find(key);
    if (it == end()) throw std::out_of_range("no attribute " + std::string(key));
    return *it;
}

void Attributes::set_held(std::uint32_t key, std::uint32_t value) {
    const std::string& text = pool_->key_at(key);
    if (items_.empty() || pool_->key_at(items_.back().first) < text) {  // readers give keys in order
        items_.push_back({key, value});
        return;
    }
    auto it = items_.begin() + (lower_bound(text) - items_.cbegin());
    if (it != items_.end() && it->first == key) it->second = value;
    else items_.insert(it, {key, value});
}

void Attributes::set(std::string_view key, nlohmann::json value) {
    if (!pool_) {
        pool_ = std::make_shared<AttributePool>();
    } else if (pool_.use_count() > 1) {
        auto own = std::make_shared<AttributePool>();
        std::vector<Item> items;
        items.reserve(items_.size());
        for (const Item& item : items_) items.push_back({own->key(pool_->key_at(item.first)), own->value(pool_->value_at(item.second))});
        pool_ = std::move(own);
        items_ = std::move(items);
    }
    const std::uint32_t k = pool_->key(key);
    set_held(k, pool_->value(std::move(value)));
}

std::size_t Attributes::text_size() const {
    std::size_t total = 0;
    for (const Item& item : items_) total += pool_->text_size(item.second);
    return total;
}

nlohmann::json Attributes::to_json() const {
    nlohmann::json out = nlohmann::json::object();
    for (const Item& item : items_) out[pool_->key_at(item.first)] = pool_->value_at(item.second);
    return out;
}

Attributes Attributes::from_json(const nlohmann::json& object, std::shared_ptr<AttributePool> pool) {
    Attributes out(pool ? std::move(pool) : std::make_shared<AttributePool>());
    if (!object.is_object()) return out;
    out.items_.reserve(object.size());
    // Object members come in key order: appending keeps the items sorted.
    for (auto it = object.begin(); it != object.end(); ++it) out.items_.push_back({out.pool_->key(it.key()), out.pool_->value(it.value())});
    return out;
}

bool operator==(const Attributes& a, const Attributes& b) {
    if (a.size() != b.size()) return false;
    for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y)
        if (x.key() != y.key() || *x != *y) return false;
    return true;
}

}  // namespace ecosys
