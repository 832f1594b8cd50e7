#pragma once

// Linear-attention kernels in plain LibTorch ops (autograd works through them). All take
// head-major tensors [B, H, T, *] and compute in the dtype they get (callers pass
// float32 or float64). Every kernel returns (output, final state); `state` may be
// undefined (zeros). Chunked and recurrent forms compute the same function.

#include <torch/torch.h>

#include <cstdint>
#include <utility>

namespace dtr {

// x * rsqrt(sum(x^2) + eps) over the last dim (fla's / transformers' l2norm).
torch::Tensor l2normalize(const torch::Tensor &x, double eps = 1e-6);

// Causal depthwise convolution over time with a carried-in tail.
// x [B, Ch, T], weight [Ch, 1, K], tail [B, Ch, K-1] (undefined: zeros).
// Returns (conv output [B, Ch, T] before activation, new tail [B, Ch, K-1]).
std::pair<torch::Tensor, torch::Tensor> causalDepthwiseConv(const torch::Tensor &x, const torch::Tensor &weight,
                                                            const torch::Tensor &tail);

// silu(causalDepthwiseConv(x)) for channels-last x [B, T, Ch] (the layout the
// projections produce), weight [Ch, 1, K], tail [B, Ch, K-1] (undefined: zeros). Returns
// (activated output [B, T, Ch], new tail [B, Ch, K-1]). On the CPU (float32/float64) it is
// one autograd node with hand-written loops, forward and backward (LibTorch's depthwise
// conv1d runs ~20x slower than its arithmetic needs, and wants [B, Ch, T] copies); elsewhere
// it is conv1d + silu.
std::pair<torch::Tensor, torch::Tensor> causalConvSilu(const torch::Tensor &x, const torch::Tensor &weight,
                                                       const torch::Tensor &tail);

// Gated delta rule (Gated DeltaNet). q, k [B, H, T, K] (q already scaled), v [B, H, T, V],
// g (log decay, <= 0) and beta [B, H, T], state [B, H, K, V]. Per step:
//   S = exp(g_t) S;  S += k_t (beta_t (v_t - S^T k_t))^T;  o_t = S^T q_t
std::pair<torch::Tensor, torch::Tensor> gatedDeltaRecurrent(const torch::Tensor &q, const torch::Tensor &k,
                                                            const torch::Tensor &v, const torch::Tensor &g,
                                                            const torch::Tensor &beta, const torch::Tensor &state);
// The same, chunkwise parallel: within a chunk the delta-rule updates form a unit
// lower-triangular system (WY form) solved at once; only the state crosses chunks.
std::pair<torch::Tensor, torch::Tensor> gatedDeltaChunked(const torch::Tensor &q, const torch::Tensor &k,
                                                          const torch::Tensor &v, const torch::Tensor &g,
                                                          const torch::Tensor &beta, const torch::Tensor &state,
                                                          std::int64_t chunkSize);

// Gated linear attention with a per-key-dimension decay. q, k, gk (log decay, <= 0)
// [B, H, T, K] (q already scaled), v [B, H, T, V], state [B, H, K, V]. Per step:
//   S = diag(exp(gk_t)) S + k_t v_t^T;  o_t = S^T q_t
std::pair<torch::Tensor, torch::Tensor> glaRecurrent(const torch::Tensor &q, const torch::Tensor &k,
                                                     const torch::Tensor &v, const torch::Tensor &gk,
                                                     const torch::Tensor &state);
// Chunkwise parallel: inside a chunk the decayed scores are formed exactly (a [C, C, K]
// product, no exp(-cumsum) factorisation that could overflow), across chunks the state.
std::pair<torch::Tensor, torch::Tensor> glaChunked(const torch::Tensor &q, const torch::Tensor &k,
                                                   const torch::Tensor &v, const torch::Tensor &gk,
                                                   const torch::Tensor &state, std::int64_t chunkSize);
// Quadratic masked form (reference for tests; O(T^2 K) memory):
//   o_i = sum_{j<=i} (q_i * exp(G_i - G_j)) . k_j v_j + (q_i * exp(G_i))^T S0, G = cumsum gk.
std::pair<torch::Tensor, torch::Tensor> glaNaive(const torch::Tensor &q, const torch::Tensor &k,
                                                 const torch::Tensor &v, const torch::Tensor &gk,
                                                 const torch::Tensor &state);

} // namespace dtr
