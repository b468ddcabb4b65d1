// Versions for re-sends. An item that an earlier run wrote keeps its version when the item would come out
// byte for byte the same at that version; otherwise it goes out as the next version with sig:update.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "galley/plugin.hpp"
#include "text.hpp"

namespace galley::newsml_g2 {

// An item as an earlier run wrote it.
struct Earlier {
    int version = 1;
    std::string version_created;  // its itemMeta/versionCreated
    std::string bytes;            // the item as a standalone document
};

// What an earlier run left: one file per item, or (with message=true) one newsMessage holding them all.
class EarlierRun {
public:
    EarlierRun(plugin::Output& out, bool message);

    // The earlier item for `entry` (files) or `guid` (message). Nothing when there was none, when it is
    // another item (another guid: the same file name from another day's edition) or when it does not read;
    // the last two say so through `out`.
    std::optional<Earlier> find(const std::string& entry, const std::string& guid, const std::string& article_id);

private:
    plugin::Output& out_;
    bool message_;
    std::map<std::string, Earlier> message_items_;  // guid → item, from the earlier newsMessage
};

struct Settled {
    int version = 1;
    std::string bytes;
    std::vector<Cleaner::Problem> problems;  // of the render that was kept
    bool changed = false;                    // true when it is a new version of an earlier item
};

// render(version, version_created, cleaner) gives the item's bytes. An earlier item is kept when rendering
// it again at its version and with its versionCreated gives the same bytes (so a new SOURCE_DATE_EPOCH
// alone makes no new version); otherwise the item becomes the next version, created `version_created`.
using Render = std::function<std::string(int, const std::string&, Cleaner&)>;
Settled settle(const std::optional<Earlier>& earlier, const std::string& version_created, const Render& render);

}  // namespace galley::newsml_g2
