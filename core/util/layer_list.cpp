#include "util/layer_list.h"

#include "util/error.h"

#include <set>
#include <sstream>

namespace dtr {

std::vector<std::int64_t> parseLayerList(const std::string &text, std::int64_t numLayers)
{
    std::vector<std::int64_t> out;
    std::set<std::int64_t> seen;
    std::stringstream ss(text);
    std::string item;
    auto parse = [&](const std::string &s) -> std::int64_t {
        std::size_t n = 0;
        long long v = -1;
        try {
            v = std::stoll(s, &n);
        } catch (const std::exception &) {
            n = 0;
        }
        if (s.empty() || n != s.size() || v < 0)
            throw Error("layer list '" + text + "': '" + s + "' is not a layer index");
        if (v >= numLayers)
            throw Error("layer list '" + text + "': layer " + s + " is outside the model (" + std::to_string(numLayers)
                        + " layers)");
        return v;
    };
    while (std::getline(ss, item, ',')) {
        auto dash = item.find('-');
        std::int64_t a, b;
        if (dash != std::string::npos && dash > 0) {
            a = parse(item.substr(0, dash));
            b = parse(item.substr(dash + 1));
        } else {
            a = b = parse(item);
        }
        for (std::int64_t i = a; i <= b; ++i)
            if (seen.insert(i).second)
                out.push_back(i);
    }
    if (out.empty())
        throw Error("layer list '" + text + "' names no layer");
    return out;
}

std::string formatLayerList(const std::vector<std::int64_t> &layers, const std::string &empty)
{
    std::string s;
    for (std::int64_t l : layers)
        s += (s.empty() ? "" : ",") + std::to_string(l);
    return s.empty() ? empty : s;
}

} // namespace dtr
