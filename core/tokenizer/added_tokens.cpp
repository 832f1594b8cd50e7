#include "tokenizer/added_tokens.h"

#include "tokenizer/normalizers.h"
#include "tokenizer/pattern.h"
#include "tokenizer/unicode.h"
#include "util/utf8.h"

#include <algorithm>
#include <limits>

namespace dtr::tok {

void TokenMatcher::add(const std::string &pattern, std::size_t token)
{
    if (pattern.empty())
        return;
    int node = 0;
    for (char c : pattern) {
        auto &next = m_nodes[static_cast<std::size_t>(node)].next;
        auto it = next.find(static_cast<unsigned char>(c));
        if (it == next.end()) {
            m_nodes.emplace_back();
            const int created = static_cast<int>(m_nodes.size() - 1);
            m_nodes[static_cast<std::size_t>(node)].next.emplace(static_cast<unsigned char>(c), created);
            node = created;
        } else {
            node = it->second;
        }
    }
    m_nodes[static_cast<std::size_t>(node)].token = static_cast<long>(token);
}

std::vector<TokenMatcher::Hit> TokenMatcher::findAll(const std::string &text) const
{
    std::vector<Hit> hits;
    if (empty())
        return hits;
    std::size_t i = 0;
    while (i < text.size()) {
        int node = 0;
        long best = -1;
        std::size_t bestEnd = 0;
        for (std::size_t j = i; j < text.size(); ++j) {
            const auto &next = m_nodes[static_cast<std::size_t>(node)].next;
            auto it = next.find(static_cast<unsigned char>(text[j]));
            if (it == next.end())
                break;
            node = it->second;
            if (m_nodes[static_cast<std::size_t>(node)].token >= 0) {
                best = m_nodes[static_cast<std::size_t>(node)].token;
                bestEnd = j + 1;
            }
        }
        if (best >= 0) {
            hits.push_back({i, bestEnd, static_cast<std::size_t>(best)});
            i = bestEnd;
        } else {
            ++i;
        }
    }
    return hits;
}

void AddedVocabulary::load(const JsonReader &r, const Json &root,
                           const std::unordered_map<std::string, std::uint32_t> &modelVocab)
{
    const Json *list = r.find(root, "added_tokens");
    if (!list)
        return;
    if (!list->is_array())
        r.fail("added_tokens", std::string("expected an array, got ") + list->type_name());
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = indexPath("added_tokens", i);
        const Json &t = (*list)[i];
        r.requireObject(t, path);
        AddedToken token;
        token.content = r.string(t, "content", path);
        token.special = r.boolean(t, "special", path, false);
        token.singleWord = r.boolean(t, "single_word", path, false);
        token.lstrip = r.boolean(t, "lstrip", path, false);
        token.rstrip = r.boolean(t, "rstrip", path, false);
        token.normalized = r.boolean(t, "normalized", path, !token.special);
        const std::int64_t fileId = r.integer(r.required(t, "id", path), JsonReader::join(path, "id"), 0,
                                              std::numeric_limits<std::uint32_t>::max());
        if (token.content.empty())
            continue; // the library ignores empty added tokens
        // The library keeps the model's id for a token the model knows.
        auto known = modelVocab.find(token.content);
        token.id = known != modelVocab.end() ? known->second : fileId;
        if (token.special)
            m_specialContents.insert(token.content);
        auto existing = m_byContent.find(token.content);
        if (existing != m_byContent.end()) {
            m_tokens[m_byId[existing->second]] = token;
            continue;
        }
        m_byContent[token.content] = token.id;
        m_byId[token.id] = m_tokens.size();
        m_tokens.push_back(token);
    }
}

void AddedVocabulary::buildMatchers(const Normalizer *normalizer)
{
    // Special tokens first, then the others (the library's order; it only matters for ties).
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < m_tokens.size(); ++i) {
            const AddedToken &t = m_tokens[i];
            if (t.special != (pass == 0))
                continue;
            if (!t.normalized) {
                m_rawMatcher.add(t.content, i);
            } else {
                std::string content = t.content;
                if (normalizer)
                    normalizer->normalize(content);
                m_normalizedMatcher.add(content, i);
            }
        }
    }
}

const AddedToken *AddedVocabulary::findById(std::int64_t id) const
{
    auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_tokens[it->second];
}

std::optional<std::int64_t> AddedVocabulary::idOf(const std::string &content) const
{
    auto it = m_byContent.find(content);
    if (it == m_byContent.end())
        return std::nullopt;
    return it->second;
}

namespace {

bool endsWithWord(const std::string &s, std::size_t end)
{
    return end > 0 && wordCharRegex().matchesAt(s, previousCodePointStart(s, end));
}

bool startsWithWord(const std::string &s, std::size_t start)
{
    return start < s.size() && wordCharRegex().matchesAt(s, start);
}

} // namespace

std::vector<Segment> AddedVocabulary::split(const std::string &text, bool atStart, bool normalized) const
{
    const TokenMatcher &matcher = normalized ? m_normalizedMatcher : m_rawMatcher;
    std::vector<Segment> out;
    if (text.empty() || matcher.empty()) {
        out.push_back({text, -1, atStart});
        return out;
    }
    std::size_t startOffset = 0;
    for (const TokenMatcher::Hit &hit : matcher.findAll(text)) {
        const AddedToken &token = m_tokens[hit.token];
        std::size_t start = hit.start;
        std::size_t stop = hit.end;
        if (start < startOffset)
            continue; // inside a previous token's rstrip
        if (token.singleWord) {
            const bool startSpace = start == 0 || !endsWithWord(text, start);
            const bool stopSpace = stop == text.size() || !startsWithWord(text, stop);
            if (!startSpace || !stopSpace)
                continue;
        }
        if (token.lstrip) {
            std::size_t newStart = start;
            while (newStart > 0) {
                const std::size_t prev = previousCodePointStart(text, newStart);
                std::size_t k = prev;
                if (!isWhiteSpace(nextCodePoint(text, k)))
                    break;
                newStart = prev;
            }
            start = std::max(newStart, startOffset);
        }
        if (token.rstrip) {
            while (stop < text.size()) {
                std::size_t k = stop;
                if (!isWhiteSpace(nextCodePoint(text, k)))
                    break;
                stop = k;
            }
        }
        if (startOffset < start)
            out.push_back({text.substr(startOffset, start - startOffset), -1, atStart && startOffset == 0});
        out.push_back({text.substr(start, stop - start), token.id, atStart && start == 0});
        startOffset = stop;
    }
    if (startOffset != text.size())
        out.push_back({text.substr(startOffset), -1, atStart && startOffset == 0});
    return out;
}

} // namespace dtr::tok
