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


// In-chunk GLA scores A_ij = sum_k q_ik k_jk exp(G_ik - G_jk) for j <= i, zero above the
// diagonal; q, k, G [.., C, K] (G a within-chunk cumsum of log decays <= 0, so
// non-increasing). The chunk is cut into M sub-blocks of s rows (fla's sub-chunk scheme).
// Diagonal sub-blocks use the exact [s, s, K] product. A block below the diagonal (J < I)
// is a matmul with the decay factored at the first row r of block I:
//   exp(G_i - G_j) = exp(G_i - G_r) * exp(G_r - G_j), both exponents <= 0 (j < r <= i),
// so neither factor can overflow however strong the decay.
torch::Tensor glaIntraScores(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &G)
{
    const std::int64_t C = q.size(-2), K = q.size(-1);
    std::int64_t s = 1;
    for (std::int64_t d = 2; d * d <= C; ++d)
        if (C % d == 0)
            s = d;
    if (s < 2)
        s = C; // no useful split: one exact block
    const std::int64_t M = C / s;
    std::vector<std::int64_t> lead(q.sizes().begin(), q.sizes().end() - 2);
    auto blocks = [&](const torch::Tensor &x) {
        std::vector<std::int64_t> shape = lead;
        shape.insert(shape.end(), {M, s, K});
        return x.reshape(shape); // [.., M, s, K]
    };
    torch::Tensor qb = blocks(q), kb = blocks(k), Gb = blocks(G);
    auto boolOpts = torch::TensorOptions().dtype(torch::kBool).device(q.device());
    torch::Tensor upper = torch::ones({s, s}, boolOpts).triu(1).unsqueeze(-1); // [s(i), s(j), 1], j > i
    torch::Tensor diff = Gb.unsqueeze(-2) - Gb.unsqueeze(-3);                    // [.., M, s, s, K]
    torch::Tensor E = diff.masked_fill(upper, 0).exp().masked_fill(upper, 0);
    torch::Tensor diag = (qb.unsqueeze(-2) * kb.unsqueeze(-3) * E).sum(-1);      // [.., M, s, s]
    const std::int64_t nd = static_cast<std::int64_t>(lead.size());
    if (M == 1)
        return diag.squeeze(nd);

    std::vector<std::int64_t> pi, pj; // pairs J < I
    for (std::int64_t I = 1; I < M; ++I)
        for (std::int64_t J = 0; J < I; ++J) {
            pi.push_back(I);
            pj.push_back(J);
        }
    const auto P = static_cast<std::int64_t>(pi.size());
    auto idxOpts = torch::TensorOptions().dtype(torch::kLong);
    torch::Tensor idxI = torch::tensor(pi, idxOpts).to(q.device()), idxJ = torch::tensor(pj, idxOpts).to(q.device());
    torch::Tensor Gr = Gb.select(-2, 0).unsqueeze(-2);                            // [.., M, 1, K]
    torch::Tensor qg = qb * (Gb - Gr).exp();                                      // [.., M, s, K]
    torch::Tensor kg = kb.index_select(nd, idxJ)
                       * (Gr.index_select(nd, idxI) - Gb.index_select(nd, idxJ)).exp(); // [.., P, s, K]
    torch::Tensor off = torch::matmul(qg.index_select(nd, idxI), kg.transpose(-1, -2)); // [.., P, s, s]

    // Assemble the [M, M] grid of s x s blocks: pairs, then diagonal, then one zero block.
    std::vector<std::int64_t> zshape = lead;
    zshape.insert(zshape.end(), {1, s, s});
    torch::Tensor all = torch::cat({off, diag, torch::zeros(zshape, q.options())}, nd); // [.., P+M+1, s, s]
    std::vector<std::int64_t> src(static_cast<std::size_t>(M * M), P + M);
    for (std::int64_t p = 0; p < P; ++p)
        src[static_cast<std::size_t>(pi[p] * M + pj[p])] = p;
    for (std::int64_t I = 0; I < M; ++I)
        src[static_cast<std::size_t>(I * M + I)] = P + I;
    torch::Tensor grid = all.index_select(nd, torch::tensor(src, idxOpts).to(q.device())); // [.., M*M, s, s]
    std::vector<std::int64_t> gshape = lead;
    gshape.insert(gshape.end(), {M, M, s, s});
    grid = grid.reshape(gshape).transpose(nd + 1, nd + 2); // [.., M(I), s(i), M(J), s(j)]
    std::vector<std::int64_t> oshape = lead;
    oshape.insert(oshape.end(), {C, C});
    return grid.reshape(oshape);
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

    // Only the state crosses chunks: the loop carries S and the per-chunk deltas; the
    // outputs are then formed for all chunks at once. unbind() (not select() per chunk)
    // keeps the backward to one stack per tensor instead of N zero-filled full-size grads.
    torch::Tensor S = state.defined() ? state.to(q.dtype()) : zeroState(q_, v_); // [B, H, K, V]
    std::vector<torch::Tensor> Us = U.unbind(2), Ws = W.unbind(2);
    std::vector<torch::Tensor> kDecT = kDecay.transpose(-1, -2).unbind(2);                   // [B, H, K, C]
    std::vector<torch::Tensor> decays = chunkDecay.unsqueeze(-1).unsqueeze(-1).unbind(2);    // [B, H, 1, 1]
    std::vector<torch::Tensor> states, deltas;
    states.reserve(static_cast<std::size_t>(N));
    deltas.reserve(static_cast<std::size_t>(N));
    for (std::int64_t n = 0; n < N; ++n) {
        const auto i = static_cast<std::size_t>(n);
        torch::Tensor delta = Us[i] - torch::matmul(Ws[i], S); // [B, H, C, V]
        states.push_back(S);
        deltas.push_back(delta);
        S = S * decays[i] + torch::matmul(kDecT[i], delta);
    }
    torch::Tensor Sn = torch::stack(states, 2);    // [B, H, N, K, V] state entering each chunk
    torch::Tensor Dn = torch::stack(deltas, 2);    // [B, H, N, C, V]
    torch::Tensor o = torch::matmul(Qg, Sn) + torch::matmul(QK, Dn);
    o = o.reshape({o.size(0), o.size(1), N * C, o.size(-1)}).narrow(2, 0, T); // [B, H, T, V]
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

    torch::Tensor G = gk.cumsum(-2); // [.., C, K] within-chunk log decay
    torch::Tensor scores = glaIntraScores(q, k, G); // [.., C, C]
    torch::Tensor intra = torch::matmul(scores, v);  // [.., C, V]
    torch::Tensor Glast = G.select(-2, C - 1);       // [B, H, N, K]
    torch::Tensor Qg = q * G.exp();                  // [.., C, K]
    torch::Tensor kDecay = k * (Glast.unsqueeze(-2) - G).exp();                   // [.., C, K]
    torch::Tensor KV = torch::matmul(kDecay.transpose(-1, -2), v);                // [B, H, N, K, V]
    std::vector<torch::Tensor> kvs = KV.unbind(2);
    std::vector<torch::Tensor> decays = Glast.exp().unsqueeze(-1).unbind(2);      // [B, H, K, 1]

    // Only the state crosses chunks; the outputs are formed for all chunks at once.
    torch::Tensor S = state.defined() ? state.to(q.dtype()) : zeroState(q_, v_); // [B, H, K, V]
    std::vector<torch::Tensor> states;
    states.reserve(static_cast<std::size_t>(N));
    for (std::int64_t n = 0; n < N; ++n) {
        const auto i = static_cast<std::size_t>(n);
        states.push_back(S);
        S = S * decays[i] + kvs[i];
    }
    torch::Tensor o = torch::matmul(Qg, torch::stack(states, 2)) + intra; // [B, H, N, C, V]
    o = o.reshape({o.size(0), o.size(1), N * C, o.size(-1)}).narrow(2, 0, T);
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
