#include "pretrain/bpe_trainer.h"

#include "pretrain/corpus.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace dtr {

namespace {

// The regex of GPT-2's ByteLevel pre-tokenizer (use_regex: true).
const char *const kGpt2Pattern = R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

std::string utf8(std::uint32_t cp)
{
    std::string s;
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return s;
}

std::uint64_t pairKey(std::int32_t a, std::int32_t b)
{
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) | static_cast<std::uint32_t>(b);
}

} // namespace

const std::vector<int> &byteLevelOrder()
{
    static const std::vector<int> order = [] {
        std::vector<int> o;
        for (int b = '!'; b <= '~'; ++b)
            o.push_back(b);
        for (int b = 0xA1; b <= 0xAC; ++b)
            o.push_back(b);
        for (int b = 0xAE; b <= 0xFF; ++b)
            o.push_back(b);
        std::vector<bool> seen(256, false);
        for (int b : o)
            seen[static_cast<std::size_t>(b)] = true;
        for (int b = 0; b < 256; ++b)
            if (!seen[static_cast<std::size_t>(b)])
                o.push_back(b);
        return o;
    }();
    return order;
}

const std::vector<std::string> &byteLevelAlphabet()
{
    static const std::vector<std::string> alphabet = [] {
        std::vector<std::string> a(256);
        const std::vector<int> &order = byteLevelOrder();
        int extra = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const int b = order[i];
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            a[static_cast<std::size_t>(b)] = utf8(printable ? static_cast<std::uint32_t>(b)
                                                            : static_cast<std::uint32_t>(256 + extra++));
        }
        return a;
    }();
    return alphabet;
}

struct BpeTrainer::Impl
{
    pcre2_code *code = nullptr;
    pcre2_match_data *match = nullptr;
    std::unordered_map<std::string, std::int64_t> words; // pre-token bytes -> count
    std::int64_t total = 0;

    ~Impl()
    {
        if (match)
            pcre2_match_data_free(match);
        if (code)
            pcre2_code_free(code);
    }
};

BpeTrainer::BpeTrainer(const BpeTrainerOptions &options)
    : m_options(options)
    , m_impl(std::make_unique<Impl>())
{
    std::set<std::string> specials;
    for (const std::string &s : options.specialTokens) {
        if (s.empty())
            throw Error("BPE trainer: a special token is empty");
        if (!specials.insert(s).second)
            throw Error("BPE trainer: special token '" + s + "' is listed twice");
    }
    const std::int64_t minimum = 256 + static_cast<std::int64_t>(options.specialTokens.size());
    if (options.vocabSize < minimum)
        throw Error("BPE trainer: vocabulary size " + std::to_string(options.vocabSize) + " is below "
                    + std::to_string(minimum) + " (256 bytes + " + std::to_string(options.specialTokens.size())
                    + " special tokens)");
    if (options.vocabSize > (1 << 24))
        throw Error("BPE trainer: vocabulary size " + std::to_string(options.vocabSize) + " is too large");
    if (options.minFrequency < 1)
        throw Error("BPE trainer: minimum pair frequency must be at least 1, got "
                    + std::to_string(options.minFrequency));
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    m_impl->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(kGpt2Pattern), PCRE2_ZERO_TERMINATED,
                                 PCRE2_UTF | PCRE2_UCP, &errorCode, &errorOffset, nullptr);
    if (!m_impl->code)
        throw Error("BPE trainer: cannot compile the GPT-2 regex");
    pcre2_jit_compile(m_impl->code, PCRE2_JIT_COMPLETE); // optional speed-up
    m_impl->match = pcre2_match_data_create_from_pattern(m_impl->code, nullptr);
}

BpeTrainer::~BpeTrainer() = default;

void BpeTrainer::addText(const std::string &text)
{
    if (!isValidUtf8(text))
        throw Error("BPE trainer: text is not valid UTF-8");
    const auto *subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    std::size_t start = 0;
    while (start < text.size()) {
        int rc = pcre2_match(m_impl->code, subject, text.size(), start, PCRE2_NO_UTF_CHECK, m_impl->match, nullptr);
        if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) // e.g. JIT stack limit: retry interpreted
            rc = pcre2_match(m_impl->code, subject, text.size(), start, PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT,
                             m_impl->match, nullptr);
        if (rc < 0)
            break;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m_impl->match);
        if (ov[1] <= ov[0]) // the pattern has no empty matches; guard anyway
            break;
        ++m_impl->words[text.substr(ov[0], ov[1] - ov[0])];
        ++m_impl->total;
        start = ov[1];
    }
}

std::int64_t BpeTrainer::distinctWords() const
{
    return static_cast<std::int64_t>(m_impl->words.size());
}

std::int64_t BpeTrainer::totalWords() const
{
    return m_impl->total;
}

BpeModel BpeTrainer::train(const std::atomic<bool> *cancel) const
{
    if (m_impl->words.empty())
        throw Error("BPE trainer: no text to learn from");
    const std::vector<std::string> &alphabet = byteLevelAlphabet();

    // Symbols: 0..255 are bytes; merge i creates symbol 256 + i. Words sorted so that
    // nothing depends on hash order.
    std::vector<std::string> symbolText(256);
    for (int b = 0; b < 256; ++b)
        symbolText[static_cast<std::size_t>(b)] = alphabet[static_cast<std::size_t>(b)];
    std::vector<std::pair<std::string, std::int64_t>> sortedWords(m_impl->words.begin(), m_impl->words.end());
    std::sort(sortedWords.begin(), sortedWords.end());
    std::vector<std::vector<std::int32_t>> words;
    std::vector<std::int64_t> counts;
    words.reserve(sortedWords.size());
    for (const auto &[w, n] : sortedWords) {
        std::vector<std::int32_t> symbols;
        for (char ch : w)
            symbols.push_back(static_cast<std::int32_t>(static_cast<unsigned char>(ch)));
        words.push_back(std::move(symbols));
        counts.push_back(n);
    }

    std::unordered_map<std::uint64_t, std::int64_t> pairCounts;
    std::unordered_map<std::uint64_t, std::vector<std::int32_t>> where; // pair -> words (may hold stale entries)
    auto addPairs = [&](std::size_t w, std::int64_t sign, bool index) {
        const auto &s = words[w];
        for (std::size_t i = 0; i + 1 < s.size(); ++i) {
            const std::uint64_t key = pairKey(s[i], s[i + 1]);
            auto &c = pairCounts[key];
            c += sign * counts[w];
            if (c == 0)
                pairCounts.erase(key);
            if (index)
                where[key].push_back(static_cast<std::int32_t>(w));
        }
    };
    for (std::size_t w = 0; w < words.size(); ++w)
        addPairs(w, +1, true);

    BpeModel model;
    model.specialTokens = m_options.specialTokens;
    const std::int64_t maxMerges = m_options.vocabSize - 256 - static_cast<std::int64_t>(m_options.specialTokens.size());
    std::vector<std::int32_t> merged;
    while (static_cast<std::int64_t>(model.merges.size()) < maxMerges) {
        throwIfCancelled(cancel);
        std::uint64_t best = 0;
        std::int64_t bestCount = 0;
        for (const auto &[key, count] : pairCounts) {
            if (count < bestCount)
                continue;
            if (count == bestCount) {
                const auto a = static_cast<std::size_t>(key >> 32), b = static_cast<std::size_t>(key & 0xFFFFFFFFu);
                const auto ba = static_cast<std::size_t>(best >> 32), bb = static_cast<std::size_t>(best & 0xFFFFFFFFu);
                const int c1 = symbolText[a].compare(symbolText[ba]);
                if (c1 > 0 || (c1 == 0 && symbolText[b].compare(symbolText[bb]) >= 0))
                    continue;
            }
            best = key;
            bestCount = count;
        }
        if (bestCount < m_options.minFrequency || bestCount == 0)
            break;
        const auto left = static_cast<std::int32_t>(best >> 32), right = static_cast<std::int32_t>(best & 0xFFFFFFFFu);
        const auto symbol = static_cast<std::int32_t>(symbolText.size());
        model.merges.emplace_back(symbolText[static_cast<std::size_t>(left)], symbolText[static_cast<std::size_t>(right)]);
        symbolText.push_back(symbolText[static_cast<std::size_t>(left)] + symbolText[static_cast<std::size_t>(right)]);

        std::vector<std::int32_t> affected = std::move(where[best]);
        where.erase(best);
        std::sort(affected.begin(), affected.end());
        affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
        for (std::int32_t wi : affected) {
            const auto w = static_cast<std::size_t>(wi);
            auto &s = words[w];
            bool has = false;
            for (std::size_t i = 0; i + 1 < s.size() && !has; ++i)
                has = s[i] == left && s[i + 1] == right;
            if (!has)
                continue;
            addPairs(w, -1, false);
            merged.clear();
            for (std::size_t i = 0; i < s.size(); ++i) {
                if (i + 1 < s.size() && s[i] == left && s[i + 1] == right) {
                    merged.push_back(symbol);
                    ++i;
                } else {
                    merged.push_back(s[i]);
                }
            }
            s = merged;
            addPairs(w, +1, true);
        }
    }

    for (const std::string &s : model.specialTokens)
        model.vocab.push_back(s);
    for (int b : byteLevelOrder())
        model.vocab.push_back(alphabet[static_cast<std::size_t>(b)]);
    for (std::size_t i = 256; i < symbolText.size(); ++i)
        model.vocab.push_back(symbolText[i]);
    return model;
}

std::string BpeModel::toJsonText() const
{
    using json = nlohmann::ordered_json;
    json added = json::array();
    for (std::size_t i = 0; i < specialTokens.size(); ++i)
        added.push_back({{"id", i}, {"content", specialTokens[i]}, {"single_word", false}, {"lstrip", false},
                         {"rstrip", false}, {"normalized", false}, {"special", true}});
    json vocabJson = json::object();
    for (std::size_t i = 0; i < vocab.size(); ++i)
        vocabJson[vocab[i]] = i;
    json mergesJson = json::array();
    for (const auto &[a, b] : merges)
        mergesJson.push_back(json::array({a, b}));
    json byteLevel = {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"trim_offsets", true}, {"use_regex", true}};
    json j = json::object();
    j["version"] = "1.0";
    j["truncation"] = nullptr;
    j["padding"] = nullptr;
    j["added_tokens"] = added;
    j["normalizer"] = nullptr;
    j["pre_tokenizer"] = byteLevel;
    j["post_processor"] = nullptr;
    j["decoder"] = byteLevel;
    j["model"] = {{"type", "BPE"}, {"dropout", nullptr}, {"unk_token", nullptr}, {"continuing_subword_prefix", nullptr},
                  {"end_of_word_suffix", nullptr}, {"fuse_unk", false}, {"byte_fallback", false},
                  {"ignore_merges", false}, {"vocab", vocabJson}, {"merges", mergesJson}};
    return dumpJson(j, 2) + "\n";
}

} // namespace dtr
