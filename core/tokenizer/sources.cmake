# tokenizer.json (Hugging Face tokenizers), one file per component; torch-free. Regexes
# through PCRE2, Unicode normalization through utf8proc.
set(DTR_TOKENIZER_SOURCES
  tokenizer/tokenizer.h tokenizer/tokenizer.cpp
  tokenizer/unicode.h tokenizer/unicode.cpp
  tokenizer/pattern.h tokenizer/pattern.cpp
  tokenizer/json_reader.h tokenizer/json_reader.cpp
  tokenizer/sequence.h
  tokenizer/normalizers.h tokenizer/normalizers.cpp
  tokenizer/pre_tokenizers.h tokenizer/pre_tokenizers.cpp
  tokenizer/models.h tokenizer/models.cpp
  tokenizer/decoders.h tokenizer/decoders.cpp
  tokenizer/post_processors.h tokenizer/post_processors.cpp
  tokenizer/added_tokens.h tokenizer/added_tokens.cpp
)
