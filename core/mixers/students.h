#pragma once

// Students: the linear mixers that stand in for a teacher's attention layers, built
// fresh (weight transfer or random) or loaded from a students file, and attached to a
// CausalLM as a hybrid.
//
// A students file is a .safetensors file: each student's parameters under
// model.layers.{l}.linear_attn.<name> (float32) and __metadata__
//   format       "dtr-students"
//   version      "1"
//   hidden_size  the teacher's hidden size
//   num_layers   the teacher's layer count
//   num_heads, num_kv_heads, head_dim   the teacher's attention geometry (checked on load)
//   students     JSON {"<layer>": {"mixer": "gdn", "options": {...}, "init": "transfer"}, ...}
// plus any extra string fields the writer adds (provenance).

#include "model/mixer.h"
#include "model/transformer.h"
#include "util/layer_list.h"

#include <map>
#include <string>
#include <vector>

namespace dtr {

enum class StudentInit { Transfer, Random };
StudentInit parseStudentInit(const std::string &name); // "transfer" | "random"
std::string studentInitName(StudentInit init);

// The parameter prefix of layer l's student: "model.layers.{l}.linear_attn."
std::string studentPrefix(std::int64_t layer);

// A new student for one layer of `model`: options from the registry for this teacher
// (with overrides merged), then weight transfer from the layer's attention or the
// mixer's random initialisation (seeded by torch's global generator). On the CPU in
// float32 (setStudent moves it to the model's device and dtype).
MixerPtr buildStudent(const CausalLMImpl &model, std::int64_t layer, const std::string &kind, StudentInit init,
                      const nlohmann::json &overrides = nlohmann::json::object());

struct StudentSet
{
    std::map<std::int64_t, MixerPtr> students;   // by layer
    std::map<std::int64_t, std::string> init;    // by layer: "transfer", "random", "trained", ...
};

StudentSet buildStudents(const CausalLMImpl &model, const std::vector<std::int64_t> &layers, const std::string &kind,
                         StudentInit init, const nlohmann::json &overrides = nlohmann::json::object());

void saveStudents(const std::string &path, const ModelConfig &config, const StudentSet &set,
                  const std::map<std::string, std::string> &extraMetadata = {});

// Reads and checks a students file against the model: format, hidden size, layers
// inside the model, known mixers, valid options, every tensor present with its shape,
// no stray tensors. Errors are one line naming the file and the field or tensor.
StudentSet loadStudents(const std::string &path, const ModelConfig &config);

// The same format in memory: the project stores each layer's trained student as a
// students file of one layer (studentsBytes), read back by studentsFromBytes with the
// same checks as loadStudents; `source` names the blob in errors. With legacyLayer >= 0,
// a blob written by an earlier version (one student with bare parameter names and only
// "mixer" / "options" metadata) is read as that layer's student, through the same loader.
std::string studentsBytes(const ModelConfig &config, const StudentSet &set,
                          const std::map<std::string, std::string> &extraMetadata = {});
StudentSet studentsFromBytes(const std::string &bytes, const ModelConfig &config, const std::string &source,
                             std::int64_t legacyLayer = -1);

// Attaches every student of the set to the model (layers stay on full attention until
// setLinearLayers).
void attachStudents(CausalLMImpl &model, const StudentSet &set);

} // namespace dtr
