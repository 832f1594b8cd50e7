#include "model/tokenizer.h"

#include "util/error.h"
#include "util/json_util.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <queue>
#include <unordered_map>
#include <unordered_set>
#include <utility>

// A torch-free, Qt-free reader of Hugging Face tokenizer.json files that reproduces
// what the `tokenizers` library (0.2x) encodes and decodes. The pipeline mirrors the
// library's:
//   raw text -> added tokens split out (not normalized ones) -> normalizer
//            -> added tokens split out (normalized ones) -> pre-tokenizer -> BPE model
//            -> post-processor
// and decode: ids -> tokens (special ones skipped on request) -> decoder chain -> join.
// Regexes (Split, ByteLevel, Replace) run on PCRE2 with UTF + UCP, with the JIT when it
// is available; the library runs them on Oniguruma, whose semantics PCRE2 shares for
// the patterns tokenizer.json files use (classes \p{L} \p{N} \s, lookahead, (?i:)).

namespace dtr {

namespace {

using Json = nlohmann::json;

// ---------------------------------------------------------------------------------------
// UTF-8

// The length of the UTF-8 sequence starting at p[0] (n > 0 bytes available) when it is
// valid, else the length of its longest valid prefix (at least 1) with valid == false:
// the "maximal subpart" that Rust's String::from_utf8_lossy replaces with one U+FFFD.
struct Utf8Step
{
    std::size_t length;
    bool valid;
};

Utf8Step utf8Step(const unsigned char *p, std::size_t n)
{
    const unsigned char b = p[0];
    if (b < 0x80)
        return {1, true};
    std::size_t need = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b == 0xE0) {
        need = 2;
        lo = 0xA0;
    } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
        need = 2;
    } else if (b == 0xED) {
        need = 2;
        hi = 0x9F;
    } else if (b == 0xF0) {
        need = 3;
        lo = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
        need = 3;
    } else if (b == 0xF4) {
        need = 3;
        hi = 0x8F;
    } else {
        return {1, false};
    }
    for (std::size_t k = 1; k <= need; ++k) {
        if (k >= n)
            return {k, false};
        const unsigned char c = p[k];
        const unsigned char l = k == 1 ? lo : 0x80;
        const unsigned char h = k == 1 ? hi : 0xBF;
        if (c < l || c > h)
            return {k, false};
    }
    return {need + 1, true};
}

// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid.
std::size_t firstInvalidUtf8(const std::string &s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    std::size_t i = 0;
    while (i < s.size()) {
        const Utf8Step step = utf8Step(p + i, s.size() - i);
        if (!step.valid)
            return i;
        i += step.length;
    }
    return std::string::npos;
}

// Rust's String::from_utf8_lossy: each maximal invalid subpart becomes one U+FFFD.
std::string utf8Lossy(const std::string &bytes)
{
    std::string out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    std::size_t i = 0;
    while (i < bytes.size()) {
        const Utf8Step step = utf8Step(p + i, bytes.size() - i);
        if (step.valid)
            out.append(bytes, i, step.length);
        else
            out += "\xEF\xBF\xBD";
        i += step.length;
    }
    return out;
}

// Decodes the code point at s[i] of valid UTF-8 and advances i.
char32_t nextCodePoint(const std::string &s, std::size_t &i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1;
    char32_t cp = b0 & (0x3F >> extra);
    ++i;
    for (; extra > 0 && i < s.size(); --extra, ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return cp;
}

std::size_t codePointLength(const std::string &s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    const std::size_t n = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
    return std::min(n, s.size() - i);
}

// Start of the code point that ends at s[end - 1] (end > 0).
std::size_t previousCodePointStart(const std::string &s, std::size_t end)
{
    std::size_t i = end - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        --i;
    return i;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Unicode White_Space (Rust's char::is_whitespace and regex \s).
bool isWhiteSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
           || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
           || c == 0x205F || c == 0x3000;
}

// A JSON string that must hold exactly one code point (Rust `char` fields).
std::optional<std::string> singleCodePoint(const std::string &s)
{
    if (s.empty() || codePointLength(s, 0) != s.size())
        return std::nullopt;
    return s;
}

// ---------------------------------------------------------------------------------------
// GPT-2's bytes_to_unicode table

struct ByteLevelTables
{
    std::array<std::string, 256> byteToChar;
    std::array<int, 0x144> charToByte; // code point -> byte, -1 when not a byte char
};

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

// ---------------------------------------------------------------------------------------
// PCRE2 regex

struct Range
{
    std::size_t start;
    std::size_t end;
};

class Regex
{
public:
    // `where` prefixes error messages, e.g. "tok.json: field 'pre_tokenizer.pattern.Regex'".
    Regex(const std::string &pattern, const std::string &where)
        : m_where(where)
    {
        int errorCode = 0;
        PCRE2_SIZE errorOffset = 0;
        m_code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                               PCRE2_UTF | PCRE2_UCP, &errorCode, &errorOffset, nullptr);
        if (!m_code) {
            throw Error(m_where + ": invalid regex at offset " + std::to_string(errorOffset) + ": "
                        + errorMessage(errorCode));
        }
        // The JIT is an optimisation only: without it (or when it fails) the interpreter runs.
        m_jit = pcre2_jit_compile(m_code, PCRE2_JIT_COMPLETE) == 0;
    }
    ~Regex() { pcre2_code_free(m_code); }
    Regex(const Regex &) = delete;
    Regex &operator=(const Regex &) = delete;

    // Non-overlapping matches, as Oniguruma's find_iter gives them: an empty match right
    // where the previous match ended is skipped. `text` must be valid UTF-8.
    std::vector<Range> findAll(const std::string &text) const
    {
        std::vector<Range> matches;
        MatchData md(m_code);
        std::size_t lastEnd = 0;
        bool haveLast = false;
        std::size_t lastMatchEnd = 0;
        while (lastEnd <= text.size()) {
            if (!match(text, lastEnd, 0, md.data))
                break;
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md.data);
            const std::size_t s = ov[0];
            const std::size_t e = std::max(ov[0], ov[1]);
            if (s == e && haveLast && lastMatchEnd == e) {
                lastEnd += lastEnd < text.size() ? codePointLength(text, lastEnd) : 1;
                continue;
            }
            lastEnd = e;
            lastMatchEnd = e;
            haveLast = true;
            matches.push_back({s, e});
        }
        return matches;
    }

    // Whether the pattern matches anchored at `offset`.
    bool matchesAt(const std::string &text, std::size_t offset) const
    {
        MatchData md(m_code);
        return match(text, offset, PCRE2_ANCHORED, md.data);
    }

private:
    struct MatchData
    {
        explicit MatchData(const pcre2_code *code)
            : data(pcre2_match_data_create_from_pattern(code, nullptr))
        {
            if (!data)
                throw std::bad_alloc();
        }
        ~MatchData() { pcre2_match_data_free(data); }
        MatchData(const MatchData &) = delete;
        MatchData &operator=(const MatchData &) = delete;
        pcre2_match_data *data;
    };

    static std::string errorMessage(int code)
    {
        PCRE2_UCHAR buffer[256];
        if (pcre2_get_error_message(code, buffer, sizeof buffer) < 0)
            return "error " + std::to_string(code);
        return reinterpret_cast<const char *>(buffer);
    }

    bool match(const std::string &text, std::size_t start, std::uint32_t options, pcre2_match_data *md) const
    {
        const auto *subject = reinterpret_cast<PCRE2_SPTR>(text.data());
        int rc = pcre2_match(m_code, subject, text.size(), start, options | PCRE2_NO_UTF_CHECK, md, nullptr);
        if (m_jit && rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
            // e.g. PCRE2_ERROR_JIT_STACKLIMIT on a very long match: retry interpreted.
            rc = pcre2_match(m_code, subject, text.size(), start, options | PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT,
                             md, nullptr);
        }
        if (rc == PCRE2_ERROR_NOMATCH)
            return false;
        if (rc < 0)
            throw Error(m_where + ": regex match failed: " + errorMessage(rc));
        return true;
    }

    std::string m_where;
    pcre2_code *m_code = nullptr;
    bool m_jit = false;
};

// A regex that matches `literal` verbatim (what the library builds from {"String": ...}).
std::string escapeRegex(const std::string &literal)
{
    std::string out;
    for (char ch : literal) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80 && !std::isalnum(c))
            out += '\\';
        out += ch;
    }
    return out;
}

const Regex &wordCharRegex()
{
    static const Regex re("\\w", "tokenizer: built-in word regex");
    return re;
}

// ---------------------------------------------------------------------------------------
// Unicode canonical normalization (the NFC and NFD normalizers)

// Generated from Unicode 14.0.0 (Python unicodedata); see docs/tokenizer.md.
// Canonical decompositions: "delta,first[,second]" per code point, delta from the previous
// entry, all hex; "!" marks a pair excluded from composition.
const char *const kCanonicalDecompositions =
    "C0,41,300;1,41,301;1,41,302;1,41,303;1,41,308;1,41,30A;2,43,327;1,45,300;1,45,301;1,45,302;1,45,308;1,49,300;1"
    ",49,301;1,49,302;1,49,308;2,4E,303;1,4F,300;1,4F,301;1,4F,302;1,4F,303;1,4F,308;3,55,300;1,55,301;1,55,302;1,5"
    "5,308;1,59,301;3,61,300;1,61,301;1,61,302;1,61,303;1,61,308;1,61,30A;2,63,327;1,65,300;1,65,301;1,65,302;1,65,"
    "308;1,69,300;1,69,301;1,69,302;1,69,308;2,6E,303;1,6F,300;1,6F,301;1,6F,302;1,6F,303;1,6F,308;3,75,300;1,75,30"
    "1;1,75,302;1,75,308;1,79,301;2,79,308;1,41,304;1,61,304;1,41,306;1,61,306;1,41,328;1,61,328;1,43,301;1,63,301;"
    "1,43,302;1,63,302;1,43,307;1,63,307;1,43,30C;1,63,30C;1,44,30C;1,64,30C;3,45,304;1,65,304;1,45,306;1,65,306;1,"
    "45,307;1,65,307;1,45,328;1,65,328;1,45,30C;1,65,30C;1,47,302;1,67,302;1,47,306;1,67,306;1,47,307;1,67,307;1,47"
    ",327;1,67,327;1,48,302;1,68,302;3,49,303;1,69,303;1,49,304;1,69,304;1,49,306;1,69,306;1,49,328;1,69,328;1,49,3"
    "07;4,4A,302;1,6A,302;1,4B,327;1,6B,327;2,4C,301;1,6C,301;1,4C,327;1,6C,327;1,4C,30C;1,6C,30C;5,4E,301;1,6E,301"
    ";1,4E,327;1,6E,327;1,4E,30C;1,6E,30C;4,4F,304;1,6F,304;1,4F,306;1,6F,306;1,4F,30B;1,6F,30B;3,52,301;1,72,301;1"
    ",52,327;1,72,327;1,52,30C;1,72,30C;1,53,301;1,73,301;1,53,302;1,73,302;1,53,327;1,73,327;1,53,30C;1,73,30C;1,5"
    "4,327;1,74,327;1,54,30C;1,74,30C;3,55,303;1,75,303;1,55,304;1,75,304;1,55,306;1,75,306;1,55,30A;1,75,30A;1,55,"
    "30B;1,75,30B;1,55,328;1,75,328;1,57,302;1,77,302;1,59,302;1,79,302;1,59,308;1,5A,301;1,7A,301;1,5A,307;1,7A,30"
    "7;1,5A,30C;1,7A,30C;22,4F,31B;1,6F,31B;E,55,31B;1,75,31B;1D,41,30C;1,61,30C;1,49,30C;1,69,30C;1,4F,30C;1,6F,30"
    "C;1,55,30C;1,75,30C;1,DC,304;1,FC,304;1,DC,301;1,FC,301;1,DC,30C;1,FC,30C;1,DC,300;1,FC,300;2,C4,304;1,E4,304;"
    "1,226,304;1,227,304;1,C6,304;1,E6,304;3,47,30C;1,67,30C;1,4B,30C;1,6B,30C;1,4F,328;1,6F,328;1,1EA,304;1,1EB,30"
    "4;1,1B7,30C;1,292,30C;1,6A,30C;4,47,301;1,67,301;3,4E,300;1,6E,300;1,C5,301;1,E5,301;1,C6,301;1,E6,301;1,D8,30"
    "1;1,F8,301;1,41,30F;1,61,30F;1,41,311;1,61,311;1,45,30F;1,65,30F;1,45,311;1,65,311;1,49,30F;1,69,30F;1,49,311;"
    "1,69,311;1,4F,30F;1,6F,30F;1,4F,311;1,6F,311;1,52,30F;1,72,30F;1,52,311;1,72,311;1,55,30F;1,75,30F;1,55,311;1,"
    "75,311;1,53,326;1,73,326;1,54,326;1,74,326;3,48,30C;1,68,30C;7,41,307;1,61,307;1,45,327;1,65,327;1,D6,304;1,F6"
    ",304;1,D5,304;1,F5,304;1,4F,307;1,6F,307;1,22E,304;1,22F,304;1,59,304;1,79,304;10D,300;1,301;2,313;!1,308,301;"
    "30,2B9;A,3B;7,A8,301;1,391,301;1,B7;1,395,301;1,397,301;1,399,301;2,39F,301;2,3A5,301;1,3A9,301;1,3CA,301;1A,3"
    "99,308;1,3A5,308;1,3B1,301;1,3B5,301;1,3B7,301;1,3B9,301;1,3CB,301;1A,3B9,308;1,3C5,308;1,3BF,301;1,3C5,301;1,"
    "3C9,301;5,3D2,301;1,3D2,308;2C,415,300;1,415,308;2,413,301;4,406,308;5,41A,301;1,418,300;1,423,306;B,418,306;2"
    "0,438,306;17,435,300;1,435,308;2,433,301;4,456,308;5,43A,301;1,438,300;1,443,306;18,474,30F;1,475,30F;4A,416,3"
    "06;1,436,306;E,410,306;1,430,306;1,410,308;1,430,308;3,415,306;1,435,306;3,4D8,308;1,4D9,308;1,416,308;1,436,3"
    "08;1,417,308;1,437,308;3,418,304;1,438,304;1,418,308;1,438,308;1,41E,308;1,43E,308;3,4E8,308;1,4E9,308;1,42D,3"
    "08;1,44D,308;1,423,304;1,443,304;1,423,308;1,443,308;1,423,30B;1,443,30B;1,427,308;1,447,308;3,42B,308;1,44B,3"
    "08;129,627,653;1,627,654;1,648,654;1,627,655;1,64A,654;9A,6D5,654;2,6C1,654;11,6D2,654;256,928,93C;8,930,93C;3"
    ",933,93C;!24,915,93C;!1,916,93C;!1,917,93C;!1,91C,93C;!1,921,93C;!1,922,93C;!1,92B,93C;!1,92F,93C;6C,9C7,9BE;1"
    ",9C7,9D7;!10,9A1,9BC;!1,9A2,9BC;!2,9AF,9BC;!54,A32,A3C;!3,A38,A3C;!23,A16,A3C;!1,A17,A3C;!1,A1C,A3C;!3,A2B,A3C"
    ";EA,B47,B56;3,B47,B3E;1,B47,B57;!10,B21,B3C;!1,B22,B3C;37,B92,BD7;36,BC6,BBE;1,BC7,BBE;1,BC6,BD7;7C,C46,C56;78"
    ",CBF,CD5;7,CC6,CD5;1,CC6,CD6;2,CC6,CC2;1,CCA,CD5;7F,D46,D3E;1,D47,D3E;1,D46,D57;8E,DD9,DCA;2,DD9,DCF;1,DDC,DCA"
    ";1,DD9,DDF;!165,F42,FB7;!A,F4C,FB7;!5,F51,FB7;!5,F56,FB7;!5,F5B,FB7;!D,F40,FB5;!A,F71,F72;!2,F71,F74;!1,FB2,F8"
    "0;!2,FB3,F80;!9,F71,F80;!12,F92,FB7;!A,F9C,FB7;!5,FA1,FB7;!5,FA6,FB7;!5,FAB,FB7;!D,F90,FB5;6D,1025,102E;AE0,1B"
    "05,1B35;2,1B07,1B35;2,1B09,1B35;2,1B0B,1B35;2,1B0D,1B35;4,1B11,1B35;29,1B3A,1B35;2,1B3C,1B35;3,1B3E,1B35;1,1B3"
    "F,1B35;2,1B42,1B35;2BD,41,325;1,61,325;1,42,307;1,62,307;1,42,323;1,62,323;1,42,331;1,62,331;1,C7,301;1,E7,301"
    ";1,44,307;1,64,307;1,44,323;1,64,323;1,44,331;1,64,331;1,44,327;1,64,327;1,44,32D;1,64,32D;1,112,300;1,113,300"
    ";1,112,301;1,113,301;1,45,32D;1,65,32D;1,45,330;1,65,330;1,228,306;1,229,306;1,46,307;1,66,307;1,47,304;1,67,3"
    "04;1,48,307;1,68,307;1,48,323;1,68,323;1,48,308;1,68,308;1,48,327;1,68,327;1,48,32E;1,68,32E;1,49,330;1,69,330"
    ";1,CF,301;1,EF,301;1,4B,301;1,6B,301;1,4B,323;1,6B,323;1,4B,331;1,6B,331;1,4C,323;1,6C,323;1,1E36,304;1,1E37,3"
    "04;1,4C,331;1,6C,331;1,4C,32D;1,6C,32D;1,4D,301;1,6D,301;1,4D,307;1,6D,307;1,4D,323;1,6D,323;1,4E,307;1,6E,307"
    ";1,4E,323;1,6E,323;1,4E,331;1,6E,331;1,4E,32D;1,6E,32D;1,D5,301;1,F5,301;1,D5,308;1,F5,308;1,14C,300;1,14D,300"
    ";1,14C,301;1,14D,301;1,50,301;1,70,301;1,50,307;1,70,307;1,52,307;1,72,307;1,52,323;1,72,323;1,1E5A,304;1,1E5B"
    ",304;1,52,331;1,72,331;1,53,307;1,73,307;1,53,323;1,73,323;1,15A,307;1,15B,307;1,160,307;1,161,307;1,1E62,307;"
    "1,1E63,307;1,54,307;1,74,307;1,54,323;1,74,323;1,54,331;1,74,331;1,54,32D;1,74,32D;1,55,324;1,75,324;1,55,330;"
    "1,75,330;1,55,32D;1,75,32D;1,168,301;1,169,301;1,16A,308;1,16B,308;1,56,303;1,76,303;1,56,323;1,76,323;1,57,30"
    "0;1,77,300;1,57,301;1,77,301;1,57,308;1,77,308;1,57,307;1,77,307;1,57,323;1,77,323;1,58,307;1,78,307;1,58,308;"
    "1,78,308;1,59,307;1,79,307;1,5A,302;1,7A,302;1,5A,323;1,7A,323;1,5A,331;1,7A,331;1,68,331;1,74,308;1,77,30A;1,"
    "79,30A;2,17F,307;5,41,323;1,61,323;1,41,309;1,61,309;1,C2,301;1,E2,301;1,C2,300;1,E2,300;1,C2,309;1,E2,309;1,C"
    "2,303;1,E2,303;1,1EA0,302;1,1EA1,302;1,102,301;1,103,301;1,102,300;1,103,300;1,102,309;1,103,309;1,102,303;1,1"
    "03,303;1,1EA0,306;1,1EA1,306;1,45,323;1,65,323;1,45,309;1,65,309;1,45,303;1,65,303;1,CA,301;1,EA,301;1,CA,300;"
    "1,EA,300;1,CA,309;1,EA,309;1,CA,303;1,EA,303;1,1EB8,302;1,1EB9,302;1,49,309;1,69,309;1,49,323;1,69,323;1,4F,32"
    "3;1,6F,323;1,4F,309;1,6F,309;1,D4,301;1,F4,301;1,D4,300;1,F4,300;1,D4,309;1,F4,309;1,D4,303;1,F4,303;1,1ECC,30"
    "2;1,1ECD,302;1,1A0,301;1,1A1,301;1,1A0,300;1,1A1,300;1,1A0,309;1,1A1,309;1,1A0,303;1,1A1,303;1,1A0,323;1,1A1,3"
    "23;1,55,323;1,75,323;1,55,309;1,75,309;1,1AF,301;1,1B0,301;1,1AF,300;1,1B0,300;1,1AF,309;1,1B0,309;1,1AF,303;1"
    ",1B0,303;1,1AF,323;1,1B0,323;1,59,300;1,79,300;1,59,323;1,79,323;1,59,309;1,79,309;1,59,303;1,79,303;7,3B1,313"
    ";1,3B1,314;1,1F00,300;1,1F01,300;1,1F00,301;1,1F01,301;1,1F00,342;1,1F01,342;1,391,313;1,391,314;1,1F08,300;1,"
    "1F09,300;1,1F08,301;1,1F09,301;1,1F08,342;1,1F09,342;1,3B5,313;1,3B5,314;1,1F10,300;1,1F11,300;1,1F10,301;1,1F"
    "11,301;3,395,313;1,395,314;1,1F18,300;1,1F19,300;1,1F18,301;1,1F19,301;3,3B7,313;1,3B7,314;1,1F20,300;1,1F21,3"
    "00;1,1F20,301;1,1F21,301;1,1F20,342;1,1F21,342;1,397,313;1,397,314;1,1F28,300;1,1F29,300;1,1F28,301;1,1F29,301"
    ";1,1F28,342;1,1F29,342;1,3B9,313;1,3B9,314;1,1F30,300;1,1F31,300;1,1F30,301;1,1F31,301;1,1F30,342;1,1F31,342;1"
    ",399,313;1,399,314;1,1F38,300;1,1F39,300;1,1F38,301;1,1F39,301;1,1F38,342;1,1F39,342;1,3BF,313;1,3BF,314;1,1F4"
    "0,300;1,1F41,300;1,1F40,301;1,1F41,301;3,39F,313;1,39F,314;1,1F48,300;1,1F49,300;1,1F48,301;1,1F49,301;3,3C5,3"
    "13;1,3C5,314;1,1F50,300;1,1F51,300;1,1F50,301;1,1F51,301;1,1F50,342;1,1F51,342;2,3A5,314;2,1F59,300;2,1F59,301"
    ";2,1F59,342;1,3C9,313;1,3C9,314;1,1F60,300;1,1F61,300;1,1F60,301;1,1F61,301;1,1F60,342;1,1F61,342;1,3A9,313;1,"
    "3A9,314;1,1F68,300;1,1F69,300;1,1F68,301;1,1F69,301;1,1F68,342;1,1F69,342;1,3B1,300;1,3AC;1,3B5,300;1,3AD;1,3B"
    "7,300;1,3AE;1,3B9,300;1,3AF;1,3BF,300;1,3CC;1,3C5,300;1,3CD;1,3C9,300;1,3CE;3,1F00,345;1,1F01,345;1,1F02,345;1"
    ",1F03,345;1,1F04,345;1,1F05,345;1,1F06,345;1,1F07,345;1,1F08,345;1,1F09,345;1,1F0A,345;1,1F0B,345;1,1F0C,345;1"
    ",1F0D,345;1,1F0E,345;1,1F0F,345;1,1F20,345;1,1F21,345;1,1F22,345;1,1F23,345;1,1F24,345;1,1F25,345;1,1F26,345;1"
    ",1F27,345;1,1F28,345;1,1F29,345;1,1F2A,345;1,1F2B,345;1,1F2C,345;1,1F2D,345;1,1F2E,345;1,1F2F,345;1,1F60,345;1"
    ",1F61,345;1,1F62,345;1,1F63,345;1,1F64,345;1,1F65,345;1,1F66,345;1,1F67,345;1,1F68,345;1,1F69,345;1,1F6A,345;1"
    ",1F6B,345;1,1F6C,345;1,1F6D,345;1,1F6E,345;1,1F6F,345;1,3B1,306;1,3B1,304;1,1F70,345;1,3B1,345;1,3AC,345;2,3B1"
    ",342;1,1FB6,345;1,391,306;1,391,304;1,391,300;1,386;1,391,345;2,3B9;3,A8,342;1,1F74,345;1,3B7,345;1,3AE,345;2,"
    "3B7,342;1,1FC6,345;1,395,300;1,388;1,397,300;1,389;1,397,345;1,1FBF,300;1,1FBF,301;1,1FBF,342;1,3B9,306;1,3B9,"
    "304;1,3CA,300;1,390;3,3B9,342;1,3CA,342;1,399,306;1,399,304;1,399,300;1,38A;2,1FFE,300;1,1FFE,301;1,1FFE,342;1"
    ",3C5,306;1,3C5,304;1,3CB,300;1,3B0;1,3C1,313;1,3C1,314;1,3C5,342;1,3CB,342;1,3A5,306;1,3A5,304;1,3A5,300;1,38E"
    ";1,3A1,314;1,A8,300;1,385;1,60;3,1F7C,345;1,3C9,345;1,3CE,345;2,3C9,342;1,1FF6,345;1,39F,300;1,38C;1,3A9,300;1"
    ",38F;1,3A9,345;1,B4;3,2002;1,2003;125,3A9;4,4B;1,C5;6F,2190,338;1,2192,338;13,2194,338;1F,21D0,338;1,21D4,338;"
    "1,21D2,338;35,2203,338;5,2208,338;3,220B,338;18,2223,338;2,2225,338;1B,223C,338;3,2243,338;3,2245,338;2,2248,3"
    "38;17,3D,338;2,2261,338;B,224D,338;1,3C,338;1,3E,338;1,2264,338;1,2265,338;3,2272,338;1,2273,338;3,2276,338;1,"
    "2277,338;7,227A,338;1,227B,338;3,2282,338;1,2283,338;3,2286,338;1,2287,338;23,22A2,338;1,22A8,338;1,22A9,338;1"
    ",22AB,338;31,227C,338;1,227D,338;1,2291,338;1,2292,338;7,22B2,338;1,22B3,338;1,22B4,338;1,22B5,338;3C,3008;1,3"
    "009;!7B2,2ADD,338;570,304B,3099;2,304D,3099;2,304F,3099;2,3051,3099;2,3053,3099;2,3055,3099;2,3057,3099;2,3059"
    ",3099;2,305B,3099;2,305D,3099;2,305F,3099;2,3061,3099;3,3064,3099;2,3066,3099;2,3068,3099;7,306F,3099;1,306F,3"
    "09A;2,3072,3099;1,3072,309A;2,3075,3099;1,3075,309A;2,3078,3099;1,3078,309A;2,307B,3099;1,307B,309A;17,3046,30"
    "99;A,309D,3099;E,30AB,3099;2,30AD,3099;2,30AF,3099;2,30B1,3099;2,30B3,3099;2,30B5,3099;2,30B7,3099;2,30B9,3099"
    ";2,30BB,3099;2,30BD,3099;2,30BF,3099;2,30C1,3099;3,30C4,3099;2,30C6,3099;2,30C8,3099;7,30CF,3099;1,30CF,309A;2"
    ",30D2,3099;1,30D2,309A;2,30D5,3099;1,30D5,309A;2,30D8,3099;1,30D8,309A;2,30DB,3099;1,30DB,309A;17,30A6,3099;3,"
    "30EF,3099;1,30F0,3099;1,30F1,3099;1,30F2,3099;4,30FD,3099;C802,8C48;1,66F4;1,8ECA;1,8CC8;1,6ED1;1,4E32;1,53E5;"
    "1,9F9C;1,9F9C;1,5951;1,91D1;1,5587;1,5948;1,61F6;1,7669;1,7F85;1,863F;1,87BA;1,88F8;1,908F;1,6A02;1,6D1B;1,70D"
    "9;1,73DE;1,843D;1,916A;1,99F1;1,4E82;1,5375;1,6B04;1,721B;1,862D;1,9E1E;1,5D50;1,6FEB;1,85CD;1,8964;1,62C9;1,8"
    "1D8;1,881F;1,5ECA;1,6717;1,6D6A;1,72FC;1,90CE;1,4F86;1,51B7;1,52DE;1,64C4;1,6AD3;1,7210;1,76E7;1,8001;1,8606;1"
    ",865C;1,8DEF;1,9732;1,9B6F;1,9DFA;1,788C;1,797F;1,7DA0;1,83C9;1,9304;1,9E7F;1,8AD6;1,58DF;1,5F04;1,7C60;1,807E"
    ";1,7262;1,78CA;1,8CC2;1,96F7;1,58D8;1,5C62;1,6A13;1,6DDA;1,6F0F;1,7D2F;1,7E37;1,964B;1,52D2;1,808B;1,51DC;1,51"
    "CC;1,7A1C;1,7DBE;1,83F1;1,9675;1,8B80;1,62CF;1,6A02;1,8AFE;1,4E39;1,5BE7;1,6012;1,7387;1,7570;1,5317;1,78FB;1,"
    "4FBF;1,5FA9;1,4E0D;1,6CCC;1,6578;1,7D22;1,53C3;1,585E;1,7701;1,8449;1,8AAA;1,6BBA;1,8FB0;1,6C88;1,62FE;1,82E5;"
    "1,63A0;1,7565;1,4EAE;1,5169;1,51C9;1,6881;1,7CE7;1,826F;1,8AD2;1,91CF;1,52F5;1,5442;1,5973;1,5EEC;1,65C5;1,6FF"
    "E;1,792A;1,95AD;1,9A6A;1,9E97;1,9ECE;1,529B;1,66C6;1,6B77;1,8F62;1,5E74;1,6190;1,6200;1,649A;1,6F23;1,7149;1,7"
    "489;1,79CA;1,7DF4;1,806F;1,8F26;1,84EE;1,9023;1,934A;1,5217;1,52A3;1,54BD;1,70C8;1,88C2;1,8AAA;1,5EC9;1,5FF5;1"
    ",637B;1,6BAE;1,7C3E;1,7375;1,4EE4;1,56F9;1,5BE7;1,5DBA;1,601C;1,73B2;1,7469;1,7F9A;1,8046;1,9234;1,96F6;1,9748"
    ";1,9818;1,4F8B;1,79AE;1,91B4;1,96B8;1,60E1;1,4E86;1,50DA;1,5BEE;1,5C3F;1,6599;1,6A02;1,71CE;1,7642;1,84FC;1,90"
    "7C;1,9F8D;1,6688;1,962E;1,5289;1,677B;1,67F3;1,6D41;1,6E9C;1,7409;1,7559;1,786B;1,7D10;1,985E;1,516D;1,622E;1,"
    "9678;1,502B;1,5D19;1,6DEA;1,8F2A;1,5F8B;1,6144;1,6817;1,7387;1,9686;1,5229;1,540F;1,5C65;1,6613;1,674E;1,68A8;"
    "1,6CE5;1,7406;1,75E2;1,7F79;1,88CF;1,88E1;1,91CC;1,96E2;1,533F;1,6EBA;1,541D;1,71D0;1,7498;1,85FA;1,96A3;1,9C5"
    "7;1,9E9F;1,6797;1,6DCB;1,81E8;1,7ACB;1,7B20;1,7C92;1,72C0;1,7099;1,8B58;1,4EC0;1,8336;1,523A;1,5207;1,5EA6;1,6"
    "2D3;1,7CD6;1,5B85;1,6D1E;1,66B4;1,8F3B;1,884C;1,964D;1,898B;1,5ED3;1,5140;1,55C0;3,585A;2,6674;3,51DE;1,732A;1"
    ",76CA;1,793C;1,795E;1,7965;1,798F;1,9756;1,7CBE;1,7FBD;2,8612;2,8AF8;3,9038;1,90FD;4,98EF;1,98FC;1,9928;1,9DB4"
    ";1,90DE;1,96B7;1,4FAE;1,50E7;1,514D;1,52C9;1,52E4;1,5351;1,559D;1,5606;1,5668;1,5840;1,58A8;1,5C64;1,5C6E;1,60"
    "94;1,6168;1,618E;1,61F2;1,654F;1,65E2;1,6691;1,6885;1,6D77;1,6E1A;1,6F22;1,716E;1,722B;1,7422;1,7891;1,793E;1,"
    "7949;1,7948;1,7950;1,7956;1,795D;1,798D;1,798E;1,7A40;1,7A81;1,7BC0;1,7DF4;1,7E09;1,7E41;1,7F72;1,8005;1,81ED;"
    "1,8279;1,8279;1,8457;1,8910;1,8996;1,8B01;1,8B39;1,8CD3;1,8D08;1,8FB6;1,9038;1,96E3;1,97FF;1,983B;1,6075;1,242"
    "EE;1,8218;3,4E26;1,51B5;1,5168;1,4F80;1,5145;1,5180;1,52C7;1,52FA;1,559D;1,5555;1,5599;1,55E2;1,585A;1,58B3;1,"
    "5944;1,5954;1,5A62;1,5B28;1,5ED2;1,5ED9;1,5F69;1,5FAD;1,60D8;1,614E;1,6108;1,618E;1,6160;1,61F2;1,6234;1,63C4;"
    "1,641C;1,6452;1,6556;1,6674;1,6717;1,671B;1,6756;1,6B79;1,6BBA;1,6D41;1,6EDB;1,6ECB;1,6F22;1,701E;1,716E;1,77A"
    "7;1,7235;1,72AF;1,732A;1,7471;1,7506;1,753B;1,761D;1,761F;1,76CA;1,76DB;1,76F4;1,774A;1,7740;1,78CC;1,7AB1;1,7"
    "BC0;1,7C7B;1,7D5B;1,7DF4;1,7F3E;1,8005;1,8352;1,83EF;1,8779;1,8941;1,8986;1,8996;1,8ABF;1,8AF8;1,8ACB;1,8B01;1"
    ",8AFE;1,8AED;1,8B39;1,8B8A;1,8D08;1,8F38;1,9072;1,9199;1,9276;1,967C;1,96E3;1,9756;1,97DB;1,97FF;1,980B;1,983B"
    ";1,9B12;1,9F9C;1,2284A;1,22844;1,233D5;1,3B9D;1,4018;1,4039;1,25249;1,25CD0;1,27ED3;1,9F43;1,9F8E;!44,5D9,5B4;"
    "!2,5F2,5B7;!B,5E9,5C1;!1,5E9,5C2;!1,FB49,5C1;!1,FB49,5C2;!1,5D0,5B7;!1,5D0,5B8;!1,5D0,5BC;!1,5D1,5BC;!1,5D2,5B"
    "C;!1,5D3,5BC;!1,5D4,5BC;!1,5D5,5BC;!1,5D6,5BC;!2,5D8,5BC;!1,5D9,5BC;!1,5DA,5BC;!1,5DB,5BC;!1,5DC,5BC;!2,5DE,5B"
    "C;!2,5E0,5BC;!1,5E1,5BC;!2,5E3,5BC;!1,5E4,5BC;!2,5E6,5BC;!1,5E7,5BC;!1,5E8,5BC;!1,5E9,5BC;!1,5EA,5BC;!1,5D5,5B"
    "9;!1,5D1,5BF;!1,5DB,5BF;!1,5E4,5BF;154C,11099,110BA;2,1109B,110BA;F,110A5,110BA;83,11131,11127;1,11132,11127;2"
    "1C,11347,1133E;1,11347,11357;16F,114B9,114BA;1,114B9,114B0;2,114B9,114BD;FC,115B8,115AF;1,115B9,115AF;37D,1193"
    "5,11930;!B826,1D157,1D165;!1,1D158,1D165;!1,1D15F,1D16E;!1,1D15F,1D16F;!1,1D15F,1D170;!1,1D15F,1D171;!1,1D15F,"
    "1D172;!57,1D1B9,1D165;!1,1D1BA,1D165;!1,1D1BB,1D16E;!1,1D1BC,1D16E;!1,1D1BB,1D16F;!1,1D1BC,1D16F;12640,4E3D;1,"
    "4E38;1,4E41;1,20122;1,4F60;1,4FAE;1,4FBB;1,5002;1,507A;1,5099;1,50E7;1,50CF;1,349E;1,2063A;1,514D;1,5154;1,516"
    "4;1,5177;1,2051C;1,34B9;1,5167;1,518D;1,2054B;1,5197;1,51A4;1,4ECC;1,51AC;1,51B5;1,291DF;1,51F5;1,5203;1,34DF;"
    "1,523B;1,5246;1,5272;1,5277;1,3515;1,52C7;1,52C9;1,52E4;1,52FA;1,5305;1,5306;1,5317;1,5349;1,5351;1,535A;1,537"
    "3;1,537D;1,537F;1,537F;1,537F;1,20A2C;1,7070;1,53CA;1,53DF;1,20B63;1,53EB;1,53F1;1,5406;1,549E;1,5438;1,5448;1"
    ",5468;1,54A2;1,54F6;1,5510;1,5553;1,5563;1,5584;1,5584;1,5599;1,55AB;1,55B3;1,55C2;1,5716;1,5606;1,5717;1,5651"
    ";1,5674;1,5207;1,58EE;1,57CE;1,57F4;1,580D;1,578B;1,5832;1,5831;1,58AC;1,214E4;1,58F2;1,58F7;1,5906;1,591A;1,5"
    "922;1,5962;1,216A8;1,216EA;1,59EC;1,5A1B;1,5A27;1,59D8;1,5A66;1,36EE;1,36FC;1,5B08;1,5B3E;1,5B3E;1,219C8;1,5BC"
    "3;1,5BD8;1,5BE7;1,5BF3;1,21B18;1,5BFF;1,5C06;1,5F53;1,5C22;1,3781;1,5C60;1,5C6E;1,5CC0;1,5C8D;1,21DE4;1,5D43;1"
    ",21DE6;1,5D6E;1,5D6B;1,5D7C;1,5DE1;1,5DE2;1,382F;1,5DFD;1,5E28;1,5E3D;1,5E69;1,3862;1,22183;1,387C;1,5EB0;1,5E"
    "B3;1,5EB6;1,5ECA;1,2A392;1,5EFE;1,22331;1,22331;1,8201;1,5F22;1,5F22;1,38C7;1,232B8;1,261DA;1,5F62;1,5F6B;1,38"
    "E3;1,5F9A;1,5FCD;1,5FD7;1,5FF9;1,6081;1,393A;1,391C;1,6094;1,226D4;1,60C7;1,6148;1,614C;1,614E;1,614C;1,617A;1"
    ",618E;1,61B2;1,61A4;1,61AF;1,61DE;1,61F2;1,61F6;1,6210;1,621B;1,625D;1,62B1;1,62D4;1,6350;1,22B0C;1,633D;1,62F"
    "C;1,6368;1,6383;1,63E4;1,22BF1;1,6422;1,63C5;1,63A9;1,3A2E;1,6469;1,647E;1,649D;1,6477;1,3A6C;1,654F;1,656C;1,"
    "2300A;1,65E3;1,66F8;1,6649;1,3B19;1,6691;1,3B08;1,3AE4;1,5192;1,5195;1,6700;1,669C;1,80AD;1,43D9;1,6717;1,671B"
    ";1,6721;1,675E;1,6753;1,233C3;1,3B49;1,67FA;1,6785;1,6852;1,6885;1,2346D;1,688E;1,681F;1,6914;1,3B9D;1,6942;1,"
    "69A3;1,69EA;1,6AA8;1,236A3;1,6ADB;1,3C18;1,6B21;1,238A7;1,6B54;1,3C4E;1,6B72;1,6B9F;1,6BBA;1,6BBB;1,23A8D;1,21"
    "D0B;1,23AFA;1,6C4E;1,23CBC;1,6CBF;1,6CCD;1,6C67;1,6D16;1,6D3E;1,6D77;1,6D41;1,6D69;1,6D78;1,6D85;1,23D1E;1,6D3"
    "4;1,6E2F;1,6E6E;1,3D33;1,6ECB;1,6EC7;1,23ED1;1,6DF9;1,6F6E;1,23F5E;1,23F8E;1,6FC6;1,7039;1,701E;1,701B;1,3D96;"
    "1,704A;1,707D;1,7077;1,70AD;1,20525;1,7145;1,24263;1,719C;1,243AB;1,7228;1,7235;1,7250;1,24608;1,7280;1,7295;1"
    ",24735;1,24814;1,737A;1,738B;1,3EAC;1,73A5;1,3EB8;1,3EB8;1,7447;1,745C;1,7471;1,7485;1,74CA;1,3F1B;1,7524;1,24"
    "C36;1,753E;1,24C92;1,7570;1,2219F;1,7610;1,24FA1;1,24FB8;1,25044;1,3FFC;1,4008;1,76F4;1,250F3;1,250F2;1,25119;"
    "1,25133;1,771E;1,771F;1,771F;1,774A;1,4039;1,778B;1,4046;1,4096;1,2541D;1,784E;1,788C;1,78CC;1,40E3;1,25626;1,"
    "7956;1,2569A;1,256C5;1,798F;1,79EB;1,412F;1,7A40;1,7A4A;1,7A4F;1,2597C;1,25AA7;1,25AA7;1,7AEE;1,4202;1,25BAB;1"
    ",7BC6;1,7BC9;1,4227;1,25C80;1,7CD2;1,42A0;1,7CE8;1,7CE3;1,7D00;1,25F86;1,7D63;1,4301;1,7DC7;1,7E02;1,7E45;1,43"
    "34;1,26228;1,26247;1,4359;1,262D9;1,7F7A;1,2633E;1,7F95;1,7FFA;1,8005;1,264DA;1,26523;1,8060;1,265A8;1,8070;1,"
    "2335F;1,43D5;1,80B2;1,8103;1,440B;1,813E;1,5AB5;1,267A7;1,267B5;1,23393;1,2339C;1,8201;1,8204;1,8F9E;1,446B;1,"
    "8291;1,828B;1,829D;1,52B3;1,82B1;1,82B3;1,82BD;1,82E6;1,26B3C;1,82E5;1,831D;1,8363;1,83AD;1,8323;1,83BD;1,83E7"
    ";1,8457;1,8353;1,83CA;1,83CC;1,83DC;1,26C36;1,26D6B;1,26CD5;1,452B;1,84F1;1,84F3;1,8516;1,273CA;1,8564;1,26F2C"
    ";1,455D;1,4561;1,26FB1;1,270D2;1,456B;1,8650;1,865C;1,8667;1,8669;1,86A9;1,8688;1,870E;1,86E2;1,8779;1,8728;1,"
    "876B;1,8786;1,45D7;1,87E1;1,8801;1,45F9;1,8860;1,8863;1,27667;1,88D7;1,88DE;1,4635;1,88FA;1,34BB;1,278AE;1,279"
    "66;1,46BE;1,46C7;1,8AA0;1,8AED;1,8B8A;1,8C55;1,27CA8;1,8CAB;1,8CC1;1,8D1B;1,8D77;1,27F2F;1,20804;1,8DCB;1,8DBC"
    ";1,8DF0;1,208DE;1,8ED4;1,8F38;1,285D2;1,285ED;1,9094;1,90F1;1,9111;1,2872E;1,911B;1,9238;1,92D7;1,92D8;1,927C;"
    "1,93F9;1,9415;1,28BFA;1,958B;1,4995;1,95B7;1,28D77;1,49E6;1,96C3;1,5DB2;1,9723;1,29145;1,2921A;1,4A6E;1,4A76;1"
    ",97E0;1,2940A;1,4AB2;1,29496;1,980B;1,980B;1,9829;1,295B6;1,98E2;1,4B33;1,9929;1,99A7;1,99C2;1,99FE;1,4BCE;1,2"
    "9B30;1,9B12;1,9C40;1,9CFD;1,4CCE;1,4CED;1,9D67;1,2A0CE;1,4CF8;1,2A105;1,2A20E;1,2A291;1,9EBB;1,4D56;1,9EF9;1,9"
    "EFE;1,9F05;1,9F0F;1,9F16;1,9F3B;1,2A600";
// Non-zero canonical combining classes: "delta from previous range end,length-1,class".
const char *const kCombiningClasses =
    "300,14,E6;1,0,E8;1,3,DC;1,0,E8;1,0,D8;1,4,DC;1,1,CA;1,3,DC;1,1,CA;1,A,DC;1,4,1;1,3,DC;1,7,E6;1,0,F0;1,0,E6;1,2"
    ",DC;1,2,E6;1,1,DC;2,2,E6;1,3,DC;1,0,E6;1,0,E8;1,1,DC;1,0,E6;1,0,E9;1,1,EA;1,0,E9;1,1,EA;1,0,E9;1,C,E6;114,4,E6"
    ";10A,0,DC;1,3,E6;1,0,DC;1,2,E6;1,0,DE;1,0,DC;1,5,E6;1,5,DC;1,1,E6;1,0,DC;1,1,E6;1,0,DE;1,0,E4;1,0,E6;1,0,A;1,0"
    ",B;1,0,C;1,0,D;1,0,E;1,0,F;1,0,10;1,0,11;1,0,12;1,1,13;1,0,14;1,0,15;1,0,16;2,0,17;2,0,18;1,0,19;2,0,E6;1,0,DC"
    ";2,0,12;49,7,E6;1,0,1E;1,0,1F;1,0,20;31,0,1B;1,0,1C;1,0,1D;1,0,1E;1,0,1F;1,0,20;1,0,21;1,0,22;1,1,E6;1,1,DC;1,"
    "4,E6;1,0,DC;1,1,E6;1,0,DC;11,0,23;66,6,E6;3,3,E6;1,0,DC;1,0,E6;3,1,E6;2,0,DC;1,1,E6;1,0,DC;24,0,24;1F,0,E6;1,0"
    ",DC;1,1,E6;1,0,DC;1,1,E6;1,2,DC;1,0,E6;1,1,DC;1,0,E6;1,0,DC;1,2,E6;1,0,DC;1,0,E6;1,0,DC;1,0,E6;1,0,DC;1,0,E6;1"
    ",0,DC;1,1,E6;A1,6,E6;1,0,DC;1,0,E6;A,0,DC;19,3,E6;2,8,E6;2,2,E6;2,4,E6;2C,2,DC;3D,0,E6;1,2,DC;1,3,E6;2B,4,E6;1"
    ",4,DC;1,D,E6;2,0,DC;1,1,E6;1,0,DC;1,1,E6;1,0,DC;1,2,E6;1,2,DC;1,0,1B;1,0,1C;1,0,1D;1,2,E6;1,0,DC;1,1,E6;1,1,DC"
    ";1,4,E6;3D,0,7;11,0,9;4,0,E6;1,0,DC;1,1,E6;68,0,7;11,0,9;31,0,E6;3E,0,7;11,0,9;6F,0,7;11,0,9;6F,0,7;11,0,9;80,"
    "0,9;6F,0,7;11,0,9;8,0,54;1,0,5B;66,0,7;11,0,9;6E,1,9;11,0,9;7D,0,9;6E,1,67;1,0,9;E,3,6B;6D,1,76;1,0,9;E,3,7A;4"
    "D,1,DC;1C,0,DC;2,0,DC;2,0,D8;38,0,81;1,0,82;2,0,84;6,3,82;3,0,82;2,1,E6;1,0,9;2,1,E6;3F,0,DC;71,0,7;2,1,9;53,0"
    ",DC;2D0,2,E6;3B5,1,9;1F,0,9;9E,0,9;B,0,E6;CC,0,E4;90,0,DE;1,0,E6;1,0,DC;DC,0,E6;1,0,DC;48,0,9;15,7,E6;3,0,DC;3"
    "1,4,E6;1,5,DC;1,1,E6;1,0,DC;2,1,DC;1,1,E6;1,1,DC;1,4,E6;1,0,DC;1,3,E6;66,0,7;10,0,9;27,0,E6;1,0,DC;1,6,E6;37,1"
    ",9;3B,0,7;C,1,9;44,0,7;99,2,E6;2,0,1;1,4,DC;1,1,E6;1,3,DC;1,0,E6;2,6,1;5,0,DC;7,0,E6;4,1,E6;C7,1,E6;1,0,DC;1,6"
    ",E6;1,0,DC;1,1,E6;1,0,EA;1,0,D6;1,0,DC;1,0,CA;1,24,E6;1,0,E8;1,1,E4;1,0,DC;1,0,DA;1,0,E6;1,0,E9;1,0,DC;1,0,E6;"
    "1,0,DC;2D1,1,E6;1,1,1;1,3,E6;1,2,1;1,1,E6;5,0,E6;4,1,1;1,0,E6;1,0,DC;1,0,E6;1,1,1;1,3,DC;1,0,E6;BFF,2,E6;8E,0,"
    "9;61,1F,E6;22B,0,DA;1,0,E4;1,0,E8;1,0,DE;1,1,E0;6A,1,8;75D5,0,E6;5,9,E6;21,1,E6;51,1,E6;115,0,9;26,0,9;98,0,9;"
    "1C,11,E6;3A,2,DC;26,0,9;60,0,7;D,0,9;F0,0,E6;2,1,E6;1,0,DC;3,1,E6;6,1,E6;2,0,E6;35,0,9;F7,0,9;4F31,0,1A;302,6,"
    "E6;1,6,DC;1,1,E6;3CE,0,DC;E3,0,DC;96,4,E6;693,0,DC;2,0,E6;29,0,E6;1,0,1;1,0,DC;5,0,9;A6,0,E6;1,0,DC;23E,3,E6;1"
    "84,1,E6;9A,1,DC;1,2,E6;1,0,DC;1,0,E6;1,3,DC;32,0,E6;1,0,DC;1,0,E6;1,0,DC;C1,0,9;2A,0,9;F,0,9;3A,0,9;1,0,7;46,2"
    ",E6;31,1,9;3F,0,7;4D,0,9;A,0,7;6B,0,9;1,0,7;B3,0,7;1,0,9;51,1,7;11,0,9;19,6,E6;4,4,E6;CE,0,9;4,0,7;18,0,E6;64,"
    "0,9;1,0,7;FC,0,9;1,0,7;7F,0,9;77,0,9;1,0,7;74,0,9;10E,0,9;1,0,7;103,1,9;5,0,7;9D,0,9;54,0,9;13,0,9;52,0,9;1A6,"
    "0,9;103,0,7;2,1,9;52,0,9;4D59,4,1;3C,6,E6;4BA,1,6;4CAD,0,1;14C7,1,D8;1,2,1;4,0,E2;1,4,D8;9,7,DC;3,4,E6;1,1,DC;"
    "1F,3,E6;95,2,E6;DBC,6,E6;2,10,E6;3,6,E6;2,1,E6;2,4,E6;106,6,E6;178,0,E6;3E,3,E6;5E1,6,DC;6E,5,E6;1,0,7";

struct CanonicalData
{
    // code point -> its canonical decomposition (one level; second == 0 for singletons)
    std::unordered_map<char32_t, std::pair<char32_t, char32_t>> decomposition;
    // (first << 32 | second) -> primary composite
    std::unordered_map<std::uint64_t, char32_t> composition;
    // [first, last, class] ranges of non-zero combining classes, sorted
    std::vector<std::array<char32_t, 3>> combiningClasses;
};

// Reads "a,b,c;d,e;..." (hex fields) calling f(fields, count, marked) per entry.
template<typename F>
void forEachTableEntry(const char *table, F f)
{
    const char *p = table;
    while (*p) {
        bool marked = false;
        if (*p == '!') {
            marked = true;
            ++p;
        }
        char32_t fields[3] = {0, 0, 0};
        int count = 0;
        while (*p && *p != ';') {
            char *end = nullptr;
            const unsigned long v = std::strtoul(p, &end, 16);
            if (count < 3)
                fields[count++] = static_cast<char32_t>(v);
            p = end;
            if (*p == ',')
                ++p;
        }
        f(fields, count, marked);
        if (*p == ';')
            ++p;
    }
}

const CanonicalData &canonicalData()
{
    static const CanonicalData data = [] {
        CanonicalData d;
        char32_t cp = 0;
        forEachTableEntry(kCanonicalDecompositions, [&](const char32_t *f, int count, bool excluded) {
            cp += f[0];
            const char32_t second = count > 2 ? f[2] : 0;
            d.decomposition.emplace(cp, std::make_pair(f[1], second));
            if (second && !excluded)
                d.composition.emplace((static_cast<std::uint64_t>(f[1]) << 32) | second, cp);
        });
        char32_t end = 0;
        forEachTableEntry(kCombiningClasses, [&](const char32_t *f, int, bool) {
            const char32_t first = end + f[0];
            end = first + f[1];
            d.combiningClasses.push_back({first, end, f[2]});
        });
        return d;
    }();
    return data;
}

// Hangul syllables decompose and compose algorithmically.
constexpr char32_t kHangulS = 0xAC00, kHangulL = 0x1100, kHangulV = 0x1161, kHangulT = 0x11A7;
constexpr char32_t kHangulLCount = 19, kHangulVCount = 21, kHangulTCount = 28;
constexpr char32_t kHangulNCount = kHangulVCount * kHangulTCount, kHangulSCount = kHangulLCount * kHangulNCount;

unsigned combiningClass(const CanonicalData &d, char32_t cp)
{
    if (cp < 0x300)
        return 0;
    auto it = std::upper_bound(d.combiningClasses.begin(), d.combiningClasses.end(), cp,
                               [](char32_t c, const std::array<char32_t, 3> &r) { return c < r[0]; });
    if (it == d.combiningClasses.begin())
        return 0;
    --it;
    return cp <= (*it)[1] ? static_cast<unsigned>((*it)[2]) : 0;
}

void decomposeCanonical(const CanonicalData &d, char32_t cp, std::u32string &out)
{
    if (cp >= kHangulS && cp < kHangulS + kHangulSCount) {
        const char32_t index = cp - kHangulS;
        out += kHangulL + index / kHangulNCount;
        out += kHangulV + (index % kHangulNCount) / kHangulTCount;
        if (index % kHangulTCount)
            out += kHangulT + index % kHangulTCount;
        return;
    }
    auto it = d.decomposition.find(cp);
    if (it == d.decomposition.end()) {
        out += cp;
        return;
    }
    decomposeCanonical(d, it->second.first, out);
    if (it->second.second)
        decomposeCanonical(d, it->second.second, out);
}

char32_t composePair(const CanonicalData &d, char32_t a, char32_t b)
{
    if (a >= kHangulL && a < kHangulL + kHangulLCount && b >= kHangulV && b < kHangulV + kHangulVCount)
        return kHangulS + ((a - kHangulL) * kHangulVCount + (b - kHangulV)) * kHangulTCount;
    if (a >= kHangulS && a < kHangulS + kHangulSCount && (a - kHangulS) % kHangulTCount == 0 && b > kHangulT
        && b < kHangulT + kHangulTCount)
        return a + (b - kHangulT);
    auto it = d.composition.find((static_cast<std::uint64_t>(a) << 32) | b);
    return it == d.composition.end() ? 0 : it->second;
}

// NFD (compose == false) or NFC of valid UTF-8.
std::string normalizeCanonical(const std::string &text, bool compose)
{
    // Text below U+0300 is in NFC, and below U+00C0 in NFD, whatever the neighbours:
    // no such character decomposes (NFD), or composes with its neighbours or reorders (NFC).
    const unsigned char limit = compose ? 0xCC : 0xC3; // UTF-8 lead bytes of U+0300 and U+00C0
    if (std::all_of(text.begin(), text.end(), [limit](char c) { return static_cast<unsigned char>(c) < limit; }))
        return text;
    const CanonicalData &d = canonicalData();
    std::u32string decomposed;
    decomposed.reserve(text.size());
    for (std::size_t i = 0; i < text.size();)
        decomposeCanonical(d, nextCodePoint(text, i), decomposed);
    // Canonical ordering: stable sort of each run of non-starters by combining class.
    std::vector<unsigned> classes(decomposed.size());
    for (std::size_t i = 0; i < decomposed.size(); ++i)
        classes[i] = combiningClass(d, decomposed[i]);
    for (std::size_t i = 0; i < decomposed.size();) {
        if (classes[i] == 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < decomposed.size() && classes[j] != 0)
            ++j;
        for (std::size_t a = i + 1; a < j; ++a) { // insertion sort: runs are short
            for (std::size_t b = a; b > i && classes[b - 1] > classes[b]; --b) {
                std::swap(classes[b - 1], classes[b]);
                std::swap(decomposed[b - 1], decomposed[b]);
            }
        }
        i = j;
    }
    std::u32string result;
    if (!compose || decomposed.empty()) {
        result = std::move(decomposed);
    } else {
        // The canonical composition algorithm of UAX #15.
        result.reserve(decomposed.size());
        result += decomposed[0];
        std::size_t starterPos = 0;
        unsigned lastClass = classes[0] == 0 ? 0 : 256;
        for (std::size_t i = 1; i < decomposed.size(); ++i) {
            const char32_t ch = decomposed[i];
            const unsigned chClass = classes[i];
            const char32_t composite = composePair(d, result[starterPos], ch);
            if (composite && (lastClass < chClass || lastClass == 0)) {
                result[starterPos] = composite;
                continue;
            }
            if (chClass == 0)
                starterPos = result.size();
            lastClass = chClass;
            result += ch;
        }
    }
    std::string out;
    out.reserve(text.size());
    for (char32_t cp : result)
        appendUtf8(out, cp);
    return out;
}

// ---------------------------------------------------------------------------------------
// Splitting (the library's NormalizedString::split with a Pattern)

enum class SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

struct Span
{
    std::size_t start;
    std::size_t end;
    bool isMatch;
};

std::vector<Span> spansFromMatches(const std::vector<Range> &matches, std::size_t length)
{
    if (length == 0)
        return {{0, 0, false}};
    std::vector<Span> spans;
    std::size_t prev = 0;
    for (const Range &m : matches) {
        if (prev != m.start)
            spans.push_back({prev, m.start, false});
        spans.push_back({m.start, m.end, true});
        prev = m.end;
    }
    if (prev != length)
        spans.push_back({prev, length, false});
    return spans;
}

std::vector<Range> literalMatches(const std::string &text, const std::string &needle)
{
    std::vector<Range> matches;
    if (needle.empty())
        return matches;
    std::size_t pos = 0;
    while ((pos = text.find(needle, pos)) != std::string::npos) {
        matches.push_back({pos, pos + needle.size()});
        pos += needle.size();
    }
    return matches;
}

// The ranges to keep, as the library's split behaviours compute them (empty ones included).
std::vector<Range> applyBehavior(const std::vector<Span> &spans, SplitBehavior behavior)
{
    std::vector<Range> out;
    switch (behavior) {
    case SplitBehavior::Isolated:
        for (const Span &s : spans)
            out.push_back({s.start, s.end});
        break;
    case SplitBehavior::Removed:
        for (const Span &s : spans) {
            if (!s.isMatch)
                out.push_back({s.start, s.end});
        }
        break;
    case SplitBehavior::Contiguous: {
        bool previousMatch = false;
        for (const Span &s : spans) {
            if (s.isMatch == previousMatch && !out.empty())
                out.back().end = s.end;
            else
                out.push_back({s.start, s.end});
            previousMatch = s.isMatch;
        }
        break;
    }
    case SplitBehavior::MergedWithPrevious: {
        bool previousMatch = false;
        for (const Span &s : spans) {
            if (s.isMatch && !previousMatch && !out.empty())
                out.back().end = s.end;
            else
                out.push_back({s.start, s.end});
            previousMatch = s.isMatch;
        }
        break;
    }
    case SplitBehavior::MergedWithNext: {
        bool previousMatch = false;
        for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
            if (it->isMatch && !previousMatch && !out.empty())
                out.back().start = it->start;
            else
                out.push_back({it->start, it->end});
            previousMatch = it->isMatch;
        }
        std::reverse(out.begin(), out.end());
        break;
    }
    }
    return out;
}

// A piece of text on its way through the pipeline. `atStart`: the piece begins at
// offset 0 of the original input (Metaspace's prepend_scheme "first" needs it).
struct Piece
{
    std::string text;
    bool atStart;
};

void splitPiece(const Piece &piece, const std::vector<Span> &spans, SplitBehavior behavior,
                std::vector<Piece> &out)
{
    for (const Range &r : applyBehavior(spans, behavior)) {
        if (r.end > r.start)
            out.push_back({piece.text.substr(r.start, r.end - r.start), piece.atStart && r.start == 0});
    }
}

// ---------------------------------------------------------------------------------------
// JSON access with errors naming the file and the field

class JsonReader
{
public:
    explicit JsonReader(const std::string &source)
        : m_source(source)
    {
    }

    const std::string &source() const { return m_source; }

    [[noreturn]] void fail(const std::string &field, const std::string &message) const
    {
        throw Error(m_source + ": field '" + field + "': " + message);
    }

    static std::string join(const std::string &path, const std::string &key)
    {
        return path.empty() ? key : path + "." + key;
    }

    void requireObject(const Json &value, const std::string &path) const
    {
        if (!value.is_object())
            fail(path, std::string("expected an object, got ") + value.type_name());
    }

    // nullptr when missing or null.
    const Json *find(const Json &obj, const char *key) const
    {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return nullptr;
        return &*it;
    }

    const Json &required(const Json &obj, const char *key, const std::string &path) const
    {
        const Json *v = find(obj, key);
        if (!v)
            fail(join(path, key), "missing");
        return *v;
    }

    std::string string(const Json &obj, const char *key, const std::string &path) const
    {
        const Json &v = required(obj, key, path);
        if (!v.is_string())
            fail(join(path, key), std::string("expected a string, got ") + v.type_name());
        return v.get<std::string>();
    }

    std::optional<std::string> optionalString(const Json &obj, const char *key, const std::string &path) const
    {
        const Json *v = find(obj, key);
        if (!v)
            return std::nullopt;
        if (!v->is_string())
            fail(join(path, key), std::string("expected a string, got ") + v->type_name());
        return v->get<std::string>();
    }

    std::string stringOr(const Json &obj, const char *key, const std::string &path, const std::string &fallback) const
    {
        return optionalString(obj, key, path).value_or(fallback);
    }

    bool boolean(const Json &obj, const char *key, const std::string &path, bool fallback) const
    {
        const Json *v = find(obj, key);
        if (!v)
            return fallback;
        if (!v->is_boolean())
            fail(join(path, key), std::string("expected a boolean, got ") + v->type_name());
        return v->get<bool>();
    }

    std::int64_t integer(const Json &value, const std::string &path, std::int64_t lo, std::int64_t hi) const
    {
        if (!value.is_number_integer())
            fail(path, std::string("expected an integer, got ") + value.type_name());
        std::int64_t v = 0;
        if (value.is_number_unsigned()) {
            const auto u = value.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(hi))
                fail(path, "value " + std::to_string(u) + " out of range");
            v = static_cast<std::int64_t>(u);
        } else {
            v = value.get<std::int64_t>();
        }
        if (v < lo || v > hi)
            fail(path, "value " + std::to_string(v) + " out of range");
        return v;
    }

    std::int64_t integerOr(const Json &obj, const char *key, const std::string &path, std::int64_t fallback,
                           std::int64_t lo, std::int64_t hi) const
    {
        const Json *v = find(obj, key);
        return v ? integer(*v, join(path, key), lo, hi) : fallback;
    }

    const Json &array(const Json &obj, const char *key, const std::string &path) const
    {
        const Json &v = required(obj, key, path);
        if (!v.is_array())
            fail(join(path, key), std::string("expected an array, got ") + v.type_name());
        return v;
    }

    // The "type" of a component object.
    std::string type(const Json &obj, const std::string &path) const
    {
        requireObject(obj, path);
        return string(obj, "type", path);
    }

    [[noreturn]] void unsupported(const std::string &component, const std::string &type, const std::string &path) const
    {
        throw Error(m_source + ": unsupported " + component + " '" + type + "' (field '" + join(path, "type") + "')");
    }

    // {"String": "..."} or {"Regex": "..."} -> a compiled regex.
    std::unique_ptr<Regex> pattern(const Json &obj, const char *key, const std::string &path) const
    {
        const std::string field = join(path, key);
        const Json &p = required(obj, key, path);
        requireObject(p, field);
        if (const Json *s = find(p, "String")) {
            if (!s->is_string())
                fail(join(field, "String"), std::string("expected a string, got ") + s->type_name());
            return std::make_unique<Regex>(escapeRegex(s->get<std::string>()),
                                           m_source + ": field '" + join(field, "String") + "'");
        }
        if (const Json *r = find(p, "Regex")) {
            if (!r->is_string())
                fail(join(field, "Regex"), std::string("expected a string, got ") + r->type_name());
            return std::make_unique<Regex>(r->get<std::string>(), m_source + ": field '" + join(field, "Regex") + "'");
        }
        fail(field, "expected {\"String\": ...} or {\"Regex\": ...}");
    }

private:
    std::string m_source;
};

std::string indexPath(const std::string &path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

// ---------------------------------------------------------------------------------------
// Normalizers

class Normalizer
{
public:
    virtual ~Normalizer() = default;
    virtual void normalize(std::string &text) const = 0;
};

class SequenceNormalizer : public Normalizer
{
public:
    explicit SequenceNormalizer(std::vector<std::unique_ptr<Normalizer>> parts)
        : m_parts(std::move(parts))
    {
    }
    void normalize(std::string &text) const override
    {
        for (const auto &p : m_parts)
            p->normalize(text);
    }

private:
    std::vector<std::unique_ptr<Normalizer>> m_parts;
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

// Replaces every match of `regex` by `content` (taken literally).
std::string replaceAll(const Regex &regex, const std::string &text, const std::string &content)
{
    std::string out;
    for (const Span &s : spansFromMatches(regex.findAll(text), text.size())) {
        if (s.isMatch)
            out += content;
        else
            out.append(text, s.start, s.end - s.start);
    }
    return out;
}

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
    explicit UnicodeNormalizer(bool compose)
        : m_compose(compose)
    {
    }
    void normalize(std::string &text) const override { text = normalizeCanonical(text, m_compose); }

private:
    bool m_compose;
};

// ---------------------------------------------------------------------------------------
// Pre-tokenizers

class PreTokenizer
{
public:
    virtual ~PreTokenizer() = default;
    // Replaces `pieces` by their splits; empty pieces are dropped.
    virtual void preTokenize(std::vector<Piece> &pieces) const = 0;
};

class SequencePreTokenizer : public PreTokenizer
{
public:
    explicit SequencePreTokenizer(std::vector<std::unique_ptr<PreTokenizer>> parts)
        : m_parts(std::move(parts))
    {
    }
    void preTokenize(std::vector<Piece> &pieces) const override
    {
        for (const auto &p : m_parts)
            p->preTokenize(pieces);
    }

private:
    std::vector<std::unique_ptr<PreTokenizer>> m_parts;
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

enum class PrependScheme { Always, First, Never };

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

// ---------------------------------------------------------------------------------------
// BPE model

class BpeModel
{
public:
    std::unordered_map<std::string, std::uint32_t> m_vocab;
    std::unordered_map<std::uint32_t, std::string> m_vocabR;
    // (left id << 32 | right id) -> (rank, merged id)
    std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> m_merges;
    std::optional<std::string> m_unkToken;
    std::optional<std::string> m_prefix; // continuing_subword_prefix
    std::optional<std::string> m_suffix; // end_of_word_suffix
    bool m_fuseUnk = false;
    bool m_byteFallback = false;
    bool m_ignoreMerges = false;
    std::string m_source;

    void tokenize(const std::string &word, std::vector<std::int64_t> &out) const
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

private:
    static constexpr std::size_t kCacheCapacity = 10000;

    struct Symbol
    {
        std::uint32_t id;
        std::ptrdiff_t prev;
        std::ptrdiff_t next;
        std::size_t len;
    };

    struct Merge
    {
        std::size_t pos;
        std::uint32_t rank;
        std::uint32_t newId;
        // Lowest rank first, then leftmost: a min-heap through std::priority_queue.
        bool operator<(const Merge &o) const { return rank != o.rank ? rank > o.rank : pos > o.pos; }
    };

    static void addSymbol(std::vector<Symbol> &symbols, std::uint32_t id, std::size_t len)
    {
        const auto n = static_cast<std::ptrdiff_t>(symbols.size());
        if (!symbols.empty())
            symbols.back().next = n;
        symbols.push_back({id, n - 1, -1, len});
    }

    const std::pair<std::uint32_t, std::uint32_t> *findMerge(std::uint32_t a, std::uint32_t b) const
    {
        auto it = m_merges.find((static_cast<std::uint64_t>(a) << 32) | b);
        return it == m_merges.end() ? nullptr : &it->second;
    }

    std::uint32_t unkId() const
    {
        auto it = m_vocab.find(*m_unkToken);
        if (it == m_vocab.end())
            throw Error(m_source + ": field 'model.unk_token': unknown token '" + *m_unkToken
                        + "' is not in the vocabulary");
        return it->second;
    }

    // The library's BPE::merge_word followed by Word::merge_all (no dropout).
    std::vector<std::int64_t> mergeWord(const std::string &w) const
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

    mutable std::mutex m_cacheMutex;
    mutable std::unordered_map<std::string, std::vector<std::int64_t>> m_cache;
};

// ---------------------------------------------------------------------------------------
// Decoders (the library's decode_chain: tokens in, tokens out; joined at the end)

class Decoder
{
public:
    virtual ~Decoder() = default;
    virtual void decodeChain(std::vector<std::string> &tokens) const = 0;
};

class SequenceDecoder : public Decoder
{
public:
    explicit SequenceDecoder(std::vector<std::unique_ptr<Decoder>> parts)
        : m_parts(std::move(parts))
    {
    }
    void decodeChain(std::vector<std::string> &tokens) const override
    {
        for (const auto &p : m_parts)
            p->decodeChain(tokens);
    }

private:
    std::vector<std::unique_ptr<Decoder>> m_parts;
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
            if (firstInvalidUtf8(pending) == std::string::npos) {
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
            std::string out;
            for (const Span &s : spansFromMatches(literalMatches(tokens[t], m_suffix), tokens[t].size())) {
                if (s.isMatch)
                    out += replacement;
                else
                    out.append(tokens[t], s.start, s.end - s.start);
            }
            tokens[t] = std::move(out);
        }
    }

private:
    std::string m_suffix;
};

// ---------------------------------------------------------------------------------------
// Post-processors (single sequences only)

class PostProcessor
{
public:
    virtual ~PostProcessor() = default;
    virtual void process(std::vector<std::int64_t> &ids, bool addSpecial) const = 0;
};

class SequencePostProcessor : public PostProcessor
{
public:
    explicit SequencePostProcessor(std::vector<std::unique_ptr<PostProcessor>> parts)
        : m_parts(std::move(parts))
    {
    }
    void process(std::vector<std::int64_t> &ids, bool addSpecial) const override
    {
        for (const auto &p : m_parts)
            p->process(ids, addSpecial);
    }

private:
    std::vector<std::unique_ptr<PostProcessor>> m_parts;
};

class NoOpPostProcessor : public PostProcessor
{
public:
    void process(std::vector<std::int64_t> &, bool) const override {}
};

// A template: each item is either the sequence ($A) or a list of special-token ids.
class TemplatePostProcessor : public PostProcessor
{
public:
    struct Item
    {
        bool isSequence;
        std::vector<std::int64_t> ids;
    };
    explicit TemplatePostProcessor(std::vector<Item> items)
        : m_items(std::move(items))
    {
    }
    void process(std::vector<std::int64_t> &ids, bool addSpecial) const override
    {
        if (!addSpecial)
            return;
        std::vector<std::int64_t> out;
        for (const Item &item : m_items) {
            if (item.isSequence)
                out.insert(out.end(), ids.begin(), ids.end());
            else
                out.insert(out.end(), item.ids.begin(), item.ids.end());
        }
        ids = std::move(out);
    }

private:
    std::vector<Item> m_items;
};

// ---------------------------------------------------------------------------------------
// Added tokens: a byte trie with Aho-Corasick's leftmost-longest, non-overlapping matching

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

struct Segment
{
    std::string text;
    std::int64_t id; // >= 0: an added token; -1: text still to tokenize
    bool atStart;
};

class TokenMatcher
{
public:
    void add(const std::string &pattern, std::size_t token)
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

    bool empty() const { return m_nodes.size() == 1; }

    struct Hit
    {
        std::size_t start;
        std::size_t end;
        std::size_t token;
    };

    std::vector<Hit> findAll(const std::string &text) const
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

private:
    struct Node
    {
        std::map<unsigned char, int> next;
        long token = -1;
    };
    std::vector<Node> m_nodes{1};
};

bool endsWithWord(const std::string &s, std::size_t end)
{
    return end > 0 && wordCharRegex().matchesAt(s, previousCodePointStart(s, end));
}

bool startsWithWord(const std::string &s, std::size_t start)
{
    return start < s.size() && wordCharRegex().matchesAt(s, start);
}

} // namespace

// ---------------------------------------------------------------------------------------

struct Tokenizer::Impl
{
    std::string m_source;
    BpeModel m_model;
    std::vector<AddedToken> m_addedTokens;
    std::unordered_map<std::string, std::int64_t> m_addedByContent;
    std::unordered_map<std::int64_t, std::size_t> m_addedById; // id -> index in m_addedTokens
    std::unordered_set<std::string> m_specialContents;
    TokenMatcher m_rawMatcher;        // tokens with normalized == false
    TokenMatcher m_normalizedMatcher; // tokens with normalized == true, on normalized content
    std::unique_ptr<Normalizer> m_normalizer;
    std::unique_ptr<PreTokenizer> m_preTokenizer;
    std::unique_ptr<Decoder> m_decoder;
    std::unique_ptr<PostProcessor> m_postProcessor;
    std::int64_t m_vocabSize = 0;

    void load(const Json &root);
    void loadModel(const JsonReader &r, const Json &model);
    void loadAddedTokens(const JsonReader &r, const Json &root);
    std::unique_ptr<Normalizer> makeNormalizer(const JsonReader &r, const Json &obj, const std::string &path);
    std::unique_ptr<PreTokenizer> makePreTokenizer(const JsonReader &r, const Json &obj, const std::string &path);
    std::unique_ptr<Decoder> makeDecoder(const JsonReader &r, const Json &obj, const std::string &path);
    std::unique_ptr<PostProcessor> makePostProcessor(const JsonReader &r, const Json &obj, const std::string &path);

    // The library's AddedVocabulary::find_matches.
    std::vector<Segment> splitOnAddedTokens(const std::string &text, bool atStart, const TokenMatcher &matcher) const;
};

namespace {

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

std::string readReplacementChar(const JsonReader &r, const Json &obj, const char *key, const std::string &path,
                                const std::string &fallback)
{
    const std::string value = r.stringOr(obj, key, path, fallback);
    auto single = singleCodePoint(value);
    if (!single)
        r.fail(JsonReader::join(path, key), "expected a single character, got '" + value + "'");
    return *single;
}

} // namespace

std::unique_ptr<Normalizer> Tokenizer::Impl::makeNormalizer(const JsonReader &r, const Json &obj,
                                                            const std::string &path)
{
    const std::string type = r.type(obj, path);
    if (type == "Sequence") {
        const Json &list = r.array(obj, "normalizers", path);
        std::vector<std::unique_ptr<Normalizer>> parts;
        for (std::size_t i = 0; i < list.size(); ++i)
            parts.push_back(makeNormalizer(r, list[i], indexPath(JsonReader::join(path, "normalizers"), i)));
        return std::make_unique<SequenceNormalizer>(std::move(parts));
    }
    if (type == "Prepend")
        return std::make_unique<PrependNormalizer>(r.string(obj, "prepend", path));
    if (type == "Replace") {
        auto regex = r.pattern(obj, "pattern", path);
        return std::make_unique<ReplaceNormalizer>(std::move(regex), r.string(obj, "content", path));
    }
    if (type == "NFC" || type == "NFD")
        return std::make_unique<UnicodeNormalizer>(type == "NFC");
    if (type == "Strip") {
        return std::make_unique<StripNormalizer>(r.boolean(obj, "strip_left", path, true),
                                                 r.boolean(obj, "strip_right", path, true));
    }
    r.unsupported("normalizer", type, path);
}

std::unique_ptr<PreTokenizer> Tokenizer::Impl::makePreTokenizer(const JsonReader &r, const Json &obj,
                                                                const std::string &path)
{
    const std::string type = r.type(obj, path);
    if (type == "Sequence") {
        const Json &list = r.array(obj, "pretokenizers", path);
        std::vector<std::unique_ptr<PreTokenizer>> parts;
        for (std::size_t i = 0; i < list.size(); ++i)
            parts.push_back(makePreTokenizer(r, list[i], indexPath(JsonReader::join(path, "pretokenizers"), i)));
        return std::make_unique<SequencePreTokenizer>(std::move(parts));
    }
    if (type == "ByteLevel") {
        return std::make_unique<ByteLevelPreTokenizer>(r.boolean(obj, "add_prefix_space", path, true),
                                                       r.boolean(obj, "use_regex", path, true),
                                                       r.source() + ": field '" + path + "'");
    }
    if (type == "Split") {
        auto regex = r.pattern(obj, "pattern", path);
        const std::string behavior = r.string(obj, "behavior", path);
        SplitBehavior b = SplitBehavior::Isolated;
        if (behavior == "Removed")
            b = SplitBehavior::Removed;
        else if (behavior == "Isolated")
            b = SplitBehavior::Isolated;
        else if (behavior == "MergedWithPrevious")
            b = SplitBehavior::MergedWithPrevious;
        else if (behavior == "MergedWithNext")
            b = SplitBehavior::MergedWithNext;
        else if (behavior == "Contiguous")
            b = SplitBehavior::Contiguous;
        else
            r.fail(JsonReader::join(path, "behavior"), "unknown split behavior '" + behavior + "'");
        return std::make_unique<SplitPreTokenizer>(std::move(regex), b, r.boolean(obj, "invert", path, false));
    }
    if (type == "Metaspace") {
        return std::make_unique<MetaspacePreTokenizer>(readReplacementChar(r, obj, "replacement", path, "\u2581"),
                                                       readPrependScheme(r, obj, path),
                                                       r.boolean(obj, "split", path, true));
    }
    r.unsupported("pre-tokenizer", type, path);
}

std::unique_ptr<Decoder> Tokenizer::Impl::makeDecoder(const JsonReader &r, const Json &obj, const std::string &path)
{
    const std::string type = r.type(obj, path);
    if (type == "Sequence") {
        const Json &list = r.array(obj, "decoders", path);
        std::vector<std::unique_ptr<Decoder>> parts;
        for (std::size_t i = 0; i < list.size(); ++i)
            parts.push_back(makeDecoder(r, list[i], indexPath(JsonReader::join(path, "decoders"), i)));
        return std::make_unique<SequenceDecoder>(std::move(parts));
    }
    if (type == "ByteLevel")
        return std::make_unique<ByteLevelDecoder>();
    if (type == "Metaspace") {
        return std::make_unique<MetaspaceDecoder>(readReplacementChar(r, obj, "replacement", path, "\u2581"),
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
            readReplacementChar(r, obj, "content", path, " "),
            static_cast<std::size_t>(r.integerOr(obj, "start", path, 0, 0, maxCount)),
            static_cast<std::size_t>(r.integerOr(obj, "stop", path, 0, 0, maxCount)));
    }
    if (type == "BPEDecoder")
        return std::make_unique<BpeDecoder>(r.stringOr(obj, "suffix", path, "</w>"));
    r.unsupported("decoder", type, path);
}

std::unique_ptr<PostProcessor> Tokenizer::Impl::makePostProcessor(const JsonReader &r, const Json &obj,
                                                                  const std::string &path)
{
    const std::string type = r.type(obj, path);
    if (type == "Sequence") {
        const Json &list = r.array(obj, "processors", path);
        std::vector<std::unique_ptr<PostProcessor>> parts;
        for (std::size_t i = 0; i < list.size(); ++i)
            parts.push_back(makePostProcessor(r, list[i], indexPath(JsonReader::join(path, "processors"), i)));
        return std::make_unique<SequencePostProcessor>(std::move(parts));
    }
    if (type == "ByteLevel")
        return std::make_unique<NoOpPostProcessor>(); // it only adjusts offsets
    if (type == "TemplateProcessing") {
        // special_tokens: {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}, ...}
        std::map<std::string, std::vector<std::int64_t>> specials;
        if (const Json *st = r.find(obj, "special_tokens")) {
            const std::string stPath = JsonReader::join(path, "special_tokens");
            r.requireObject(*st, stPath);
            for (auto it = st->begin(); it != st->end(); ++it) {
                const std::string entryPath = JsonReader::join(stPath, it.key());
                r.requireObject(it.value(), entryPath);
                const Json &idList = r.array(it.value(), "ids", entryPath);
                std::vector<std::int64_t> ids;
                for (std::size_t i = 0; i < idList.size(); ++i) {
                    ids.push_back(r.integer(idList[i], indexPath(JsonReader::join(entryPath, "ids"), i), 0,
                                            std::numeric_limits<std::uint32_t>::max()));
                }
                specials[r.stringOr(it.value(), "id", entryPath, it.key())] = std::move(ids);
            }
        }
        const std::string singlePath = JsonReader::join(path, "single");
        const Json &single = r.required(obj, "single", path);
        std::vector<TemplatePostProcessor::Item> items;
        auto addSpecial = [&](const std::string &name, const std::string &where) {
            auto it = specials.find(name);
            if (it == specials.end())
                r.fail(where, "special token '" + name + "' is not in 'special_tokens'");
            items.push_back({false, it->second});
        };
        auto addSequence = [&](const std::string &name, const std::string &where) {
            if (name != "A")
                r.fail(where, "sequence '" + name + "' in a single-sequence template");
            items.push_back({true, {}});
        };
        if (single.is_string()) {
            // "<s> $A </s>" (the Python constructor's form)
            std::string text = single.get<std::string>();
            std::size_t pos = 0;
            while (pos < text.size()) {
                const std::size_t sp = text.find(' ', pos);
                std::string piece = text.substr(pos, sp == std::string::npos ? std::string::npos : sp - pos);
                pos = sp == std::string::npos ? text.size() : sp + 1;
                if (piece.empty())
                    continue;
                const std::size_t colon = piece.rfind(':');
                if (colon != std::string::npos && colon > 0)
                    piece = piece.substr(0, colon);
                if (piece[0] == '$') {
                    const std::string name = piece.substr(1);
                    addSequence(name.empty() || name == "0" ? "A" : name == "1" ? "B" : name, singlePath);
                } else {
                    addSpecial(piece, singlePath);
                }
            }
        } else if (single.is_array()) {
            for (std::size_t i = 0; i < single.size(); ++i) {
                const std::string itemPath = indexPath(singlePath, i);
                const Json &item = single[i];
                r.requireObject(item, itemPath);
                if (const Json *seq = r.find(item, "Sequence")) {
                    r.requireObject(*seq, JsonReader::join(itemPath, "Sequence"));
                    addSequence(r.string(*seq, "id", JsonReader::join(itemPath, "Sequence")), itemPath);
                } else if (const Json *sp = r.find(item, "SpecialToken")) {
                    r.requireObject(*sp, JsonReader::join(itemPath, "SpecialToken"));
                    addSpecial(r.string(*sp, "id", JsonReader::join(itemPath, "SpecialToken")), itemPath);
                } else {
                    r.fail(itemPath, "expected {\"Sequence\": ...} or {\"SpecialToken\": ...}");
                }
            }
        } else {
            r.fail(singlePath, std::string("expected an array, got ") + single.type_name());
        }
        return std::make_unique<TemplatePostProcessor>(std::move(items));
    }
    if (type == "BertProcessing" || type == "RobertaProcessing") {
        // "cls": ["<s>", 0], "sep": ["</s>", 2]
        auto specialId = [&](const char *key) {
            const std::string field = JsonReader::join(path, key);
            const Json &pair = r.array(obj, key, path);
            if (pair.size() != 2 || !pair[0].is_string())
                r.fail(field, "expected [token, id]");
            return r.integer(pair[1], indexPath(field, 1), 0, std::numeric_limits<std::uint32_t>::max());
        };
        std::vector<TemplatePostProcessor::Item> items;
        items.push_back({false, {specialId("cls")}});
        items.push_back({true, {}});
        items.push_back({false, {specialId("sep")}});
        return std::make_unique<TemplatePostProcessor>(std::move(items));
    }
    r.unsupported("post-processor", type, path);
}

void Tokenizer::Impl::loadModel(const JsonReader &r, const Json &model)
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

    BpeModel &m = m_model;
    m.m_source = m_source;
    if (const Json *dropout = r.find(model, "dropout")) {
        if (!dropout->is_number())
            r.fail("model.dropout", std::string("expected a number, got ") + dropout->type_name());
        if (dropout->get<double>() != 0.0)
            r.fail("model.dropout", "BPE dropout is not supported (encoding would be random)");
    }
    m.m_unkToken = r.optionalString(model, "unk_token", "model");
    m.m_prefix = r.optionalString(model, "continuing_subword_prefix", "model");
    m.m_suffix = r.optionalString(model, "end_of_word_suffix", "model");
    m.m_fuseUnk = r.boolean(model, "fuse_unk", "model", false);
    m.m_byteFallback = r.boolean(model, "byte_fallback", "model", false);
    m.m_ignoreMerges = r.boolean(model, "ignore_merges", "model", false);

    const Json &vocab = r.required(model, "vocab", "model");
    r.requireObject(vocab, "model.vocab");
    m.m_vocab.reserve(vocab.size());
    for (auto it = vocab.begin(); it != vocab.end(); ++it) {
        const Json &v = it.value();
        std::uint32_t id = 0;
        if (v.is_number_unsigned() && v.get<std::uint64_t>() <= std::numeric_limits<std::uint32_t>::max())
            id = static_cast<std::uint32_t>(v.get<std::uint64_t>());
        else // not a valid id: let the checked reader produce the error
            id = static_cast<std::uint32_t>(
                r.integer(v, "model.vocab." + it.key(), 0, std::numeric_limits<std::uint32_t>::max()));
        m.m_vocab[it.key()] = id;
        m.m_vocabR[id] = it.key();
    }

    const Json &merges = r.array(model, "merges", "model");
    const std::size_t prefixLen = m.m_prefix ? m.m_prefix->size() : 0;
    m.m_merges.reserve(merges.size());
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
        auto ia = m.m_vocab.find(a);
        if (ia == m.m_vocab.end())
            r.fail(field, "token '" + a + "' is not in the vocabulary");
        auto ib = m.m_vocab.find(b);
        if (ib == m.m_vocab.end())
            r.fail(field, "token '" + b + "' is not in the vocabulary");
        if (b.size() < prefixLen)
            r.fail(field, "token '" + b + "' is shorter than the continuing_subword_prefix");
        const std::string merged = a + b.substr(prefixLen);
        auto im = m.m_vocab.find(merged);
        if (im == m.m_vocab.end())
            r.fail(field, "merged token '" + merged + "' is not in the vocabulary");
        // Later duplicates override earlier ones, as in the library's HashMap.
        m.m_merges[(static_cast<std::uint64_t>(ia->second) << 32) | ib->second] =
            std::make_pair(static_cast<std::uint32_t>(i), im->second);
    }
}

void Tokenizer::Impl::loadAddedTokens(const JsonReader &r, const Json &root)
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
        const std::int64_t fileId =
            r.integer(r.required(t, "id", path), JsonReader::join(path, "id"), 0, std::numeric_limits<std::uint32_t>::max());
        if (token.content.empty())
            continue; // the library ignores empty added tokens
        // The library keeps the model's id for a token the model knows.
        auto known = m_model.m_vocab.find(token.content);
        token.id = known != m_model.m_vocab.end() ? known->second : fileId;
        if (token.special)
            m_specialContents.insert(token.content);
        auto existing = m_addedByContent.find(token.content);
        if (existing != m_addedByContent.end()) {
            m_addedTokens[m_addedById[existing->second]] = token;
            continue;
        }
        m_addedByContent[token.content] = token.id;
        m_addedById[token.id] = m_addedTokens.size();
        m_addedTokens.push_back(token);
    }
}

void Tokenizer::Impl::load(const Json &root)
{
    JsonReader r(m_source);
    if (!root.is_object())
        throw Error(m_source + ": expected a JSON object at the top level, got " + std::string(root.type_name()));
    const Json *model = r.find(root, "model");
    if (!model)
        r.fail("model", "missing");
    loadModel(r, *model);

    if (const Json *n = r.find(root, "normalizer"))
        m_normalizer = makeNormalizer(r, *n, "normalizer");
    if (const Json *p = r.find(root, "pre_tokenizer"))
        m_preTokenizer = makePreTokenizer(r, *p, "pre_tokenizer");
    if (const Json *d = r.find(root, "decoder"))
        m_decoder = makeDecoder(r, *d, "decoder");
    if (const Json *p = r.find(root, "post_processor"))
        m_postProcessor = makePostProcessor(r, *p, "post_processor");

    loadAddedTokens(r, root);
    // Special tokens first, then the others (the library's order; it only matters for ties).
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < m_addedTokens.size(); ++i) {
            const AddedToken &t = m_addedTokens[i];
            if (t.special != (pass == 0))
                continue;
            if (!t.normalized) {
                m_rawMatcher.add(t.content, i);
            } else {
                std::string content = t.content;
                if (m_normalizer)
                    m_normalizer->normalize(content);
                m_normalizedMatcher.add(content, i);
            }
        }
    }

    std::unordered_set<std::string> all;
    all.reserve(m_model.m_vocab.size() + m_addedTokens.size());
    for (const auto &kv : m_model.m_vocab)
        all.insert(kv.first);
    for (const AddedToken &t : m_addedTokens)
        all.insert(t.content);
    m_vocabSize = static_cast<std::int64_t>(all.size());
}

std::vector<Segment> Tokenizer::Impl::splitOnAddedTokens(const std::string &text, bool atStart,
                                                         const TokenMatcher &matcher) const
{
    std::vector<Segment> out;
    if (text.empty() || matcher.empty()) {
        out.push_back({text, -1, atStart});
        return out;
    }
    std::size_t startOffset = 0;
    for (const TokenMatcher::Hit &hit : matcher.findAll(text)) {
        const AddedToken &token = m_addedTokens[hit.token];
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

// ---------------------------------------------------------------------------------------

namespace {

std::unique_ptr<Tokenizer::Impl> loadImpl(const Json &root, const std::string &source)
{
    auto impl = std::make_unique<Tokenizer::Impl>();
    impl->m_source = source;
    try {
        impl->load(root);
    } catch (const nlohmann::json::exception &e) {
        // a JSON shape the reader did not check for
        throw Error(source + ": invalid tokenizer: " + e.what());
    }
    return impl;
}

} // namespace

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Tokenizer::~Tokenizer() = default;

std::shared_ptr<Tokenizer> Tokenizer::fromJson(const std::string &jsonText, const std::string &source)
{
    return std::shared_ptr<Tokenizer>(new Tokenizer(loadImpl(parseJson(jsonText, source), source)));
}

std::shared_ptr<Tokenizer> Tokenizer::fromFile(const std::string &path)
{
    return std::shared_ptr<Tokenizer>(new Tokenizer(loadImpl(readJsonFile(path), path)));
}

std::shared_ptr<Tokenizer> Tokenizer::fromPath(const std::string &path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        const bool slash = !path.empty() && path.back() == '/';
        return fromFile(path + (slash ? "" : "/") + "tokenizer.json");
    }
    return fromFile(path);
}

std::vector<std::int64_t> Tokenizer::encode(const std::string &text, bool addSpecial) const
{
    const Impl &d = *m_impl;
    const std::size_t bad = firstInvalidUtf8(text);
    if (bad != std::string::npos) {
        throw Error(d.m_source + ": encode: input is not valid UTF-8 (byte " + std::to_string(bad) + " of "
                    + std::to_string(text.size()) + ")");
    }

    std::vector<std::int64_t> ids;
    for (Segment &raw : d.splitOnAddedTokens(text, true, d.m_rawMatcher)) {
        if (raw.id >= 0) {
            ids.push_back(raw.id);
            continue;
        }
        if (d.m_normalizer)
            d.m_normalizer->normalize(raw.text);
        for (Segment &seg : d.splitOnAddedTokens(raw.text, raw.atStart, d.m_normalizedMatcher)) {
            if (seg.id >= 0) {
                ids.push_back(seg.id);
                continue;
            }
            if (seg.text.empty())
                continue;
            std::vector<Piece> pieces{{std::move(seg.text), seg.atStart}};
            if (d.m_preTokenizer)
                d.m_preTokenizer->preTokenize(pieces);
            for (const Piece &p : pieces)
                d.m_model.tokenize(p.text, ids);
        }
    }
    if (d.m_postProcessor)
        d.m_postProcessor->process(ids, addSpecial);
    return ids;
}

std::string Tokenizer::decode(const std::vector<std::int64_t> &ids, bool skipSpecial) const
{
    const Impl &d = *m_impl;
    std::vector<std::string> tokens;
    tokens.reserve(ids.size());
    for (std::int64_t id : ids) {
        const std::string *token = nullptr;
        auto added = d.m_addedById.find(id);
        if (added != d.m_addedById.end()) {
            token = &d.m_addedTokens[added->second].content;
        } else if (id >= 0 && id <= std::numeric_limits<std::uint32_t>::max()) {
            auto it = d.m_model.m_vocabR.find(static_cast<std::uint32_t>(id));
            if (it != d.m_model.m_vocabR.end())
                token = &it->second;
        }
        if (!token) {
            throw Error(d.m_source + ": decode: id " + std::to_string(id) + " is not in the vocabulary ("
                        + std::to_string(d.m_vocabSize) + " tokens)");
        }
        if (skipSpecial && d.m_specialContents.count(*token))
            continue;
        tokens.push_back(*token);
    }
    if (!d.m_decoder) {
        std::string out;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (i)
                out += ' ';
            out += tokens[i];
        }
        return out;
    }
    d.m_decoder->decodeChain(tokens);
    std::string out;
    for (const std::string &t : tokens)
        out += t;
    return out;
}

std::int64_t Tokenizer::vocabSize() const
{
    return m_impl->m_vocabSize;
}

std::int64_t Tokenizer::tokenToId(const std::string &token) const
{
    auto added = m_impl->m_addedByContent.find(token);
    if (added != m_impl->m_addedByContent.end())
        return added->second;
    auto it = m_impl->m_model.m_vocab.find(token);
    return it == m_impl->m_model.m_vocab.end() ? -1 : static_cast<std::int64_t>(it->second);
}

std::string Tokenizer::idToToken(std::int64_t id) const
{
    auto added = m_impl->m_addedById.find(id);
    if (added != m_impl->m_addedById.end())
        return m_impl->m_addedTokens[added->second].content;
    if (id < 0 || id > std::numeric_limits<std::uint32_t>::max())
        return {};
    auto it = m_impl->m_model.m_vocabR.find(static_cast<std::uint32_t>(id));
    return it == m_impl->m_model.m_vocabR.end() ? std::string() : it->second;
}

const std::string &Tokenizer::source() const
{
    return m_impl->m_source;
}

} // namespace dtr
