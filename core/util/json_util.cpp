#include "util/json_util.h"

#include "util/error.h"
#include "util/mmap_file.h"

namespace dtr {

namespace {

const char *typeName(const nlohmann::json &v)
{
    return v.type_name();
}

[[noreturn]] void wrongType(const char *key, const std::string &source, const char *expected,
                            const nlohmann::json &v)
{
    throw Error(source + ": field '" + key + "': expected " + expected + ", got " + typeName(v));
}

const nlohmann::json *field(const nlohmann::json &obj, const char *key, const std::string &source)
{
    if (!obj.is_object())
        throw Error(source + ": expected a JSON object, got " + typeName(obj));
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return nullptr;
    return &*it;
}

} // namespace

nlohmann::json parseJson(const std::string &text, const std::string &source)
{
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        throw Error(source + ": malformed JSON at byte " + std::to_string(e.byte) + ": "
                    + std::string(e.what()).substr(std::string(e.what()).find(':') + 2));
    }
}

nlohmann::json readJsonFile(const std::string &path)
{
    return parseJson(readTextFile(path), path);
}

std::optional<std::int64_t> optionalInt(const nlohmann::json &obj, const char *key, const std::string &source)
{
    const nlohmann::json *v = field(obj, key, source);
    if (!v)
        return std::nullopt;
    if (v->is_number_integer())
        return v->get<std::int64_t>();
    if (v->is_number_float()) {
        double d = v->get<double>();
        if (d == static_cast<double>(static_cast<std::int64_t>(d)))
            return static_cast<std::int64_t>(d);
    }
    wrongType(key, source, "an integer", *v);
}

std::int64_t requiredInt(const nlohmann::json &obj, const char *key, const std::string &source)
{
    auto v = optionalInt(obj, key, source);
    if (!v)
        throw Error(source + ": missing required field '" + key + "'");
    return *v;
}

std::optional<double> optionalNumber(const nlohmann::json &obj, const char *key, const std::string &source)
{
    const nlohmann::json *v = field(obj, key, source);
    if (!v)
        return std::nullopt;
    if (!v->is_number())
        wrongType(key, source, "a number", *v);
    return v->get<double>();
}

double requiredNumber(const nlohmann::json &obj, const char *key, const std::string &source)
{
    auto v = optionalNumber(obj, key, source);
    if (!v)
        throw Error(source + ": missing required field '" + key + "'");
    return *v;
}

std::optional<std::string> optionalString(const nlohmann::json &obj, const char *key, const std::string &source)
{
    const nlohmann::json *v = field(obj, key, source);
    if (!v)
        return std::nullopt;
    if (!v->is_string())
        wrongType(key, source, "a string", *v);
    return v->get<std::string>();
}

std::string requiredString(const nlohmann::json &obj, const char *key, const std::string &source)
{
    auto v = optionalString(obj, key, source);
    if (!v)
        throw Error(source + ": missing required field '" + key + "'");
    return *v;
}

std::optional<bool> optionalBool(const nlohmann::json &obj, const char *key, const std::string &source)
{
    const nlohmann::json *v = field(obj, key, source);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean())
        wrongType(key, source, "a boolean", *v);
    return v->get<bool>();
}

} // namespace dtr
