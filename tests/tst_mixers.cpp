// Linear mixers: the Gated DeltaNet kernel and layer against transformers' Qwen3-Next
// references, GLA's chunked == recurrent == quadratic forms, float64 gradient checks
// against finite differences, padding, and clear errors for mismatched shapes.

#include "mixers/gated_deltanet.h"
#include "mixers/gla.h"
#include "mixers/kernels.h"
#include "model/batched_matmul.h"
#include "model/tensor_io.h"
#include "util/error.h"
#include "util/json_util.h"

#include <QtTest/QtTest>

#include <functional>

#include "testutil.h"

namespace {

double relativeError(const torch::Tensor &a, const torch::Tensor &ref)
{
    torch::Tensor r = ref.to(torch::kFloat64);
    double scale = r.abs().max().item<double>();
    return (a.to(torch::kFloat64) - r).abs().max().item<double>() / std::max(scale, 1e-30);
}

std::string gdnDir()
{
    return std::string(DTR_SHARED_DIR) + "/fixtures/hf/gated_deltanet/";
}

// [B, T, H, D] -> [B, H, T, D]
torch::Tensor headMajor(const torch::Tensor &x)
{
    return x.transpose(1, 2).contiguous();
}

dtr::GatedDeltaNet referenceLayer(std::map<std::string, torch::Tensor> &ref)
{
    nlohmann::json c = dtr::readJsonFile(gdnDir() + "layer_reference.config.json");
    dtr::GatedDeltaNetOptions o;
    o.hiddenSize = c["hidden_size"];
    o.numKHeads = c["linear_num_key_heads"];
    o.numVHeads = c["linear_num_value_heads"];
    o.headKDim = c["linear_key_head_dim"];
    o.headVDim = c["linear_value_head_dim"];
    o.convKernel = c["linear_conv_kernel_dim"];
    o.normEps = c["rms_norm_eps"];
    dtr::GatedDeltaNet layer(o);
    torch::NoGradGuard ng;
    std::size_t loaded = 0;
    for (auto &p : layer->named_parameters()) {
        const torch::Tensor &w = ref.at("weights." + p.key());
        if (w.sizes() != p.value().sizes())
            throw dtr::Error("reference tensor " + p.key() + " has shape " + dtr::shapeString(w));
        p.value().copy_(w);
        ++loaded;
    }
    std::size_t weights = 0;
    for (const auto &[k, v] : ref)
        weights += k.rfind("weights.", 0) == 0;
    if (loaded != weights)
        throw dtr::Error("the reference layer has parameters this module lacks");
    return layer;
}

// Central finite differences of f at `count` entries of x (float64) vs its gradient.
double worstGradError(const std::function<torch::Tensor()> &f, torch::Tensor x, const torch::Tensor &grad, int count)
{
    double worst = 0;
    torch::NoGradGuard ng;
    torch::Tensor flat = x.view({-1});
    const std::int64_t n = flat.numel();
    const double eps = 1e-6;
    for (int i = 0; i < count; ++i) {
        const std::int64_t idx = (static_cast<std::int64_t>(i) * 7919) % n;
        const double orig = flat[idx].item<double>();
        flat[idx] = orig + eps;
        const double up = f().item<double>();
        flat[idx] = orig - eps;
        const double down = f().item<double>();
        flat[idx] = orig;
        const double fd = (up - down) / (2 * eps);
        const double ad = grad.reshape({-1})[idx].item<double>();
        worst = std::max(worst, std::abs(fd - ad) / std::max(1.0, std::abs(fd)));
    }
    return worst;
}

} // namespace

class TestMixers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        torch::manual_seed(1234);
    }

    void gdnKernelMatchesReference_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("chunk 16 (the reference's)") << 16;
        QTest::newRow("chunk 64 (longer than T)") << 64;
        QTest::newRow("chunk 5") << 5;
    }

    void gdnKernelMatchesReference()
    {
        // T = 37 is not a multiple of the chunk; an initial state is given.
        QFETCH(int, chunk);
        auto ref = dtr::loadSafetensors(gdnDir() + "kernel_reference.safetensors");
        const double scale = 1.0 / std::sqrt(static_cast<double>(ref.at("q").size(-1)));
        torch::Tensor q = headMajor(dtr::l2normalize(ref.at("q")) * scale);
        torch::Tensor k = headMajor(dtr::l2normalize(ref.at("k")));
        torch::Tensor v = headMajor(ref.at("v"));
        torch::Tensor g = ref.at("g").transpose(1, 2).contiguous();
        torch::Tensor beta = ref.at("beta").transpose(1, 2).contiguous();
        torch::Tensor h0 = ref.at("initial_state");
        auto [oc, sc] = dtr::gatedDeltaChunked(q, k, v, g, beta, h0, chunk);
        auto [orr, sr] = dtr::gatedDeltaRecurrent(q, k, v, g, beta, h0);
        const double e1 = relativeError(oc.transpose(1, 2), ref.at("chunk.output"));
        const double e2 = relativeError(sc, ref.at("chunk.final_state"));
        const double e3 = relativeError(orr.transpose(1, 2), ref.at("recurrent.output"));
        const double e4 = relativeError(sr, ref.at("recurrent.final_state"));
        qInfo("gdn kernel, chunk %d: output %.2e, state %.2e (chunked); output %.2e, state %.2e (recurrent)", chunk,
              e1, e2, e3, e4);
        QVERIFY(e1 < 1e-5);
        QVERIFY(e2 < 1e-5);
        QVERIFY(e3 < 1e-5);
        QVERIFY(e4 < 1e-5);
    }

    void gdnLayerMatchesReference()
    {
        auto ref = dtr::loadSafetensors(gdnDir() + "layer_reference.safetensors");
        dtr::GatedDeltaNet layer = referenceLayer(ref);
        torch::NoGradGuard ng;
        const torch::Tensor x = ref.at("input"); // [2, 21, 64]
        torch::Tensor y = layer->run(x);
        const double e = relativeError(y, ref.at("output"));
        qInfo("gdn layer (chunked, chunk 64): %.2e", e);
        QVERIFY(e < 1e-5);

        // Prefill 8 tokens (chunked, chunk 5), then one token at a time (recurrent).
        layer->opts.chunkSize = 5;
        dtr::MixerCache cache;
        std::vector<torch::Tensor> parts{layer->run(x.narrow(1, 0, 8), {}, &cache)};
        for (std::int64_t t = 8; t < x.size(1); ++t)
            parts.push_back(layer->run(x.narrow(1, t, 1), {}, &cache));
        const double e2 = relativeError(torch::cat(parts, 1), ref.at("output"));
        qInfo("gdn layer (prefill + recurrent steps): %.2e", e2);
        QVERIFY(e2 < 1e-5);
        QCOMPARE(cache.state.size(), std::size_t(2));
        QCOMPARE(cache.state[1].sizes().vec(), (std::vector<std::int64_t>{2, 4, 16, 16}));
    }

    void glaForms_data()
    {
        QTest::addColumn<int>("T");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<bool>("withState");
        QTest::addColumn<double>("gateScale");
        QTest::newRow("T 37, chunk 16, state") << 37 << 16 << true << 1.0;
        QTest::newRow("T 32, chunk 8, no state") << 32 << 8 << false << 1.0;
        QTest::newRow("T 5, chunk 16") << 5 << 16 << true << 1.0;
        QTest::newRow("strong decay") << 29 << 16 << true << 20.0;
    }

    void glaForms()
    {
        QFETCH(int, T);
        QFETCH(int, chunk);
        QFETCH(bool, withState);
        QFETCH(double, gateScale);
        auto o64 = torch::TensorOptions().dtype(torch::kFloat64);
        const std::int64_t B = 2, H = 3, K = 8, V = 6;
        torch::Tensor q = torch::randn({B, H, T, K}, o64) * 0.4;
        torch::Tensor k = torch::randn({B, H, T, K}, o64);
        torch::Tensor v = torch::randn({B, H, T, V}, o64);
        torch::Tensor gk = torch::log_sigmoid(torch::randn({B, H, T, K}, o64) + 2) * gateScale / 16;
        torch::Tensor s0 = withState ? torch::randn({B, H, K, V}, o64) : torch::Tensor();
        auto [on, sn] = dtr::glaNaive(q, k, v, gk, s0);
        auto [oc, sc] = dtr::glaChunked(q, k, v, gk, s0, chunk);
        auto [orr, sr] = dtr::glaRecurrent(q, k, v, gk, s0);
        QVERIFY(relativeError(oc, on) < 1e-12);
        QVERIFY(relativeError(orr, on) < 1e-12);
        QVERIFY(relativeError(sc, sn) < 1e-12);
        QVERIFY(relativeError(sr, sn) < 1e-12);
        // float32 stays close to the float64 result.
        auto [o32, s32] = dtr::glaChunked(q.to(torch::kFloat32), k.to(torch::kFloat32), v.to(torch::kFloat32),
                                          gk.to(torch::kFloat32),
                                          withState ? s0.to(torch::kFloat32) : torch::Tensor(), chunk);
        QVERIFY(relativeError(o32, on) < 1e-5);
        QVERIFY(relativeError(s32, sn) < 1e-5);
    }

    void gdnChunkedEqualsRecurrentFloat64()
    {
        auto o64 = torch::TensorOptions().dtype(torch::kFloat64);
        const std::int64_t B = 2, H = 2, T = 45, K = 8, V = 5;
        torch::Tensor q = dtr::l2normalize(torch::randn({B, H, T, K}, o64)) / std::sqrt(8.0);
        torch::Tensor k = dtr::l2normalize(torch::randn({B, H, T, K}, o64));
        torch::Tensor v = torch::randn({B, H, T, V}, o64);
        torch::Tensor g = -torch::rand({B, H, T}, o64) * 3; // strong decay too
        torch::Tensor beta = torch::rand({B, H, T}, o64);
        torch::Tensor s0 = torch::randn({B, H, K, V}, o64);
        auto [oc, sc] = dtr::gatedDeltaChunked(q, k, v, g, beta, s0, 16);
        auto [orr, sr] = dtr::gatedDeltaRecurrent(q, k, v, g, beta, s0);
        QVERIFY(relativeError(oc, orr) < 1e-12);
        QVERIFY(relativeError(sc, sr) < 1e-12);
    }

    void kernelGradients_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::newRow("gdn") << "gdn";
        QTest::newRow("gla") << "gla";
    }

    void kernelGradients()
    {
        // Autograd through the chunked form vs central differences, float64, tiny sizes;
        // every input including the initial state.
        QFETCH(QString, kernel);
        auto o64 = torch::TensorOptions().dtype(torch::kFloat64);
        const std::int64_t B = 1, H = 2, T = 7, K = 3, V = 4;
        std::vector<torch::Tensor> in;
        if (kernel == "gdn") {
            in = {dtr::l2normalize(torch::randn({B, H, T, K}, o64)), dtr::l2normalize(torch::randn({B, H, T, K}, o64)),
                  torch::randn({B, H, T, V}, o64), -torch::rand({B, H, T}, o64), torch::rand({B, H, T}, o64),
                  torch::randn({B, H, K, V}, o64)};
        } else {
            in = {torch::randn({B, H, T, K}, o64), torch::randn({B, H, T, K}, o64), torch::randn({B, H, T, V}, o64),
                  -torch::rand({B, H, T, K}, o64), torch::randn({B, H, K, V}, o64)};
        }
        for (auto &t : in)
            t.requires_grad_(true);
        torch::Tensor wo = torch::randn({B, H, T, V}, o64), ws = torch::randn({B, H, K, V}, o64);
        auto loss = [&]() {
            auto [o, s] = kernel == "gdn" ? dtr::gatedDeltaChunked(in[0], in[1], in[2], in[3], in[4], in[5], 3)
                                          : dtr::glaChunked(in[0], in[1], in[2], in[3], in[4], 3);
            return (o * wo).sum() + (s * ws).sum();
        };
        torch::Tensor l = loss();
        std::vector<torch::Tensor> grads = torch::autograd::grad({l}, in);
        for (std::size_t i = 0; i < in.size(); ++i) {
            const double e = worstGradError(loss, in[i], grads[i], 12);
            QVERIFY2(e < 1e-6, qPrintable(QString("%1 input %2: gradient error %3").arg(kernel).arg(i).arg(e)));
        }
    }

    void batchedMatmulMatchesMatmul_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("float64");
        for (const char *l : {"contiguous", "a-transposed", "b-transposed", "both-transposed", "split-columns",
                              "batch-of-one", "padded-rows"}) {
            QTest::newRow((std::string(l) + "/f32").c_str()) << l << false;
            QTest::newRow((std::string(l) + "/f64").c_str()) << l << true;
        }
    }

    void batchedMatmulMatchesMatmul()
    {
        // Every operand layout the kernels pass (views, transposes, split columns, a batch
        // smaller than the thread count): values and both gradients equal torch::matmul's.
        QFETCH(QString, layout);
        QFETCH(bool, float64);
        auto opts = torch::TensorOptions().dtype(float64 ? torch::kFloat64 : torch::kFloat32);
        const std::int64_t M = 13, K = 9, N = 11;
        std::vector<std::int64_t> lead = layout == "batch-of-one" ? std::vector<std::int64_t>{1} : std::vector<std::int64_t>{2, 3, 4};
        auto shape = [&](std::int64_t r, std::int64_t c) {
            std::vector<std::int64_t> s = lead;
            s.push_back(r);
            s.push_back(c);
            return s;
        };
        torch::Tensor a, b;
        if (layout == "a-transposed" || layout == "both-transposed")
            a = torch::randn(shape(K, M), opts).transpose(-1, -2);
        else
            a = torch::randn(shape(M, K), opts);
        if (layout == "b-transposed" || layout == "both-transposed")
            b = torch::randn(shape(N, K), opts).transpose(-1, -2);
        else if (layout == "split-columns")
            b = torch::randn(shape(K, N + 5), opts).split_with_sizes({N, 5}, -1)[0];
        else
            b = torch::randn(shape(K, N), opts);
        if (layout == "padded-rows")
            a = torch::randn(shape(M + 2, K), opts).narrow(-2, 1, M);
        QCOMPARE(dtr::batchedMatmulAccelerated(a, b), dtr::batchedMatmulHasBlas());
        a.requires_grad_(true);
        b.requires_grad_(true);
        torch::Tensor w = torch::randn(shape(M, N), opts);
        torch::Tensor got = dtr::batchedMatmul(a, b);
        torch::Tensor ref = torch::matmul(a, b);
        QCOMPARE(got.sizes().vec(), ref.sizes().vec());
        const double tol = float64 ? 1e-12 : 1e-5;
        QVERIFY2(relativeError(got, ref) < tol, qPrintable(QString::number(relativeError(got, ref))));
        auto g1 = torch::autograd::grad({(got * w).sum()}, {a, b});
        auto g2 = torch::autograd::grad({(ref * w).sum()}, {a, b});
        QVERIFY2(relativeError(g1[0], g2[0]) < tol, "gradient of a");
        QVERIFY2(relativeError(g1[1], g2[1]) < tol, "gradient of b");
        // Without autograd the same numbers, and no graph.
        torch::NoGradGuard ng;
        torch::Tensor plain = dtr::batchedMatmulNoGrad(a, b);
        QVERIFY(!plain.requires_grad());
        QVERIFY(torch::equal(plain, got.detach()));
    }

    void batchedMatmulDoubleBackward()
    {
        // Second derivatives through the product (create_graph) equal torch::matmul's.
        auto o64 = torch::TensorOptions().dtype(torch::kFloat64);
        torch::Tensor a = torch::randn({3, 4, 5, 6}, o64).requires_grad_(true);
        torch::Tensor b = torch::randn({3, 4, 6, 7}, o64).requires_grad_(true);
        torch::Tensor w = torch::randn({3, 4, 5, 7}, o64), v = torch::randn({3, 4, 5, 6}, o64);
        auto second = [&](bool ours) {
            torch::Tensor c = ours ? dtr::batchedMatmul(a, b) : torch::matmul(a, b);
            torch::Tensor ga = torch::autograd::grad({(c * c * w).sum()}, {a}, {}, true, true)[0];
            return torch::autograd::grad({(ga * v).sum()}, {a, b});
        };
        auto mine = second(true), ref = second(false);
        QVERIFY(relativeError(mine[0], ref[0]) < 1e-12);
        QVERIFY(relativeError(mine[1], ref[1]) < 1e-12);
    }

    void kernelsRefuseDoubleBackward()
    {
        // The hand-written backward passes (state scans, causal conv) have no graph of their
        // own: second derivatives are refused with a clear error instead of coming out wrong.
        auto o64 = torch::TensorOptions().dtype(torch::kFloat64);
        torch::Tensor q = torch::randn({1, 2, 9, 3}, o64).requires_grad_(true);
        torch::Tensor k = dtr::l2normalize(torch::randn({1, 2, 9, 3}, o64));
        torch::Tensor v = torch::randn({1, 2, 9, 4}, o64);
        torch::Tensor g = -torch::rand({1, 2, 9}, o64), beta = torch::rand({1, 2, 9}, o64);
        torch::Tensor state = torch::randn({1, 2, 3, 4}, o64).requires_grad_(true);
        auto [o, s] = dtr::gatedDeltaChunked(q, k, v, g, beta, state, 4);
        QVERIFY_THROWS_EXCEPTION(dtr::Error, torch::autograd::grad({(o * o).sum() + s.sum()}, {state}, {}, true, true));
        torch::Tensor x = torch::randn({1, 6, 5}, o64).requires_grad_(true);
        torch::Tensor w = torch::randn({5, 1, 4}, o64);
        auto [y, tail] = dtr::causalConvSilu(x, w, torch::Tensor());
        QVERIFY_THROWS_EXCEPTION(dtr::Error, torch::autograd::grad({y.sum()}, {x}, {}, true, true));
        // A plain backward through both still works.
        auto [o2, s2] = dtr::gatedDeltaChunked(q, k, v, g, beta, state, 4);
        QVERIFY(torch::autograd::grad({(o2 * o2).sum() + s2.sum()}, {state})[0].defined());
    }

    void batchedMatmulFallsBack()
    {
        // Broadcast leading dims and integer tensors are left to torch::matmul, same result.
        torch::Tensor a = torch::randn({2, 3, 5, 4}), b = torch::randn({3, 4, 6});
        QVERIFY(!dtr::batchedMatmulAccelerated(a, b));
        QVERIFY(torch::allclose(dtr::batchedMatmul(a, b), torch::matmul(a, b)));
        torch::Tensor ia = torch::randint(0, 5, {2, 3, 3}, torch::kInt64), ib = torch::randint(0, 5, {2, 3, 3}, torch::kInt64);
        QVERIFY(!dtr::batchedMatmulAccelerated(ia, ib));
        QVERIFY(torch::equal(dtr::batchedMatmul(ia, ib), torch::matmul(ia, ib)));
    }

    void causalConvSiluMatchesConv1d_data()
    {
        QTest::addColumn<int>("T");
        QTest::addColumn<bool>("withTail");
        QTest::newRow("long, no tail") << 11 << false;
        QTest::newRow("long, tail") << 11 << true;
        QTest::newRow("shorter than the kernel, tail") << 2 << true;
        QTest::newRow("one step, tail") << 1 << true;
    }

    void causalConvSiluMatchesConv1d()
    {
        // The hand-written kernel against silu(conv1d) in LibTorch: output, new tail and the
        // gradients of x, weight and tail (float64), plus float32 values.
        QFETCH(int, T);
        QFETCH(bool, withTail);
        const std::int64_t B = 2, Ch = 5, K = 4;
        for (auto dtype : {torch::kFloat64, torch::kFloat32}) {
            auto opts = torch::TensorOptions().dtype(dtype);
            torch::Tensor x = torch::randn({B, T, Ch}, opts).requires_grad_(true);
            torch::Tensor wt = torch::randn({Ch, 1, K}, opts).requires_grad_(true);
            torch::Tensor tail = withTail ? torch::randn({B, Ch, K - 1}, opts).requires_grad_(true) : torch::Tensor();
            auto [y, newTail] = dtr::causalConvSilu(x, wt, tail);
            torch::Tensor prefix = withTail ? tail : torch::zeros({B, Ch, K - 1}, opts);
            torch::Tensor xin = torch::cat({prefix, x.transpose(1, 2)}, 2);
            torch::Tensor ref = torch::silu(torch::nn::functional::conv1d(xin, wt, torch::nn::functional::Conv1dFuncOptions().groups(Ch))).transpose(1, 2);
            torch::Tensor refTail = xin.narrow(2, xin.size(2) - (K - 1), K - 1);
            const double tol = dtype == torch::kFloat64 ? 1e-12 : 1e-5;
            QCOMPARE(y.sizes().vec(), ref.sizes().vec());
            QVERIFY2(relativeError(y, ref) < tol, qPrintable(QString::number(relativeError(y, ref))));
            QVERIFY(torch::equal(newTail, refTail));
            if (dtype != torch::kFloat64)
                continue;
            torch::Tensor w = torch::randn(y.sizes(), opts);
            std::vector<torch::Tensor> ins{x, wt};
            if (withTail)
                ins.push_back(tail);
            auto g1 = torch::autograd::grad({(y * w).sum()}, ins);
            auto g2 = torch::autograd::grad({(ref * w).sum()}, ins);
            for (std::size_t i = 0; i < ins.size(); ++i)
                QVERIFY2(relativeError(g1[i], g2[i]) < 1e-12,
                         qPrintable(QString("input %1: %2").arg(i).arg(relativeError(g1[i], g2[i]))));
        }
    }

    void moduleGradients_data()
    {
        QTest::addColumn<QString>("mixer");
        QTest::newRow("gdn") << "gdn";
        QTest::newRow("gla") << "gla";
    }

    void moduleGradients()
    {
        // Whole layers in float64: gradient of every parameter against finite differences.
        QFETCH(QString, mixer);
        dtr::MixerPtr m;
        if (mixer == "gdn") {
            dtr::GatedDeltaNetOptions o;
            o.hiddenSize = 8; o.numKHeads = 1; o.numVHeads = 2; o.headKDim = 4; o.headVDim = 3;
            o.chunkSize = 4; o.bias = true; o.outBias = true;
            m = std::make_shared<dtr::GatedDeltaNetImpl>(o);
        } else {
            dtr::GLAOptions o;
            o.hiddenSize = 8; o.numHeads = 2; o.numKvHeads = 1; o.headKDim = 4; o.headVDim = 3;
            o.gateLowRank = 2; o.chunkSize = 4; o.bias = true; o.gateBias = true; o.qkNorm = true;
            m = std::make_shared<dtr::GLAImpl>(o);
        }
        m->to(torch::kFloat64);
        torch::Tensor x = torch::randn({2, 9, 8}, torch::kFloat64);
        torch::Tensor w = torch::randn({2, 9, 8}, torch::kFloat64);
        auto loss = [&]() { return (m->forward(x, dtr::MixerContext{}, nullptr) * w).sum(); };
        std::vector<torch::Tensor> params = m->parameters();
        torch::Tensor l = loss();
        std::vector<torch::Tensor> grads = torch::autograd::grad({l}, params);
        auto named = m->named_parameters();
        for (std::size_t i = 0; i < params.size(); ++i) {
            const double e = worstGradError(loss, params[i], grads[i], 6);
            QVERIFY2(e < 1e-6, qPrintable(QString("%1 %2: gradient error %3")
                                              .arg(mixer, QString::fromStdString(named[i].key()))
                                              .arg(e)));
        }
    }

    void gdnDecodeStepEqualsRecurrent_data()
    {
        QTest::addColumn<bool>("float64");
        QTest::newRow("float32") << false;
        QTest::newRow("float64") << true;
    }

    void gdnDecodeStepEqualsRecurrent()
    {
        // The fused CPU decode step (mixers/gdn_step.h, taken without autograd) against the
        // LibTorch recurrent form (taken with autograd on): a prefix prefilled, then steps
        // with a padding token in one row, r = 2 value heads per key head, biases.
        QFETCH(bool, float64);
        const auto dtype = float64 ? torch::kFloat64 : torch::kFloat32;
        dtr::GatedDeltaNetOptions o;
        o.hiddenSize = 24; o.numKHeads = 2; o.numVHeads = 4; o.headKDim = 8; o.headVDim = 6;
        o.convKernel = 4; o.chunkSize = 8; o.bias = true; o.outBias = true;
        dtr::GatedDeltaNet gdn(o);
        gdn->to(dtype);
        const std::int64_t B = 2, T = 13, prefix = 5;
        torch::Tensor x = torch::randn({B, T, 24}, torch::TensorOptions().dtype(dtype));
        torch::Tensor mask = torch::ones({B, T}, torch::TensorOptions().dtype(dtype));
        mask[1][8] = 0;
        auto decode = [&](bool fused, bool fromEmpty) {
            torch::AutoGradMode grad(!fused);
            dtr::MixerCache cache;
            std::vector<torch::Tensor> parts;
            std::int64_t t = 0;
            if (!fromEmpty) {
                parts.push_back(gdn->run(x.narrow(1, 0, prefix), mask.narrow(1, 0, prefix), &cache));
                t = prefix;
            }
            for (; t < T; ++t)
                parts.push_back(gdn->run(x.narrow(1, t, 1), mask.narrow(1, t, 1), &cache));
            return std::make_pair(torch::cat(parts, 1).detach(), cache.state);
        };
        const double tol = float64 ? 1e-12 : 1e-5;
        for (bool fromEmpty : {false, true}) {
            auto [ref, refState] = decode(false, fromEmpty);
            auto [got, gotState] = decode(true, fromEmpty);
            QVERIFY2(relativeError(got, ref) < tol, qPrintable(QString::number(relativeError(got, ref))));
            QCOMPARE(gotState.size(), refState.size());
            for (std::size_t i = 0; i < refState.size(); ++i) {
                QCOMPARE(gotState[i].sizes(), refState[i].sizes());
                QVERIFY(relativeError(gotState[i], refState[i].detach()) < tol);
            }
        }
    }

    void glaModuleChunkedEqualsRecurrent()
    {
        dtr::GLAOptions o;
        o.hiddenSize = 32; o.numHeads = 4; o.numKvHeads = 2; o.headKDim = 8; o.headVDim = 8;
        o.chunkSize = 8; o.gateBias = true;
        dtr::GLA gla(o);
        torch::NoGradGuard ng;
        torch::Tensor x = torch::randn({2, 19, 32});
        torch::Tensor full = gla->run(x);
        dtr::MixerCache cache;
        std::vector<torch::Tensor> parts{gla->run(x.narrow(1, 0, 6), {}, &cache)};
        for (std::int64_t t = 6; t < 19; ++t)
            parts.push_back(gla->run(x.narrow(1, t, 1), {}, &cache));
        QVERIFY(relativeError(torch::cat(parts, 1), full) < 1e-5);
        gla->mode = dtr::MixerMode::Recurrent;
        QVERIFY(relativeError(gla->run(x), full) < 1e-5);
    }

    void leftPaddingIsIgnored_data()
    {
        QTest::addColumn<QString>("mixer");
        QTest::newRow("gdn") << "gdn";
        QTest::newRow("gla") << "gla";
    }

    void leftPaddingIsIgnored()
    {
        // A row left-padded by 4 gives the same outputs at its real positions as unpadded.
        QFETCH(QString, mixer);
        dtr::MixerPtr m;
        if (mixer == "gdn") {
            dtr::GatedDeltaNetOptions o;
            o.hiddenSize = 16; o.numKHeads = 2; o.numVHeads = 2; o.headKDim = 4; o.headVDim = 4;
            o.chunkSize = 4; o.bias = true;
            m = std::make_shared<dtr::GatedDeltaNetImpl>(o);
        } else {
            dtr::GLAOptions o;
            o.hiddenSize = 16; o.numHeads = 2; o.numKvHeads = 2; o.headKDim = 4; o.headVDim = 4;
            o.chunkSize = 4; o.bias = true; o.gateBias = true;
            m = std::make_shared<dtr::GLAImpl>(o);
        }
        torch::NoGradGuard ng;
        torch::Tensor x = torch::randn({1, 9, 16});
        torch::Tensor padded = torch::cat({torch::randn({1, 4, 16}), x}, 1);
        torch::Tensor mask = torch::cat({torch::zeros({1, 4}), torch::ones({1, 9})}, 1).to(torch::kBool);
        dtr::MixerContext ctx;
        ctx.tokenMask = mask;
        torch::Tensor a = m->forward(x, {}, nullptr);
        torch::Tensor b = m->forward(padded, ctx, nullptr).narrow(1, 4, 9);
        QVERIFY(relativeError(b, a) < 1e-5);
    }

    void badShapesAreErrors()
    {
        torch::Tensor q = torch::randn({1, 2, 5, 4}), v = torch::randn({1, 2, 5, 3});
        torch::Tensor g = -torch::rand({1, 2, 5}), beta = torch::rand({1, 2, 5});
        auto expectError = [](const std::function<void()> &f, const QString &needle) {
            try {
                f();
            } catch (const dtr::Error &e) {
                QVERIFY2(QString(e.what()).contains(needle), e.what());
                QVERIFY(!QString(e.what()).contains('\n'));
                return;
            }
            QFAIL(qPrintable("no error for " + needle));
        };
        expectError([&] { dtr::gatedDeltaChunked(q, torch::randn({1, 2, 5, 6}), v, g, beta, {}, 4); },
                    "q and k shapes differ");
        expectError([&] { dtr::glaChunked(q, q, v, q, torch::randn({1, 2, 3, 3}), 4); }, "state must be [B, H, K, V]");
        expectError([&] { dtr::glaRecurrent(q, q, torch::randn({1, 3, 5, 3}), q, {}); }, "v does not match q");
        expectError([&] { dtr::GatedDeltaNetOptions::fromJson({{"hidden_size", 8}, {"num_k_heads", 3},
                                                               {"num_v_heads", 4}, {"head_k_dim", 4}}); },
                    "'num_v_heads' (4) must be a multiple of 'num_k_heads' (3)");
        expectError([&] { dtr::GLAOptions::fromJson({{"hidden_size", 8}, {"num_heads", 2}, {"head_k_dim", 4},
                                                     {"head_dim", 4}}); },
                    "unknown gla option 'head_dim'");
        expectError([&] { dtr::GLAOptions::fromJson({{"hidden_size", 8}, {"num_heads", 2}, {"head_k_dim", "4"}}); },
                    "'head_k_dim' must be an integer");
        dtr::GatedDeltaNetOptions o;
        o.hiddenSize = 8; o.numKHeads = 1; o.numVHeads = 1; o.headKDim = 4; o.headVDim = 4;
        dtr::GatedDeltaNet gdn(o);
        expectError([&] { gdn->run(torch::randn({1, 3, 6})); }, "gdn: input must be [B, T, 8]");
    }
};

QTEST_GUILESS_MAIN(TestMixers)
#include "tst_mixers.moc"
