#include "model/safetensors.h"

#include "util/error.h"
#include "util/json_util.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <set>

namespace dtr {

namespace {

constexpr std::uint64_t kMaxHeaderBytes = 100ull * 1024 * 1024;

std::string baseName(const std::string &path)
{
    auto pos = path.find_last_of('/');
    return pos == std::string::npos ? path : path.substr(pos + 1);
}

} // namespace

std::int64_t TensorInfo::numel() const
{
    std::int64_t n = 1;
    for (std::int64_t d : shape)
        n *= d;
    return n;
}

std::shared_ptr<SafetensorsFile> SafetensorsFile::open(const std::string &path)
{
    return std::make_shared<SafetensorsFile>(path);
}

std::shared_ptr<SafetensorsFile> SafetensorsFile::fromBytes(std::string bytes, const std::string &source)
{
    return std::make_shared<SafetensorsFile>(std::move(bytes), source);
}

SafetensorsFile::SafetensorsFile(const std::string &path)
    : m_path(path)
    , m_file(std::make_unique<MappedFile>(path))
{
    m_base = m_file->data();
    m_size = m_file->size();
    parse();
}

SafetensorsFile::SafetensorsFile(std::string bytes, const std::string &source)
    : m_path(source)
    , m_bytes(std::move(bytes))
{
    m_base = reinterpret_cast<const std::uint8_t *>(m_bytes.data());
    m_size = m_bytes.size();
    parse();
}

void SafetensorsFile::parse()
{
    const std::string &p = m_path;
    const std::uint64_t fileSize = m_size;
    if (fileSize < 8)
        throw Error(p + ": not a safetensors file: " + std::to_string(fileSize)
                    + " bytes, too short for the 8-byte header length");
    std::uint64_t headerLen = 0;
    for (int i = 7; i >= 0; --i)
        headerLen = (headerLen << 8) | m_base[i];
    if (headerLen > fileSize - 8)
        throw Error(p + ": truncated or corrupt safetensors file: header length " + std::to_string(headerLen)
                    + " exceeds the file size (" + std::to_string(fileSize) + " bytes)");
    if (headerLen > kMaxHeaderBytes)
        throw Error(p + ": corrupt safetensors file: header length " + std::to_string(headerLen)
                    + " exceeds the 100 MiB limit");
    m_dataOffset = 8 + headerLen;
    const std::uint64_t dataSize = fileSize - m_dataOffset;

    std::string headerText(reinterpret_cast<const char *>(m_base) + 8, headerLen);
    // The format allows trailing spaces as padding.
    while (!headerText.empty() && headerText.back() == ' ')
        headerText.pop_back();
    nlohmann::json header = parseJson(headerText, p + ": safetensors header");
    if (!header.is_object())
        throw Error(p + ": corrupt safetensors header: expected a JSON object");

    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string &name = it.key();
        const nlohmann::json &v = it.value();
        if (name == "__metadata__") {
            if (!v.is_object())
                throw Error(p + ": safetensors header: '__metadata__' is not an object");
            for (auto m = v.begin(); m != v.end(); ++m) {
                if (!m.value().is_string())
                    throw Error(p + ": safetensors header: metadata '" + m.key() + "' is not a string");
                m_metadata[m.key()] = m.value().get<std::string>();
            }
            continue;
        }
        const std::string where = p + ": tensor '" + name + "'";
        if (!v.is_object())
            throw Error(where + ": header entry is not an object");
        auto dt = v.find("dtype");
        auto sh = v.find("shape");
        auto off = v.find("data_offsets");
        if (dt == v.end() || !dt->is_string())
            throw Error(where + ": missing or non-string 'dtype'");
        if (sh == v.end() || !sh->is_array())
            throw Error(where + ": missing or non-array 'shape'");
        if (off == v.end() || !off->is_array() || off->size() != 2)
            throw Error(where + ": 'data_offsets' must be an array of two integers");
        TensorInfo info;
        info.name = name;
        auto dtype = dtypeFromName(dt->get<std::string>());
        if (!dtype)
            throw Error(where + ": unknown or unsupported dtype '" + dt->get<std::string>() + "'");
        info.dtype = *dtype;
        std::uint64_t numel = 1;
        for (const auto &d : *sh) {
            if (!d.is_number_unsigned() && !(d.is_number_integer() && d.get<std::int64_t>() >= 0))
                throw Error(where + ": shape must hold non-negative integers");
            std::uint64_t dim = d.get<std::uint64_t>();
            if (dim != 0 && numel > std::numeric_limits<std::uint64_t>::max() / 8 / dim)
                throw Error(where + ": shape is too large");
            numel *= dim;
            info.shape.push_back(static_cast<std::int64_t>(dim));
        }
        for (const auto &o : *off)
            if (!o.is_number_unsigned() && !(o.is_number_integer() && o.get<std::int64_t>() >= 0))
                throw Error(where + ": 'data_offsets' must be non-negative integers");
        info.begin = (*off)[0].get<std::uint64_t>();
        info.end = (*off)[1].get<std::uint64_t>();
        if (info.begin > info.end)
            throw Error(where + ": data_offsets [" + std::to_string(info.begin) + ", " + std::to_string(info.end)
                        + ") are reversed");
        if (info.end > dataSize)
            throw Error(where + ": data [" + std::to_string(info.begin) + ", " + std::to_string(info.end)
                        + ") ends past the end of the file (data section is " + std::to_string(dataSize)
                        + " bytes; truncated file?)");
        const std::uint64_t expected = numel * dtypeSize(info.dtype);
        if (info.end - info.begin != expected)
            throw Error(where + ": holds " + std::to_string(info.end - info.begin) + " bytes but shape and dtype "
                        + dt->get<std::string>() + " need " + std::to_string(expected));
        m_tensors.push_back(std::move(info));
    }

    std::vector<const TensorInfo *> byOffset;
    for (const TensorInfo &t : m_tensors)
        if (t.end > t.begin)
            byOffset.push_back(&t);
    std::sort(byOffset.begin(), byOffset.end(),
              [](const TensorInfo *a, const TensorInfo *b) { return a->begin < b->begin; });
    for (std::size_t i = 1; i < byOffset.size(); ++i)
        if (byOffset[i]->begin < byOffset[i - 1]->end)
            throw Error(p + ": tensors '" + byOffset[i - 1]->name + "' and '" + byOffset[i]->name
                        + "' overlap in the data section");

    for (std::size_t i = 0; i < m_tensors.size(); ++i)
        m_index.emplace(m_tensors[i].name, i);
}

const TensorInfo *SafetensorsFile::find(const std::string &name) const
{
    auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_tensors[it->second];
}

const std::uint8_t *SafetensorsFile::data(const TensorInfo &info) const
{
    if (info.end == info.begin)
        return nullptr;
    return m_base + m_dataOffset + info.begin;
}

WeightFiles::WeightFiles(const std::string &modelDir)
    : m_dir(modelDir)
{
    const std::string single = modelDir + "/model.safetensors";
    const std::string indexPath = modelDir + "/model.safetensors.index.json";
    auto exists = [](const std::string &f) {
        FILE *fp = std::fopen(f.c_str(), "rb");
        if (fp)
            std::fclose(fp);
        return fp != nullptr;
    };
    auto addFile = [this](const std::shared_ptr<SafetensorsFile> &f) {
        m_files.push_back(f);
        for (const TensorInfo &t : f->tensors()) {
            auto [it, inserted] = m_byName.emplace(t.name, Location{f.get(), &t});
            if (!inserted)
                throw Error(f->path() + ": tensor '" + t.name + "' is also in " + it->second.file->path());
        }
    };
    if (exists(indexPath)) {
        nlohmann::json index = readJsonFile(indexPath);
        if (!index.is_object() || !index.contains("weight_map") || !index["weight_map"].is_object())
            throw Error(indexPath + ": missing required field 'weight_map'");
        std::map<std::string, std::vector<std::string>> byShard;
        for (auto it = index["weight_map"].begin(); it != index["weight_map"].end(); ++it) {
            if (!it.value().is_string())
                throw Error(indexPath + ": field 'weight_map." + it.key() + "': expected a file name");
            const std::string shard = it.value().get<std::string>();
            if (shard.empty() || shard.find('/') != std::string::npos || shard == "." || shard == "..")
                throw Error(indexPath + ": field 'weight_map." + it.key() + "': invalid shard name '" + shard + "'");
            byShard[shard].push_back(it.key());
        }
        if (byShard.empty())
            throw Error(indexPath + ": 'weight_map' is empty");
        for (const auto &[shard, names] : byShard) {
            auto f = SafetensorsFile::open(modelDir + "/" + shard);
            for (const std::string &n : names)
                if (!f->find(n))
                    throw Error(f->path() + ": tensor '" + n + "' listed in " + baseName(indexPath)
                                + " is missing from this shard");
            addFile(f);
        }
    } else if (exists(single)) {
        addFile(SafetensorsFile::open(single));
    } else {
        throw Error(modelDir + ": no model.safetensors or model.safetensors.index.json in the folder");
    }
}

WeightFiles::Location WeightFiles::find(const std::string &name) const
{
    auto it = m_byName.find(name);
    return it == m_byName.end() ? Location{} : it->second;
}

std::vector<std::string> WeightFiles::tensorNames() const
{
    std::vector<std::string> names;
    for (const auto &f : m_files)
        for (const TensorInfo &t : f->tensors())
            names.push_back(t.name);
    return names;
}

} // namespace dtr
