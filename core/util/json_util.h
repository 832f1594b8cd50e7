#pragma once

#include "util/error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace dtr {

// Resource bounds of the parsers of outside data (docs/reliability.md, "Resource limits").
// JSON nested deeper than this is refused before it is parsed: nlohmann::json has no
// depth limit, and recursive readers (dump, copies, nested tokenizer Sequences) would
// run out of stack.
constexpr std::size_t kMaxJsonDepth = 256;
// A JSON file (config.json, generation_config.json, tokenizer.json, a safetensors
// index) larger than this is refused before it is read.
constexpr std::uint64_t kMaxJsonFileBytes = 128ull << 20; // 128 MiB

// Throws dtr::Error "<source>: JSON nested deeper than 256 levels" when arrays and
// objects in `text` nest deeper than kMaxJsonDepth. A linear scan; allocates nothing.
void checkJsonDepth(const std::string &text, const std::string &source);

// Parses JSON text; on a syntax error throws dtr::Error "<source>: malformed JSON: ..."
// with the byte position. Refuses nesting deeper than kMaxJsonDepth (checkJsonDepth).
// Only dtr::Error leaves it.
nlohmann::json parseJson(const std::string &text, const std::string &source);
// Reads and parses a JSON file; errors name the file. A file larger than maxBytes is
// refused before it is read (readFileWithLimit).
nlohmann::json readJsonFile(const std::string &path, std::uint64_t maxBytes = kMaxJsonFileBytes,
                            const std::string &what = "JSON file");

// Reads a whole file of at most maxBytes. A larger one gives dtr::Error
// "<path>: the <what> is 5.0 GiB, larger than the 128 MiB limit for a <what>" before
// anything is read (and a file that grows past the limit while it is read, e.g. a pipe,
// stops there with the same message). Errors name the file.
std::string readFileWithLimit(const std::string &path, std::uint64_t maxBytes, const std::string &what);
// "5.0 GiB", "128 MiB", "12 bytes": sizes in messages.
std::string describeBytes(std::uint64_t bytes);

// Serialises JSON as nlohmann's dump(indent) does, except that a string holding bytes
// that are not valid UTF-8 (a path on Linux is bytes; text read from a project file that
// came from anywhere) is written with U+FFFD in their place instead of throwing
// nlohmann's type_error.316. Every JSON the project writes or prints goes through it.
std::string dumpJson(const nlohmann::json &j, int indent = -1);

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
