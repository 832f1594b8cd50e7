#include "mixers/conv_loops.h"

namespace dtr::convloops {

namespace {

// The innermost loops, one AVX2 and one baseline build picked at load time. No FMA in
// either (not enabled for these clones), so both give the same bits.
template <typename T>
__attribute__((target_clones("avx2", "default"))) void fill0(T *__restrict d, std::int64_t n)
{
    for (std::int64_t i = 0; i < n; ++i)
        d[i] = T(0);
}

// d += a * b
template <typename T>
__attribute__((target_clones("avx2", "default"))) void mulAdd(T *__restrict d, const T *__restrict a,
                                                              const T *__restrict b, std::int64_t n)
{
    for (std::int64_t i = 0; i < n; ++i)
        d[i] += a[i] * b[i];
}

// o = g * s * (1 + p * (1 - s)): the derivative of silu(p) = p * s times g.
template <typename T>
__attribute__((target_clones("avx2", "default"))) void siluGrad(T *__restrict o, const T *__restrict g,
                                                                const T *__restrict s, const T *__restrict p,
                                                                std::int64_t n)
{
    for (std::int64_t i = 0; i < n; ++i)
        o[i] = g[i] * s[i] * (T(1) + p[i] * (T(1) - s[i]));
}

template <typename T>
const T *row(const T *x, const T *tailT, std::int64_t b, std::int64_t m, std::int64_t steps, std::int64_t Ch,
             std::int64_t K)
{
    return m < K - 1 ? tailT + (b * (K - 1) + m) * Ch : x + (b * steps + m - (K - 1)) * Ch;
}

} // namespace

template <typename T>
void forward(const T *x, const T *tailT, const T *wT, T *pre, std::int64_t B, std::int64_t steps, std::int64_t Ch,
             std::int64_t K, std::int64_t c0, std::int64_t c1)
{
    const std::int64_t n = c1 - c0;
    for (std::int64_t b = 0; b < B; ++b)
        for (std::int64_t t = 0; t < steps; ++t) {
            T *out = pre + (b * steps + t) * Ch + c0;
            fill0(out, n);
            for (std::int64_t j = 0; j < K; ++j)
                mulAdd(out, wT + j * Ch + c0, row(x, tailT, b, t + j, steps, Ch, K) + c0, n);
        }
}

template <typename T>
void backward(const T *x, const T *tailT, const T *wT, const T *pre, const T *sig, const T *gy, T *gpre, T *gx,
              T *gwT, T *gtailT, std::int64_t B, std::int64_t steps, std::int64_t Ch, std::int64_t K,
              std::int64_t c0, std::int64_t c1)
{
    const std::int64_t n = c1 - c0;
    for (std::int64_t j = 0; j < K; ++j)
        fill0(gwT + j * Ch + c0, n);
    // One sweep over the output rows: the data is read once and the rows in flight stay
    // in cache. Output t reads xin rows t .. t+K-1, so xin row m feeds outputs m-K+1 .. m:
    // its gradient is complete once gpre_m is known (rows m >= steps: after the sweep).
    for (std::int64_t b = 0; b < B; ++b) {
        auto inputGrad = [&](std::int64_t m) {
            T *dst = m < K - 1 ? gtailT + (b * (K - 1) + m) * Ch : (gx ? gx + (b * steps + m - (K - 1)) * Ch : nullptr);
            if (!dst)
                return;
            dst += c0;
            fill0(dst, n);
            for (std::int64_t j = 0; j < K; ++j) {
                const std::int64_t t = m - j;
                if (t >= 0 && t < steps)
                    mulAdd(dst, wT + j * Ch + c0, gpre + (b * steps + t) * Ch + c0, n);
            }
        };
        for (std::int64_t t = 0; t < steps; ++t) {
            const std::int64_t i = (b * steps + t) * Ch + c0;
            siluGrad(gpre + i, gy + i, sig + i, pre + i, n);
            for (std::int64_t j = 0; j < K; ++j) // weights: gpre_t times the input row it saw
                mulAdd(gwT + j * Ch + c0, gpre + i, row(x, tailT, b, t + j, steps, Ch, K) + c0, n);
            inputGrad(t);
        }
        for (std::int64_t m = steps; m < steps + K - 1; ++m)
            inputGrad(m);
    }
}

template void forward<float>(const float *, const float *, const float *, float *, std::int64_t, std::int64_t,
                             std::int64_t, std::int64_t, std::int64_t, std::int64_t);
template void forward<double>(const double *, const double *, const double *, double *, std::int64_t, std::int64_t,
                              std::int64_t, std::int64_t, std::int64_t, std::int64_t);
template void backward<float>(const float *, const float *, const float *, const float *, const float *,
                              const float *, float *, float *, float *, float *, std::int64_t, std::int64_t,
                              std::int64_t, std::int64_t, std::int64_t, std::int64_t);
template void backward<double>(const double *, const double *, const double *, const double *, const double *,
                               const double *, double *, double *, double *, double *, std::int64_t, std::int64_t,
                               std::int64_t, std::int64_t, std::int64_t, std::int64_t);

} // namespace dtr::convloops
