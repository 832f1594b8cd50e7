#include "tokenizer/pre_tokenizers.h"

#include "tokenizer/sequence.h"
#include "util/utf8.h"

namespace dtr::tok {

namespace {

class SequencePreTokenizer : public SequenceOf<PreTokenizer>
{
public:
    using SequenceOf::SequenceOf;
    void preTokenize(std::vector<Piece> &pieces) const override
    {
        for (const auto &p : m_parts)
            p->preTokenize(pieces);
    }
};

// GPT-2's pre-tokenizer regex, as the library's ByteLevel pre-tokenizer uses it.
const char *const kGpt2Pattern =
    R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

class ByteLevelPreTokenizer : public PreTokenizer
{
public:
    ByteLevelPreTokenizer(bool addPrefixSpace, bool useRegex, const std::string &where)
        : m_addPrefixSpace(addPrefixSpace)
    {
        if (useRegex)
            m_regex = std::make_unique<Regex>(kGpt2Pattern, where + " (built-in GPT-2 regex)");
    }
    void preTokenize(std::vector<Piece> &pieces) const override
    {
        const ByteLevelTables &tables = byteLevelTables();
        std::vector<Piece> out;
        for (Piece &piece : pieces) {
            if (m_addPrefixSpace && !piece.text.empty() && piece.text[0] != ' ')
                piece.text.insert(0, " ");
            std::vector<Piece> split;
            if (m_regex)
                splitPiece(piece, spansFromMatches(m_regex->findAll(piece.text), piece.text.size()),
                           SplitBehavior::Isolated, split);
            else if (!piece.text.empty())
                split.push_back(std::move(piece));
            for (Piece &p : split) {
                std::string mapped;
                mapped.reserve(p.text.size() * 2);
                for (char c : p.text)
                    mapped += tables.byteToChar[static_cast<unsigned char>(c)];
                out.push_back({std::move(mapped), p.atStart});
            }
        }
        pieces = std::move(out);
    }

private:
    bool m_addPrefixSpace;
    std::unique_ptr<Regex> m_regex;
};

class SplitPreTokenizer : public PreTokenizer
{
public:
    SplitPreTokenizer(std::unique_ptr<Regex> regex, SplitBehavior behavior, bool invert)
        : m_regex(std::move(regex))
        , m_behavior(behavior)
        , m_invert(invert)
    {
    }
    void preTokenize(std::vector<Piece> &pieces) const override
    {
        std::vector<Piece> out;
        for (const Piece &piece : pieces) {
            std::vector<Span> spans = spansFromMatches(m_regex->findAll(piece.text), piece.text.size());
            if (m_invert) {
                for (Span &s : spans)
                    s.isMatch = !s.isMatch;
            }
            splitPiece(piece, spans, m_behavior, out);
        }
        pieces = std::move(out);
    }

private:
    std::unique_ptr<Regex> m_regex;
    SplitBehavior m_behavior;
    bool m_invert;
};

class MetaspacePreTokenizer : public PreTokenizer
{
public:
    MetaspacePreTokenizer(std::string replacement, PrependScheme scheme, bool split)
        : m_replacement(std::move(replacement))
        , m_scheme(scheme)
        , m_split(split)
    {
    }
    void preTokenize(std::vector<Piece> &pieces) const override
    {
        std::vector<Piece> out;
        for (Piece &piece : pieces) {
            std::string text;
            for (char c : piece.text) {
                if (c == ' ')
                    text += m_replacement;
                else
                    text += c;
            }
            const bool startsWithReplacement = text.compare(0, m_replacement.size(), m_replacement) == 0;
            if (!text.empty() && !startsWithReplacement
                && (m_scheme == PrependScheme::Always || (m_scheme == PrependScheme::First && piece.atStart))) {
                text.insert(0, m_replacement);
            }
            Piece p{std::move(text), piece.atStart};
            if (m_split)
                splitPiece(p, spansFromMatches(literalMatches(p.text, m_replacement), p.text.size()),
                           SplitBehavior::MergedWithNext, out);
            else if (!p.text.empty())
                out.push_back(std::move(p));
        }
        pieces = std::move(out);
    }

private:
    std::string m_replacement;
    PrependScheme m_scheme;
    bool m_split;
};

SplitBehavior readSplitBehavior(const JsonReader &r, const Json &obj, const std::string &path)
{
    const std::string behavior = r.string(obj, "behavior", path);
    if (behavior == "Removed")
        return SplitBehavior::Removed;
    if (behavior == "Isolated")
        return SplitBehavior::Isolated;
    if (behavior == "MergedWithPrevious")
        return SplitBehavior::MergedWithPrevious;
    if (behavior == "MergedWithNext")
        return SplitBehavior::MergedWithNext;
    if (behavior == "Contiguous")
        return SplitBehavior::Contiguous;
    r.fail(JsonReader::join(path, "behavior"), "unknown split behavior '" + behavior + "'");
}

} // namespace

std::unique_ptr<PreTokenizer> makePreTokenizer(const JsonReader &r, const Json &obj, const std::string &path)
{
    const std::string type = r.type(obj, path);
    if (type == "Sequence") {
        auto parts = readComponents<PreTokenizer>(r, obj, "pretokenizers", path, makePreTokenizer);
        return std::make_unique<SequencePreTokenizer>(std::move(parts));
    }
    if (type == "ByteLevel") {
        return std::make_unique<ByteLevelPreTokenizer>(r.boolean(obj, "add_prefix_space", path, true),
                                                       r.boolean(obj, "use_regex", path, true),
                                                       r.source() + ": field '" + path + "'");
    }
    if (type == "Split") {
        auto regex = r.pattern(obj, "pattern", path);
        const SplitBehavior behavior = readSplitBehavior(r, obj, path);
        return std::make_unique<SplitPreTokenizer>(std::move(regex), behavior, r.boolean(obj, "invert", path, false));
    }
    if (type == "Metaspace") {
        return std::make_unique<MetaspacePreTokenizer>(r.character(obj, "replacement", path, "\u2581"),
                                                       readPrependScheme(r, obj, path),
                                                       r.boolean(obj, "split", path, true));
    }
    r.unsupported("pre-tokenizer", type, path);
}

const ByteLevelTables &byteLevelTables()
{
    static const ByteLevelTables tables = [] {
        ByteLevelTables t;
        t.charToByte.fill(-1);
        std::array<bool, 256> direct{};
        for (int b = '!'; b <= '~'; ++b)
            direct[b] = true;
        for (int b = 0xA1; b <= 0xAC; ++b)
            direct[b] = true;
        for (int b = 0xAE; b <= 0xFF; ++b)
            direct[b] = true;
        int n = 0;
        for (int b = 0; b < 256; ++b) {
            const char32_t cp = direct[b] ? static_cast<char32_t>(b) : static_cast<char32_t>(256 + n++);
            appendUtf8(t.byteToChar[b], cp);
            t.charToByte[cp] = b;
        }
        return t;
    }();
    return tables;
}

PrependScheme readPrependScheme(const JsonReader &r, const Json &obj, const std::string &path)
{
    PrependScheme scheme = PrependScheme::Always;
    if (auto s = r.optionalString(obj, "prepend_scheme", path)) {
        if (*s == "always")
            scheme = PrependScheme::Always;
        else if (*s == "first")
            scheme = PrependScheme::First;
        else if (*s == "never")
            scheme = PrependScheme::Never;
        else
            r.fail(JsonReader::join(path, "prepend_scheme"), "unknown prepend scheme '" + *s + "'");
    }
    // Files written before prepend_scheme existed say add_prefix_space.
    if (!r.boolean(obj, "add_prefix_space", path, true))
        scheme = PrependScheme::Never;
    return scheme;
}

} // namespace dtr::tok
