#include "distill/calibration_documents.h"

namespace dtr {

DocumentFormat calibrationDocumentFormat()
{
    DocumentFormat f;
    f.what = "calibration file";
    f.newlineAfterEachLine = true;
    f.maxParagraphBytes = 65536;
    f.requireText = false; // CalibrationData::prepare says "no text in the calibration file"
    return f;
}

} // namespace dtr
