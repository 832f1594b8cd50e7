#include "mixers/kernels.h"

#include "mixers/conv_loops.h"
#include "model/batched_matmul.h"
#include "util/error.h"

#include <ATen/Parallel.h>

#include <cmath>
#include <limits>
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


// The hand-written backward passes below are computed without a graph: under
// create_graph (second derivatives) they would be constants and the result silently
// wrong, so they refuse.
void refuseDoubleBackward(const char *what)
{
    if (torch::GradMode::is_enabled())
        throw Error(std::string(what) + ": second derivatives (create_graph) are not supported");
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

    // Block row I: [ off-diagonal blocks J < I | diagonal block | zeros ]. The blocks left
    // of the diagonal are one matmul against the first I*s rows of k.
    torch::Tensor Gr = Gb.select(-2, 0).unsqueeze(-2);          // [.., M, 1, K]
    std::vector<torch::Tensor> qg = (qb * (Gb - Gr).exp()).unbind(nd); // M x [.., s, K]
    std::vector<torch::Tensor> Grs = Gr.unbind(nd);             // M x [.., 1, K]
    std::vector<torch::Tensor> diags = diag.unbind(nd);         // M x [.., s, s]
    std::vector<torch::Tensor> rows;
    rows.reserve(static_cast<std::size_t>(M));
    for (std::int64_t I = 0; I < M; ++I) {
        const auto i = static_cast<std::size_t>(I);
        std::vector<torch::Tensor> parts;
        if (I > 0) {
            torch::Tensor kg = k.narrow(-2, 0, I * s) * (Grs[i] - G.narrow(-2, 0, I * s)).exp(); // [.., I*s, K]
            parts.push_back(batchedMatmul(qg[i], kg.transpose(-1, -2)));                         // [.., s, I*s]
        }
        parts.push_back(diags[i]);
        if (I + 1 < M) {
            std::vector<std::int64_t> zshape = lead;
            zshape.insert(zshape.end(), {s, (M - 1 - I) * s});
            parts.push_back(torch::zeros(zshape, q.options()));
        }
        rows.push_back(torch::cat(parts, -1)); // [.., s, C]
    }
    return torch::cat(rows, -2); // [.., C, C]
}

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// Chunk-to-chunk state of GLA, S_{n+1} = S_n * d_n + KV_n, as one autograd node with a
// hand-written backward (a reverse scan) instead of N small nodes and a stack.
// decay [B, H, N, K, 1], KV [B, H, N, K, V], S0 [B, H, K, V].
// Returns the state entering every chunk [B, H, N, K, V] and the final state.
struct GlaStateScan : public torch::autograd::Function<GlaStateScan>
{
    static variable_list forward(AutogradContext *ctx, const torch::Tensor &decay, const torch::Tensor &KV,
                                 const torch::Tensor &S0)
    {
        ctx->set_materialize_grads(false);
        const std::int64_t N = KV.size(2);
        torch::Tensor states = torch::empty_like(KV, torch::MemoryFormat::Contiguous);
        torch::Tensor S = S0.clone();
        for (std::int64_t n = 0; n < N; ++n) {
            states.select(2, n).copy_(S);
            S.mul_(decay.select(2, n)).add_(KV.select(2, n));
        }
        ctx->save_for_backward({decay, states});
        return {states, S};
    }

    static variable_list backward(AutogradContext *ctx, variable_list grads)
    {
        refuseDoubleBackward("gated linear attention state scan");
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &decay = saved[0], &states = saved[1];
        const torch::Tensor &gStates = grads[0], &gFinal = grads[1];
        const std::int64_t N = states.size(2);
        // gKV_n is the gradient of S_{n+1}: the carry after chunk n.
        torch::Tensor gKV = torch::empty_like(states);
        torch::Tensor gS = gFinal.defined() ? gFinal.clone() : torch::zeros_like(states.select(2, 0));
        for (std::int64_t n = N - 1; n >= 0; --n) {
            gKV.select(2, n).copy_(gS);
            gS.mul_(decay.select(2, n));
            if (gStates.defined())
                gS.add_(gStates.select(2, n));
        }
        torch::Tensor gDecay = (gKV * states).sum(-1, /*keepdim=*/true);
        return {gDecay, gKV, gS};
    }
};

// Chunk-to-chunk state of the gated delta rule in WY form, as one autograd node:
//   Delta_n = U_n - W_n S_n;  S_{n+1} = d_n S_n + KdT_n Delta_n.
// U [B, H, N, C, V], W [B, H, N, C, K], KdT [B, H, N, K, C], decay [B, H, N, 1, 1],
// S0 [B, H, K, V]. Returns the state entering every chunk [B, H, N, K, V], the deltas
// [B, H, N, C, V] and the final state. Backward is the reverse scan; everything that does
// not depend on the carried gradient is done batched over all chunks after the loop.
struct GatedDeltaStateScan : public torch::autograd::Function<GatedDeltaStateScan>
{
    static variable_list forward(AutogradContext *ctx, const torch::Tensor &U, const torch::Tensor &W,
                                 const torch::Tensor &KdT, const torch::Tensor &decay, const torch::Tensor &S0)
    {
        ctx->set_materialize_grads(false);
        const std::int64_t N = U.size(2);
        std::vector<std::int64_t> sshape = S0.sizes().vec();
        sshape.insert(sshape.begin() + 2, N);
        torch::Tensor states = torch::empty(sshape, S0.options());
        torch::Tensor deltas = torch::empty_like(U, torch::MemoryFormat::Contiguous);
        torch::Tensor S = S0.clone();
        for (std::int64_t n = 0; n < N; ++n) {
            states.select(2, n).copy_(S);
            torch::Tensor delta = deltas.select(2, n);
            delta.copy_(U.select(2, n) - batchedMatmulNoGrad(W.select(2, n), S));
            S.mul_(decay.select(2, n)).add_(batchedMatmulNoGrad(KdT.select(2, n), delta));
        }
        ctx->save_for_backward({W, KdT, decay, states, deltas});
        return {states, deltas, S};
    }

    static variable_list backward(AutogradContext *ctx, variable_list grads)
    {
        refuseDoubleBackward("gated delta rule state scan");
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &W = saved[0], &KdT = saved[1], &decay = saved[2], &states = saved[3], &deltas = saved[4];
        const torch::Tensor &gStates = grads[0], &gDeltas = grads[1], &gFinal = grads[2];
        const std::int64_t N = states.size(2);
        torch::Tensor carries = torch::empty_like(states); // gradient of S_{n+1}
        torch::Tensor gU = torch::empty_like(deltas);      // gradient of Delta_n
        torch::Tensor gS = gFinal.defined() ? gFinal.clone() : torch::zeros_like(states.select(2, 0));
        for (std::int64_t n = N - 1; n >= 0; --n) {
            carries.select(2, n).copy_(gS);
            torch::Tensor gDelta = gU.select(2, n);
            torch::Tensor back = batchedMatmulNoGrad(KdT.select(2, n).transpose(-1, -2), gS); // [.., C, V]
            if (gDeltas.defined())
                gDelta.copy_(back + gDeltas.select(2, n));
            else
                gDelta.copy_(back);
            gS.mul_(decay.select(2, n));
            if (gStates.defined())
                gS.add_(gStates.select(2, n));
            gS.sub_(batchedMatmulNoGrad(W.select(2, n).transpose(-1, -2), gDelta));
        }
        torch::Tensor gW = -batchedMatmulNoGrad(gU, states.transpose(-1, -2));       // [.., C, K]
        torch::Tensor gKdT = batchedMatmulNoGrad(carries, deltas.transpose(-1, -2)); // [.., K, C]
        torch::Tensor gDecay = (carries * states).sum({-1, -2}, /*keepdim=*/true);
        return {gU, gW, gKdT, gDecay, gS};
    }
};

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

namespace {

// The CPU kernel of causalConvSilu. Channels are shared out over the threads; within a
// block every loop runs over contiguous channels (weights and tail transposed to [K, Ch]
// and [B, K-1, Ch] first; the loops are in conv_loops.cpp), and every reduction has a
// fixed order, so results do not depend on the thread count.
struct CausalConvSiluFn : public torch::autograd::Function<CausalConvSiluFn>
{
    static torch::Tensor forward(AutogradContext *ctx, const torch::Tensor &x_, const torch::Tensor &weight,
                                 const torch::Tensor &tail)
    {
        const torch::Tensor x = x_.contiguous();
        const std::int64_t B = x.size(0), T = x.size(1), Ch = x.size(2), K = weight.size(-1);
        const torch::Tensor wT = weight.reshape({Ch, K}).t().contiguous();     // [K, Ch]
        const torch::Tensor tailT = tail.transpose(1, 2).contiguous();         // [B, K-1, Ch]
        torch::Tensor pre = torch::empty_like(x);
        AT_DISPATCH_FLOATING_TYPES(x.scalar_type(), "causalConvSilu", [&] {
            const scalar_t *px = x.data_ptr<scalar_t>(), *pw = wT.data_ptr<scalar_t>(),
                           *pt = tailT.data_ptr<scalar_t>();
            scalar_t *pp = pre.data_ptr<scalar_t>();
            at::parallel_for(0, Ch, 16, [&](std::int64_t c0, std::int64_t c1) {
                convloops::forward(px, pt, pw, pp, B, T, Ch, K, c0, c1);
            });
        });
        // The activation with LibTorch's vectorised sigmoid (a scalar exp per element would
        // cost more than the convolution); the sigmoid is kept for the backward.
        torch::Tensor sig = torch::sigmoid(pre);
        torch::Tensor y = pre * sig;
        ctx->save_for_backward({x, wT, tailT, pre, sig});
        return y;
    }

    static variable_list backward(AutogradContext *ctx, variable_list grads)
    {
        refuseDoubleBackward("causal conv");
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &x = saved[0], &wT = saved[1], &tailT = saved[2], &pre = saved[3], &sig = saved[4];
        const torch::Tensor gy = grads[0].contiguous();
        const std::int64_t B = x.size(0), T = x.size(1), Ch = x.size(2), K = wT.size(0);
        const bool needX = ctx->needs_input_grad(0), needW = ctx->needs_input_grad(1),
                   needTail = ctx->needs_input_grad(2);
        torch::Tensor gpre = torch::empty_like(pre);
        torch::Tensor gx = needX ? torch::empty_like(x) : torch::Tensor();
        torch::Tensor gwT = torch::empty_like(wT);      // [K, Ch]
        torch::Tensor gtailT = torch::empty_like(tailT); // [B, K-1, Ch]
        AT_DISPATCH_FLOATING_TYPES(x.scalar_type(), "causalConvSiluBackward", [&] {
            const scalar_t *px = x.data_ptr<scalar_t>(), *pw = wT.data_ptr<scalar_t>(),
                           *pt = tailT.data_ptr<scalar_t>(), *pp = pre.data_ptr<scalar_t>(),
                           *ps = sig.data_ptr<scalar_t>(), *pg = gy.data_ptr<scalar_t>();
            scalar_t *pgp = gpre.data_ptr<scalar_t>(), *pgw = gwT.data_ptr<scalar_t>(),
                     *pgt = gtailT.data_ptr<scalar_t>();
            scalar_t *pgx = needX ? gx.data_ptr<scalar_t>() : nullptr;
            at::parallel_for(0, Ch, 16, [&](std::int64_t c0, std::int64_t c1) {
                convloops::backward(px, pt, pw, pp, ps, pg, pgp, pgx, pgw, pgt, B, T, Ch, K, c0, c1);
            });
        });
        torch::Tensor gw = needW ? gwT.t().reshape({Ch, 1, K}) : torch::Tensor();
        torch::Tensor gtail = needTail ? gtailT.transpose(1, 2).contiguous() : torch::Tensor();
        return {gx, gw, gtail};
    }
};

} // namespace

std::pair<torch::Tensor, torch::Tensor> causalConvSilu(const torch::Tensor &x, const torch::Tensor &weight,
                                                       const torch::Tensor &tail)
{
    if (x.dim() != 3 || weight.dim() != 3 || weight.size(0) != x.size(2) || weight.size(1) != 1)
        throw Error("causal conv: x must be [B, T, Ch] and weight [Ch, 1, K]");
    const std::int64_t B = x.size(0), T = x.size(1), Ch = x.size(2), K = weight.size(-1);
    if (tail.defined() && (tail.dim() != 3 || tail.size(0) != B || tail.size(1) != Ch || tail.size(2) != K - 1))
        throw Error("causal conv: tail must be [B, Ch, K-1]");
    const auto st = x.scalar_type();
    if (!x.device().is_cpu() || (st != torch::kFloat32 && st != torch::kFloat64) || K < 1) {
        auto [y, newTail] = causalDepthwiseConv(x.transpose(1, 2), weight, tail);
        return {torch::silu(y).transpose(1, 2), newTail};
    }
    torch::Tensor w = weight.to(st);
    torch::Tensor prefix = tail.defined() ? tail.to(st) : torch::zeros({B, Ch, K - 1}, x.options());
    torch::Tensor y = CausalConvSiluFn::apply(x, w, prefix);
    // The last K-1 inputs (from the tail too when T < K-1), for the next call.
    torch::Tensor newTail = T >= K - 1 ? x.narrow(1, T - (K - 1), K - 1).transpose(1, 2)
                                       : torch::cat({prefix, x.transpose(1, 2)}, 2).narrow(2, T, K - 1);
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
    torch::Tensor above = torch::ones({C, C}, boolOpts).triu(1); // j > i

    torch::Tensor G = g.cumsum(-1);                                     // [B, H, N, C] within-chunk log decay
    torch::Tensor diff = G.unsqueeze(-1) - G.unsqueeze(-2);             // [.., C, C] G_i - G_j
    // exp(G_i - G_j) on and below the diagonal, 0 above (exp(-inf): nothing overflows).
    torch::Tensor D = diff.masked_fill(above, -std::numeric_limits<double>::infinity()).exp();
    torch::Tensor kk = batchedMatmul(k, k.transpose(-1, -2));          // [.., C, C]
    // (I + A) Delta = beta v - beta exp(G) k S0, A_ij = beta_i exp(G_i - G_j) k_i.k_j (j < i).
    // The unit-triangular solve reads only the strict lower triangle of L (and its
    // backward gives the rest a zero gradient), so L = A without masking the diagonal.
    torch::Tensor L = beta.unsqueeze(-1) * kk * D;
    // U and W share the matrix: one solve with both right-hand sides side by side.
    const std::int64_t V = v.size(-1), K = k.size(-1);
    torch::Tensor rhs = torch::cat({v * beta.unsqueeze(-1), k * (beta * G.exp()).unsqueeze(-1)}, -1); // [.., C, V+K]
    std::vector<torch::Tensor> UW = torch::linalg_solve_triangular(L, rhs, /*upper=*/false, /*left=*/true,
                                                                   /*unitriangular=*/true)
                                        .split_with_sizes({V, K}, -1);
    const torch::Tensor &U = UW[0], &W = UW[1];                                               // [.., C, V], [.., C, K]
    torch::Tensor Qg = q * G.exp().unsqueeze(-1);                                             // [.., C, K]
    torch::Tensor QK = batchedMatmul(q, k.transpose(-1, -2)) * D;                             // [.., C, C]
    torch::Tensor Glast = G.select(-1, C - 1);                                                // [B, H, N]
    torch::Tensor kDecay = k * (Glast.unsqueeze(-1) - G).exp().unsqueeze(-1);                 // [.., C, K]
    torch::Tensor chunkDecay = Glast.exp();                                                   // [B, H, N]

    // Only the state crosses chunks: one scan node carries S and returns the state
    // entering each chunk and the per-chunk deltas; the outputs are then formed for all
    // chunks at once.
    torch::Tensor S0 = state.defined() ? state.to(q.dtype()) : zeroState(q_, v_); // [B, H, K, V]
    variable_list scan = GatedDeltaStateScan::apply(U, W, kDecay.transpose(-1, -2),
                                                    chunkDecay.unsqueeze(-1).unsqueeze(-1), S0);
    const torch::Tensor &Sn = scan[0], &Dn = scan[1], &S = scan[2]; // [B, H, N, K, V], [B, H, N, C, V]
    torch::Tensor o = batchedMatmul(Qg, Sn) + batchedMatmul(QK, Dn);
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
    torch::Tensor intra = batchedMatmul(scores, v);  // [.., C, V]
    torch::Tensor Glast = G.select(-2, C - 1);       // [B, H, N, K]
    torch::Tensor Qg = q * G.exp();                  // [.., C, K]
    torch::Tensor kDecay = k * (Glast.unsqueeze(-2) - G).exp();                   // [.., C, K]
    torch::Tensor KV = batchedMatmul(kDecay.transpose(-1, -2), v);                // [B, H, N, K, V]

    // Only the state crosses chunks (one scan node); the outputs are formed for all
    // chunks at once.
    torch::Tensor S0 = state.defined() ? state.to(q.dtype()) : zeroState(q_, v_); // [B, H, K, V]
    variable_list scan = GlaStateScan::apply(Glast.exp().unsqueeze(-1), KV, S0);  // decay [B, H, N, K, 1]
    const torch::Tensor &S = scan[1];
    torch::Tensor o = batchedMatmul(Qg, scan[0]) + intra; // [B, H, N, C, V]
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
