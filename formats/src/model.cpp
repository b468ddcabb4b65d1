#include "galley/model.hpp"

namespace galley {

const char* to_string(BlockType type) {
    switch (type) {
        case BlockType::paragraph: return "paragraph";
        case BlockType::subheading: return "subheading";
        case BlockType::image: return "image";
    }
    return "paragraph";
}

bool block_type_from_string(std::string_view name, BlockType& out) {
    for (BlockType t : {BlockType::paragraph, BlockType::subheading, BlockType::image}) {
        if (name == to_string(t)) {
            out = t;
            return true;
        }
    }
    return false;
}

}  // namespace galley
