#include "tokenizer/unicode.h"

#include "util/error.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <new>

namespace dtr::tok {

namespace {

std::string mapUtf8proc(std::string_view text, utf8proc_option_t options)
{
    utf8proc_uint8_t *out = nullptr;
    const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t *>(text.data()),
                                            static_cast<utf8proc_ssize_t>(text.size()), &out, options);
    const std::unique_ptr<utf8proc_uint8_t, void (*)(void *)> owner(out, &std::free);
    if (n == UTF8PROC_ERROR_NOMEM)
        throw std::bad_alloc();
    if (n < 0)
        throw Error(std::string("tokenizer: Unicode normalization failed: ") + utf8proc_errmsg(n));
    return std::string(reinterpret_cast<const char *>(out), static_cast<std::size_t>(n));
}

// U+11A7 in UTF-8: the Hangul TBase, which is not a trailing consonant.
constexpr std::string_view kHangulTBase = "\xE1\x86\xA7";

// utf8proc up to at least 2.8 composes an LV syllable with a following U+11A7 and drops the
// U+11A7 (JuliaStrings/utf8proc#317). U+11A7 is a starter that neither decomposes nor
// composes with anything on either side, so the text between them normalizes on its own.
std::string composeCanonical(std::string_view text)
{
    constexpr auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (true) {
        const std::size_t tbase = text.find(kHangulTBase, start);
        const std::size_t end = tbase == std::string_view::npos ? text.size() : tbase;
        if (end > start)
            out += mapUtf8proc(text.substr(start, end - start), options);
        if (tbase == std::string_view::npos)
            return out;
        out += kHangulTBase;
        start = tbase + kHangulTBase.size();
    }
}

} // namespace

std::string normalizeUnicode(std::string_view text, NormalForm form)
{
    // Text below U+0300 is in NFC, and below U+00C0 in NFD, whatever the neighbours:
    // no such character decomposes (NFD), or composes with its neighbours or reorders (NFC).
    const bool compose = form == NormalForm::Nfc;
    const unsigned char limit = compose ? 0xCC : 0xC3; // UTF-8 lead bytes of U+0300 and U+00C0
    if (std::all_of(text.begin(), text.end(), [limit](char c) { return static_cast<unsigned char>(c) < limit; }))
        return std::string(text);
    if (compose)
        return composeCanonical(text);
    return mapUtf8proc(text, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE));
}

const char *unicodeVersion()
{
    return utf8proc_unicode_version();
}

bool isWhiteSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
           || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
           || c == 0x205F || c == 0x3000;
}

} // namespace dtr::tok
