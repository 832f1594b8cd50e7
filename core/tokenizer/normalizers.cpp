#include "tokenizer/normalizers.h"

#include "tokenizer/pattern.h"
#include "tokenizer/sequence.h"
#include "tokenizer/unicode.h"
#include "util/utf8.h"

#include <vector>

namespace dtr::tok {

namespace {

class SequenceNormalizer : public SequenceOf<Normalizer>
{
public:
    using SequenceOf::SequenceOf;
    void normalize(std::string &text) const override
    {
        for (const auto &p : m_parts)
            p->normalize(text);
    }
};

class PrependNormalizer : public Normalizer
{
public:
    explicit PrependNormalizer(std::string prepend)
        : m_prepend(std::move(prepend))
    {
    }
    void normalize(std::string &text) const override
    {
        if (!text.empty())
            text.insert(0, m_prepend);
    }

private:
    std::string m_prepend;
};

class ReplaceNormalizer : public Normalizer
{
public:
    ReplaceNormalizer(std::unique_ptr<Regex> regex, std::string content)
        : m_regex(std::move(regex))
        , m_content(std::move(content))
    {
    }
    void normalize(std::string &text) const override { text = replaceAll(*m_regex, text, m_content); }

private:
    std::unique_ptr<Regex> m_regex;
    std::string m_content;
};

class StripNormalizer : public Normalizer
{
public:
    StripNormalizer(bool left, bool right)
        : m_left(left)
        , m_right(right)
    {
    }
    void normalize(std::string &text) const override
    {
        std::size_t begin = 0;
        std::size_t end = text.size();
        if (m_left) {
            while (begin < end) {
                std::size_t next = begin;
                if (!isWhiteSpace(nextCodePoint(text, next)))
                    break;
                begin = next;
            }
        }
        if (m_right) {
            while (end > begin) {
                std::size_t start = previousCodePointStart(text, end);
                std::size_t i = start;
                if (!isWhiteSpace(nextCodePoint(text, i)))
                    break;
                end = start;
            }
        }
        text = text.substr(begin, end - begin);
    }

private:
    bool m_left;
    bool m_right;
};

class UnicodeNormalizer : public Normalizer
{
public:
    explicit UnicodeNormalizer(NormalForm form)
        : m_form(form)
    {
    }
    void normalize(std::string &text) const override { text = normalizeUnicode(text, m_form); }

private:
    NormalForm m_form;
};

} // namespace

std::unique_ptr<Normalizer> makeNormalizer(const JsonReader &r, const Json &obj, const std::string &path)
{
    const std::string type = r.type(obj, path);
    if (type == "Sequence") {
        auto parts = readComponents<Normalizer>(r, obj, "normalizers", path, makeNormalizer);
        return std::make_unique<SequenceNormalizer>(std::move(parts));
    }
    if (type == "Prepend")
        return std::make_unique<PrependNormalizer>(r.string(obj, "prepend", path));
    if (type == "Replace") {
        auto regex = r.pattern(obj, "pattern", path);
        return std::make_unique<ReplaceNormalizer>(std::move(regex), r.string(obj, "content", path));
    }
    if (type == "NFC" || type == "NFD")
        return std::make_unique<UnicodeNormalizer>(type == "NFC" ? NormalForm::Nfc : NormalForm::Nfd);
    if (type == "Strip") {
        return std::make_unique<StripNormalizer>(r.boolean(obj, "strip_left", path, true),
                                                 r.boolean(obj, "strip_right", path, true));
    }
    r.unsupported("normalizer", type, path);
}

} // namespace dtr::tok
