#pragma once
// An actor's extra values (the file's attributes that are not fields), kept as
// read. Keys and values live in a pool that every actor read from one file
// shares, each distinct key and each distinct scalar value once: a DOT or
// GraphML default given to 10^4 nodes is held once, and a cell of a CSV table
// costs its actor 8 bytes (two 4-byte numbers). Entries iterate in key order
// (byte order), as nlohmann::json objects do, so writers see what they saw.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace ecosys {

/// Keys and values, each distinct one held once. Append-only: numbers stay
/// valid. Not synchronised: a pool is filled by one reader, then only read.
class AttributePool {
public:
    std::uint32_t key(std::string_view key);
    /// The number of `value`; an equal scalar (same type and bits) already held
    /// is reused; arrays and objects are held as given.
    std::uint32_t value(nlohmann::json value);
    /// The number of a value shared by several records of a file (a default): held
    /// once per pointer, so a long default is neither copied nor hashed again.
    std::uint32_t value(const std::shared_ptr<const nlohmann::json>& value);

    [[nodiscard]] const std::string& key_at(std::uint32_t k) const { return keys_[k]; }
    [[nodiscard]] const nlohmann::json& value_at(std::uint32_t v) const { return values_[v].value; }
    /// Bytes of the value as text (a string's length, a number's digits): what a
    /// writer spends on it each time it writes it.
    [[nodiscard]] std::size_t text_size(std::uint32_t v) const { return values_[v].text_size; }

private:
    struct Held {
        nlohmann::json value;
        std::size_t text_size = 0;
    };
    std::uint32_t hold(nlohmann::json value);
    std::deque<std::string> keys_;
    std::unordered_map<std::string_view, std::uint32_t> key_numbers_;
    std::deque<Held> values_;
    std::unordered_multimap<std::size_t, std::uint32_t> scalar_numbers_;  // by hash of the scalar
    std::unordered_map<const nlohmann::json*, std::uint32_t> shared_numbers_;
    std::vector<std::shared_ptr<const nlohmann::json>> shared_;  // keeps those pointers unique
};

class Attributes {
public:
    /// One entry, as the iterator of a nlohmann::json object shows it.
    class const_iterator {
    public:
        using difference_type = std::ptrdiff_t;
        using value_type = nlohmann::json;
        using pointer = const nlohmann::json*;
        using reference = const nlohmann::json&;
        using iterator_category = std::forward_iterator_tag;
        const_iterator() = default;
        [[nodiscard]] const std::string& key() const { return pool_->key_at(at_->first); }
        [[nodiscard]] const nlohmann::json& value() const { return pool_->value_at(at_->second); }
        reference operator*() const { return value(); }
        pointer operator->() const { return &value(); }
        const_iterator& operator++() {
            ++at_;
            return *this;
        }
        const_iterator operator++(int) {
            const_iterator old = *this;
            ++at_;
            return old;
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.at_ == b.at_; }
        friend bool operator!=(const const_iterator& a, const const_iterator& b) { return a.at_ != b.at_; }

    private:
        friend class Attributes;
        using Item = std::pair<std::uint32_t, std::uint32_t>;
        const_iterator(const AttributePool* pool, std::vector<Item>::const_iterator at) : pool_(pool), at_(at) {}
        const AttributePool* pool_ = nullptr;
        std::vector<Item>::const_iterator at_;
    };

    Attributes() = default;
    /// Empty attributes that take their keys and values from `pool` (shared with
    /// the other actors of a file).
    explicit Attributes(std::shared_ptr<AttributePool> pool) : pool_(std::move(pool)) {}

    [[nodiscard]] const_iterator begin() const { return {pool_.get(), items_.begin()}; }
    [[nodiscard]] const_iterator end() const { return {pool_.get(), items_.end()}; }
    [[nodiscard]] const_iterator find(std::string_view key) const;
    [[nodiscard]] bool contains(std::string_view key) const { return find(key) != end(); }
    /// The value of `key`; std::out_of_range when there is none.
    [[nodiscard]] const nlohmann::json& at(std::string_view key) const;
    [[nodiscard]] bool empty() const noexcept { return items_.empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return items_.size(); }

    /// Sets `key` (replacing its value). A pool shared with other actors is not
    /// changed: these attributes then move to a pool of their own first.
    void set(std::string_view key, nlohmann::json value);
    /// Sets `key` to a value held in this pool (readers, which own the pool while reading).
    void set_held(std::uint32_t key, std::uint32_t value);
    [[nodiscard]] AttributePool* pool() const noexcept { return pool_.get(); }
    /// Bytes of all values as text: what a writer without defaults spends on them.
    [[nodiscard]] std::size_t text_size() const;

    /// A copy as a JSON object (for the JSON writer and Python).
    [[nodiscard]] nlohmann::json to_json() const;
    /// From a JSON object's members, into `pool` (a new one when null).
    static Attributes from_json(const nlohmann::json& object, std::shared_ptr<AttributePool> pool = nullptr);

    friend bool operator==(const Attributes& a, const Attributes& b);

private:
    using Item = std::pair<std::uint32_t, std::uint32_t>;  // key, value numbers in pool_
    std::vector<Item>::const_iterator lower_bound(std::string_view key) const;
    std::shared_ptr<AttributePool> pool_;
    std::vector<Item> items_;  // sorted by key text
};

}  // namespace ecosys
