#pragma once

// Text corpora for pretraining and tokenizer training, torch-free. A file is either
// JSONL (".jsonl" / ".ndjson": one object per line, its "text" field is a document) or
// plain text (blank-line separated paragraphs are documents), as for calibration data.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dtr {

// Calls sink(document) for every document of `path`, in file order. Throws dtr::Error
// naming the file (and line): cannot open, invalid UTF-8, malformed JSON, a missing or
// non-string "text" field, or a file without any non-blank text.
void forEachDocument(const std::string &path, const std::function<void(const std::string &)> &sink);

// All documents of all files, in order.
std::vector<std::string> readDocuments(const std::vector<std::string> &paths);

} // namespace dtr
