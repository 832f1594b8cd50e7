#pragma once

// Stage 1 of Distill-then-Replace: blockwise local distillation (DESIGN.md §1). For
// every selected layer a linear student learns to reproduce the teacher attention
// module's output from the same input (the hidden state after the layer's input norm).
// One teacher forward per batch feeds every student; each student has its own loss,
// backward pass and optimizer, so no gradient crosses layers.
//
// Everything is recorded in the project as it happens: settings, per-layer per-step
// losses (train, and held-out every evalEvery steps), layer status, and every
// checkpointEvery steps the students and optimizer states, so a stopped or killed run
// resumes where it was and ends with the same weights as an uninterrupted one.

#include "distill/distill_types.h"
#include "distill/run_students.h"
#include "mixers/students.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace dtr {

class Project;



// The step the trainer repeats, public so that benchmarks time exactly this code.
struct StudentTrainer
{
    std::int64_t layer = 0;
    MixerPtr student;
    std::unique_ptr<torch::optim::AdamW> optimizer;
    bool failed = false;
    std::string error;
};

// Gradient clipping by global norm (gradClip > 0) and the AdamW step of one trainer, at
// `lr`. Same result as torch::nn::utils::clip_grad_norm_ followed by
// torch::optim::AdamW::step() (up to float rounding of the fused arithmetic; the clip
// coefficient is computed by the same ops), but for float32 CPU parameters it is one pass
// over each parameter instead of about ten. The moments live in the optimizer's own
// state, so optimizer->save()/load() (checkpoints) see exactly what AdamW would keep.
// Other dtypes, devices or amsgrad fall back to clip_grad_norm_ + optimizer->step().
void clipAndStep(StudentTrainer &trainer, double lr, double gradClip);

// Moves each student to the device and gives it an AdamW optimizer per the settings.
std::vector<StudentTrainer> makeTrainers(const StudentSet &students, const DistillSettings &settings,
                                         torch::Device device);
// Learning rate at a 0-based step: linear warm-up, then cosine decay to lr * minLrRatio.
double learningRate(const DistillSettings &settings, std::int64_t step);
// The teacher forward of a distillation step: every attention module's input and output
// captured, no logits, and nothing computed past the last layer a trainer distils.
ForwardOptions teacherCaptureOptions(const std::vector<StudentTrainer> &trainers);
// One step: one teacher forward (no grad) capturing every attention module's input and
// output, then for each live student its MSE, backward, gradient clipping and AdamW
// step at `lr`. Returns the loss per trainer; a NaN/Inf loss marks that trainer failed
// (error set) and it is skipped from then on. When *cancel becomes true between two
// students the step stops part-way and `cancelled` is set (the caller discards it).
std::vector<double> distillStep(CausalLMImpl &teacher, std::vector<StudentTrainer> &trainers, const torch::Tensor &ids,
                                double lr, double gradClip, std::int64_t stepNumber,
                                const std::atomic<bool> *cancel, bool &cancelled);

// Starts a run. Every input is checked (layers, mixer, calibration data, the model
// behind the project) before anything is stored.
DistillResult runDistillation(Project &project, const DistillSettings &settings, const DistillProgressFn &progress = {},
                              const std::atomic<bool> *cancel = nullptr);
// Continues a stopped, cancelled or killed run from its last checkpoint with its stored
// settings (threads may be overridden: bit-identical results need the same count).
DistillResult resumeDistillation(Project &project, std::int64_t runId, int threads = -1,
                                 const DistillProgressFn &progress = {}, const std::atomic<bool> *cancel = nullptr);

} // namespace dtr
