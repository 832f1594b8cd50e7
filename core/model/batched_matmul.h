#pragma once

#include <torch/torch.h>

namespace dtr {

// Batched matrix product C[i] = A[i] B[i] for a [..., M, K] and b [..., K, N] with the same
// leading dimensions, differentiable.
//
// Why not torch::matmul: on the CPU, LibTorch (1.13) runs a batched product of small
// matrices (the chunk kernels' [B*H*N, 64, 64] products, attention's [B*H, T, D]) as a
// serial loop of one BLAS call per matrix, each too small for the BLAS's own threads,
// so one core works and the others wait (measured 22-50 GFLOP/s on two cores where one
// large GEMM runs at ~150). Here the matrices are shared out over the intra-op threads,
// each calling the single-threaded BLAS directly: 2.5x faster for 48 x 64^3 and 4.6x for
// 192 x 16x64x16 on this machine. Transposed views are passed to the BLAS as transposed,
// not copied. The backward uses the same kernel (and is differentiable in turn).
//
// Falls back to torch::matmul for other devices, dtypes other than float32/float64,
// broadcasting shapes, empty tensors, or a build without a BLAS to link (DTR_HAVE_BLAS).
// Results are deterministic: every matrix is one single-threaded BLAS call whatever
// thread runs it.
torch::Tensor batchedMatmul(const torch::Tensor &a, const torch::Tensor &b);

// The same product without autograd (inside custom autograd functions, or no-grad code).
torch::Tensor batchedMatmulNoGrad(const torch::Tensor &a, const torch::Tensor &b);

// Whether this build links a BLAS for the kernel (DTR_HAVE_BLAS).
bool batchedMatmulHasBlas();

// Whether batchedMatmul runs its own kernel for these operands (else torch::matmul).
bool batchedMatmulAccelerated(const torch::Tensor &a, const torch::Tensor &b);

} // namespace dtr
