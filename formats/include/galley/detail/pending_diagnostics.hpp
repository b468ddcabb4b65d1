// Messages the canonical JSON reader holds back until the whole text has parsed: a syntax error anywhere
// replaces them all, and they go out in the order in which a walk over the finished document finds them
// (the order galley has always reported them in), not in the order the text happens to list keys.
#pragma once

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "galley/detail/text_position.hpp"
#include "galley/diagnostics.hpp"

namespace galley::detail {

// Where the reader is: a chain of steps from the value being read back to the root, kept on the call stack.
// It gives a message its JSON pointer (`key`, `index`) and its turn (`rank`: where the key comes in the order
// the reader checks an object's keys; 0 for unknown keys, which are reported first, by name).
struct Place {
    enum class Step { root, key, index };
    const Place* parent = nullptr;
    Step step = Step::root;
    std::string_view key;
    std::size_t index = 0;
    unsigned char rank = 0;

    static Place member(const Place& object, std::string_view name, unsigned char turn) {
        return {&object, Step::key, name, 0, turn};
    }
    static Place element(const Place& array, std::size_t i) { return {&array, Step::index, {}, i, 0}; }
};

class PendingDiagnostics {
public:
    // A message about the value at `at`, which starts at byte `offset` of the text. `then`: a turn after the
    // place's own members (a check made once the whole object has been read).
    void add(Severity severity, const Place& at, std::size_t offset, std::string message, int then = -1) {
        Item item{severity, offset, {}, std::move(message), {}};
        std::vector<const Place*> chain;
        for (const Place* p = &at; p->step != Place::Step::root; p = p->parent) chain.push_back(p);
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            const Place& p = **it;
            item.pointer += '/';
            if (p.step == Place::Step::index) {
                item.pointer += std::to_string(p.index);
                for (int shift = 56; shift >= 0; shift -= 8) item.order += static_cast<char>((p.index >> shift) & 0xFF);
                continue;
            }
            for (char c : p.key) {  // escaped as RFC 6901 says
                if (c == '~') item.pointer += "~0";
                else if (c == '/') item.pointer += "~1";
                else item.pointer += c;
            }
            item.order += static_cast<char>(p.rank);
            if (p.rank == 0) item.order += p.key;  // unknown keys come by name, as std::map orders them
        }
        if (item.pointer.empty()) item.pointer = "/";
        if (then >= 0) item.order += static_cast<char>(then);
        items_.push_back(std::move(item));
    }

    std::size_t size() const { return items_.size(); }

    // Drops what was found under the root's keys after the one with turn `rank`: the reader stops there.
    void drop_after_root_key(unsigned char rank) {
        std::erase_if(items_, [&](const Item& i) { return !i.order.empty() && static_cast<unsigned char>(i.order[0]) > rank; });
    }

    // Puts the messages in reading order, gives each its line and column in `text` and hands them to `diags`.
    void flush(std::string_view text, const std::string& file, Diagnostics& diags) {
        std::stable_sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.order < b.order; });
        // Positions are counted in one pass over the text, in the order of the offsets.
        std::vector<std::size_t> by_offset(items_.size());
        std::iota(by_offset.begin(), by_offset.end(), std::size_t{0});
        std::sort(by_offset.begin(), by_offset.end(),
                  [&](std::size_t a, std::size_t b) { return items_[a].offset < items_[b].offset; });
        std::vector<TextPosition> positions(items_.size());
        TextPositionCounter counter(text);
        for (std::size_t i : by_offset) positions[i] = counter.at(items_[i].offset);
        for (std::size_t i = 0; i < items_.size(); ++i) {
            Item& item = items_[i];
            diags.add(item.severity, SourceSpan{file, positions[i].line, positions[i].column},
                      std::move(item.message) + " (at " + printable(item.pointer, 200) + ")");
        }
        items_.clear();
    }

private:
    struct Item {
        Severity severity;
        std::size_t offset;
        std::string pointer;  // JSON pointer of the value, for the message
        std::string message;
        std::string order;    // compared bytewise: one byte per key turn, eight per array index
    };
    std::vector<Item> items_;
};

}  // namespace galley::detail
