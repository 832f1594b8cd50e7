#include "pretrain/corpus.h"

#include "util/error.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace dtr {

bool isValidUtf8(const std::string &s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are invalid.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

namespace {

bool isJsonl(const std::string &path)
{
    auto ends = [&](const char *suffix) {
        const std::size_t n = std::strlen(suffix);
        return path.size() >= n && path.compare(path.size() - n, n, suffix) == 0;
    };
    return ends(".jsonl") || ends(".ndjson");
}

bool blank(const std::string &s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

void forEachDocument(const std::string &path, const std::function<void(const std::string &)> &sink)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot open (" + std::strerror(errno) + ")");
    const bool jsonl = isJsonl(path);
    std::string line, doc;
    std::int64_t lineNo = 0, documents = 0;
    auto flush = [&] {
        if (!blank(doc)) {
            sink(doc);
            ++documents;
        }
        doc.clear();
    };
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!isValidUtf8(line))
            throw Error(path + ": line " + std::to_string(lineNo) + ": not valid UTF-8 (wrong encoding?)");
        if (jsonl) {
            if (blank(line))
                continue;
            nlohmann::json j;
            try {
                j = nlohmann::json::parse(line);
            } catch (const nlohmann::json::exception &) {
                throw Error(path + ": line " + std::to_string(lineNo) + ": malformed JSON");
            }
            auto it = j.is_object() ? j.find("text") : j.end();
            if (!j.is_object() || it == j.end() || !it->is_string())
                throw Error(path + ": line " + std::to_string(lineNo) + ": missing string field 'text'");
            doc = it->get<std::string>();
            flush();
            continue;
        }
        if (blank(line)) {
            flush();
            continue;
        }
        if (!doc.empty())
            doc += '\n';
        doc += line;
    }
    if (in.bad())
        throw Error(path + ": read error");
    flush();
    if (documents == 0)
        throw Error(path + ": no text (the file is empty or blank)");
}

std::vector<std::string> readDocuments(const std::vector<std::string> &paths)
{
    std::vector<std::string> docs;
    for (const std::string &p : paths)
        forEachDocument(p, [&](const std::string &d) { docs.push_back(d); });
    return docs;
}

} // namespace dtr
