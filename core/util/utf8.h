#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dtr {

// UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing past U+10FFFF.

// Byte offset of the first invalid UTF-8 sequence, or nullopt when `text` is valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);
bool isValidUtf8(std::string_view text);

// Rust's String::from_utf8_lossy: each maximal invalid subpart (the longest prefix of a
// sequence that could still have become valid, at least one byte) becomes one U+FFFD.
std::string utf8Lossy(std::string_view bytes);

// Helpers on text that is already valid UTF-8 (they do not check it).

// Decodes the code point at text[i] and advances i past it.
char32_t nextCodePoint(std::string_view text, std::size_t &i);
// The byte length of the code point at text[i] (cut at the end of the text).
std::size_t codePointLength(std::string_view text, std::size_t i);
// Start of the code point that ends at text[end - 1] (end > 0).
std::size_t previousCodePointStart(std::string_view text, std::size_t end);
void appendUtf8(std::string &out, char32_t cp);

} // namespace dtr
