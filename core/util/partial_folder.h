#pragma once

// A folder written under a hidden temporary name beside its final one and renamed into
// place only when complete (exports, pretrained models). A job that fails, is cancelled
// or is killed never leaves a half-written folder under the final name.

#include <filesystem>
#include <string>

namespace dtr {

class PartialFolder
{
public:
    // Creates "<parent>/.<name>.partial-<pid>" (emptied first). Partial folders of the
    // same target left by processes that no longer run (killed) are removed.
    explicit PartialFolder(const std::filesystem::path &target);
    // Removes the partial folder unless committed.
    ~PartialFolder();
    PartialFolder(const PartialFolder &) = delete;
    PartialFolder &operator=(const PartialFolder &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    // Renames the folder to `target`. With replaceExisting, a folder already there is
    // moved aside first and removed once the new one is in place (on failure it is
    // moved back); without, an existing target is an error naming it.
    void commit(const std::filesystem::path &target, bool replaceExisting = false);

    // For a target folder that exists and may hold other files: removes target/keyFile
    // first (so the folder no longer looks complete), moves every finished file in
    // (replacing files of the same name) and keyFile last. Killed midway, the folder
    // lacks keyFile: it never holds a mix that looks complete.
    void commitInto(const std::filesystem::path &target, const std::string &keyFile);

private:
    std::filesystem::path m_path;
    bool m_committed = false;
};

} // namespace dtr
