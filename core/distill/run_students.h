#pragma once

// The trained students of a distillation run as the project stores them: one students
// file (mixers/students.h) of one layer per layer, the latest step's. What the search,
// evaluation and export need of stage 1, without the trainer.

#include "mixers/students.h"

#include <cstdint>
#include <string>

namespace dtr {

class Project;

// One layer's student as the bytes the project stores, and back (blobs of earlier
// versions included); errors name `source`.
std::string studentBlob(const ModelConfig &config, std::int64_t layer, const MixerPtr &student, const std::string &init);
MixerPtr studentOfBlob(const std::string &bytes, const ModelConfig &config, std::int64_t layer, const std::string &source);

// The trained students of a run (failed layers left out) as a StudentSet.
StudentSet loadRunStudents(const Project &project, std::int64_t runId);
// Writes them to a students file (for forward/generate and other tools).
void saveRunStudents(const Project &project, std::int64_t runId, const std::string &path);

} // namespace dtr
