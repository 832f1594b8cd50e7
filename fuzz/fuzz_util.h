#pragma once

// Shared by the fuzz targets (one file per target, each defining LLVMFuzzerTestOneInput).
// A target feeds one parser of outside data and catches dtr::Error only, the documented
// error of bad input (core/util/error.h): any other exception, a crash, an ASan or UBSan
// report is a bug in the parser. Inputs that need files are written into one scratch
// folder per process, emptied before each input.

#include "util/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace dtr::fuzz {

// The process's scratch folder ($TMPDIR or /tmp), removed at exit.
inline const std::string &scratchDir()
{
    static const std::string dir = [] {
        const char *tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/dtr-fuzz-XXXXXX";
        std::vector<char> buf(pattern.begin(), pattern.end());
        buf.push_back('\0');
        if (!::mkdtemp(buf.data())) {
            std::perror("mkdtemp");
            std::abort();
        }
        std::string d(buf.data());
        static struct Cleanup
        {
            std::string path;
            ~Cleanup()
            {
                std::error_code ec;
                std::filesystem::remove_all(path, ec);
            }
        } cleanup{d};
        return d;
    }();
    return dir;
}

// Empties the scratch folder (what an earlier input left there).
inline void clearScratch()
{
    std::error_code ec;
    for (const auto &e : std::filesystem::directory_iterator(scratchDir(), ec))
        std::filesystem::remove_all(e.path(), ec);
}

inline void writeFile(const std::string &path, const std::string &bytes)
{
    std::FILE *f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::perror(path.c_str());
        std::abort();
    }
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) {
        std::perror(path.c_str());
        std::abort();
    }
    std::fclose(f);
}

// Splits `data` at each occurrence of `sep` (sep itself dropped).
inline std::vector<std::string> split(const std::string &data, const std::string &sep)
{
    std::vector<std::string> parts;
    std::size_t pos = 0;
    for (;;) {
        const std::size_t at = data.find(sep, pos);
        if (at == std::string::npos) {
            parts.push_back(data.substr(pos));
            return parts;
        }
        parts.push_back(data.substr(pos, at - pos));
        pos = at + sep.size();
    }
}

inline std::string bytesOf(const std::uint8_t *data, std::size_t size)
{
    return std::string(reinterpret_cast<const char *>(data), size);
}

} // namespace dtr::fuzz
