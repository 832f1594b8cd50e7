#pragma once

// Documents of a text corpus, for calibration data, pretraining and tokenizer training.
// A file is either JSONL (".jsonl" / ".ndjson": one object per line, its "text" field
// is a document) or plain text (blank-line separated paragraphs are documents). Lines
// must be valid UTF-8. Streamed: the file is never read whole into memory.

#include <cstddef>
#include <functional>
#include <string>

namespace dtr {

struct DocumentFormat
{
    std::string what = "file";          // in errors: "path: cannot open the <what>: ..."
    bool newlineAfterEachLine = false;  // plain text: every line ends in '\n' (else lines are joined by '\n')
    std::size_t maxParagraphBytes = 0;  // plain text: a longer paragraph is cut there (0: no limit)
    bool requireText = true;            // a file without any non-blank document is an error
};

// A line (plain text or JSONL) or a plain-text document longer than this is refused
// ("<path>: line 3 is longer than the 64 MiB limit for one line of a calibration file"),
// so a file without line breaks is never read whole into memory.
constexpr std::size_t kMaxDocumentLineBytes = std::size_t(64) << 20;

bool isJsonlPath(const std::string &path);

// Calls sink(document) for every document of `path`, in file order. Throws dtr::Error
// naming the file (and line): cannot open, invalid UTF-8, malformed JSON (or nested
// deeper than kMaxJsonDepth), a missing or non-string "text" field, a line or document
// past kMaxDocumentLineBytes, a read error, or (requireText) no text at all.
void forEachDocument(const std::string &path, const std::function<void(const std::string &)> &sink,
                     const DocumentFormat &format = {});

} // namespace dtr
