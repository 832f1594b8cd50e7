#pragma once

#include "model/dtype.h"
#include "util/mmap_file.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace dtr {

struct TensorInfo
{
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0; // byte offsets relative to the data section
    std::uint64_t end = 0;

    std::int64_t numel() const;
};

// One memory-mapped .safetensors file with a fully validated header: 8-byte header
// length inside the file, JSON header object, known dtypes, non-negative shapes,
// offsets inside the data section, byte size == numel * element size, no two tensors
// overlapping. Any violation throws dtr::Error naming the file (and tensor).
// Torch-free; see tensor_io.h for torch::Tensor views and writing.
class SafetensorsFile
{
public:
    static std::shared_ptr<SafetensorsFile> open(const std::string &path);
    // The same format held in memory (e.g. a blob from the project file); `source`
    // names it in errors.
    static std::shared_ptr<SafetensorsFile> fromBytes(std::string bytes, const std::string &source);

    const std::string &path() const { return m_path; }
    const std::vector<TensorInfo> &tensors() const { return m_tensors; }
    const TensorInfo *find(const std::string &name) const;
    const std::map<std::string, std::string> &metadata() const { return m_metadata; }
    // Pointer to the first byte of a tensor's data (nullptr for empty tensors).
    const std::uint8_t *data(const TensorInfo &info) const;

    explicit SafetensorsFile(const std::string &path); // use open()
    SafetensorsFile(std::string bytes, const std::string &source); // use fromBytes()

private:
    void parse();

    std::string m_path;
    std::unique_ptr<MappedFile> m_file;
    std::string m_bytes;
    const std::uint8_t *m_base = nullptr;
    std::uint64_t m_size = 0;
    std::uint64_t m_dataOffset = 0;
    std::vector<TensorInfo> m_tensors;
    std::unordered_map<std::string, std::size_t> m_index;
    std::map<std::string, std::string> m_metadata;
};

// The weights of a model folder: model.safetensors, or the shards listed in
// model.safetensors.index.json (every listed shard is opened and validated, and each
// tensor must be in the shard the index names).
class WeightFiles
{
public:
    explicit WeightFiles(const std::string &modelDir);

    struct Location
    {
        const SafetensorsFile *file = nullptr;
        const TensorInfo *info = nullptr;
    };
    // nullopt-like: file == nullptr when the tensor is absent.
    Location find(const std::string &name) const;
    std::vector<std::string> tensorNames() const;
    const std::vector<std::shared_ptr<SafetensorsFile>> &files() const { return m_files; }
    const std::string &modelDir() const { return m_dir; }

private:
    std::string m_dir;
    std::vector<std::shared_ptr<SafetensorsFile>> m_files;
    std::unordered_map<std::string, Location> m_byName;
};

} // namespace dtr
