// Reads canonical JSON straight into the model, in one pass over the text (json_cursor.hpp), checking each
// value's type where it is read. Its verdicts are those of the DOM walk it replaced, message for message
// (formats/testing/dom_model_json.hpp keeps that walk, and tests/test_model_json.cpp holds the two together):
// - a null value reads like a missing key; unknown keys are warned about and skipped, not descended into;
// - a repeated key counts once, with its last value (as in nlohmann's DOM): on meeting one the reader
//   starts over in a slower mode that looks ahead for the last occurrence of each key;
// - messages are held back and ordered as a walk over the finished document would meet them
//   (pending_diagnostics.hpp), and a syntax error anywhere replaces them all;
// - a message names the line and column where the value it is about starts (the one read, for a repeated key).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "galley/detail/canonical_format.hpp"
#include "galley/detail/json_cursor.hpp"
#include "galley/detail/pending_diagnostics.hpp"
#include "galley/model.hpp"
#include "galley/quote.hpp"

namespace galley::detail {

class ModelReader {
public:
    enum class Mode { fast, last_key_wins };
    enum class Outcome { read, syntax_error, repeated_key };

    ModelReader(std::string_view text, Mode mode) : in_(text), mode_(mode) {}

    // Reads the document into `ed` (strings it has are overwritten, lists appended to). Messages wait in
    // diagnostics(); after a syntax_error or a repeated_key (only in Mode::fast) there are none to give.
    Outcome read(Edition& ed) {
        const Place root;
        if (in_.skip_bom()) edition(root, ed);
        if (repeated_key_) return Outcome::repeated_key;
        if (!in_.at_end()) return Outcome::syntax_error;
        return Outcome::read;
    }

    PendingDiagnostics& diagnostics() { return pending_; }
    std::size_t offset() const { return in_.offset(); }

private:
    template <std::size_t N>
    using Keys = std::array<std::string_view, N>;  // in the order the reader checks them: that is the turn
    // Where each known member's value starts (null included); `absent` for a member the object lacks.
    template <std::size_t N>
    using Offsets = std::array<std::size_t, N>;
    static constexpr std::size_t absent = static_cast<std::size_t>(-1);

    bool halted() const { return in_.failed() || repeated_key_; }

    // Where the next value starts (past any whitespace).
    std::size_t here() {
        in_.peek();
        return in_.offset();
    }

    void error(const Place& at, std::size_t offset, std::string message, int then = -1) {
        pending_.add(Severity::error, at, offset, std::move(message), then);
    }

    // A value of the wrong type: reported with its key's name, then passed over.
    void mistyped(const Place& at, const char* expected) {
        error(at, here(), "\"" + std::string(at.key) + "\" " + expected);
        in_.skip_value();
    }

    // ---- objects: `field(index into keys, place)` reads each known, non-null member ----

    template <std::size_t N, class Field>
    Offsets<N> object(const Place& at, const Keys<N>& keys, Field&& field) {
        static_assert(N <= 32, "members are tracked in a 32-bit set");
        Offsets<N> found;
        found.fill(absent);
        if (in_.peek() != '{') {
            error(at, here(), "expected an object");
            in_.skip_value();
            return found;
        }
        if (mode_ == Mode::last_key_wins) {
            object_keeping_last(at, keys, field, found);
            return found;
        }
        std::uint32_t seen = 0;
        std::size_t next = 0;              // canonical JSON lists keys in order: try the next one first
        std::set<std::string, std::less<>> unknown;  // to notice a repeated unknown key
        in_.members([&](std::string_view key) {
            const std::size_t k = find_key(keys, key, next);
            if (k == N) {
                if (!unknown.insert(std::string(key)).second) return repeated();
                return unknown_member(at, key);
            }
            if (seen & (std::uint32_t{1} << k)) return repeated();
            seen |= std::uint32_t{1} << k;
            next = k + 1;
            return known_member(at, keys, k, field, found);
        });
        return found;
    }

    // The slow mode: a first pass over the object finds the last occurrence of each key; the second reads
    // those and passes over the others.
    template <std::size_t N, class Field>
    void object_keeping_last(const Place& at, const Keys<N>& keys, Field& field, Offsets<N>& found) {
        const std::size_t start = in_.offset();
        std::map<std::string, std::size_t, std::less<>> last;  // key → index of its last occurrence
        std::size_t count = 0;
        if (!in_.members([&](std::string_view key) {
                last[std::string(key)] = count++;
                return in_.skip_value();
            }))
            return;
        in_.seek(start);
        std::size_t index = 0;
        in_.members([&](std::string_view key) {
            if (last.find(key)->second != index++) return in_.skip_value();
            const std::size_t k = find_key(keys, key, 0);
            if (k == N) return unknown_member(at, key);
            return known_member(at, keys, k, field, found);
        });
    }

    template <std::size_t N>
    static std::size_t find_key(const Keys<N>& keys, std::string_view key, std::size_t first) {
        for (std::size_t n = 0; n < N; ++n) {
            const std::size_t k = (first + n) % N;
            if (keys[k] == key) return k;
        }
        return N;
    }

    bool repeated() {
        repeated_key_ = true;
        return false;
    }

    bool unknown_member(const Place& at, std::string_view key) {
        pending_.add(Severity::warning, Place::member(at, key, 0), here(),
                     "unknown key " + quote_text(key) + " ignored");
        return in_.skip_value();
    }

    template <std::size_t N, class Field>
    bool known_member(const Place& at, const Keys<N>& keys, std::size_t k, Field& field, Offsets<N>& found) {
        found[k] = here();
        if (in_.peek() == 'n') return in_.literal("null");  // null reads like a missing key
        field(k, Place::member(at, keys[k], static_cast<unsigned char>(k + 1)));
        return !halted();
    }

    // ---- arrays: `element(place)` reads each element ----

    template <class Element>
    void array(const Place& at, Element&& element) {
        if (in_.peek() != '[') return mistyped(at, "must be an array");
        in_.elements([&](std::size_t i) {
            element(Place::element(at, i));
            return !halted();
        });
    }

    // ---- scalars ----

    void string(const Place& at, std::string& out) {
        if (in_.peek() != '"') return mistyped(at, "must be a string");
        in_.string(out);
    }

    void boolean(const Place& at, bool& out) {
        const char c = in_.peek();
        if (c != 't' && c != 'f') return mistyped(at, "must be true or false");
        if (in_.literal(c == 't' ? "true" : "false")) out = c == 't';
    }

    void integer(const Place& at, int& out) {
        const char c = in_.peek();
        if (c != '-' && (c < '0' || c > '9')) return mistyped(at, "must be a whole number from 0 to 1000000");
        const std::size_t start = here();
        JsonNumber n;
        if (!in_.number(n)) return;
        // nlohmann keeps "-0" as the integer 0; any other negative number, fraction or exponent is refused.
        if (n.integer && (n.negative ? n.magnitude == 0 : n.magnitude <= 1000000))
            out = static_cast<int>(n.magnitude);
        else
            error(at, start, "\"" + std::string(at.key) + "\" must be a whole number from 0 to 1000000");
    }

    void strings(const Place& at, std::vector<std::string>& out) {
        array(at, [&](const Place& ep) {
            if (in_.peek() != '"') {
                error(ep, here(), "expected a string");
                in_.skip_value();
                return;
            }
            in_.string(out.emplace_back());
        });
    }

    // ---- the model ----

    void origin(const Place& at, SourceSpan& out) {
        static constexpr Keys<3> keys{"file", "line", "column"};
        object(at, keys, [&](std::size_t k, const Place& p) {
            switch (k) {
                case 0: return string(p, out.file);
                case 1: return integer(p, out.line);
                default: return integer(p, out.column);
            }
        });
    }

    void dropped(const Place& at, std::vector<Dropped>& out) {
        static constexpr Keys<3> keys{"text", "reason", "origin"};
        array(at, [&](const Place& ep) {
            Dropped& d = out.emplace_back();
            object(ep, keys, [&](std::size_t k, const Place& p) {
                switch (k) {
                    case 0: return string(p, d.text);
                    case 1: return string(p, d.reason);
                    default: return origin(p, d.origin);
                }
            });
        });
    }

    void bylines(const Place& at, std::vector<Byline>& out) {
        static constexpr Keys<3> keys{"role", "name", "kind"};
        array(at, [&](const Place& ep) {
            Byline& by = out.emplace_back();
            object(ep, keys, [&](std::size_t k, const Place& p) { string(p, k == 0 ? by.role : k == 1 ? by.name : by.kind); });
        });
    }

    void image(const Place& at, Image& out) {
        static constexpr Keys<4> keys{"href", "media_type", "alt", "caption"};
        static constexpr Keys<3> caption_keys{"text", "credit", "bylines"};
        object(at, keys, [&](std::size_t k, const Place& p) {
            switch (k) {
                case 0: return string(p, out.href);
                case 1: return string(p, out.media_type);
                case 2: return string(p, out.alt);
                default:
                    object(p, caption_keys, [&](std::size_t ck, const Place& cp) {
                        if (ck == 2) return bylines(cp, out.caption.bylines);
                        string(cp, ck == 0 ? out.caption.text : out.caption.credit);
                    });
            }
        });
    }

    void block(const Place& at, Block& b) {
        static constexpr Keys<4> keys{"type", "text", "line", "image"};
        const bool is_object = in_.peek() == '{';
        const std::size_t start = here();
        bool has_image = false;
        object(at, keys, [&](std::size_t k, const Place& p) {
            switch (k) {
                case 0: return block_type(p, b.type);
                case 1: return string(p, b.text);
                case 2: return integer(p, b.origin.line);
                default: has_image = true; return image(p, b.image);
            }
        });
        if (is_object && !halted() && !has_image && b.type == BlockType::image)
            error(at, start, "an image block needs an \"image\" object", 4);  // in the "image" key's turn
    }

    void block_type(const Place& at, BlockType& out) {
        if (in_.peek() != '"') return mistyped(at, "must be a string");
        const std::size_t start = here();
        if (in_.string(scratch_) && !block_type_from_string(scratch_, out))
            error(at, start, "unknown block type " + quote_text(scratch_) + " (paragraph, subheading or image)");
    }

    void article(const Place& at, Article& a) {
        // "origin" is read before "body" (blocks take their file from it): that is its turn for messages.
        static constexpr Keys<20> keys{"id",       "language", "column",   "kicker",   "headline",
                                       "subheadline", "headline_derived", "source", "credit", "bylines",
                                       "dateline", "origin",   "body",     "page",     "section",
                                       "continuations", "keywords", "subjects", "rights", "dropped"};
        static constexpr Keys<3> dateline_keys{"text", "date", "place"};
        static constexpr Keys<3> subject_keys{"scheme", "code", "name"};
        object(at, keys, [&](std::size_t k, const Place& p) {
            switch (k) {
                case 0: return string(p, a.id);
                case 1: return string(p, a.language);
                case 2: return string(p, a.column);
                case 3: return string(p, a.kicker);
                case 4: return string(p, a.headline);
                case 5: return string(p, a.subheadline);
                case 6: return boolean(p, a.headline_derived);
                case 7: return string(p, a.source);
                case 8: return string(p, a.credit);
                case 9: return bylines(p, a.bylines);
                case 10:
                    object(p, dateline_keys, [&](std::size_t dk, const Place& dp) {
                        string(dp, dk == 0 ? a.dateline.text : dk == 1 ? a.dateline.date : a.dateline.place);
                    });
                    return;
                case 11: return origin(p, a.origin);
                case 12: return array(p, [&](const Place& ep) { block(ep, a.body.emplace_back()); });
                case 13: return integer(p, a.page);
                case 14: return string(p, a.section);
                case 15: return array(p, [&](const Place& ep) { continuation(ep, a.continuations.emplace_back()); });
                case 16: return strings(p, a.keywords);
                case 17:
                    return array(p, [&](const Place& ep) {
                        Subject& s = a.subjects.emplace_back();
                        object(ep, subject_keys, [&](std::size_t sk, const Place& sp) {
                            string(sp, sk == 0 ? s.scheme : sk == 1 ? s.code : s.name);
                        });
                    });
                case 18: return string(p, a.rights);
                default: return dropped(p, a.dropped);
            }
        });
        // Canonical JSON writes "origin" after "body": blocks get their file once the article is read.
        for (Block& b : a.body) b.origin.file = a.origin.file;
    }

    void continuation(const Place& at, Continuation& c) {
        static constexpr Keys<3> keys{"direction", "page", "text"};
        const bool is_object = in_.peek() == '{';
        const std::size_t start = here();
        const Offsets<3> found = object(at, keys, [&](std::size_t k, const Place& p) {
            string(p, k == 0 ? c.direction : k == 1 ? c.page : c.text);
        });
        if (is_object && !halted() && c.direction != "to" && c.direction != "from")
            error(Place::member(at, "direction", 4), found[0] != absent ? found[0] : start,
                  "\"direction\" must be \"to\" or \"from\"");  // after "text"
    }

    void page(const Place& at, Page& pg) {
        static constexpr Keys<5> keys{"number", "label", "section", "files", "metadata"};
        static constexpr Keys<5> field_keys{"key", "label", "value", "text", "origin"};
        object(at, keys, [&](std::size_t k, const Place& p) {
            switch (k) {
                case 0: return integer(p, pg.number);
                case 1: return string(p, pg.label);
                case 2: return string(p, pg.section);
                case 3: return strings(p, pg.files);
                default:
                    return array(p, [&](const Place& ep) {
                        PageField& f = pg.metadata.emplace_back();
                        object(ep, field_keys, [&](std::size_t fk, const Place& fp) {
                            switch (fk) {
                                case 0: return string(fp, f.key);
                                case 1: return string(fp, f.label);
                                case 2: return string(fp, f.value);
                                case 3: return string(fp, f.text);
                                default: return origin(fp, f.origin);
                            }
                        });
                    });
            }
        });
    }

    void edition_meta(const Place& at, Edition& ed) {
        static constexpr Keys<9> keys{"title", "date", "issue", "issn", "publisher", "language", "rights", "note", "cover"};
        object(at, keys, [&](std::size_t k, const Place& p) {
            switch (k) {
                case 0: return string(p, ed.title);
                case 1: return string(p, ed.date);
                case 2: return string(p, ed.issue);
                case 3: return string(p, ed.issn);
                case 4: return string(p, ed.publisher);
                case 5: return string(p, ed.language);
                case 6: return string(p, ed.rights);
                case 7: return string(p, ed.note);
                default: return image(p, ed.cover);
            }
        });
    }

    void edition(const Place& root, Edition& ed) {
        static constexpr Keys<6> keys{"format", "version", "edition", "pages", "articles", "dropped"};
        const bool is_object = in_.peek() == '{';
        const std::size_t start = here();
        if (!is_object) {
            // An array or a bare value: JSON, but nothing galley wrote.
            error(root, start, "not a galley edition: the document is not a JSON object");
            in_.skip_value();
            return;
        }
        std::string format;
        int version = 0;
        // A format or version of the wrong type has its own message; "must be galley-edition" would be a second.
        bool format_mistyped = false, version_mistyped = false;
        const Offsets<6> found = object(root, keys, [&](std::size_t k, const Place& p) {
            const std::size_t messages = pending_.size();
            switch (k) {
                case 0:
                    string(p, format);
                    format_mistyped = pending_.size() != messages;
                    return;
                case 1:
                    integer(p, version);
                    version_mistyped = pending_.size() != messages;
                    return;
                case 2: return edition_meta(p, ed);
                case 3: return array(p, [&](const Place& ep) { page(ep, ed.pages.emplace_back()); });
                case 4: return array(p, [&](const Place& ep) { article(ep, ed.articles.emplace_back()); });
                default: return dropped(p, ed.dropped);
            }
        });
        if (halted()) return;
        // A document of another format or version is not read further: what its later keys hold is not news.
        if (format != canonical_format_name) {
            if (!format_mistyped)
                error(Place::member(root, "format", 1), found[0] != absent ? found[0] : start,
                      "not a galley edition: \"format\" must be \"galley-edition\"");
            pending_.drop_after_root_key(1);
        } else if (version != canonical_format_version) {
            if (!version_mistyped)
                error(Place::member(root, "version", 2), found[1] != absent ? found[1] : start,
                      "unsupported version " + std::to_string(version) + " (this galley reads version " +
                          std::to_string(canonical_format_version) + ")");
            pending_.drop_after_root_key(2);
        }
    }

    JsonCursor in_;
    Mode mode_;
    bool repeated_key_ = false;
    PendingDiagnostics pending_;
    std::string scratch_;
};

}  // namespace galley::detail
