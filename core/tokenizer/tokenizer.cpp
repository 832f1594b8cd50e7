#include "tokenizer/tokenizer.h"

#include "tokenizer/added_tokens.h"
#include "tokenizer/decoders.h"
#include "tokenizer/json_reader.h"
#include "tokenizer/models.h"
#include "tokenizer/normalizers.h"
#include "tokenizer/post_processors.h"
#include "tokenizer/pre_tokenizers.h"
#include "util/utf8.h"
#include "util/error.h"
#include "util/json_util.h"

#include <filesystem>
#include <unordered_set>
#include <utility>

// A torch-free, Qt-free reader of Hugging Face tokenizer.json files that reproduces
// what the `tokenizers` library (0.2x) encodes and decodes. The pipeline mirrors the
// library's:
//   raw text -> added tokens split out (not normalized ones) -> normalizer
//            -> added tokens split out (normalized ones) -> pre-tokenizer -> BPE model
//            -> post-processor
// and decode: ids -> tokens (special ones skipped on request) -> decoder chain -> join.
// Each tokenizer.json component has its own file in this folder (normalizers,
// pre_tokenizers, models, decoders, post_processors, added_tokens).

namespace dtr {

using tok::Json;

struct Tokenizer::Impl
{
    std::string m_source;
    tok::BpeModel m_model;
    tok::AddedVocabulary m_added;
    std::unique_ptr<tok::Normalizer> m_normalizer;
    std::unique_ptr<tok::PreTokenizer> m_preTokenizer;
    std::unique_ptr<tok::Decoder> m_decoder;
    std::unique_ptr<tok::PostProcessor> m_postProcessor;
    std::int64_t m_vocabSize = 0;

    void load(const Json &root);
    // The token of `id`: an added token's content, else the model's; nullptr when neither.
    const std::string *token(std::int64_t id) const;
};

void Tokenizer::Impl::load(const Json &root)
{
    tok::JsonReader r(m_source);
    if (!root.is_object())
        throw Error(m_source + ": expected a JSON object at the top level, got " + std::string(root.type_name()));
    const Json *model = r.find(root, "model");
    if (!model)
        r.fail("model", "missing");
    m_model.load(r, *model);

    if (const Json *n = r.find(root, "normalizer"))
        m_normalizer = tok::makeNormalizer(r, *n, "normalizer");
    if (const Json *p = r.find(root, "pre_tokenizer"))
        m_preTokenizer = tok::makePreTokenizer(r, *p, "pre_tokenizer");
    if (const Json *d = r.find(root, "decoder"))
        m_decoder = tok::makeDecoder(r, *d, "decoder");
    if (const Json *p = r.find(root, "post_processor"))
        m_postProcessor = tok::makePostProcessor(r, *p, "post_processor");

    m_added.load(r, root, m_model.vocab());
    m_added.buildMatchers(m_normalizer.get());

    std::unordered_set<std::string> all;
    all.reserve(m_model.vocab().size() + m_added.tokens().size());
    for (const auto &kv : m_model.vocab())
        all.insert(kv.first);
    for (const tok::AddedToken &t : m_added.tokens())
        all.insert(t.content);
    m_vocabSize = static_cast<std::int64_t>(all.size());
}

const std::string *Tokenizer::Impl::token(std::int64_t id) const
{
    if (const tok::AddedToken *added = m_added.findById(id))
        return &added->content;
    return m_model.token(id);
}

namespace {

std::unique_ptr<Tokenizer::Impl> loadImpl(const Json &root, const std::string &source)
{
    auto impl = std::make_unique<Tokenizer::Impl>();
    impl->m_source = source;
    try {
        impl->load(root);
    } catch (const nlohmann::json::exception &e) {
        // a JSON shape the reader did not check for
        throw Error(source + ": invalid tokenizer: " + e.what());
    }
    return impl;
}

} // namespace

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Tokenizer::~Tokenizer() = default;

std::shared_ptr<Tokenizer> Tokenizer::fromJson(const std::string &jsonText, const std::string &source)
{
    return std::shared_ptr<Tokenizer>(new Tokenizer(loadImpl(parseJson(jsonText, source), source)));
}

std::shared_ptr<Tokenizer> Tokenizer::fromFile(const std::string &path)
{
    return std::shared_ptr<Tokenizer>(new Tokenizer(loadImpl(readJsonFile(path), path)));
}

std::shared_ptr<Tokenizer> Tokenizer::fromPath(const std::string &path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        const bool slash = !path.empty() && path.back() == '/';
        return fromFile(path + (slash ? "" : "/") + "tokenizer.json");
    }
    return fromFile(path);
}

std::vector<std::int64_t> Tokenizer::encode(const std::string &text, bool addSpecial) const
{
    const Impl &d = *m_impl;
    if (const std::optional<std::size_t> bad = firstInvalidUtf8(text)) {
        throw Error(d.m_source + ": encode: input is not valid UTF-8 (byte " + std::to_string(*bad) + " of "
                    + std::to_string(text.size()) + ")");
    }

    std::vector<std::int64_t> ids;
    for (tok::Segment &raw : d.m_added.split(text, true, false)) {
        if (raw.id >= 0) {
            ids.push_back(raw.id);
            continue;
        }
        if (d.m_normalizer)
            d.m_normalizer->normalize(raw.text);
        for (tok::Segment &seg : d.m_added.split(raw.text, raw.atStart, true)) {
            if (seg.id >= 0) {
                ids.push_back(seg.id);
                continue;
            }
            if (seg.text.empty())
                continue;
            std::vector<tok::Piece> pieces{{std::move(seg.text), seg.atStart}};
            if (d.m_preTokenizer)
                d.m_preTokenizer->preTokenize(pieces);
            for (const tok::Piece &p : pieces)
                d.m_model.tokenize(p.text, ids);
        }
    }
    if (d.m_postProcessor)
        d.m_postProcessor->process(ids, addSpecial);
    return ids;
}

std::string Tokenizer::decode(const std::vector<std::int64_t> &ids, bool skipSpecial) const
{
    const Impl &d = *m_impl;
    std::vector<std::string> tokens;
    tokens.reserve(ids.size());
    for (std::int64_t id : ids) {
        const std::string *token = d.token(id);
        if (!token) {
            throw Error(d.m_source + ": decode: id " + std::to_string(id) + " is not in the vocabulary ("
                        + std::to_string(d.m_vocabSize) + " tokens)");
        }
        if (skipSpecial && d.m_added.isSpecial(*token))
            continue;
        tokens.push_back(*token);
    }
    if (!d.m_decoder) {
        std::string out;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (i)
                out += ' ';
            out += tokens[i];
        }
        return out;
    }
    d.m_decoder->decodeChain(tokens);
    std::string out;
    for (const std::string &t : tokens)
        out += t;
    return out;
}

std::int64_t Tokenizer::vocabSize() const
{
    return m_impl->m_vocabSize;
}

std::int64_t Tokenizer::tokenToId(const std::string &token) const
{
    if (const std::optional<std::int64_t> added = m_impl->m_added.idOf(token))
        return *added;
    const auto &vocab = m_impl->m_model.vocab();
    auto it = vocab.find(token);
    return it == vocab.end() ? -1 : static_cast<std::int64_t>(it->second);
}

std::string Tokenizer::idToToken(std::int64_t id) const
{
    const std::string *token = m_impl->token(id);
    return token ? *token : std::string();
}

const std::string &Tokenizer::source() const
{
    return m_impl->m_source;
}

} // namespace dtr
