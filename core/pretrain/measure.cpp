// Measuring a pretrained model: held-out loss over windows, the unigram baseline and
// multiple-choice accuracy on check tasks.
#include "pretrain/pretrain.h"

#include "tokenizer/tokenizer.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

namespace dtr {

double windowLoss(CausalLMImpl &model, const torch::Tensor &windows, std::int64_t batchSize)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.is_training();
    model.eval();
    double sum = 0;
    std::int64_t count = 0;
    const std::int64_t N = windows.size(0), T = windows.size(1) - 1;
    for (std::int64_t i = 0; i < N; i += batchSize) {
        torch::Tensor w = windows.narrow(0, i, std::min(batchSize, N - i));
        torch::Tensor logits = model.forward(w.narrow(1, 0, T)).logits;                      // [b, T, V]
        torch::Tensor loss = torch::nn::functional::cross_entropy(
            logits.reshape({-1, logits.size(-1)}).to(torch::kFloat32), w.narrow(1, 1, T).reshape({-1}).to(logits.device()),
            torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
        sum += loss.item<double>();
        count += w.size(0) * T;
    }
    if (wasTraining)
        model.train();
    return count > 0 ? sum / static_cast<double>(count) : std::numeric_limits<double>::quiet_NaN();
}

double unigramLoss(const std::vector<std::int32_t> &trainTokens, const torch::Tensor &windows, std::int64_t vocabSize)
{
    std::vector<double> counts(static_cast<std::size_t>(vocabSize), 1.0); // add-one
    for (std::int32_t t : trainTokens)
        if (t >= 0 && t < vocabSize)
            counts[static_cast<std::size_t>(t)] += 1.0;
    const double total = static_cast<double>(trainTokens.size()) + static_cast<double>(vocabSize);
    torch::Tensor targets = windows.narrow(1, 1, windows.size(1) - 1).contiguous();
    const std::int64_t *p = targets.data_ptr<std::int64_t>();
    double sum = 0;
    for (std::int64_t i = 0; i < targets.numel(); ++i)
        sum -= std::log(counts[static_cast<std::size_t>(p[i])] / total);
    return targets.numel() > 0 ? sum / static_cast<double>(targets.numel()) : std::numeric_limits<double>::quiet_NaN();
}

ChoiceScore scoreMultipleChoice(CausalLMImpl &model, const Tokenizer &tok, const std::string &path,
                                std::int64_t maxExamples)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot open");
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.is_training();
    model.eval();
    const std::int64_t maxLen = model.config.maxPositionEmbeddings;
    // Every sequence starts with a prefix token, BOS (else EOS), as dtr eval does.
    const std::int64_t prefix = model.config.bosTokenId ? *model.config.bosTokenId
        : model.config.eosTokenIds.empty()              ? 0
                                                        : model.config.eosTokenIds.front();
    const torch::Device device = model.model->embed_tokens->weight.device();
    ChoiceScore score;
    score.file = path;
    double correct = 0, correctNorm = 0, chance = 0;
    std::string line;
    std::int64_t lineNo = 0;
    while (std::getline(in, line) && (maxExamples <= 0 || score.examples < maxExamples)) {
        ++lineNo;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        const std::string where = path + ": line " + std::to_string(lineNo);
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line);
        } catch (const nlohmann::json::exception &) {
            throw Error(where + ": malformed JSON");
        }
        if (!j.is_object() || !j.contains("context") || !j["context"].is_string())
            throw Error(where + ": missing string field 'context'");
        if (!j.contains("choices") || !j["choices"].is_array() || j["choices"].size() < 2)
            throw Error(where + ": field 'choices' must be an array of at least two strings");
        if (!j.contains("label") || !j["label"].is_number_integer())
            throw Error(where + ": missing integer field 'label'");
        const auto label = j["label"].get<std::int64_t>();
        const auto nChoices = static_cast<std::int64_t>(j["choices"].size());
        if (label < 0 || label >= nChoices)
            throw Error(where + ": label " + std::to_string(label) + " is outside the " + std::to_string(nChoices)
                        + " choices");
        const std::string context = j["context"].get<std::string>();
        std::vector<std::int64_t> ctx = tok.encode(context);
        std::vector<std::vector<std::int64_t>> seqs;
        std::vector<std::int64_t> contStart;
        std::vector<double> chars;
        for (std::int64_t c = 0; c < nChoices; ++c) {
            const auto &choice = j["choices"][static_cast<std::size_t>(c)];
            if (!choice.is_string())
                throw Error(where + ": choice " + std::to_string(c) + " is not a string");
            std::vector<std::int64_t> whole = tok.encode(context + choice.get<std::string>());
            if (whole.size() <= ctx.size())
                throw Error(where + ": choice " + std::to_string(c) + " adds no tokens to the context");
            whole.insert(whole.begin(), prefix);
            std::int64_t start = static_cast<std::int64_t>(ctx.size()) + 1;
            // Left-truncate to the model's context (as lm-eval does).
            const auto excess = static_cast<std::int64_t>(whole.size()) - maxLen;
            if (excess > 0) {
                whole.erase(whole.begin(), whole.begin() + excess);
                start = std::max<std::int64_t>(1, start - excess);
            }
            seqs.push_back(std::move(whole));
            contStart.push_back(start);
            std::size_t codePoints = 0; // acc_norm divides by the length in characters
            for (unsigned char ch : choice.get<std::string>())
                codePoints += (ch & 0xC0) != 0x80 ? 1 : 0;
            chars.push_back(static_cast<double>(std::max<std::size_t>(1, codePoints)));
        }
        std::size_t longest = 0;
        for (const auto &s : seqs)
            longest = std::max(longest, s.size());
        torch::Tensor ids = torch::zeros({nChoices, static_cast<std::int64_t>(longest)}, torch::kInt64);
        for (std::int64_t c = 0; c < nChoices; ++c) {
            const auto &s = seqs[static_cast<std::size_t>(c)];
            std::copy(s.begin(), s.end(), ids[c].data_ptr<std::int64_t>());
        }
        torch::Tensor logp = torch::log_softmax(
            model.forward(ids.narrow(1, 0, static_cast<std::int64_t>(longest) - 1).to(device)).logits.to(torch::kFloat32),
            -1).cpu(); // [C, L-1, V]
        std::int64_t best = 0, bestNorm = 0;
        double bestLl = -INFINITY, bestLlNorm = -INFINITY;
        for (std::int64_t c = 0; c < nChoices; ++c) {
            const auto &s = seqs[static_cast<std::size_t>(c)];
            double ll = 0;
            for (auto k = contStart[static_cast<std::size_t>(c)]; k < static_cast<std::int64_t>(s.size()); ++k)
                ll += logp[c][k - 1][s[static_cast<std::size_t>(k)]].item<double>();
            if (ll > bestLl) {
                bestLl = ll;
                best = c;
            }
            if (ll / chars[static_cast<std::size_t>(c)] > bestLlNorm) {
                bestLlNorm = ll / chars[static_cast<std::size_t>(c)];
                bestNorm = c;
            }
        }
        correct += best == label ? 1 : 0;
        correctNorm += bestNorm == label ? 1 : 0;
        chance += 1.0 / static_cast<double>(nChoices);
        ++score.examples;
    }
    if (wasTraining)
        model.train();
    if (score.examples == 0)
        throw Error(path + ": no examples");
    const auto n = static_cast<double>(score.examples);
    score.acc = correct / n;
    score.accNorm = correctNorm / n;
    score.chance = chance / n;
    return score;
}

// ---------------------------------------------------------------- training

} // namespace dtr
