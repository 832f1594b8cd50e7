#include "mixers/kernels.h"

#include "util/error.h"

#include <vector>

namespace dtr {

namespace F = torch::nn::functional;

namespace {

void checkShapes(const char *what, const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                 const torch::Tensor &state)
{
    if (q.dim() != 4 || k.dim() != 4 || v.dim() != 4)
        throw Error(std::string(what) + ": q, k, v must be [B, H, T, D]");
    if (q.sizes() != k.sizes())
        throw Error(std::string(what) + ": q and k shapes differ");
    if (v.size(0) != q.size(0) || v.size(1) != q.size(1) || v.size(2) != q.size(2))
        throw Error(std::string(what) + ": v does not match q in batch, heads or length");
    if (state.defined()
        && (state.dim() != 4 || state.size(0) != q.size(0) || state.size(1) != q.size(1)
            || state.size(2) != q.size(3) || state.size(3) != v.size(3)))
        throw Error(std::string(what) + ": state must be [B, H, K, V]");
}

torch::Tensor zeroState(const torch::Tensor &q, const torch::Tensor &v)
{
    return torch::zeros({q.size(0), q.size(1), q.size(3), v.size(3)}, q.options());
}

// Pads dim 2 (time) of a [B, H, T, ...] tensor with zeros to a multiple of chunk.
torch::Tensor padTime(const torch::Tensor &x, std::int64_t pad)
{
    if (pad == 0)
        return x;
    std::vector<std::int64_t> shape = x.sizes().vec();
    shape[2] = pad;
    return torch::cat({x, torch::zeros(shape, x.options())}, 2);
}

// [B, H, N*C, ...] -> [B, H, N, C, ...]
torch::Tensor toChunks(const torch::Tensor &x, std::int64_t chunk)
{
    std::vector<std::int64_t> shape = x.sizes().vec();
    std::vector<std::int64_t> out{shape[0], shape[1], shape[2] / chunk, chunk};
    out.insert(out.end(), shape.begin() + 3, shape.end());
    return x.reshape(out);
}

} // namespace

torch::Tensor l2normalize(const torch::Tensor &x, double eps)
{
    return x * torch::rsqrt((x * x).sum(-1, /*keepdim=*/true) + eps);
}

std::pair<torch::Tensor, torch::Tensor> causalDepthwiseConv(const torch::Tensor &x, const torch::Tensor &weight,
                                                            const torch::Tensor &tail)
{
    const std::int64_t B = x.size(0), Ch = x.size(1), K = weight.size(-1);
    torch::Tensor prefix = tail.defined() ? tail.to(x.dtype()) : torch::zeros({B, Ch, K - 1}, x.options());
    torch::Tensor xin = torch::cat({prefix, x}, 2);                                   // [B, Ch, K-1+T]
    torch::Tensor y = F::conv1d(xin, weight.to(x.dtype()), F::Conv1dFuncOptions().groups(Ch)); // [B, Ch, T]
    torch::Tensor newTail = xin.narrow(2, xin.size(2) - (K - 1), K - 1);
    return {y, newTail};
}

// ---------------------------------------------------------------- gated delta rule

std::pair<torch::Tensor, torch::Tensor> gatedDeltaRecurrent(const torch::Tensor &q, const torch::Tensor &k,
                                                            const torch::Tensor &v, const torch::Tensor &g,
                                                            const torch::Tensor &beta, const torch::Tensor &state)
{
    checkShapes("gated delta rule", q, k, v, state);
    torch::Tensor S = state.defined() ? state.to(q.dtype()) : zeroState(q, v); // [B, H, K, V]
    const std::int64_t T = q.size(2);
    std::vector<torch::Tensor> outs;
    outs.reserve(static_cast<std::size_t>(T));
    for (std::int64_t t = 0; t < T; ++t) {
        torch::Tensor qt = q.select(2, t), kt = k.select(2, t), vt = v.select(2, t); // [B, H, K|V]
        S = S * g.select(2, t).exp().unsqueeze(-1).unsqueeze(-1);
        torch::Tensor kvMem = torch::matmul(kt.unsqueeze(-2), S).squeeze(-2);         // [B, H, V]
        torch::Tensor delta = (vt - kvMem) * beta.select(2, t).unsqueeze(-1);         // [B, H, V]
        S = S + kt.unsqueeze(-1) * delta.unsqueeze(-2);
        outs.push_back(torch::matmul(qt.unsqueeze(-2), S).squeeze(-2));              // [B, H, V]
    }
    return {torch::stack(outs, 2), S};
}

std::pair<torch::Tensor, torch::Tensor> gatedDeltaChunked(const torch::Tensor &q_, const torch::Tensor &k_,
                                                          const torch::Tensor &v_, const torch::Tensor &g_,
                                                          const torch::Tensor &beta_, const torch::Tensor &state,
                                                          std::int64_t C)
{
    checkShapes("gated delta rule", q_, k_, v_, state);
    if (C <= 0)
        throw Error("gated delta rule: chunk size must be positive");
    const std::int64_t T = q_.size(2);
    const std::int64_t pad = (C - T % C) % C;
    // Padded steps have g = 0 and beta = 0 (and k = 0): they leave the state unchanged.
    torch::Tensor q = toChunks(padTime(q_, pad), C);      // [B, H, N, C, K]
    torch::Tensor k = toChunks(padTime(k_, pad), C);      // [B, H, N, C, K]
    torch::Tensor v = toChunks(padTime(v_, pad), C);      // [B, H, N, C, V]
    torch::Tensor g = toChunks(padTime(g_, pad), C);      // [B, H, N, C]
    torch::Tensor beta = toChunks(padTime(beta_, pad), C);
    const std::int64_t N = q.size(2);

    auto boolOpts = torch::TensorOptions().dtype(torch::kBool).device(q.device());
    torch::Tensor lowerIncl = torch::ones({C, C}, boolOpts).tril();     // j <= i
    torch::Tensor lowerStrict = torch::ones({C, C}, boolOpts).tril(-1); // j < i

    torch::Tensor G = g.cumsum(-1);                                     // [B, H, N, C] within-chunk log decay
    torch::Tensor diff = G.unsqueeze(-1) - G.unsqueeze(-2);             // [.., C, C] G_i - G_j
    torch::Tensor D = diff.masked_fill(lowerIncl.logical_not(), 0).exp().masked_fill(lowerIncl.logical_not(), 0);
    torch::Tensor kk = torch::matmul(k, k.transpose(-1, -2));          // [.., C, C]
    // (I + A) Delta = beta v - beta exp(G) k S0, A_ij = beta_i exp(G_i - G_j) k_i.k_j (j < i)
    torch::Tensor A = (beta.unsqueeze(-1) * kk * D).masked_fill(lowerStrict.logical_not(), 0);
    torch::Tensor L = A + torch::eye(C, q.options());
    torch::Tensor U = torch::linalg_solve_triangular(L, v * beta.unsqueeze(-1), /*upper=*/false, /*left=*/true,
                                                     /*unitriangular=*/true);                  // [.., C, V]
    torch::Tensor W = torch::linalg_solve_triangular(L, k * (beta * G.exp()).unsqueeze(-1), false, true,
                                                     true);                                    // [.., C, K]
    torch::Tensor Qg = q * G.exp().unsqueeze(-1);                                             // [.., C, K]
    torch::Tensor QK = torch::matmul(q, k.transpose(-1, -2)) * D;                             // [.., C, C]
    torch::Tensor Glast = G.select(-1, C - 1);                                                // [B, H, N]
    torch::Tensor kDecay = k * (Glast.unsqueeze(-1) - G).exp().unsqueeze(-1);                 // [.., C, K]
    torch::Tensor chunkDecay = Glast.exp();                                                   // [B, H, N]

    torch::Tensor S = state.defined() ? state.to(q.dtype()) : zeroState(q_, v_); // [B, H, K, V]
    std::vector<torch::Tensor> outs;
    outs.reserve(static_cast<std::size_t>(N));
    for (std::int64_t n = 0; n < N; ++n) {
        torch::Tensor delta = U.select(2, n) - torch::matmul(W.select(2, n), S);              // [B, H, C, V]
        outs.push_back(torch::matmul(Qg.select(2, n), S) + torch::matmul(QK.select(2, n), delta));
        S = S * chunkDecay.select(2, n).unsqueeze(-1).unsqueeze(-1)
            + torch::matmul(kDecay.select(2, n).transpose(-1, -2), delta);
    }
    torch::Tensor o = torch::cat(outs, 2).narrow(2, 0, T); // [B, H, T, V]
    return {o, S};
}

// ---------------------------------------------------------------- GLA

std::pair<torch::Tensor, torch::Tensor> glaRecurrent(const torch::Tensor &q, const torch::Tensor &k,
                                                     const torch::Tensor &v, const torch::Tensor &gk,
                                                     const torch::Tensor &state)
{
    checkShapes("gated linear attention", q, k, v, state);
    torch::Tensor S = state.defined() ? state.to(q.dtype()) : zeroState(q, v); // [B, H, K, V]
    const std::int64_t T = q.size(2);
    std::vector<torch::Tensor> outs;
    outs.reserve(static_cast<std::size_t>(T));
    for (std::int64_t t = 0; t < T; ++t) {
        S = S * gk.select(2, t).exp().unsqueeze(-1) + k.select(2, t).unsqueeze(-1) * v.select(2, t).unsqueeze(-2);
        outs.push_back(torch::matmul(q.select(2, t).unsqueeze(-2), S).squeeze(-2)); // [B, H, V]
    }
    return {torch::stack(outs, 2), S};
}

std::pair<torch::Tensor, torch::Tensor> glaChunked(const torch::Tensor &q_, const torch::Tensor &k_,
                                                   const torch::Tensor &v_, const torch::Tensor &gk_,
                                                   const torch::Tensor &state, std::int64_t C)
{
    checkShapes("gated linear attention", q_, k_, v_, state);
    if (C <= 0)
        throw Error("gated linear attention: chunk size must be positive");
    const std::int64_t T = q_.size(2);
    const std::int64_t pad = (C - T % C) % C;
    // Padded steps have gk = 0 and k = v = 0: the state passes through unchanged.
    torch::Tensor q = toChunks(padTime(q_, pad), C);   // [B, H, N, C, K]
    torch::Tensor k = toChunks(padTime(k_, pad), C);   // [B, H, N, C, K]
    torch::Tensor v = toChunks(padTime(v_, pad), C);   // [B, H, N, C, V]
    torch::Tensor gk = toChunks(padTime(gk_, pad), C); // [B, H, N, C, K]
    const std::int64_t N = q.size(2);

    torch::Tensor G = gk.cumsum(-2);                                    // [.., C, K] within-chunk log decay
    auto boolOpts = torch::TensorOptions().dtype(torch::kBool).device(q.device());
    torch::Tensor lowerIncl = torch::ones({C, C, 1}, boolOpts).tril();  // [C(i), C(j), 1], j <= i
    lowerIncl = torch::ones({C, C}, boolOpts).tril().unsqueeze(-1);
    torch::Tensor diff = G.unsqueeze(-2) - G.unsqueeze(-3);             // [.., C(i), C(j), K] G_i - G_j
    torch::Tensor E = diff.masked_fill(lowerIncl.logical_not(), 0).exp().masked_fill(lowerIncl.logical_not(), 0);
    torch::Tensor scores = (q.unsqueeze(-2) * k.unsqueeze(-3) * E).sum(-1); // [.., C, C]
    torch::Tensor intra = torch::matmul(scores, v);                         // [.., C, V]
    torch::Tensor Glast = G.select(-2, C - 1);                              // [B, H, N, K]
    torch::Tensor Qg = q * G.exp();                                         // [.., C, K]
    torch::Tensor kDecay = k * (Glast.unsqueeze(-2) - G).exp();             // [.., C, K]
    torch::Tensor chunkDecay = Glast.exp().unsqueeze(-1);                   // [B, H, N, K, 1]

    torch::Tensor S = state.defined() ? state.to(q.dtype()) : zeroState(q_, v_); // [B, H, K, V]
    std::vector<torch::Tensor> outs;
    outs.reserve(static_cast<std::size_t>(N));
    for (std::int64_t n = 0; n < N; ++n) {
        outs.push_back(torch::matmul(Qg.select(2, n), S) + intra.select(2, n));
        S = S * chunkDecay.select(2, n) + torch::matmul(kDecay.select(2, n).transpose(-1, -2), v.select(2, n));
    }
    torch::Tensor o = torch::cat(outs, 2).narrow(2, 0, T);
    return {o, S};
}

std::pair<torch::Tensor, torch::Tensor> glaNaive(const torch::Tensor &q, const torch::Tensor &k,
                                                 const torch::Tensor &v, const torch::Tensor &gk,
                                                 const torch::Tensor &state)
{
    checkShapes("gated linear attention", q, k, v, state);
    const std::int64_t T = q.size(2);
    torch::Tensor G = gk.cumsum(2);                                     // [B, H, T, K]
    auto boolOpts = torch::TensorOptions().dtype(torch::kBool).device(q.device());
    torch::Tensor causal = torch::ones({T, T}, boolOpts).tril().unsqueeze(-1); // [T, T, 1]
    torch::Tensor diff = G.unsqueeze(3) - G.unsqueeze(2);               // [B, H, T(i), T(j), K]
    torch::Tensor E = diff.masked_fill(causal.logical_not(), 0).exp().masked_fill(causal.logical_not(), 0);
    torch::Tensor scores = (q.unsqueeze(3) * k.unsqueeze(2) * E).sum(-1); // [B, H, T, T]
    torch::Tensor o = torch::matmul(scores, v);                           // [B, H, T, V]
    torch::Tensor Glast = G.select(2, T - 1);                             // [B, H, K]
    torch::Tensor S = torch::matmul((k * (Glast.unsqueeze(2) - G).exp()).transpose(-1, -2), v); // [B, H, K, V]
    if (state.defined()) {
        o = o + torch::matmul(q * G.exp(), state.to(q.dtype()));
        S = S + state.to(q.dtype()) * Glast.exp().unsqueeze(-1);
    }
    return {o, S};
}

} // namespace dtr
