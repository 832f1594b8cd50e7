// Fuzz target: a calibration file, plain text or JSONL (bit 0 of the first byte picks
// calib.txt or calib.jsonl), read into documents exactly as distillation reads it
// (calibrationDocumentFormat) and each document encoded with the Llama-3 style fixture
// tokenizer (the first of DTR_FUZZ_TOKENIZERS), as CalibrationData::prepare does.

#include "fuzz_util.h"

#include "distill/calibration_documents.h"
#include "tokenizer/tokenizer.h"

#ifndef DTR_FUZZ_TOKENIZERS
#error "DTR_FUZZ_TOKENIZERS: the fixture tokenizer files, separated by '|'"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace dtr::fuzz;
    static const auto tok = dtr::Tokenizer::fromFile(split(DTR_FUZZ_TOKENIZERS, "|").front());
    if (size == 0)
        return 0;
    const std::string path = scratchDir() + ((data[0] & 1) ? "/calib.jsonl" : "/calib.txt");
    std::remove((scratchDir() + ((data[0] & 1) ? "/calib.txt" : "/calib.jsonl")).c_str());
    writeFile(path, bytesOf(data + 1, size - 1));
    try {
        std::size_t tokens = 0;
        dtr::forEachDocument(path, [&](const std::string &doc) {
            if (doc.size() > dtr::kMaxDocumentLineBytes + 65536 + 1)
                std::abort(); // paragraphs are cut at 64 KiB (plus one line), lines at their limit
            tokens += tok->encode(doc).size();
        }, dtr::calibrationDocumentFormat());
        (void)tokens;
    } catch (const dtr::Error &) {
    }
    return 0;
}
