#include "util/json_util.h"

#include "util/error.h"
#include "util/mmap_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <sys/stat.h>

namespace dtr {

std::string dumpJson(const nlohmann::json &j, int indent)
{
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}


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

void checkJsonDepth(const std::string &text, const std::string &source)
{
    std::size_t depth = 0;
    bool inString = false, escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                throw Error(source + ": JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
}

nlohmann::json parseJson(const std::string &text, const std::string &source)
{
    checkJsonDepth(text, source);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        const std::string what = e.what();
        const std::size_t colon = what.find(": ");
        throw Error(source + ": malformed JSON at byte " + std::to_string(e.byte) + ": "
                    + (colon == std::string::npos ? what : what.substr(colon + 2)));
    } catch (const nlohmann::json::exception &e) {
        // e.g. out_of_range.406, a number too large for a double ("1e999")
        const std::string what = e.what();
        const std::size_t close = what.find("] ");
        throw Error(source + ": malformed JSON: " + (close == std::string::npos ? what : what.substr(close + 2)));
    }
}

nlohmann::json readJsonFile(const std::string &path, std::uint64_t maxBytes, const std::string &what)
{
    return parseJson(readFileWithLimit(path, maxBytes, what), path);
}

std::string describeBytes(std::uint64_t bytes)
{
    char buf[64];
    if (bytes >= (1ull << 30))
        std::snprintf(buf, sizeof buf, "%.1f GiB", static_cast<double>(bytes) / (1ull << 30));
    else if (bytes >= (1ull << 20) && bytes % (1ull << 20) == 0)
        std::snprintf(buf, sizeof buf, "%llu MiB", static_cast<unsigned long long>(bytes >> 20));
    else if (bytes >= (1ull << 20))
        std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1ull << 20));
    else
        std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
    return buf;
}

std::string readFileWithLimit(const std::string &path, std::uint64_t maxBytes, const std::string &what)
{
    auto tooLarge = [&](const std::string &size) {
        return Error(path + ": the " + what + " is " + size + ", larger than the " + describeBytes(maxBytes)
                     + " limit for a " + what);
    };
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)
        && static_cast<std::uint64_t>(st.st_size) > maxBytes)
        throw tooLarge(describeBytes(static_cast<std::uint64_t>(st.st_size)));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot open: " + std::strerror(errno));
    std::string data;
    if (S_ISREG(st.st_mode))
        data.reserve(static_cast<std::size_t>(st.st_size));
    char buf[65536];
    while (in) {
        in.read(buf, sizeof buf);
        const std::streamsize n = in.gcount();
        if (n <= 0)
            break;
        if (data.size() + static_cast<std::uint64_t>(n) > maxBytes)
            throw tooLarge("more than " + describeBytes(maxBytes));
        data.append(buf, static_cast<std::size_t>(n));
    }
    if (in.bad())
        throw Error(path + ": read error");
    return data;
}

std::optional<std::int64_t> optionalInt(const nlohmann::json &obj, const char *key, const std::string &source)
{
    const nlohmann::json *v = field(obj, key, source);
    if (!v)
        return std::nullopt;
    if (v->is_number_unsigned()) {
        if (v->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            throw Error(source + ": field '" + key + "': " + v->dump() + " is out of range");
        return v->get<std::int64_t>();
    }
    if (v->is_number_integer())
        return v->get<std::int64_t>();
    if (v->is_number_float()) {
        // In range first: converting a double outside int64 is undefined behaviour.
        double d = v->get<double>();
        if (d >= -9223372036854775808.0 && d < 9223372036854775808.0
            && d == static_cast<double>(static_cast<std::int64_t>(d)))
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
