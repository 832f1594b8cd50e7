#pragma once

// The arithmetic of the causal depthwise convolution (+ SiLU) in plain loops over
// channels-last data, for one block of channels [c0, c1). No LibTorch here: this file is
// compiled with -O3 so the channel loops vectorise (see mixers/sources.cmake); the
// threading and the autograd node are in kernels.cpp (causalConvSilu).
//
// Layouts: x [B, T, Ch]; tailT [B, K-1, Ch] (the inputs before x); wT [K, Ch];
// pre, sig, gy, gpre, gx [B, T, Ch]; gwT [K, Ch]; gtailT [B, K-1, Ch].

#include <cstdint>

namespace dtr::convloops {

// pre[b, t, c] = sum_j wT[j, c] * xin[b, t + j, c], xin = [tail; x] along time.
template <typename T>
void forward(const T *x, const T *tailT, const T *wT, T *pre, std::int64_t B, std::int64_t steps, std::int64_t Ch,
             std::int64_t K, std::int64_t c0, std::int64_t c1);

// From gy (gradient of silu(pre)) and sig = sigmoid(pre): gpre, then the gradients of x
// (gx may be null), of the weights and of the tail.
template <typename T>
void backward(const T *x, const T *tailT, const T *wT, const T *pre, const T *sig, const T *gy, T *gpre, T *gx,
              T *gwT, T *gtailT, std::int64_t B, std::int64_t steps, std::int64_t Ch, std::int64_t K,
              std::int64_t c0, std::int64_t c1);

} // namespace dtr::convloops
