#pragma once

#include "tokenizer/pattern.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace dtr::tok {

using Json = nlohmann::json;

// JSON access with errors naming the file and the field:
// "<source>: field '<path>': <message>" as dtr::Error.
class JsonReader
{
public:
    explicit JsonReader(const std::string &source);

    const std::string &source() const { return m_source; }

    [[noreturn]] void fail(const std::string &field, const std::string &message) const;
    // "a.b" from "a" and "b"; "b" when `path` is empty.
    static std::string join(const std::string &path, const std::string &key);

    void requireObject(const Json &value, const std::string &path) const;
    // nullptr when missing or null.
    const Json *find(const Json &obj, const char *key) const;
    const Json &required(const Json &obj, const char *key, const std::string &path) const;

    std::string string(const Json &obj, const char *key, const std::string &path) const;
    std::optional<std::string> optionalString(const Json &obj, const char *key, const std::string &path) const;
    std::string stringOr(const Json &obj, const char *key, const std::string &path, const std::string &fallback) const;
    // A string that must hold exactly one code point (a Rust `char` field).
    std::string character(const Json &obj, const char *key, const std::string &path,
                          const std::string &fallback) const;
    bool boolean(const Json &obj, const char *key, const std::string &path, bool fallback) const;
    std::int64_t integer(const Json &value, const std::string &path, std::int64_t lo, std::int64_t hi) const;
    std::int64_t integerOr(const Json &obj, const char *key, const std::string &path, std::int64_t fallback,
                           std::int64_t lo, std::int64_t hi) const;
    const Json &array(const Json &obj, const char *key, const std::string &path) const;

    // The "type" of a component object.
    std::string type(const Json &obj, const std::string &path) const;
    [[noreturn]] void unsupported(const std::string &component, const std::string &type,
                                  const std::string &path) const;

    // {"String": "..."} or {"Regex": "..."} -> a compiled regex.
    std::unique_ptr<Regex> pattern(const Json &obj, const char *key, const std::string &path) const;

private:
    std::string m_source;
};

// "path[i]"
std::string indexPath(const std::string &path, std::size_t i);

} // namespace dtr::tok
