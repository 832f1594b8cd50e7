#pragma once

// The learning-rate schedule of distillation and pretraining. Torch-free.

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace dtr {

// At a 0-based step: linear warm-up over `warmupSteps` to `peak`, then cosine decay to
// peak * minRatio at `steps`.
inline double warmupCosineLr(double peak, double minRatio, std::int64_t warmupSteps, std::int64_t steps,
                             std::int64_t step)
{
    if (step < warmupSteps)
        return peak * static_cast<double>(step + 1) / static_cast<double>(warmupSteps);
    const double span = static_cast<double>(std::max<std::int64_t>(1, steps - warmupSteps));
    const double progress = std::min(1.0, static_cast<double>(step - warmupSteps) / span);
    const double minLr = peak * minRatio;
    return minLr + 0.5 * (peak - minLr) * (1.0 + std::cos(M_PI * progress));
}

} // namespace dtr
