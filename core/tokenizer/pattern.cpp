#include "tokenizer/pattern.h"

#include "util/utf8.h"
#include "util/error.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <new>

namespace dtr::tok {

namespace {

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

std::string errorMessage(int code)
{
    PCRE2_UCHAR buffer[256];
    if (pcre2_get_error_message(code, buffer, sizeof buffer) < 0)
        return "error " + std::to_string(code);
    return reinterpret_cast<const char *>(buffer);
}

bool match(const pcre2_code *code, bool jit, const std::string &where, const std::string &text, std::size_t start,
           std::uint32_t options, pcre2_match_data *md)
{
    const auto *subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    int rc = pcre2_match(code, subject, text.size(), start, options | PCRE2_NO_UTF_CHECK, md, nullptr);
    if (jit && rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
        // e.g. PCRE2_ERROR_JIT_STACKLIMIT on a very long match: retry interpreted.
        rc = pcre2_match(code, subject, text.size(), start, options | PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT, md,
                         nullptr);
    }
    if (rc == PCRE2_ERROR_NOMATCH)
        return false;
    if (rc < 0)
        throw Error(where + ": regex match failed: " + errorMessage(rc));
    return true;
}

} // namespace

Regex::Regex(const std::string &pattern, const std::string &where)
    : m_where(where)
{
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    m_code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), PCRE2_UTF | PCRE2_UCP,
                           &errorCode, &errorOffset, nullptr);
    if (!m_code) {
        throw Error(m_where + ": invalid regex at offset " + std::to_string(errorOffset) + ": "
                    + errorMessage(errorCode));
    }
    m_jit = pcre2_jit_compile(m_code, PCRE2_JIT_COMPLETE) == 0;
}

Regex::~Regex()
{
    pcre2_code_free(m_code);
}

std::vector<Range> Regex::findAll(const std::string &text) const
{
    std::vector<Range> matches;
    MatchData md(m_code);
    std::size_t lastEnd = 0;
    bool haveLast = false;
    std::size_t lastMatchEnd = 0;
    while (lastEnd <= text.size()) {
        if (!match(m_code, m_jit, m_where, text, lastEnd, 0, md.data))
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

bool Regex::matchesAt(const std::string &text, std::size_t offset) const
{
    MatchData md(m_code);
    return match(m_code, m_jit, m_where, text, offset, PCRE2_ANCHORED, md.data);
}

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

std::string replaceMatches(const std::string &text, const std::vector<Span> &spans, const std::string &content)
{
    std::string out;
    for (const Span &s : spans) {
        if (s.isMatch)
            out += content;
        else
            out.append(text, s.start, s.end - s.start);
    }
    return out;
}

std::string replaceAll(const Regex &regex, const std::string &text, const std::string &content)
{
    return replaceMatches(text, spansFromMatches(regex.findAll(text), text.size()), content);
}

namespace {

// Appends each span to `out` as a range, or extends the last range by it when
// merge(span.isMatch, previous span's isMatch) says so.
template<typename Merge>
void mergeForward(const std::vector<Span> &spans, std::vector<Range> &out, Merge merge)
{
    bool previousMatch = false;
    for (const Span &s : spans) {
        if (merge(s.isMatch, previousMatch) && !out.empty())
            out.back().end = s.end;
        else
            out.push_back({s.start, s.end});
        previousMatch = s.isMatch;
    }
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
    case SplitBehavior::Contiguous:
        mergeForward(spans, out, [](bool isMatch, bool previousMatch) { return isMatch == previousMatch; });
        break;
    case SplitBehavior::MergedWithPrevious:
        mergeForward(spans, out, [](bool isMatch, bool previousMatch) { return isMatch && !previousMatch; });
        break;
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

} // namespace

void splitPiece(const Piece &piece, const std::vector<Span> &spans, SplitBehavior behavior, std::vector<Piece> &out)
{
    for (const Range &r : applyBehavior(spans, behavior)) {
        if (r.end > r.start)
            out.push_back({piece.text.substr(r.start, r.end - r.start), piece.atStart && r.start == 0});
    }
}

} // namespace dtr::tok
