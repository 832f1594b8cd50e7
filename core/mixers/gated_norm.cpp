#include "mixers/gated_norm.h"

namespace dtr {

GatedRMSNormImpl::GatedRMSNormImpl(std::int64_t dim, double eps_)
    : eps(eps_)
{
    weight = register_parameter("weight", torch::ones({dim}));
}

torch::Tensor GatedRMSNormImpl::forward(const torch::Tensor &x, const torch::Tensor &gate)
{
    const auto inputDtype = x.scalar_type();
    const auto compute = inputDtype == torch::kFloat64 ? torch::kFloat64 : torch::kFloat32;
    torch::Tensor h = x.to(compute);
    h = h * torch::rsqrt(h.pow(2).mean(-1, /*keepdim=*/true) + eps);
    h = weight * h.to(inputDtype);
    h = h * torch::silu(gate.to(compute));
    return h.to(inputDtype);
}

} // namespace dtr
