#include "util/documents.h"

#include "util/error.h"
#include "util/json_util.h"
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

// std::getline with a bound: false at the end of the file; `tooLong` when the line
// reaches past maxBytes (the rest of it is not read).
bool readLine(std::istream &in, std::string &line, std::size_t maxBytes, bool &tooLong)
{
    line.clear();
    tooLong = false;
    std::streambuf *sb = in.rdbuf();
    bool any = false;
    for (;;) {
        const int c = sb->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            in.setstate(std::ios::eofbit);
            return any;
        }
        any = true;
        if (c == '\n')
            return true;
        if (line.size() >= maxBytes) {
            tooLong = true;
            return true;
        }
        line.push_back(static_cast<char>(c));
    }
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
    bool tooLong = false;
    while (readLine(in, line, kMaxDocumentLineBytes, tooLong)) {
        ++lineNo;
        if (tooLong)
            throw Error(path + ": line " + std::to_string(lineNo) + " is longer than the "
                        + std::to_string(kMaxDocumentLineBytes >> 20) + " MiB limit for one line of a " + format.what);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!isValidUtf8(line))
            throw Error(path + ": line " + std::to_string(lineNo) + ": not valid UTF-8 (wrong encoding?)");
        if (jsonl) {
            if (blank(line))
                continue;
            nlohmann::json j;
            checkJsonDepth(line, path + ": line " + std::to_string(lineNo));
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
        else if (doc.size() > kMaxDocumentLineBytes)
            throw Error(path + ": line " + std::to_string(lineNo) + ": a paragraph longer than the "
                        + std::to_string(kMaxDocumentLineBytes >> 20) + " MiB limit for one document of a "
                        + format.what + " (no blank line)");
    }
    if (in.bad())
        throw Error(path + ": read error");
    flush();
    if (format.requireText && documents == 0)
        throw Error(path + ": no text (the file is empty or blank)");
}

} // namespace dtr
