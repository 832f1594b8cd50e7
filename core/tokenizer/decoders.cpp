#include "tokenizer/decoders.h"

#include "tokenizer/pattern.h"
#include "tokenizer/pre_tokenizers.h"
#include "tokenizer/sequence.h"
#include "util/utf8.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <utility>

namespace dtr::tok {

namespace {

class SequenceDecoder : public SequenceOf<Decoder>
{
public:
    using SequenceOf::SequenceOf;
    void decodeChain(std::vector<std::string> &tokens) const override
    {
        for (const auto &p : m_parts)
            p->decodeChain(tokens);
    }
};

class ByteLevelDecoder : public Decoder
{
public:
    void decodeChain(std::vector<std::string> &tokens) const override
    {
        const ByteLevelTables &tables = byteLevelTables();
        std::string bytes;
        for (const std::string &token : tokens) {
            std::string tokenBytes;
            bool allMapped = true;
            std::size_t i = 0;
            while (i < token.size()) {
                const char32_t cp = nextCodePoint(token, i);
                if (cp >= tables.charToByte.size() || tables.charToByte[cp] < 0) {
                    allMapped = false;
                    break;
                }
                tokenBytes += static_cast<char>(tables.charToByte[cp]);
            }
            bytes += allMapped ? tokenBytes : token;
        }
        tokens.assign(1, utf8Lossy(bytes));
    }
};

class MetaspaceDecoder : public Decoder
{
public:
    MetaspaceDecoder(std::string replacement, PrependScheme scheme)
        : m_replacement(std::move(replacement))
        , m_scheme(scheme)
    {
    }
    void decodeChain(std::vector<std::string> &tokens) const override
    {
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            const std::string &token = tokens[t];
            std::string out;
            std::size_t i = 0;
            while (i < token.size()) {
                const std::size_t len = codePointLength(token, i);
                if (token.compare(i, len, m_replacement) == 0) {
                    if (!(t == 0 && m_scheme != PrependScheme::Never))
                        out += ' ';
                } else {
                    out.append(token, i, len);
                }
                i += len;
            }
            tokens[t] = std::move(out);
        }
    }

private:
    std::string m_replacement;
    PrependScheme m_scheme;
};

class ReplaceDecoder : public Decoder
{
public:
    ReplaceDecoder(std::unique_ptr<Regex> regex, std::string content)
        : m_regex(std::move(regex))
        , m_content(std::move(content))
    {
    }
    void decodeChain(std::vector<std::string> &tokens) const override
    {
        for (std::string &t : tokens)
            t = replaceAll(*m_regex, t, m_content);
    }

private:
    std::unique_ptr<Regex> m_regex;
    std::string m_content;
};

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "<0xNN>" -> the byte, as the library's u8::from_str_radix(&token[3..5], 16) reads it.
std::optional<unsigned char> byteToken(const std::string &token)
{
    if (token.size() != 6 || token.compare(0, 3, "<0x") != 0 || token[5] != '>')
        return std::nullopt;
    const int lo = hexDigit(token[4]);
    if (lo < 0)
        return std::nullopt;
    if (token[3] == '+')
        return static_cast<unsigned char>(lo);
    const int hi = hexDigit(token[3]);
    if (hi < 0)
        return std::nullopt;
    return static_cast<unsigned char>(hi * 16 + lo);
}

class ByteFallbackDecoder : public Decoder
{
public:
    void decodeChain(std::vector<std::string> &tokens) const override
    {
        std::vector<std::string> out;
        std::string pending;
        auto flush = [&] {
            if (pending.empty())
                return;
            if (isValidUtf8(pending)) {
                out.push_back(pending);
            } else {
                for (std::size_t k = 0; k < pending.size(); ++k)
                    out.push_back("\xEF\xBF\xBD");
            }
            pending.clear();
        };
        for (std::string &token : tokens) {
            if (auto b = byteToken(token)) {
                pending += static_cast<char>(*b);
            } else {
                flush();
                out.push_back(std::move(token));
            }
        }
        flush();
        tokens = std::move(out);
    }
};

class FuseDecoder : public Decoder
{
public:
    void decodeChain(std::vector<std::string> &tokens) const override
    {
        std::string all;
        for (const std::string &t : tokens)
            all += t;
        tokens.assign(1, std::move(all));
    }
};

class StripDecoder : public Decoder
{
public:
    StripDecoder(std::string content, std::size_t start, std::size_t stop)
        : m_content(std::move(content))
        , m_start(start)
        , m_stop(stop)
    {
    }
    void decodeChain(std::vector<std::string> &tokens) const override
    {
        for (std::string &token : tokens) {
            std::vector<std::pair<std::size_t, std::size_t>> chars; // (offset, length)
            for (std::size_t i = 0; i < token.size(); i += codePointLength(token, i))
                chars.push_back({i, codePointLength(token, i)});
            auto isContent = [&](std::size_t k) {
                return token.compare(chars[k].first, chars[k].second, m_content) == 0;
            };
            std::size_t startCut = 0;
            for (std::size_t k = 0; k < m_start && k < chars.size(); ++k) {
                if (!isContent(k))
                    break;
                startCut = k + 1;
            }
            std::size_t stopCut = chars.size();
            for (std::size_t k = 0; k < m_stop && k < chars.size(); ++k) {
                const std::size_t index = chars.size() - k - 1;
                if (!isContent(index))
                    break;
                stopCut = index;
            }
            if (startCut >= stopCut) {
                token.clear();
                continue;
            }
            const std::size_t from = chars[startCut].first;
            const std::size_t to = stopCut < chars.size() ? chars[stopCut].first : token.size();
            token = token.substr(from, to - from);
        }
    }

private:
    std::string m_content;
    std::size_t m_start;
    std::size_t m_stop;
};

class BpeDecoder : public Decoder
{
public:
    explicit BpeDecoder(std::string suffix)
        : m_suffix(std::move(suffix))
    {
    }
    void decodeChain(std::vector<std::string> &tokens) const override
    {
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            const std::string replacement = t + 1 == tokens.size() ? "" : " ";
            const std::string &token = tokens[t];
            tokens[t] = replaceMatches(token, spansFromMatches(literalMatches(token, m_suffix), token.size()),
                                       replacement);
        }
    }

private:
    std::string m_suffix;
};

} // namespace

std::unique_ptr<Decoder> makeDecoder(const JsonReader &r, const Json &obj, const std::string &path)
{
    const std::string type = r.type(obj, path);
    if (type == "Sequence") {
        auto parts = readComponents<Decoder>(r, obj, "decoders", path, makeDecoder);
        return std::make_unique<SequenceDecoder>(std::move(parts));
    }
    if (type == "ByteLevel")
        return std::make_unique<ByteLevelDecoder>();
    if (type == "Metaspace") {
        return std::make_unique<MetaspaceDecoder>(r.character(obj, "replacement", path, "\u2581"),
                                                  readPrependScheme(r, obj, path));
    }
    if (type == "Replace") {
        auto regex = r.pattern(obj, "pattern", path);
        return std::make_unique<ReplaceDecoder>(std::move(regex), r.string(obj, "content", path));
    }
    if (type == "ByteFallback")
        return std::make_unique<ByteFallbackDecoder>();
    if (type == "Fuse")
        return std::make_unique<FuseDecoder>();
    if (type == "Strip") {
        const auto maxCount = static_cast<std::int64_t>(std::numeric_limits<std::int32_t>::max());
        return std::make_unique<StripDecoder>(
            r.character(obj, "content", path, " "),
            static_cast<std::size_t>(r.integerOr(obj, "start", path, 0, 0, maxCount)),
            static_cast<std::size_t>(r.integerOr(obj, "stop", path, 0, 0, maxCount)));
    }
    if (type == "BPEDecoder")
        return std::make_unique<BpeDecoder>(r.stringOr(obj, "suffix", path, "</w>"));
    r.unsupported("decoder", type, path);
}

} // namespace dtr::tok
