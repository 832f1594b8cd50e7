#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace dtr {

// A read-only memory map of a whole file. Throws dtr::Error naming the file when it
// cannot be opened or mapped. An empty file maps to size() == 0 and data() == nullptr.
class MappedFile
{
public:
    explicit MappedFile(const std::string &path);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const std::string &path() const { return m_path; }
    const std::uint8_t *data() const { return m_data; }
    std::size_t size() const { return m_size; }

private:
    std::string m_path;
    const std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

// Reads a whole (small) text file; throws dtr::Error naming the file on failure.
std::string readTextFile(const std::string &path);

// Writes data to path atomically: a temporary file in the same folder, fsync, rename.
// A crash never leaves a half-written file at path, and an existing file stays intact
// until the new one is complete.
void writeFileAtomically(const std::string &path, const std::string &data);

} // namespace dtr
