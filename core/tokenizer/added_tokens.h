#pragma once

#include "tokenizer/json_reader.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dtr::tok {

class Normalizer;

// One entry of tokenizer.json's "added_tokens".
struct AddedToken
{
    std::string content;
    std::int64_t id = -1;
    bool singleWord = false;
    bool lstrip = false;
    bool rstrip = false;
    bool normalized = true;
    bool special = false;
};

// A stretch of the input: an added token, or text still to tokenize.
struct Segment
{
    std::string text;
    std::int64_t id; // >= 0: an added token; -1: text still to tokenize
    bool atStart;
};

// A byte trie with Aho-Corasick's leftmost-longest, non-overlapping matching.
class TokenMatcher
{
public:
    void add(const std::string &pattern, std::size_t token);
    bool empty() const { return m_nodes.size() == 1; }

    struct Hit
    {
        std::size_t start;
        std::size_t end;
        std::size_t token;
    };
    std::vector<Hit> findAll(const std::string &text) const;

private:
    struct Node
    {
        std::map<unsigned char, int> next;
        long token = -1;
    };
    std::vector<Node> m_nodes{1};
};

// The library's AddedVocabulary: the added tokens, matched before the model and never split.
class AddedVocabulary
{
public:
    // Reads "added_tokens". A token the model's vocabulary has takes the model's id.
    void load(const JsonReader &r, const Json &root, const std::unordered_map<std::string, std::uint32_t> &modelVocab);
    // Builds the matchers; tokens with normalized == true are matched on their content
    // after `normalizer` (may be null).
    void buildMatchers(const Normalizer *normalizer);

    // The library's AddedVocabulary::find_matches: `text` cut into added tokens and the
    // rest, with the tokens that are (normalized == true) or are not (false) normalized.
    std::vector<Segment> split(const std::string &text, bool atStart, bool normalized) const;

    const std::vector<AddedToken> &tokens() const { return m_tokens; }
    const AddedToken *findById(std::int64_t id) const;
    std::optional<std::int64_t> idOf(const std::string &content) const;
    bool isSpecial(const std::string &content) const { return m_specialContents.count(content) != 0; }

private:
    std::vector<AddedToken> m_tokens;
    std::unordered_map<std::string, std::int64_t> m_byContent;
    std::unordered_map<std::int64_t, std::size_t> m_byId; // id -> index in m_tokens
    std::unordered_set<std::string> m_specialContents;
    TokenMatcher m_rawMatcher;        // tokens with normalized == false
    TokenMatcher m_normalizedMatcher; // tokens with normalized == true, on normalized content
};

} // namespace dtr::tok
