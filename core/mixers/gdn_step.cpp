#include "mixers/gdn_step.h"

#include <cmath>
#include <vector>

namespace dtr::gdnstep {

namespace {

template <typename T>
T sigmoid(T x)
{
    return T(1) / (T(1) + std::exp(-x));
}

// torch.nn.functional.softplus with its default threshold (20).
template <typename T>
T softplus(T x)
{
    return x > T(20) ? x : std::log1p(std::exp(x));
}

// x * rsqrt(sum(x^2) + 1e-6) * scale, as l2normalize (mixers/kernels.h).
template <typename T>
void l2norm(const T *x, T *y, std::int64_t n, T scale)
{
    T ss = 0;
    for (std::int64_t i = 0; i < n; ++i)
        ss += x[i] * x[i];
    const T inv = T(1) / std::sqrt(ss + T(1e-6));
    for (std::int64_t i = 0; i < n; ++i)
        y[i] = x[i] * inv * scale;
}

} // namespace

template <typename T>
void step(const Sizes &s, const T *qkvz, const T *ba, const T *mask, const T *convW, const T *tailIn, T *tailOut,
          const T *aLog, const T *dtBias, const T *normW, const T *sIn, T *sOut, T *out)
{
    const std::int64_t Hk = s.Hk, Hv = s.Hv, Dk = s.Dk, Dv = s.Dv, K = s.K, r = Hv / Hk;
    const std::int64_t keyDim = Hk * Dk, Ch = 2 * keyDim + Hv * Dv, group = 2 * Dk + 2 * r * Dv;
    const T qScale = T(1) / std::sqrt(static_cast<T>(Dk));
    std::vector<T> mixed(static_cast<std::size_t>(Ch)), y(static_cast<std::size_t>(Ch));
    std::vector<T> qn(static_cast<std::size_t>(keyDim)), kn(static_cast<std::size_t>(keyDim));
    std::vector<T> o(static_cast<std::size_t>(Dv)), kvMem(static_cast<std::size_t>(Dv));
    for (std::int64_t b = 0; b < s.B; ++b) {
        const T m = mask ? mask[b] : T(1);
        const T *p = qkvz + b * Hk * group;
        // Conv input in channel order [q | k | v], as the sequence path's cat.
        for (std::int64_t h = 0; h < Hk; ++h) {
            const T *g = p + h * group;
            for (std::int64_t d = 0; d < Dk; ++d) {
                mixed[h * Dk + d] = g[d] * m;
                mixed[keyDim + h * Dk + d] = g[Dk + d] * m;
            }
            for (std::int64_t e = 0; e < r * Dv; ++e)
                mixed[2 * keyDim + h * r * Dv + e] = g[2 * Dk + e] * m;
        }
        // Causal conv over [tail; x] at the last position, SiLU; the tail shifts by one.
        const T *ti = tailIn ? tailIn + b * Ch * (K - 1) : nullptr;
        T *to = tailOut + b * Ch * (K - 1);
        for (std::int64_t c = 0; c < Ch; ++c) {
            const T *w = convW + c * K;
            T acc = 0;
            if (ti)
                for (std::int64_t j = 0; j < K - 1; ++j)
                    acc += w[j] * ti[c * (K - 1) + j];
            acc += w[K - 1] * mixed[c];
            y[c] = acc * sigmoid(acc);
            for (std::int64_t j = 0; j + 1 < K - 1; ++j)
                to[c * (K - 1) + j] = ti ? ti[c * (K - 1) + j + 1] : T(0);
            if (K > 1)
                to[c * (K - 1) + K - 2] = mixed[c];
        }
        for (std::int64_t h = 0; h < Hk; ++h) {
            l2norm(y.data() + h * Dk, qn.data() + h * Dk, Dk, qScale);
            l2norm(y.data() + keyDim + h * Dk, kn.data() + h * Dk, Dk, T(1));
        }
        for (std::int64_t hv = 0; hv < Hv; ++hv) {
            const std::int64_t h = hv / r, j = hv % r;
            const T beta = sigmoid(ba[(b * Hk + h) * 2 * r + j]) * m;
            const T gl = -std::exp(aLog[hv]) * softplus(ba[(b * Hk + h) * 2 * r + r + j] + dtBias[hv]) * m;
            const T decay = std::exp(gl);
            const T *q = qn.data() + h * Dk, *k = kn.data() + h * Dk, *v = y.data() + 2 * keyDim + hv * Dv;
            const T *S0 = sIn ? sIn + (b * Hv + hv) * Dk * Dv : nullptr;
            T *S = sOut + (b * Hv + hv) * Dk * Dv;
            // S = decay * S0;  kvMem = S^T k;  S += k (beta (v - kvMem))^T;  o = S^T q
            for (std::int64_t e = 0; e < Dv; ++e)
                kvMem[e] = 0;
            for (std::int64_t d = 0; d < Dk; ++d) {
                T *Sd = S + d * Dv;
                if (S0) {
                    const T *S0d = S0 + d * Dv;
                    for (std::int64_t e = 0; e < Dv; ++e)
                        Sd[e] = S0d[e] * decay;
                } else {
                    for (std::int64_t e = 0; e < Dv; ++e)
                        Sd[e] = 0;
                }
                for (std::int64_t e = 0; e < Dv; ++e)
                    kvMem[e] += k[d] * Sd[e];
            }
            for (std::int64_t e = 0; e < Dv; ++e) {
                kvMem[e] = (v[e] - kvMem[e]) * beta; // delta
                o[e] = 0;
            }
            for (std::int64_t d = 0; d < Dk; ++d) {
                T *Sd = S + d * Dv;
                for (std::int64_t e = 0; e < Dv; ++e) {
                    Sd[e] += k[d] * kvMem[e];
                    o[e] += q[d] * Sd[e];
                }
            }
            // Gated RMSNorm with z of this value head.
            const T *z = p + h * group + 2 * Dk + r * Dv + j * Dv;
            T ss = 0;
            for (std::int64_t e = 0; e < Dv; ++e)
                ss += o[e] * o[e];
            const T inv = T(1) / std::sqrt(ss / static_cast<T>(Dv) + static_cast<T>(s.normEps));
            T *dst = out + b * Hv * Dv + hv * Dv;
            for (std::int64_t e = 0; e < Dv; ++e)
                dst[e] = normW[e] * (o[e] * inv) * (z[e] * sigmoid(z[e]));
        }
    }
}

template void step<float>(const Sizes &, const float *, const float *, const float *, const float *, const float *,
                          float *, const float *, const float *, const float *, const float *, float *, float *);
template void step<double>(const Sizes &, const double *, const double *, const double *, const double *,
                           const double *, double *, const double *, const double *, const double *, const double *,
                           double *, double *);

} // namespace dtr::gdnstep
