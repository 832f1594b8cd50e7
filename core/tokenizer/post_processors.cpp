#include "tokenizer/post_processors.h"

#include "tokenizer/sequence.h"

#include <limits>
#include <map>

namespace dtr::tok {

namespace {

class SequencePostProcessor : public SequenceOf<PostProcessor>
{
public:
    using SequenceOf::SequenceOf;
    void process(std::vector<std::int64_t> &ids, bool addSpecial) const override
    {
        for (const auto &p : m_parts)
            p->process(ids, addSpecial);
    }
};

class NoOpPostProcessor : public PostProcessor
{
public:
    void process(std::vector<std::int64_t> &, bool) const override {}
};

// A template: each item is either the sequence ($A) or a list of special-token ids.
struct TemplateItem
{
    bool isSequence;
    std::vector<std::int64_t> ids;
};

class TemplatePostProcessor : public PostProcessor
{
public:
    explicit TemplatePostProcessor(std::vector<TemplateItem> items)
        : m_items(std::move(items))
    {
    }
    void process(std::vector<std::int64_t> &ids, bool addSpecial) const override
    {
        if (!addSpecial)
            return;
        std::vector<std::int64_t> out;
        for (const TemplateItem &item : m_items) {
            if (item.isSequence)
                out.insert(out.end(), ids.begin(), ids.end());
            else
                out.insert(out.end(), item.ids.begin(), item.ids.end());
        }
        ids = std::move(out);
    }

private:
    std::vector<TemplateItem> m_items;
};

constexpr std::int64_t kMaxId = std::numeric_limits<std::uint32_t>::max();

// TemplateProcessing's special_tokens: {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}, ...}
std::map<std::string, std::vector<std::int64_t>> readSpecialTokens(const JsonReader &r, const Json &obj,
                                                                   const std::string &path)
{
    std::map<std::string, std::vector<std::int64_t>> specials;
    const Json *st = r.find(obj, "special_tokens");
    if (!st)
        return specials;
    const std::string stPath = JsonReader::join(path, "special_tokens");
    r.requireObject(*st, stPath);
    for (auto it = st->begin(); it != st->end(); ++it) {
        const std::string entryPath = JsonReader::join(stPath, it.key());
        r.requireObject(it.value(), entryPath);
        const Json &idList = r.array(it.value(), "ids", entryPath);
        std::vector<std::int64_t> ids;
        for (std::size_t i = 0; i < idList.size(); ++i)
            ids.push_back(r.integer(idList[i], indexPath(JsonReader::join(entryPath, "ids"), i), 0, kMaxId));
        specials[r.stringOr(it.value(), "id", entryPath, it.key())] = std::move(ids);
    }
    return specials;
}

// The "single" template, either "<s> $A </s>" (the Python constructor's form) or
// [{"SpecialToken": {"id": "<s>"}}, {"Sequence": {"id": "A"}}, ...].
std::unique_ptr<PostProcessor> makeTemplateProcessor(const JsonReader &r, const Json &obj, const std::string &path)
{
    const std::map<std::string, std::vector<std::int64_t>> specials = readSpecialTokens(r, obj, path);
    const std::string singlePath = JsonReader::join(path, "single");
    const Json &single = r.required(obj, "single", path);
    std::vector<TemplateItem> items;
    auto addSpecial = [&](const std::string &name, const std::string &where) {
        auto it = specials.find(name);
        if (it == specials.end())
            r.fail(where, "special token '" + name + "' is not in 'special_tokens'");
        items.push_back({false, it->second});
    };
    auto addSequence = [&](const std::string &name, const std::string &where) {
        if (name != "A")
            r.fail(where, "sequence '" + name + "' in a single-sequence template");
        // Twice would double the ids, and a Sequence of such templates double them again
        // for each: memory exponential in the file's size.
        for (const TemplateItem &item : items)
            if (item.isSequence)
                r.fail(where, "the sequence $A appears more than once in the template");
        items.push_back({true, {}});
    };
    if (single.is_string()) {
        std::string text = single.get<std::string>();
        std::size_t pos = 0;
        while (pos < text.size()) {
            const std::size_t sp = text.find(' ', pos);
            std::string piece = text.substr(pos, sp == std::string::npos ? std::string::npos : sp - pos);
            pos = sp == std::string::npos ? text.size() : sp + 1;
            if (piece.empty())
                continue;
            const std::size_t colon = piece.rfind(':');
            if (colon != std::string::npos && colon > 0)
                piece = piece.substr(0, colon);
            if (piece[0] == '$') {
                const std::string name = piece.substr(1);
                addSequence(name.empty() || name == "0" ? "A" : name == "1" ? "B" : name, singlePath);
            } else {
                addSpecial(piece, singlePath);
            }
        }
    } else if (single.is_array()) {
        for (std::size_t i = 0; i < single.size(); ++i) {
            const std::string itemPath = indexPath(singlePath, i);
            const Json &item = single[i];
            r.requireObject(item, itemPath);
            if (const Json *seq = r.find(item, "Sequence")) {
                r.requireObject(*seq, JsonReader::join(itemPath, "Sequence"));
                addSequence(r.string(*seq, "id", JsonReader::join(itemPath, "Sequence")), itemPath);
            } else if (const Json *sp = r.find(item, "SpecialToken")) {
                r.requireObject(*sp, JsonReader::join(itemPath, "SpecialToken"));
                addSpecial(r.string(*sp, "id", JsonReader::join(itemPath, "SpecialToken")), itemPath);
            } else {
                r.fail(itemPath, "expected {\"Sequence\": ...} or {\"SpecialToken\": ...}");
            }
        }
    } else {
        r.fail(singlePath, std::string("expected an array, got ") + single.type_name());
    }
    return std::make_unique<TemplatePostProcessor>(std::move(items));
}

// BertProcessing / RobertaProcessing: "cls": ["<s>", 0], "sep": ["</s>", 2].
std::unique_ptr<PostProcessor> makeClsSepProcessor(const JsonReader &r, const Json &obj, const std::string &path)
{
    auto specialId = [&](const char *key) {
        const std::string field = JsonReader::join(path, key);
        const Json &pair = r.array(obj, key, path);
        if (pair.size() != 2 || !pair[0].is_string())
            r.fail(field, "expected [token, id]");
        return r.integer(pair[1], indexPath(field, 1), 0, kMaxId);
    };
    std::vector<TemplateItem> items;
    items.push_back({false, {specialId("cls")}});
    items.push_back({true, {}});
    items.push_back({false, {specialId("sep")}});
    return std::make_unique<TemplatePostProcessor>(std::move(items));
}

} // namespace

std::unique_ptr<PostProcessor> makePostProcessor(const JsonReader &r, const Json &obj, const std::string &path)
{
    const std::string type = r.type(obj, path);
    if (type == "Sequence") {
        auto parts = readComponents<PostProcessor>(r, obj, "processors", path, makePostProcessor);
        return std::make_unique<SequencePostProcessor>(std::move(parts));
    }
    if (type == "ByteLevel")
        return std::make_unique<NoOpPostProcessor>(); // it only adjusts offsets
    if (type == "TemplateProcessing")
        return makeTemplateProcessor(r, obj, path);
    if (type == "BertProcessing" || type == "RobertaProcessing")
        return makeClsSepProcessor(r, obj, path);
    r.unsupported("post-processor", type, path);
}

} // namespace dtr::tok
