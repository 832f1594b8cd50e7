#pragma once

#include <string>
#include <string_view>

namespace dtr::tok {

enum class NormalForm { Nfc, Nfd };

// NFC or NFD of valid UTF-8, through utf8proc (its Unicode version: unicodeVersion()).
std::string normalizeUnicode(std::string_view text, NormalForm form);

// The version of the Unicode tables normalization uses, e.g. "15.0.0".
const char *unicodeVersion();

// Unicode White_Space (Rust's char::is_whitespace and regex \s).
bool isWhiteSpace(char32_t c);

} // namespace dtr::tok
