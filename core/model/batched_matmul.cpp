#include "model/batched_matmul.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <climits>

#ifdef DTR_HAVE_BLAS
// The Fortran BLAS interface, declared as LibTorch declares it; the library is the one
// LibTorch itself calls (libblas.so.3, OpenBLAS on our machines).
extern "C" {
void sgemm_(const char *transa, const char *transb, const int *m, const int *n, const int *k, const float *alpha,
            const float *a, const int *lda, const float *b, const int *ldb, const float *beta, float *c,
            const int *ldc);
void dgemm_(const char *transa, const char *transb, const int *m, const int *n, const int *k, const double *alpha,
            const double *a, const int *lda, const double *b, const int *ldb, const double *beta, double *c,
            const int *ldc);
}
#endif

namespace dtr {

namespace {

#ifdef DTR_HAVE_BLAS
inline void gemm(const char *ta, const char *tb, int m, int n, int k, const float *a, int lda, const float *b, int ldb,
                 float *c, int ldc)
{
    const float one = 1.0f, zero = 0.0f;
    sgemm_(ta, tb, &m, &n, &k, &one, a, &lda, b, &ldb, &zero, c, &ldc);
}

inline void gemm(const char *ta, const char *tb, int m, int n, int k, const double *a, int lda, const double *b,
                 int ldb, double *c, int ldc)
{
    const double one = 1.0, zero = 0.0;
    dgemm_(ta, tb, &m, &n, &k, &one, a, &lda, b, &ldb, &zero, c, &ldc);
}

// A [batch, R, C] operand as the BLAS sees it. The BLAS is column-major, so a row-major
// R x C matrix is the column-major C x R matrix X^T ("N"), and a column-major one (a
// transposed view) needs "T" to become X^T.
struct Operand
{
    torch::Tensor t; // keeps a copy alive when one was needed
    const char *trans = "N";
    std::int64_t ld = 1;
};

Operand operand(const torch::Tensor &x3)
{
    const std::int64_t R = x3.size(1), C = x3.size(2);
    Operand o;
    if (x3.stride(2) == 1 && x3.stride(1) >= std::max<std::int64_t>(1, C)) {
        o.t = x3;
        o.ld = x3.stride(1);
    } else if (x3.stride(1) == 1 && x3.stride(2) >= std::max<std::int64_t>(1, R)) {
        o.t = x3;
        o.trans = "T";
        o.ld = x3.stride(2);
    } else {
        o.t = x3.contiguous();
        o.ld = std::max<std::int64_t>(1, C);
    }
    return o;
}

template <typename T>
void run(const Operand &A, const Operand &B, torch::Tensor &C, std::int64_t batch, std::int64_t M, std::int64_t N,
         std::int64_t K)
{
    const T *pa = A.t.data_ptr<T>();
    const T *pb = B.t.data_ptr<T>();
    T *pc = C.data_ptr<T>();
    const std::int64_t sa = A.t.stride(0), sb = B.t.stride(0), sc = M * N;
    const int m = static_cast<int>(N), n = static_cast<int>(M), k = static_cast<int>(K);
    const int lda = static_cast<int>(B.ld), ldb = static_cast<int>(A.ld), ldc = static_cast<int>(std::max<std::int64_t>(1, N));
    // Row-major C = A B is column-major C^T = B^T A^T.
    auto one = [&](std::int64_t i) { gemm(B.trans, A.trans, m, n, k, pb + i * sb, lda, pa + i * sa, ldb, pc + i * sc, ldc); };
    if (batch < at::get_num_threads() || at::in_parallel_region()) {
        // Fewer matrices than threads: each call may use the BLAS's own threads.
        for (std::int64_t i = 0; i < batch; ++i)
            one(i);
        return;
    }
    // Inside the parallel region the BLAS runs single-threaded (OpenMP: omp_in_parallel).
    at::parallel_for(0, batch, 1, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i)
            one(i);
    });
}
#endif

bool fitsInt(std::int64_t v)
{
    return v <= INT_MAX / 2;
}

} // namespace

bool batchedMatmulHasBlas()
{
#ifdef DTR_HAVE_BLAS
    return true;
#else
    return false;
#endif
}

bool batchedMatmulAccelerated(const torch::Tensor &a, const torch::Tensor &b)
{
#ifdef DTR_HAVE_BLAS
    if (!a.defined() || !b.defined() || a.dim() < 3 || a.dim() != b.dim())
        return false;
    if (!a.device().is_cpu() || !b.device().is_cpu() || a.scalar_type() != b.scalar_type()
        || (a.scalar_type() != torch::kFloat32 && a.scalar_type() != torch::kFloat64) || a.is_sparse()
        || b.is_sparse())
        return false;
    for (std::int64_t d = 0; d + 2 < a.dim(); ++d)
        if (a.size(d) != b.size(d))
            return false;
    if (a.size(-1) != b.size(-2) || a.numel() == 0 || b.numel() == 0)
        return false;
    // Strides and sizes go to the BLAS as int; leave anything huge to LibTorch.
    return fitsInt(a.size(-1)) && fitsInt(a.size(-2)) && fitsInt(b.size(-1)) && fitsInt(a.stride(-2))
        && fitsInt(a.stride(-1)) && fitsInt(b.stride(-2)) && fitsInt(b.stride(-1));
#else
    (void)a, (void)b;
    return false;
#endif
}

torch::Tensor batchedMatmulNoGrad(const torch::Tensor &a, const torch::Tensor &b)
{
    if (!batchedMatmulAccelerated(a, b)) {
        torch::NoGradGuard ng;
        return torch::matmul(a, b);
    }
#ifdef DTR_HAVE_BLAS
    const std::int64_t M = a.size(-2), K = a.size(-1), N = b.size(-1);
    std::vector<std::int64_t> outShape(a.sizes().begin(), a.sizes().end() - 2);
    outShape.push_back(M);
    outShape.push_back(N);
    torch::NoGradGuard ng;
    // Collapse the leading dimensions (a view for the usual contiguous or transposed inputs).
    const Operand A = operand(a.reshape({-1, M, K}));
    const Operand B = operand(b.reshape({-1, K, N}));
    const std::int64_t batch = A.t.size(0);
    torch::Tensor C = torch::empty({batch, M, N}, a.options().requires_grad(false));
    if (a.scalar_type() == torch::kFloat32)
        run<float>(A, B, C, batch, M, N, K);
    else
        run<double>(A, B, C, batch, M, N, K);
    return C.view(outShape);
#else
    return torch::Tensor();
#endif
}

namespace {

struct BatchedMatmulFn : public torch::autograd::Function<BatchedMatmulFn>
{
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &a, const torch::Tensor &b)
    {
        ctx->save_for_backward({a, b});
        return batchedMatmulNoGrad(a, b);
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list grads)
    {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &a = saved[0], &b = saved[1];
        const torch::Tensor &g = grads[0];
        torch::Tensor ga, gb;
        // batchedMatmul, not the no-grad form: under create_graph the gradients are
        // themselves differentiable (double backward); otherwise it is the no-grad kernel.
        if (ctx->needs_input_grad(0))
            ga = batchedMatmul(g, b.transpose(-1, -2));
        if (ctx->needs_input_grad(1))
            gb = batchedMatmul(a.transpose(-1, -2), g);
        return {ga, gb};
    }
};

} // namespace

torch::Tensor batchedMatmul(const torch::Tensor &a, const torch::Tensor &b)
{
    if (!batchedMatmulAccelerated(a, b))
        return torch::matmul(a, b);
    if (torch::GradMode::is_enabled() && (a.requires_grad() || b.requires_grad()))
        return BatchedMatmulFn::apply(a, b);
    return batchedMatmulNoGrad(a, b);
}

} // namespace dtr
