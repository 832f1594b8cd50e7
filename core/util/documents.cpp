#include "util/documents.h"

#include "util/error.h"
#include "util/utf8.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace dtr {

namespace {

bool blank(const std::string &s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

bool isJsonlPath(const std::string &path)
{
    auto ends = [&](const char *suffix) {
        const std::size_t n = std::strlen(suffix);
        return path.size() >= n && path.compare(path.size() - n, n, suffix) == 0;
    };
    return ends(".jsonl") || ends(".ndjson");
}

void forEachDocument(const std::string &path, const std::function<void(const std::string &)> &sink,
                     const DocumentFormat &format)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot open the " + format.what + ": " + std::strerror(errno));
    const bool jsonl = isJsonlPath(path);
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
        if (format.newlineAfterEachLine) {
            doc += line;
            doc += '\n';
        } else {
            if (!doc.empty())
                doc += '\n';
            doc += line;
        }
        if (format.maxParagraphBytes > 0 && doc.size() > format.maxParagraphBytes)
            flush();
    }
    if (in.bad())
        throw Error(path + ": read error");
    flush();
    if (format.requireText && documents == 0)
        throw Error(path + ": no text (the file is empty or blank)");
}

} // namespace dtr
