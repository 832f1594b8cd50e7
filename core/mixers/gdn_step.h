#pragma once

// One decode step of Gated DeltaNet (T = 1, no autograd) in plain loops: the causal conv
// update with SiLU, the L2 norms, the gates, the delta-rule state update, the output and
// the gated RMSNorm, on the raw outputs of the two input projections. At decode a GDN
// layer is otherwise ~40 small LibTorch ops whose fixed costs, not its arithmetic, set
// its speed (docs/benchmarks.md); here only the three projections remain LibTorch
// matmuls. No LibTorch in this file (built with -O3 like conv_loops.cpp); the caller is
// GatedDeltaNetImpl::run. It computes the function of the recurrent form
// (gatedDeltaRecurrent) to rounding.

#include <cstdint>

namespace dtr::gdnstep {

struct Sizes
{
    std::int64_t B = 0, Hk = 0, Hv = 0, Dk = 0, Dv = 0, K = 0;
    double normEps = 1e-6;
};

// qkvz  [B, Hk, 2*Dk + 2*r*Dv]  in_proj_qkvz output, grouped by key head (r = Hv/Hk)
// ba    [B, Hk, 2*r]            in_proj_ba output (r beta logits, then r decay logits)
// mask  [B] or null             0 for a padding token: it changes neither state
// convW [Ch, K]                 Ch = 2*Hk*Dk + Hv*Dv
// tailIn [B, Ch, K-1] or null (zeros); tailOut [B, Ch, K-1]
// aLog, dtBias [Hv]; normW [Dv]
// sIn [B, Hv, Dk, Dv] or null (zeros); sOut [B, Hv, Dk, Dv] (may not alias sIn)
// out [B, Hv*Dv]                the gated-normed output, input of out_proj
template <typename T>
void step(const Sizes &s, const T *qkvz, const T *ba, const T *mask, const T *convW, const T *tailIn, T *tailOut,
          const T *aLog, const T *dtBias, const T *normW, const T *sIn, T *sOut, T *out);

} // namespace dtr::gdnstep
