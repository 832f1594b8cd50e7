#pragma once

// How a calibration file is read into documents (torch-free, so that the fuzz target
// of calibration files, fuzz/calibration.cpp, reads them exactly as distillation does):
// plain text paragraphs that keep each line's newline and are cut at 64 KiB (the token
// cache's layout), or JSONL "text" fields; see util/documents.h.

#include "util/documents.h"

namespace dtr {

DocumentFormat calibrationDocumentFormat();

} // namespace dtr
