#pragma once

// Reading mixer options from JSON (students-file metadata, CLI overrides) with one-line
// errors naming the field.

#include "util/error.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace dtr::mixeropt {

inline std::int64_t getInt(const nlohmann::json &j, const char *name, std::int64_t fallback, std::int64_t min = 1)
{
    if (!j.contains(name))
        return fallback;
    const nlohmann::json &v = j.at(name);
    if (!v.is_number_integer())
        throw Error(std::string("mixer option '") + name + "' must be an integer, got " + dumpJson(v));
    const std::int64_t x = v.get<std::int64_t>();
    if (x < min)
        throw Error(std::string("mixer option '") + name + "' must be >= " + std::to_string(min) + ", got "
                    + std::to_string(x));
    return x;
}

inline double getDouble(const nlohmann::json &j, const char *name, double fallback)
{
    if (!j.contains(name))
        return fallback;
    const nlohmann::json &v = j.at(name);
    if (!v.is_number())
        throw Error(std::string("mixer option '") + name + "' must be a number, got " + dumpJson(v));
    return v.get<double>();
}

inline bool getBool(const nlohmann::json &j, const char *name, bool fallback)
{
    if (!j.contains(name))
        return fallback;
    const nlohmann::json &v = j.at(name);
    if (!v.is_boolean())
        throw Error(std::string("mixer option '") + name + "' must be true or false, got " + dumpJson(v));
    return v.get<bool>();
}

// Rejects keys a mixer does not know (a typo must not pass silently).
inline void checkKnown(const nlohmann::json &j, std::initializer_list<const char *> known, const std::string &mixer)
{
    if (!j.is_object())
        throw Error(mixer + " options must be a JSON object, got " + dumpJson(j));
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool ok = false;
        for (const char *k : known)
            ok = ok || it.key() == k;
        if (!ok)
            throw Error("unknown " + mixer + " option '" + it.key() + "'");
    }
}

} // namespace dtr::mixeropt
