#include "tokenizer/models.h"

#include "util/utf8.h"
#include "util/error.h"

#include <cstdio>
#include <limits>
#include <queue>

namespace dtr::tok {

namespace {

struct Merge
{
    std::size_t pos;
    std::uint32_t rank;
    std::uint32_t newId;
    // Lowest rank first, then leftmost: a min-heap through std::priority_queue.
    bool operator<(const Merge &o) const { return rank != o.rank ? rank > o.rank : pos > o.pos; }
};

} // namespace

void BpeModel::load(const JsonReader &r, const Json &model)
{
    r.requireObject(model, "model");
    std::string type;
    if (r.find(model, "type"))
        type = r.string(model, "type", "model");
    else if (r.find(model, "merges"))
        type = "BPE"; // the library also accepts an untagged BPE model
    else
        r.fail("model.type", "missing");
    if (type != "BPE")
        r.unsupported("model", type, "model");

    m_source = r.source();
    if (const Json *dropout = r.find(model, "dropout")) {
        if (!dropout->is_number())
            r.fail("model.dropout", std::string("expected a number, got ") + dropout->type_name());
        if (dropout->get<double>() != 0.0)
            r.fail("model.dropout", "BPE dropout is not supported (encoding would be random)");
    }
    m_unkToken = r.optionalString(model, "unk_token", "model");
    m_prefix = r.optionalString(model, "continuing_subword_prefix", "model");
    m_suffix = r.optionalString(model, "end_of_word_suffix", "model");
    m_fuseUnk = r.boolean(model, "fuse_unk", "model", false);
    m_byteFallback = r.boolean(model, "byte_fallback", "model", false);
    m_ignoreMerges = r.boolean(model, "ignore_merges", "model", false);

    const Json &vocab = r.required(model, "vocab", "model");
    r.requireObject(vocab, "model.vocab");
    m_vocab.reserve(vocab.size());
    for (auto it = vocab.begin(); it != vocab.end(); ++it) {
        const Json &v = it.value();
        std::uint32_t id = 0;
        if (v.is_number_unsigned() && v.get<std::uint64_t>() <= std::numeric_limits<std::uint32_t>::max())
            id = static_cast<std::uint32_t>(v.get<std::uint64_t>());
        else // not a valid id: let the checked reader produce the error
            id = static_cast<std::uint32_t>(
                r.integer(v, "model.vocab." + it.key(), 0, std::numeric_limits<std::uint32_t>::max()));
        m_vocab[it.key()] = id;
        m_vocabR[id] = it.key();
    }
    readMerges(r, r.array(model, "merges", "model"));
}

void BpeModel::readMerges(const JsonReader &r, const Json &merges)
{
    const std::size_t prefixLen = m_prefix ? m_prefix->size() : 0;
    m_merges.reserve(merges.size());
    for (std::size_t i = 0; i < merges.size(); ++i) {
        const Json &entry = merges[i];
        const std::string field = indexPath("model.merges", i);
        std::string a;
        std::string b;
        if (entry.is_string()) {
            const std::string line = entry.get<std::string>();
            const std::size_t sp = line.find(' ');
            if (sp == std::string::npos || line.find(' ', sp + 1) != std::string::npos)
                r.fail(field, "expected two tokens separated by one space, got '" + line + "'");
            a = line.substr(0, sp);
            b = line.substr(sp + 1);
        } else if (entry.is_array() && entry.size() == 2 && entry[0].is_string() && entry[1].is_string()) {
            a = entry[0].get<std::string>();
            b = entry[1].get<std::string>();
        } else {
            r.fail(field, "expected \"a b\" or [\"a\", \"b\"]");
        }
        auto ia = m_vocab.find(a);
        if (ia == m_vocab.end())
            r.fail(field, "token '" + a + "' is not in the vocabulary");
        auto ib = m_vocab.find(b);
        if (ib == m_vocab.end())
            r.fail(field, "token '" + b + "' is not in the vocabulary");
        if (b.size() < prefixLen)
            r.fail(field, "token '" + b + "' is shorter than the continuing_subword_prefix");
        const std::string merged = a + b.substr(prefixLen);
        auto im = m_vocab.find(merged);
        if (im == m_vocab.end())
            r.fail(field, "merged token '" + merged + "' is not in the vocabulary");
        // Later duplicates override earlier ones, as in the library's HashMap.
        m_merges[(static_cast<std::uint64_t>(ia->second) << 32) | ib->second] =
            std::make_pair(static_cast<std::uint32_t>(i), im->second);
    }
}

const std::string *BpeModel::token(std::int64_t id) const
{
    if (id < 0 || id > std::numeric_limits<std::uint32_t>::max())
        return nullptr;
    auto it = m_vocabR.find(static_cast<std::uint32_t>(id));
    return it == m_vocabR.end() ? nullptr : &it->second;
}

void BpeModel::tokenize(const std::string &word, std::vector<std::int64_t> &out) const
{
    if (word.empty())
        return;
    if (m_ignoreMerges) {
        auto it = m_vocab.find(word);
        if (it != m_vocab.end()) {
            out.push_back(it->second);
            return;
        }
    }
    {
        std::lock_guard<std::mutex> lock(m_cacheMutex);
        auto it = m_cache.find(word);
        if (it != m_cache.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            return;
        }
    }
    std::vector<std::int64_t> ids = mergeWord(word);
    out.insert(out.end(), ids.begin(), ids.end());
    std::lock_guard<std::mutex> lock(m_cacheMutex);
    if (m_cache.size() < kCacheCapacity)
        m_cache.emplace(word, std::move(ids));
}

void BpeModel::addSymbol(std::vector<Symbol> &symbols, std::uint32_t id, std::size_t len)
{
    const auto n = static_cast<std::ptrdiff_t>(symbols.size());
    if (!symbols.empty())
        symbols.back().next = n;
    symbols.push_back({id, n - 1, -1, len});
}

const std::pair<std::uint32_t, std::uint32_t> *BpeModel::findMerge(std::uint32_t a, std::uint32_t b) const
{
    auto it = m_merges.find((static_cast<std::uint64_t>(a) << 32) | b);
    return it == m_merges.end() ? nullptr : &it->second;
}

std::uint32_t BpeModel::unkId() const
{
    auto it = m_vocab.find(*m_unkToken);
    if (it == m_vocab.end())
        throw Error(m_source + ": field 'model.unk_token': unknown token '" + *m_unkToken
                    + "' is not in the vocabulary");
    return it->second;
}

// The library's BPE::merge_word: one symbol per character (with the subword prefix and
// suffix), byte fallback, unknown tokens (fused when fuse_unk).
std::vector<BpeModel::Symbol> BpeModel::wordSymbols(const std::string &w) const
{
    std::vector<Symbol> symbols;
    symbols.reserve(w.size());
    // A pending unknown token: its id and byte length (fused with the next when fuse_unk).
    bool hasUnk = false;
    std::uint32_t unkTokenId = 0;
    std::size_t unkLen = 0;
    std::size_t i = 0;
    while (i < w.size()) {
        const std::size_t len = codePointLength(w, i);
        const bool isFirst = i == 0;
        const bool isLast = i + len >= w.size();
        std::string s = w.substr(i, len);
        i += len;
        if (!isFirst && m_prefix)
            s = *m_prefix + s;
        if (isLast && m_suffix)
            s += *m_suffix;

        auto it = m_vocab.find(s);
        if (it != m_vocab.end()) {
            if (hasUnk) {
                addSymbol(symbols, unkTokenId, unkLen);
                hasUnk = false;
            }
            addSymbol(symbols, it->second, len);
            continue;
        }
        if (m_byteFallback) {
            std::vector<std::uint32_t> byteIds;
            for (char c : s) {
                char code[8];
                std::snprintf(code, sizeof code, "<0x%02X>", static_cast<unsigned char>(c));
                auto bit = m_vocab.find(code);
                if (bit == m_vocab.end()) {
                    byteIds.clear();
                    break;
                }
                byteIds.push_back(bit->second);
            }
            if (!byteIds.empty()) {
                // As in the library, a pending unknown stays pending here.
                for (std::uint32_t id : byteIds)
                    addSymbol(symbols, id, 1);
                continue;
            }
        }
        if (m_unkToken) {
            if (hasUnk && m_fuseUnk) {
                unkLen += len;
            } else {
                if (hasUnk)
                    addSymbol(symbols, unkTokenId, unkLen);
                hasUnk = true;
                unkTokenId = unkId();
                unkLen = len;
            }
        }
    }
    if (hasUnk)
        addSymbol(symbols, unkTokenId, unkLen);
    return symbols;
}

// BPE::merge_word followed by Word::merge_all (no dropout).
std::vector<std::int64_t> BpeModel::mergeWord(const std::string &w) const
{
    std::vector<Symbol> symbols = wordSymbols(w);
    std::priority_queue<Merge> queue;
    for (std::size_t k = 0; k + 1 < symbols.size(); ++k) {
        if (const auto *m = findMerge(symbols[k].id, symbols[k + 1].id))
            queue.push({k, m->first, m->second});
    }
    while (!queue.empty()) {
        const Merge top = queue.top();
        queue.pop();
        Symbol &cur = symbols[top.pos];
        if (cur.len == 0 || cur.next == -1)
            continue;
        const auto nextPos = static_cast<std::size_t>(cur.next);
        const Symbol right = symbols[nextPos];
        const auto *m = findMerge(cur.id, right.id);
        if (!m || m->second != top.newId)
            continue; // stale entry
        cur.id = top.newId;
        cur.len += right.len;
        cur.next = right.next;
        symbols[nextPos].len = 0;
        if (right.next > -1 && static_cast<std::size_t>(right.next) < symbols.size())
            symbols[static_cast<std::size_t>(right.next)].prev = static_cast<std::ptrdiff_t>(top.pos);
        if (cur.prev >= 0) {
            const auto prevPos = static_cast<std::size_t>(cur.prev);
            if (const auto *pm = findMerge(symbols[prevPos].id, cur.id))
                queue.push({prevPos, pm->first, pm->second});
        }
        if (cur.next >= 0 && static_cast<std::size_t>(cur.next) < symbols.size()) {
            if (const auto *nm = findMerge(cur.id, symbols[static_cast<std::size_t>(cur.next)].id))
                queue.push({top.pos, nm->first, nm->second});
        }
    }
    std::vector<std::int64_t> ids;
    for (const Symbol &s : symbols) {
        if (s.len != 0)
            ids.push_back(s.id);
    }
    return ids;
}

} // namespace dtr::tok
