#include "util/partial_folder.h"

#include "util/error.h"
#include "util/io_faults.h"

#include <cerrno>
#include <cstdlib>
#include <csignal>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace dtr {

namespace {

// Whether a process with this id exists (kill with signal 0 tests, sends nothing).
bool processAlive(long pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

// Removes "<parent>/.<name>.partial-<pid>" folders whose process is gone.
void removeStalePartials(const fs::path &target)
{
    const std::string prefix = "." + target.filename().string() + ".partial-";
    std::error_code ec;
    const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0)
            continue;
        char *rest = nullptr;
        const long pid = std::strtol(name.c_str() + prefix.size(), &rest, 10);
        if (rest && *rest == '\0' && pid != ::getpid() && !processAlive(pid)) {
            std::error_code rm;
            fs::remove_all(it->path(), rm);
        }
    }
}

} // namespace

PartialFolder::PartialFolder(const fs::path &target)
    : m_path(target.parent_path() / ("." + target.filename().string() + ".partial-" + std::to_string(::getpid())))
{
    removeStalePartials(target);
    std::error_code ec;
    fs::remove_all(m_path, ec);
    ec.clear();
    fs::create_directories(m_path, ec);
    if (ec)
        throw Error(m_path.string() + ": cannot create the folder to write: " + describeWriteError(ec.value()));
}

PartialFolder::~PartialFolder()
{
    if (!m_committed) {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
}

void PartialFolder::commit(const fs::path &target, bool replaceExisting)
{
    std::error_code ec;
    fs::path aside;
    if (fs::exists(target, ec)) {
        if (!replaceExisting)
            throw Error(target.string() + ": already exists; nothing was written there");
        aside = target.parent_path() / ("." + target.filename().string() + ".old-" + std::to_string(::getpid()));
        fs::remove_all(aside, ec);
        fs::rename(target, aside, ec);
        if (ec)
            throw Error(target.string() + ": cannot move the previous folder aside: " + ec.message());
    }
    fs::rename(m_path, target, ec);
    if (ec) {
        const std::string why = ec.message();
        if (!aside.empty())
            fs::rename(aside, target, ec);
        throw Error(target.string() + ": cannot move the finished folder into place: " + why);
    }
    m_committed = true;
    if (!aside.empty())
        fs::remove_all(aside, ec);
}

void PartialFolder::commitInto(const fs::path &target, const std::string &keyFile)
{
    std::error_code ec;
    if (!fs::is_directory(target, ec)) {
        commit(target);
        return;
    }
    fs::remove(target / keyFile, ec);
    if (ec)
        throw Error((target / keyFile).string() + ": cannot replace: " + ec.message());
    const auto move = [&](const fs::path &from) {
        fs::rename(from, target / from.filename(), ec);
        if (ec)
            throw Error((target / from.filename()).string() + ": cannot move into place: " + ec.message());
    };
    for (fs::directory_iterator it(m_path, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename() != keyFile)
            move(it->path());
    if (ec)
        throw Error(m_path.string() + ": cannot list the finished folder: " + ec.message());
    if (fs::exists(m_path / keyFile, ec))
        move(m_path / keyFile);
    fs::remove_all(m_path, ec);
    m_committed = true;
}

} // namespace dtr
