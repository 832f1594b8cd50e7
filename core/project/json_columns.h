#pragma once

// JSON-array columns of the project file (layer lists, layer types). Internal to
// core/project.

#include "util/error.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace dtr::projectdb {

inline std::string stringsJson(const std::vector<std::string> &v)
{
    return dumpJson(nlohmann::json(v));
}

template <typename T>
std::vector<T> fromJsonArray(const std::string &text, const std::string &where)
{
    try {
        return nlohmann::json::parse(text).get<std::vector<T>>();
    } catch (const nlohmann::json::exception &) {
        throw Error(where + ": malformed JSON array in the project file");
    }
}

} // namespace dtr::projectdb
