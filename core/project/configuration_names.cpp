#include "project/configuration_names.h"

#include <filesystem>

namespace dtr {

std::string mixerLabel(const std::string &mixer)
{
    if (mixer == "gdn")
        return "GDN";
    if (mixer == "gla")
        return "GLA";
    if (mixer == "jetblock")
        return "JetBlock";
    if (mixer == "full")
        return "full attention";
    return mixer;
}

std::string taskLabel(const std::string &taskPath)
{
    const std::filesystem::path p(taskPath);
    std::string stem = p.stem().string();
    if (stem == "validation" || stem == "val" || stem == "dev" || stem == "test" || stem == "train") {
        const std::string folder = p.parent_path().filename().string();
        if (!folder.empty() && folder != "." && folder != "..")
            return folder;
    }
    return stem.empty() ? taskPath : stem;
}

std::string searchConfigurationName(const std::string &task, const std::string &mixer, const std::string &strategy,
                                    const std::string &what, std::int64_t numLinear)
{
    const std::string sep = " \xC2\xB7 "; // " · "
    std::string name = task + sep + mixerLabel(mixer) + sep + strategy + sep;
    if (what.empty())
        name += std::to_string(numLinear) + " linear";
    else
        name += what + " (" + std::to_string(numLinear) + " linear)";
    return name;
}

std::string uniqueConfigurationName(const std::string &name, const std::function<bool(const std::string &)> &taken)
{
    if (!taken(name))
        return name;
    for (int n = 2;; ++n) {
        const std::string candidate = name + " (" + std::to_string(n) + ")";
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace dtr
