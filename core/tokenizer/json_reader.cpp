#include "tokenizer/json_reader.h"

#include "util/utf8.h"
#include "util/error.h"

namespace dtr::tok {

JsonReader::JsonReader(const std::string &source)
    : m_source(source)
{
}

void JsonReader::fail(const std::string &field, const std::string &message) const
{
    throw Error(m_source + ": field '" + field + "': " + message);
}

std::string JsonReader::join(const std::string &path, const std::string &key)
{
    return path.empty() ? key : path + "." + key;
}

void JsonReader::requireObject(const Json &value, const std::string &path) const
{
    if (!value.is_object())
        fail(path, std::string("expected an object, got ") + value.type_name());
}

const Json *JsonReader::find(const Json &obj, const char *key) const
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return nullptr;
    return &*it;
}

const Json &JsonReader::required(const Json &obj, const char *key, const std::string &path) const
{
    const Json *v = find(obj, key);
    if (!v)
        fail(join(path, key), "missing");
    return *v;
}

std::string JsonReader::string(const Json &obj, const char *key, const std::string &path) const
{
    const Json &v = required(obj, key, path);
    if (!v.is_string())
        fail(join(path, key), std::string("expected a string, got ") + v.type_name());
    return v.get<std::string>();
}

std::optional<std::string> JsonReader::optionalString(const Json &obj, const char *key, const std::string &path) const
{
    const Json *v = find(obj, key);
    if (!v)
        return std::nullopt;
    if (!v->is_string())
        fail(join(path, key), std::string("expected a string, got ") + v->type_name());
    return v->get<std::string>();
}

std::string JsonReader::stringOr(const Json &obj, const char *key, const std::string &path,
                                 const std::string &fallback) const
{
    return optionalString(obj, key, path).value_or(fallback);
}

std::string JsonReader::character(const Json &obj, const char *key, const std::string &path,
                                  const std::string &fallback) const
{
    const std::string value = stringOr(obj, key, path, fallback);
    if (value.empty() || codePointLength(value, 0) != value.size())
        fail(join(path, key), "expected a single character, got '" + value + "'");
    return value;
}

bool JsonReader::boolean(const Json &obj, const char *key, const std::string &path, bool fallback) const
{
    const Json *v = find(obj, key);
    if (!v)
        return fallback;
    if (!v->is_boolean())
        fail(join(path, key), std::string("expected a boolean, got ") + v->type_name());
    return v->get<bool>();
}

std::int64_t JsonReader::integer(const Json &value, const std::string &path, std::int64_t lo, std::int64_t hi) const
{
    if (!value.is_number_integer())
        fail(path, std::string("expected an integer, got ") + value.type_name());
    std::int64_t v = 0;
    if (value.is_number_unsigned()) {
        const auto u = value.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(hi))
            fail(path, "value " + std::to_string(u) + " out of range");
        v = static_cast<std::int64_t>(u);
    } else {
        v = value.get<std::int64_t>();
    }
    if (v < lo || v > hi)
        fail(path, "value " + std::to_string(v) + " out of range");
    return v;
}

std::int64_t JsonReader::integerOr(const Json &obj, const char *key, const std::string &path, std::int64_t fallback,
                                   std::int64_t lo, std::int64_t hi) const
{
    const Json *v = find(obj, key);
    return v ? integer(*v, join(path, key), lo, hi) : fallback;
}

const Json &JsonReader::array(const Json &obj, const char *key, const std::string &path) const
{
    const Json &v = required(obj, key, path);
    if (!v.is_array())
        fail(join(path, key), std::string("expected an array, got ") + v.type_name());
    return v;
}

std::string JsonReader::type(const Json &obj, const std::string &path) const
{
    requireObject(obj, path);
    return string(obj, "type", path);
}

void JsonReader::unsupported(const std::string &component, const std::string &type, const std::string &path) const
{
    throw Error(m_source + ": unsupported " + component + " '" + type + "' (field '" + join(path, "type") + "')");
}

std::unique_ptr<Regex> JsonReader::pattern(const Json &obj, const char *key, const std::string &path) const
{
    const std::string field = join(path, key);
    const Json &p = required(obj, key, path);
    requireObject(p, field);
    if (const Json *s = find(p, "String")) {
        if (!s->is_string())
            fail(join(field, "String"), std::string("expected a string, got ") + s->type_name());
        return std::make_unique<Regex>(escapeRegex(s->get<std::string>()),
                                       m_source + ": field '" + join(field, "String") + "'");
    }
    if (const Json *r = find(p, "Regex")) {
        if (!r->is_string())
            fail(join(field, "Regex"), std::string("expected a string, got ") + r->type_name());
        return std::make_unique<Regex>(r->get<std::string>(), m_source + ": field '" + join(field, "Regex") + "'");
    }
    fail(field, "expected {\"String\": ...} or {\"Regex\": ...}");
}

std::string indexPath(const std::string &path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

} // namespace dtr::tok
