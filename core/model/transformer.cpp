#include "model/transformer.h"

#include <algorithm>

#include "model/batched_matmul.h"
#include "model/safetensors.h"
#include "model/tensor_io.h"
#include "util/error.h"

#include <cmath>
#include <limits>
#include <set>

namespace dtr {

namespace F = torch::nn::functional;

// ---------------------------------------------------------------- RMSNorm

RMSNormImpl::RMSNormImpl(std::int64_t dim, double eps_)
    : eps(eps_)
{
    weight = register_parameter("weight", torch::ones({dim}));
}

torch::Tensor RMSNormImpl::forward(const torch::Tensor &x)
{
    const auto inputDtype = x.scalar_type();
    // float32 like transformers (float64 stays float64, for gradient checks).
    torch::Tensor h = x.to(inputDtype == torch::kFloat64 ? torch::kFloat64 : torch::kFloat32);
    torch::Tensor variance = h.pow(2).mean(-1, /*keepdim=*/true);
    h = h * torch::rsqrt(variance + eps);
    return weight * h.to(inputDtype);
}

// ---------------------------------------------------------------- Rotary

Rotary::Rotary(const ModelConfig &c)
{
    const std::int64_t dim = c.headDim;
    torch::Tensor exponent = torch::arange(0, dim, 2, torch::kInt64).to(torch::kFloat32) / static_cast<double>(dim);
    m_invFreq = 1.0 / torch::pow(c.ropeTheta, exponent); // [D/2] float32
    const RopeScaling &s = c.ropeScaling;
    if (s.type == "linear") {
        m_invFreq = m_invFreq / s.factor;
    } else if (s.type == "llama3") {
        const double oldContext = static_cast<double>(s.originalMaxPositionEmbeddings);
        const double lowFreqWavelen = oldContext / s.lowFreqFactor;
        const double highFreqWavelen = oldContext / s.highFreqFactor;
        torch::Tensor wavelen = 2 * M_PI / m_invFreq;
        torch::Tensor llama = torch::where(wavelen > lowFreqWavelen, m_invFreq / s.factor, m_invFreq);
        torch::Tensor smooth = (oldContext / wavelen - s.lowFreqFactor) / (s.highFreqFactor - s.lowFreqFactor);
        torch::Tensor smoothed = (1 - smooth) * llama / s.factor + smooth * llama;
        torch::Tensor isMedium = (wavelen >= highFreqWavelen).logical_and(wavelen <= lowFreqWavelen);
        m_invFreq = torch::where(isMedium, smoothed, llama);
    }
}

std::pair<torch::Tensor, torch::Tensor> Rotary::cosSin(const torch::Tensor &positions, torch::Dtype dtype) const
{
    torch::Tensor inv = m_invFreq.to(positions.device());
    torch::Tensor freqs = positions.to(torch::kFloat32).unsqueeze(-1) * inv; // [B, T, D/2]
    torch::Tensor emb = torch::cat({freqs, freqs}, -1);                      // [B, T, D]
    return {emb.cos().to(dtype).unsqueeze(1), emb.sin().to(dtype).unsqueeze(1)};
}

namespace {

torch::Tensor rotateHalf(const torch::Tensor &x)
{
    const std::int64_t half = x.size(-1) / 2;
    return torch::cat({-x.narrow(-1, half, half), x.narrow(-1, 0, half)}, -1);
}

torch::Tensor applyRotary(const torch::Tensor &x, const torch::Tensor &cos, const torch::Tensor &sin)
{
    return x * cos + rotateHalf(x) * sin;
}

// Additive mask [B, 1, T, S]: 0 where query t (absolute index past+t) may attend key s,
// the dtype's lowest value elsewhere (as transformers' eager path does).
torch::Tensor buildMask(const torch::Tensor &keyMask, std::int64_t T, std::int64_t past, std::int64_t window,
                        torch::Dtype dtype)
{
    const std::int64_t S = keyMask.size(1);
    auto opts = torch::TensorOptions().dtype(torch::kInt64).device(keyMask.device());
    torch::Tensor q = torch::arange(past, past + T, opts).unsqueeze(1); // [T, 1]
    torch::Tensor k = torch::arange(0, S, opts).unsqueeze(0);           // [1, S]
    torch::Tensor allowed = k <= q;
    if (window > 0)
        allowed = allowed.logical_and((q - k) < window);
    allowed = allowed.unsqueeze(0).logical_and(keyMask.to(torch::kBool).unsqueeze(1)); // [B, T, S]
    const double lowest = dtype == torch::kFloat32 ? std::numeric_limits<float>::lowest()
                        : dtype == torch::kFloat64 ? std::numeric_limits<double>::lowest()
                        : dtype == torch::kFloat16 ? -65504.0
                                                   : -3.3895313892515355e38; // bfloat16
    torch::Tensor mask = torch::zeros(allowed.sizes(), torch::TensorOptions().dtype(dtype).device(keyMask.device()));
    mask.masked_fill_(allowed.logical_not(), lowest);
    return mask.unsqueeze(1);
}

} // namespace

// ---------------------------------------------------------------- Attention

AttentionImpl::AttentionImpl(const ModelConfig &c, std::int64_t layer)
    : layerIndex(layer)
    , numHeads(c.numHeads)
    , numKvHeads(c.numKvHeads)
    , headDim(c.headDim)
    , slidingWindow(c.slidingWindow(layer))
    , scaling(1.0 / std::sqrt(static_cast<double>(c.headDim)))
{
    auto lin = [](std::int64_t in, std::int64_t out, bool bias) {
        return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(bias));
    };
    q_proj = register_module("q_proj", lin(c.hiddenSize, numHeads * headDim, c.attentionBias));
    k_proj = register_module("k_proj", lin(c.hiddenSize, numKvHeads * headDim, c.attentionBias));
    v_proj = register_module("v_proj", lin(c.hiddenSize, numKvHeads * headDim, c.attentionBias));
    o_proj = register_module("o_proj", lin(numHeads * headDim, c.hiddenSize, c.attentionOutBias));
    if (c.qkNorm) {
        q_norm = register_module("q_norm", RMSNorm(headDim, c.rmsNormEps));
        k_norm = register_module("k_norm", RMSNorm(headDim, c.rmsNormEps));
    }
}

torch::Tensor AttentionImpl::forward(const torch::Tensor &x, const MixerContext &ctx, MixerCache *cache)
{
    const std::int64_t B = x.size(0), T = x.size(1);
    torch::Tensor q = q_proj(x).view({B, T, numHeads, headDim});   // [B, T, H, D]
    torch::Tensor k = k_proj(x).view({B, T, numKvHeads, headDim}); // [B, T, Hkv, D]
    torch::Tensor v = v_proj(x).view({B, T, numKvHeads, headDim});
    if (q_norm) {
        q = q_norm(q);
        k = k_norm(k);
    }
    q = applyRotary(q.transpose(1, 2), ctx.cos, ctx.sin); // [B, H, T, D]
    k = applyRotary(k.transpose(1, 2), ctx.cos, ctx.sin); // [B, Hkv, T, D]
    v = v.transpose(1, 2);
    if (cache) {
        cache->keys = cache->keys.defined() ? torch::cat({cache->keys, k}, 2) : k;
        cache->values = cache->values.defined() ? torch::cat({cache->values, v}, 2) : v;
        k = cache->keys;
        v = cache->values;
    }
    if (numKvHeads != numHeads) { // GQA: each kv head serves numHeads/numKvHeads query heads
        const std::int64_t rep = numHeads / numKvHeads;
        k = k.repeat_interleave(rep, 1);
        v = v.repeat_interleave(rep, 1);
    }
    // Masks are shared by all layers with the same window within one forward.
    torch::Tensor mask;
    if (ctx.maskCache) {
        for (auto &[w, m] : *ctx.maskCache)
            if (w == slidingWindow)
                mask = m;
    }
    if (!mask.defined()) {
        mask = buildMask(ctx.keyMask, T, ctx.pastLength, slidingWindow, q.scalar_type());
        if (ctx.maskCache)
            ctx.maskCache->emplace_back(slidingWindow, mask);
    }
    torch::Tensor scores = batchedMatmul(q, k.transpose(2, 3)) * scaling + mask; // [B, H, T, S]
    torch::Tensor probs = torch::softmax(scores, -1, torch::kFloat32).to(q.scalar_type());
    torch::Tensor out = batchedMatmul(probs, v);                            // [B, H, T, D]
    out = out.transpose(1, 2).reshape({B, T, numHeads * headDim});
    return o_proj(out);
}

// ---------------------------------------------------------------- MLP, layers

MLPImpl::MLPImpl(const ModelConfig &c)
{
    auto lin = [&](std::int64_t in, std::int64_t out) {
        return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(c.mlpBias));
    };
    gate_proj = register_module("gate_proj", lin(c.hiddenSize, c.intermediateSize));
    up_proj = register_module("up_proj", lin(c.hiddenSize, c.intermediateSize));
    down_proj = register_module("down_proj", lin(c.intermediateSize, c.hiddenSize));
}

torch::Tensor MLPImpl::forward(const torch::Tensor &x)
{
    return down_proj(F::silu(gate_proj(x)) * up_proj(x));
}

DecoderLayerImpl::DecoderLayerImpl(const ModelConfig &c, std::int64_t layer)
{
    // A linear layer of an exported hybrid has no attention weights: its mixer is
    // attached as linear_attn by the loader (pipeline/model_loading.h).
    if (!c.linearLayers.count(layer))
        self_attn = register_module("self_attn", Attention(c, layer));
    mlp = register_module("mlp", MLP(c));
    input_layernorm = register_module("input_layernorm", RMSNorm(c.hiddenSize, c.rmsNormEps));
    post_attention_layernorm = register_module("post_attention_layernorm", RMSNorm(c.hiddenSize, c.rmsNormEps));
}

MixerImpl &DecoderLayerImpl::mixer()
{
    if (useStudent && linear_attn)
        return *linear_attn;
    if (!self_attn)
        throw Error("this layer of an exported hybrid has no attention; it runs its linear mixer only");
    return *self_attn;
}

DecoderStackImpl::DecoderStackImpl(const ModelConfig &c)
{
    embed_tokens = register_module("embed_tokens", torch::nn::Embedding(c.vocabSize, c.hiddenSize));
    layers = register_module("layers", torch::nn::ModuleList());
    for (std::int64_t i = 0; i < c.numLayers; ++i)
        layers->push_back(DecoderLayer(c, i));
    norm = register_module("norm", RMSNorm(c.hiddenSize, c.rmsNormEps));
}

// ---------------------------------------------------------------- CausalLM

CausalLMImpl::CausalLMImpl(const ModelConfig &c)
    : config(c)
    , rotary(c)
{
    model = register_module("model", DecoderStack(c));
    if (!c.tieWordEmbeddings)
        lm_head = register_module("lm_head", torch::nn::Linear(torch::nn::LinearOptions(c.hiddenSize, c.vocabSize).bias(false)));
}

torch::Tensor CausalLMImpl::outputWeight() const
{
    return lm_head ? lm_head->weight : model->embed_tokens->weight;
}

ForwardResult CausalLMImpl::forward(const torch::Tensor &inputIds, const ForwardOptions &options, KVCache *cache)
{
    if (inputIds.dim() != 2)
        throw Error("input_ids must be [batch, tokens], got " + shapeString(inputIds));
    const std::int64_t B = inputIds.size(0), T = inputIds.size(1);
    if (T == 0)
        throw Error("input_ids is empty");
    if (options.stopAfterAttention >= 0
        && (!options.captureAttention || cache || options.outputHiddenStates || options.computeLogits
            || options.stopAfterAttention >= config.numLayers))
        throw Error("stopAfterAttention needs captureAttention, no cache, no hidden states, no logits and a layer "
                    "below " + std::to_string(config.numLayers));
    auto ids = inputIds.to(torch::kInt64);
    const std::int64_t minId = ids.min().item<std::int64_t>(), maxId = ids.max().item<std::int64_t>();
    if (minId < 0 || maxId >= config.vocabSize)
        throw Error("input_ids holds token id " + std::to_string(minId < 0 ? minId : maxId)
                    + " outside the vocabulary [0, " + std::to_string(config.vocabSize) + ")");
    const torch::Device device = model->embed_tokens->weight.device();
    ids = ids.to(device);
    const std::int64_t past = cache ? cache->length : 0;
    if (cache && cache->layers.empty())
        cache->layers.resize(static_cast<std::size_t>(config.numLayers));

    torch::Tensor tokenMask = options.attentionMask.defined()
        ? options.attentionMask.to(device).to(torch::kBool)
        : torch::ones({B, T}, torch::TensorOptions().dtype(torch::kBool).device(device));
    if (tokenMask.sizes() != ids.sizes())
        throw Error("attention_mask has shape " + shapeString(tokenMask) + ", expected " + shapeString(ids));
    torch::Tensor keyMask = tokenMask;
    if (cache) {
        if (cache->keyMask.defined())
            keyMask = torch::cat({cache->keyMask, tokenMask}, 1);
        cache->keyMask = keyMask;
    }
    torch::Tensor positions = options.positionIds.defined()
        ? options.positionIds.to(device).to(torch::kInt64)
        : torch::arange(past, past + T, torch::TensorOptions().dtype(torch::kInt64).device(device)).unsqueeze(0).expand({B, T});

    torch::Tensor h = model->embed_tokens(ids);
    const auto dtype = h.scalar_type();
    auto [cos, sin] = rotary.cosSin(positions, dtype);
    std::vector<std::pair<std::int64_t, torch::Tensor>> masks;
    MixerContext ctx{cos, sin, keyMask, options.attentionMask.defined() ? tokenMask : torch::Tensor(), past, &masks};

    ForwardResult r;
    if (options.outputHiddenStates)
        r.hiddenStates.push_back(h);
    const std::size_t L = model->layers->size();
    for (std::size_t i = 0; i < L; ++i) {
        auto layer = model->layers[i]->as<DecoderLayerImpl>();
        torch::Tensor x = layer->input_layernorm(h);
        torch::Tensor a = layer->mixer().forward(x, ctx, cache ? &cache->layers[i] : nullptr);
        if (options.captureAttention) {
            r.attentionInputs.push_back(x);
            r.attentionOutputs.push_back(a);
            if (static_cast<std::int64_t>(i) == options.stopAfterAttention)
                return r;
        }
        h = h + a;
        h = h + layer->mlp(layer->post_attention_layernorm(h));
        if (options.outputHiddenStates && i + 1 < L)
            r.hiddenStates.push_back(h);
    }
    h = model->norm(h);
    if (options.outputHiddenStates)
        r.hiddenStates.push_back(h);
    if (cache)
        cache->length = past + T;
    if (options.computeLogits) {
        torch::Tensor last = options.lastTokenLogitsOnly ? h.narrow(1, T - 1, 1) : h;
        r.logits = F::linear(last, outputWeight());
    }
    return r;
}

PrefillInputs CausalLMImpl::prefill(const torch::Tensor &inputIds, const torch::Tensor &attentionMask)
{
    if (inputIds.dim() != 2 || inputIds.size(1) == 0)
        throw Error("input_ids must be a non-empty [batch, tokens], got " + shapeString(inputIds));
    auto ids = inputIds.to(torch::kInt64);
    const std::int64_t minId = ids.min().item<std::int64_t>(), maxId = ids.max().item<std::int64_t>();
    if (minId < 0 || maxId >= config.vocabSize)
        throw Error("input_ids holds token id " + std::to_string(minId < 0 ? minId : maxId)
                    + " outside the vocabulary [0, " + std::to_string(config.vocabSize) + ")");
    const torch::Device device = model->embed_tokens->weight.device();
    ids = ids.to(device);
    PrefillInputs p;
    const torch::Tensor tokenMask = attentionMask.defined()
        ? attentionMask.to(device).to(torch::kBool)
        : torch::ones_like(ids, torch::TensorOptions().dtype(torch::kBool));
    if (tokenMask.sizes() != ids.sizes())
        throw Error("attention_mask has shape " + shapeString(tokenMask) + ", expected " + shapeString(ids));
    p.keyMask = tokenMask;
    p.tokenMask = attentionMask.defined() ? tokenMask : torch::Tensor();
    const std::int64_t T = ids.size(1);
    const torch::Tensor positions = torch::arange(0, T, torch::TensorOptions().dtype(torch::kInt64).device(device))
                                        .unsqueeze(0).expand({ids.size(0), T});
    p.embeddings = model->embed_tokens(ids);
    std::tie(p.cos, p.sin) = rotary.cosSin(positions, p.embeddings.scalar_type());
    return p;
}

torch::Tensor CausalLMImpl::runLayers(torch::Tensor h, std::int64_t from, std::int64_t to, PrefillInputs &inputs,
                                      std::vector<torch::Tensor> *entering)
{
    const auto L = static_cast<std::int64_t>(model->layers->size());
    if (from < 0 || to > L || from > to)
        throw Error("layer range [" + std::to_string(from) + ", " + std::to_string(to) + ") is outside the model ("
                    + std::to_string(L) + " layers)");
    if (entering && static_cast<std::int64_t>(entering->size()) < L)
        entering->resize(static_cast<std::size_t>(L));
    MixerContext ctx{inputs.cos, inputs.sin, inputs.keyMask, inputs.tokenMask, 0, &inputs.masks};
    for (std::int64_t i = from; i < to; ++i) {
        if (entering)
            (*entering)[static_cast<std::size_t>(i)] = h;
        auto layer = model->layers[static_cast<std::size_t>(i)]->as<DecoderLayerImpl>();
        torch::Tensor x = layer->input_layernorm(h);
        h = h + layer->mixer().forward(x, ctx, nullptr);
        h = h + layer->mlp(layer->post_attention_layernorm(h));
    }
    return h;
}

DecoderLayerImpl &CausalLMImpl::layer(std::int64_t index) const
{
    if (index < 0 || index >= static_cast<std::int64_t>(model->layers->size()))
        throw Error("layer " + std::to_string(index) + " is outside the model (" + std::to_string(config.numLayers)
                    + " layers)");
    return *model->layers->ptr(static_cast<std::size_t>(index))->as<DecoderLayerImpl>();
}

void CausalLMImpl::setStudent(std::int64_t index, MixerPtr student)
{
    DecoderLayerImpl &l = layer(index);
    if (!student) {
        if (l.linear_attn)
            l.unregister_module("linear_attn");
        l.linear_attn = nullptr;
        l.useStudent = false;
        return;
    }
    if (!student->isLinear())
        throw Error("layer " + std::to_string(index) + ": a student must be a linear mixer, got '" + student->kind()
                    + "'");
    const std::int64_t hidden = student->options().value("hidden_size", config.hiddenSize);
    if (hidden != config.hiddenSize)
        throw Error("layer " + std::to_string(index) + ": the " + student->kind() + " student has hidden size "
                    + std::to_string(hidden) + ", the model " + std::to_string(config.hiddenSize));
    const auto &w = model->embed_tokens->weight;
    student->to(w.device(), w.scalar_type());
    if (l.linear_attn)
        l.linear_attn = l.replace_module("linear_attn", student);
    else
        l.linear_attn = l.register_module("linear_attn", student);
    l.useStudent = false;
}

MixerPtr CausalLMImpl::student(std::int64_t index) const
{
    return layer(index).linear_attn;
}

void CausalLMImpl::setLinearLayers(const std::vector<std::int64_t> &layers)
{
    for (std::int64_t i : layers)
        if (!layer(i).linear_attn)
            throw Error("layer " + std::to_string(i) + " has no student mixer to switch to");
    for (const auto &entry : config.linearLayers)
        if (std::find(layers.begin(), layers.end(), entry.first) == layers.end())
            throw Error("layer " + std::to_string(entry.first) + " of this exported hybrid has no attention to switch back to");
    for (std::int64_t i = 0; i < config.numLayers; ++i)
        layer(i).useStudent = false;
    for (std::int64_t i : layers)
        layer(i).useStudent = true;
}

std::vector<std::int64_t> CausalLMImpl::linearLayers() const
{
    std::vector<std::int64_t> out;
    for (std::int64_t i = 0; i < config.numLayers; ++i)
        if (layer(i).useStudent && layer(i).linear_attn)
            out.push_back(i);
    return out;
}

// ---------------------------------------------------------------- loading

void loadParameters(CausalLMImpl &lm, const WeightFiles &weights, const LoadOptions &options)
{
    std::set<std::string> used;
    {
        torch::NoGradGuard noGrad;
        for (auto &item : lm.named_parameters(/*recurse=*/true)) {
            const std::string &name = item.key();
            torch::Tensor &param = item.value();
            torch::Tensor w = loadWeight(weights, name, param.sizes().vec());
            param.set_data(w.to(options.dtype));
            used.insert(name);
        }
    }
    for (const std::string &name : weights.tensorNames()) {
        if (used.count(name))
            continue;
        if (name.find("rotary_emb.inv_freq") != std::string::npos)
            continue;
        if (name == "lm_head.weight" && lm.config.tieWordEmbeddings)
            continue; // some tied checkpoints store the copy anyway
        WeightFiles::Location loc = weights.find(name);
        throw Error(loc.file->path() + ": unexpected tensor '" + name + "' for a " + lm.config.modelType
                    + " model with this config (wrong model_type or architecture?)");
    }
    lm.to(options.device);
    lm.eval();
    for (auto &p : lm.parameters())
        p.set_requires_grad(false);
}

CausalLM loadCausalLM(const std::string &modelDir, const LoadOptions &options)
{
    ModelConfig config = loadModelConfig(modelDir);
    if (!config.linearLayers.empty())
        throw Error(modelDir + "/config.json: a hybrid with linear_attention layers (written by dtr export); "
                    "it loads through loadModel (pipeline/model_loading.h)");
    WeightFiles weights(modelDir);
    CausalLM lm(config);
    lm->eval();
    loadParameters(*lm, weights, options);
    return lm;
}

} // namespace dtr
