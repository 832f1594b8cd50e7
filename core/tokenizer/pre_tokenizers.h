#pragma once

#include "tokenizer/json_reader.h"
#include "tokenizer/pattern.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace dtr::tok {

// The tokenizer.json "pre_tokenizer": Sequence, ByteLevel, Split, Metaspace.
class PreTokenizer
{
public:
    virtual ~PreTokenizer() = default;
    // Replaces `pieces` by their splits; empty pieces are dropped.
    virtual void preTokenize(std::vector<Piece> &pieces) const = 0;
};

// Builds the pre-tokenizer at `path` of the file; dtr::Error for an unsupported type.
std::unique_ptr<PreTokenizer> makePreTokenizer(const JsonReader &r, const Json &obj, const std::string &path);

// GPT-2's bytes_to_unicode table (ByteLevel pre-tokenizer and decoder).
struct ByteLevelTables
{
    std::array<std::string, 256> byteToChar;
    std::array<int, 0x144> charToByte; // code point -> byte, -1 when not a byte char
};
const ByteLevelTables &byteLevelTables();

// Metaspace's prepend_scheme (pre-tokenizer and decoder).
enum class PrependScheme { Always, First, Never };
// "prepend_scheme", or the older "add_prefix_space" (false means never).
PrependScheme readPrependScheme(const JsonReader &r, const Json &obj, const std::string &path);

} // namespace dtr::tok
