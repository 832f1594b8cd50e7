#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// pcre2_code (PCRE2_CODE_UNIT_WIDTH 8), without pcre2.h in this header.
struct pcre2_real_code_8;

namespace dtr::tok {

// Patterns and splitting: the library's Pattern ({"String": ...} / {"Regex": ...}) on PCRE2,
// and NormalizedString::split with its behaviours.

struct Range
{
    std::size_t start;
    std::size_t end;
};

// A PCRE2 regex with UTF + UCP, with the JIT when it is available (an optimisation only:
// without it, or when a JIT match fails, e.g. on its stack limit, the interpreter runs).
// The library runs its regexes on Oniguruma, whose semantics PCRE2 shares for the patterns
// tokenizer.json files use (classes \p{L} \p{N} \s, lookahead, (?i:)).
class Regex
{
public:
    // `where` prefixes error messages, e.g. "tok.json: field 'pre_tokenizer.pattern.Regex'".
    Regex(const std::string &pattern, const std::string &where);
    ~Regex();
    Regex(const Regex &) = delete;
    Regex &operator=(const Regex &) = delete;

    // Non-overlapping matches, as Oniguruma's find_iter gives them: an empty match right
    // where the previous match ended is skipped. `text` must be valid UTF-8.
    std::vector<Range> findAll(const std::string &text) const;
    // Whether the pattern matches anchored at `offset`.
    bool matchesAt(const std::string &text, std::size_t offset) const;

private:
    std::string m_where;
    pcre2_real_code_8 *m_code = nullptr;
    bool m_jit = false;
};

// A regex that matches `literal` verbatim (what the library builds from {"String": ...}).
std::string escapeRegex(const std::string &literal);
// \w, for single_word added tokens.
const Regex &wordCharRegex();

enum class SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

struct Span
{
    std::size_t start;
    std::size_t end;
    bool isMatch;
};

// The text of `length` bytes cut into the matches and what lies between them.
std::vector<Span> spansFromMatches(const std::vector<Range> &matches, std::size_t length);
std::vector<Range> literalMatches(const std::string &text, const std::string &needle);
// Replaces every match of `regex` by `content` (taken literally).
std::string replaceAll(const Regex &regex, const std::string &text, const std::string &content);
// Replaces every span that is a match by `content`.
std::string replaceMatches(const std::string &text, const std::vector<Span> &spans, const std::string &content);

// A piece of text on its way through the pipeline. `atStart`: the piece begins at
// offset 0 of the original input (Metaspace's prepend_scheme "first" needs it).
struct Piece
{
    std::string text;
    bool atStart;
};

// Appends the non-empty pieces the split behaviour keeps of `piece`, cut at `spans`.
void splitPiece(const Piece &piece, const std::vector<Span> &spans, SplitBehavior behavior,
                std::vector<Piece> &out);

} // namespace dtr::tok
