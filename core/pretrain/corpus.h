#pragma once

// Text corpora for pretraining and tokenizer training, torch-free. A file is either
// JSONL (".jsonl" / ".ndjson": one object per line, its "text" field is a document) or
// plain text (blank-line separated paragraphs are documents), as for calibration data.

#include "util/documents.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dtr {

// All documents of all files, in order.
std::vector<std::string> readDocuments(const std::vector<std::string> &paths);

} // namespace dtr
