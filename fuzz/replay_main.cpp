// The replay driver of the normal (gcc) build: runs a fuzz target's LLVMFuzzerTestOneInput
// on every file of the folders (or files) given, one after the other, so that CTest
// replays each corpus and its regressions/ (fuzz/CMakeLists.txt). An input that makes
// the target throw anything but dtr::Error, or crash, fails the test; the file being
// replayed is printed first so that the failing input is named.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path p(argv[i]);
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            for (const auto &e : std::filesystem::recursive_directory_iterator(p, ec))
                if (e.is_regular_file() && e.path().filename() != "README.md")
                    files.push_back(e.path());
        } else if (std::filesystem::is_regular_file(p, ec)) {
            files.push_back(p);
        } else {
            // e.g. fuzz/corpus/<target> of a target without regressions yet
            std::fprintf(stderr, "replay: %s: no such file or folder (skipped)\n", argv[i]);
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "replay: no inputs\n");
        return 2;
    }
    for (const auto &f : files) {
        std::ifstream in(f, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::fprintf(stderr, "replay: %s (%zu bytes)\n", f.c_str(), bytes.size());
        try {
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
        } catch (const std::exception &e) {
            std::fprintf(stderr, "replay: %s: uncaught exception: %s\n", f.c_str(), e.what());
            return 1;
        } catch (...) {
            std::fprintf(stderr, "replay: %s: uncaught exception of unknown type\n", f.c_str());
            return 1;
        }
    }
    std::printf("replay: %zu inputs, no crash\n", files.size());
    return 0;
}
