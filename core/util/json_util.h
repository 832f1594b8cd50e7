#pragma once

#include "util/error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace dtr {

// Parses JSON text; on a syntax error throws dtr::Error "<source>: malformed JSON: ..."
// with the byte position.
nlohmann::json parseJson(const std::string &text, const std::string &source);
// Reads and parses a JSON file; errors name the file.
nlohmann::json readJsonFile(const std::string &path);

// Typed field access with errors naming the source and the field, e.g.
// "config.json: field 'hidden_size': expected an integer, got string".
// `required*` throw when the field is missing or null; `optional*` return nullopt then.
std::int64_t requiredInt(const nlohmann::json &obj, const char *key, const std::string &source);
std::optional<std::int64_t> optionalInt(const nlohmann::json &obj, const char *key, const std::string &source);
double requiredNumber(const nlohmann::json &obj, const char *key, const std::string &source);
std::optional<double> optionalNumber(const nlohmann::json &obj, const char *key, const std::string &source);
std::string requiredString(const nlohmann::json &obj, const char *key, const std::string &source);
std::optional<std::string> optionalString(const nlohmann::json &obj, const char *key, const std::string &source);
std::optional<bool> optionalBool(const nlohmann::json &obj, const char *key, const std::string &source);

// A stored setting: obj[key] as T, or `fallback` when absent. A value of the wrong type
// is an error naming the source and the setting.
template <typename T>
T settingOr(const nlohmann::json &obj, const char *key, T fallback, const std::string &source)
{
    if (!obj.contains(key))
        return fallback;
    try {
        return obj.at(key).get<T>();
    } catch (const nlohmann::json::exception &) {
        throw Error(source + ": setting '" + key + "' has the wrong type");
    }
}

} // namespace dtr
