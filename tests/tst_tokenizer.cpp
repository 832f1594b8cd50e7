// Tests of dtr::Tokenizer against reference encodings made with Hugging Face
// `tokenizers` (the *.cases.json fixtures), plus added tokens, post-processors,
// pre-tokenizer behaviours and error reporting on broken files and bad input.

#include "tokenizer/tokenizer.h"
#include "util/error.h"
#include "util/json_util.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using Ids = std::vector<std::int64_t>;
using JsonEdit = std::function<void(nlohmann::json &)>;

Q_DECLARE_METATYPE(Ids)
Q_DECLARE_METATYPE(JsonEdit)

namespace {

const char *const kFixtureDir = DTR_SHARED_DIR "/fixtures/hf/tokenizers";
const char *const kExtraDir = DTR_TEST_DATA_DIR "/hf-extra/tokenizers";

struct CasesFile
{
    const char *name; // row-tag prefix
    const char *dir;
    const char *file;
};

const CasesFile kCasesFiles[] = {
    {"llama3", kFixtureDir, "bytelevel_llama3.cases.json"},
    {"metaspace", kFixtureDir, "metaspace_bytefallback.cases.json"},
    {"gpt2", kExtraDir, "bytelevel_gpt2.cases.json"},
};

std::string tokenizerPath(const char *name)
{
    for (const CasesFile &f : kCasesFiles) {
        if (std::string(f.name) == name) {
            const nlohmann::json cases = dtr::readJsonFile(std::string(f.dir) + "/" + f.file);
            return std::string(f.dir) + "/" + cases.at("tokenizer").get<std::string>();
        }
    }
    return {};
}

QByteArray toBytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

std::string toStd(const QByteArray &b)
{
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

Ids concat(std::initializer_list<Ids> parts)
{
    Ids out;
    for (const Ids &p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

char *idsToString(const Ids &ids)
{
    QByteArray s = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i)
            s += ", ";
        s += QByteArray::number(static_cast<qlonglong>(ids[i]));
    }
    s += "]";
    return qstrdup(s.constData());
}

} // namespace

// Lets QCOMPARE print id lists when they differ.
namespace QTest {
template<>
char *toString(const Ids &ids)
{
    return idsToString(ids);
}
} // namespace QTest

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void encodeMatchesReference_data();
    void encodeMatchesReference();
    void decodeMatchesReference_data();
    void decodeMatchesReference();
    void roundTrip_data();
    void roundTrip();

    void addedTokensAreNotSplit_data();
    void addedTokensAreNotSplit();
    void decodeSkipsSpecialTokens();
    void vocabularyLookups();
    void fromPathAcceptsAFolder();

    void templatePostProcessorAddsSpecialTokens();
    void addedTokenStripAndSingleWord();
    void metaspacePreTokenizerMatchesNormalizerForm();
    void metaspacePrependSchemeFirst();
    void metaspaceDecoder();
    void splitBehaviors_data();
    void splitBehaviors();
    void byteFallbackInvalidUtf8();
    void byteLevelInvalidUtf8IsLossy();
    void unicodeNormalizers_data();
    void unicodeNormalizers();
    void nfcKeepsReferenceIds();
    void encodeFromSeveralThreads();

    void brokenFilesThrow_data();
    void brokenFilesThrow();
    void missingFileThrows();
    void invalidUtf8InEncodeThrows_data();
    void invalidUtf8InEncodeThrows();
    void outOfRangeIdInDecodeThrows_data();
    void outOfRangeIdInDecodeThrows();

private:
    std::shared_ptr<dtr::Tokenizer> tokenizer(const QString &name);
    // Writes `json` into the temporary folder and loads it.
    std::shared_ptr<dtr::Tokenizer> loadVariant(const nlohmann::json &json, const QString &fileName);
    QString writeFile(const QString &fileName, const QByteArray &contents);
    void addCaseRows(bool idsOnly);

    QTemporaryDir m_tempDir;
    std::map<QString, std::shared_ptr<dtr::Tokenizer>> m_tokenizers;
};

void TestTokenizer::initTestCase()
{
    QVERIFY(m_tempDir.isValid());
    for (const CasesFile &f : kCasesFiles) {
        const QString path = QString::fromUtf8(f.dir) + "/" + QString::fromUtf8(f.file);
        QVERIFY2(QFile::exists(path), qPrintable("missing fixture " + path));
    }
}

std::shared_ptr<dtr::Tokenizer> TestTokenizer::tokenizer(const QString &name)
{
    auto it = m_tokenizers.find(name);
    if (it != m_tokenizers.end())
        return it->second;
    auto tok = dtr::Tokenizer::fromFile(tokenizerPath(name.toUtf8().constData()));
    m_tokenizers[name] = tok;
    return tok;
}

QString TestTokenizer::writeFile(const QString &fileName, const QByteArray &contents)
{
    const QString path = m_tempDir.filePath(fileName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(contents);
    return path;
}

std::shared_ptr<dtr::Tokenizer> TestTokenizer::loadVariant(const nlohmann::json &json, const QString &fileName)
{
    const QString path = writeFile(fileName, toBytes(json.dump()));
    return dtr::Tokenizer::fromFile(path.toStdString());
}

void TestTokenizer::addCaseRows(bool idsOnly)
{
    QTest::addColumn<QString>("tokenizerName");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Ids>("ids");
    QTest::addColumn<QByteArray>("decoded");
    for (const CasesFile &f : kCasesFiles) {
        const nlohmann::json cases = dtr::readJsonFile(std::string(f.dir) + "/" + f.file);
        const nlohmann::json &list = cases.at("cases");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const nlohmann::json &c = list[i];
            const QByteArray tag = QByteArray(f.name) + "/" + QByteArray::number(static_cast<qulonglong>(i));
            QTest::newRow(tag.constData()) << QString::fromUtf8(f.name) << toBytes(c.at("text").get<std::string>())
                                           << c.at("ids").get<Ids>()
                                           << (idsOnly ? QByteArray() : toBytes(c.at("decoded").get<std::string>()));
        }
    }
}

void TestTokenizer::encodeMatchesReference_data()
{
    addCaseRows(true);
}

void TestTokenizer::encodeMatchesReference()
{
    QFETCH(QString, tokenizerName);
    QFETCH(QByteArray, text);
    QFETCH(Ids, ids);
    QCOMPARE(tokenizer(tokenizerName)->encode(toStd(text)), ids);
}

void TestTokenizer::decodeMatchesReference_data()
{
    addCaseRows(false);
}

void TestTokenizer::decodeMatchesReference()
{
    // The references were decoded with skip_special_tokens=True (the metaspace fixture's
    // <0xNN> byte tokens are special, hence "nave caf dj vu").
    QFETCH(QString, tokenizerName);
    QFETCH(Ids, ids);
    QFETCH(QByteArray, decoded);
    QCOMPARE(toBytes(tokenizer(tokenizerName)->decode(ids, true)), decoded);
}

void TestTokenizer::roundTrip_data()
{
    addCaseRows(true);
}

void TestTokenizer::roundTrip()
{
    // Without skipping special tokens, every fixture's decoder gives the text back.
    QFETCH(QString, tokenizerName);
    QFETCH(QByteArray, text);
    auto tok = tokenizer(tokenizerName);
    QCOMPARE(toBytes(tok->decode(tok->encode(toStd(text)), false)), text);
}

void TestTokenizer::addedTokensAreNotSplit_data()
{
    QTest::addColumn<QString>("tokenizerName");
    QTest::addColumn<QByteArray>("special");
    QTest::newRow("llama3 bos") << "llama3" << QByteArray("<|begin_of_text|>");
    QTest::newRow("llama3 eos") << "llama3" << QByteArray("<|end_of_text|>");
    QTest::newRow("gpt2 eot") << "gpt2" << QByteArray("<|endoftext|>");
    QTest::newRow("metaspace bos") << "metaspace" << QByteArray("<s>");
    QTest::newRow("metaspace eos") << "metaspace" << QByteArray("</s>");
}

void TestTokenizer::addedTokensAreNotSplit()
{
    QFETCH(QString, tokenizerName);
    QFETCH(QByteArray, special);
    auto tok = tokenizer(tokenizerName);
    const std::string sp = toStd(special);
    const std::int64_t id = tok->tokenToId(sp);
    QVERIFY(id >= 0);

    // Alone, in front, behind and between: always one id, the rest encoded on its own.
    QCOMPARE(tok->encode(sp), Ids{id});
    QCOMPARE(tok->encode(sp + "hello"), concat({{id}, tok->encode("hello")}));
    QCOMPARE(tok->encode("hello" + sp), concat({tok->encode("hello"), {id}}));
    QCOMPARE(tok->encode("a b" + sp + sp + "c"), concat({tok->encode("a b"), {id, id}, tok->encode("c")}));
    // A partial token is ordinary text.
    const Ids partial = tok->encode(sp.substr(0, sp.size() - 1) + "hello");
    QVERIFY(std::find(partial.begin(), partial.end(), id) == partial.end());
    QVERIFY(partial.size() > 1);
}

void TestTokenizer::decodeSkipsSpecialTokens()
{
    auto tok = tokenizer("llama3");
    const Ids hello = tok->encode("hello");
    const Ids ids = concat({{0}, hello, {1}});
    QCOMPARE(tok->decode(ids, false), std::string("<|begin_of_text|>hello<|end_of_text|>"));
    QCOMPARE(tok->decode(ids, true), std::string("hello"));

    auto ms = tokenizer("metaspace");
    const Ids msIds = ms->encode("<s>Hello</s>");
    QCOMPARE(msIds.front(), std::int64_t(1));
    QCOMPARE(msIds.back(), std::int64_t(2));
    QCOMPARE(ms->decode(msIds, true), std::string("Hello"));
    QCOMPARE(ms->decode(msIds, false), std::string("<s> Hello</s>"));
}

void TestTokenizer::vocabularyLookups()
{
    auto tok = tokenizer("llama3");
    QCOMPARE(tok->vocabSize(), std::int64_t(512));
    QCOMPARE(tok->tokenToId("<|begin_of_text|>"), std::int64_t(0));
    QCOMPARE(tok->idToToken(1), std::string("<|end_of_text|>"));
    QCOMPARE(tok->tokenToId("no such token"), std::int64_t(-1));
    QCOMPARE(tok->idToToken(512), std::string());
    QCOMPARE(tok->idToToken(-3), std::string());
    for (std::int64_t id : {2, 100, 222, 511})
        QCOMPARE(tok->tokenToId(tok->idToToken(id)), id);
    QCOMPARE(tokenizer("metaspace")->vocabSize(), std::int64_t(600));
    QCOMPARE(tokenizer("metaspace")->tokenToId("<0x0A>"), std::int64_t(13));
    QCOMPARE(tokenizer("gpt2")->vocabSize(), std::int64_t(400));
}

void TestTokenizer::fromPathAcceptsAFolder()
{
    const QString dir = m_tempDir.filePath("model-folder");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::copy(QString::fromStdString(tokenizerPath("gpt2")), dir + "/tokenizer.json"));
    auto tok = dtr::Tokenizer::fromPath(dir.toStdString());
    QCOMPARE(tok->source(), (dir + "/tokenizer.json").toStdString());
    QCOMPARE(tok->encode("Hello world"), tokenizer("gpt2")->encode("Hello world"));
    QCOMPARE(dtr::Tokenizer::fromPath((dir + "/").toStdString())->source(), (dir + "/tokenizer.json").toStdString());
    // A file path works too.
    auto direct = dtr::Tokenizer::fromPath(tokenizerPath("gpt2"));
    QCOMPARE(direct->source(), tokenizerPath("gpt2"));
}

void TestTokenizer::templatePostProcessorAddsSpecialTokens()
{
    nlohmann::json j = dtr::readJsonFile(tokenizerPath("llama3"));
    j["post_processor"] = nlohmann::json::parse(R"({
        "type": "Sequence",
        "processors": [
            {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": false, "use_regex": true},
            {"type": "TemplateProcessing",
             "single": [{"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 0}},
                        {"Sequence": {"id": "A", "type_id": 0}}],
             "pair": [],
             "special_tokens": {"<|begin_of_text|>": {"id": "<|begin_of_text|>", "ids": [0],
                                                      "tokens": ["<|begin_of_text|>"]}}}
        ]})");
    auto tok = loadVariant(j, "template.json");
    const Ids plain = tokenizer("llama3")->encode("Hello world");
    QCOMPARE(tok->encode("Hello world", false), plain);
    QCOMPARE(tok->encode("Hello world", true), concat({{0}, plain}));
    QCOMPARE(tok->encode("", true), Ids{0});

    // Roberta-style cls/sep.
    j["post_processor"] = nlohmann::json::parse(
        R"({"type": "RobertaProcessing", "sep": ["<|end_of_text|>", 1], "cls": ["<|begin_of_text|>", 0],
            "trim_offsets": true, "add_prefix_space": false})");
    auto roberta = loadVariant(j, "roberta.json");
    QCOMPARE(roberta->encode("Hello world", true), concat({{0}, plain, {1}}));
    QCOMPARE(roberta->encode("Hello world", false), plain);
}

void TestTokenizer::addedTokenStripAndSingleWord()
{
    nlohmann::json j = dtr::readJsonFile(tokenizerPath("gpt2"));
    j["added_tokens"].push_back({{"id", 400}, {"content", "<mask>"}, {"single_word", false}, {"lstrip", true},
                                 {"rstrip", false}, {"normalized", false}, {"special", true}});
    j["added_tokens"].push_back({{"id", 401}, {"content", "<pad>"}, {"single_word", false}, {"lstrip", false},
                                 {"rstrip", true}, {"normalized", false}, {"special", true}});
    j["added_tokens"].push_back({{"id", 402}, {"content", "ony"}, {"single_word", true}, {"lstrip", false},
                                 {"rstrip", false}, {"normalized", true}, {"special", false}});
    auto tok = loadVariant(j, "strip.json");
    auto base = tokenizer("gpt2");
    QCOMPARE(tok->vocabSize(), std::int64_t(403));
    // lstrip: the spaces before <mask> belong to it.
    QCOMPARE(tok->encode("hello  <mask> world"), concat({base->encode("hello"), {400}, base->encode(" world")}));
    // rstrip: the spaces after <pad> belong to it.
    QCOMPARE(tok->encode("hello <pad>  world"), concat({base->encode("hello "), {401}, base->encode("world")}));
    // single_word: "ony" only on its own.
    QCOMPARE(tok->encode("ony"), Ids{402});
    QCOMPARE(tok->encode("a ony."), concat({base->encode("a "), {402}, base->encode(".")}));
    QCOMPARE(tok->encode("Anthony"), base->encode("Anthony"));
    QCOMPARE(tok->encode("onyx"), base->encode("onyx"));
    // skipSpecial drops the special ones but keeps the ordinary added token.
    QCOMPARE(tok->decode({400, 402, 401}, true), std::string("ony"));
    QCOMPARE(tok->decode({400, 402, 401}, false), std::string("<mask>ony<pad>"));
}

void TestTokenizer::metaspacePreTokenizerMatchesNormalizerForm()
{
    // Llama-2 files come in two forms: Prepend+Replace normalizers (the fixture) or a
    // Metaspace pre-tokenizer without split. Both must give the reference ids.
    nlohmann::json j = dtr::readJsonFile(tokenizerPath("metaspace"));
    j["normalizer"] = nullptr;
    j["pre_tokenizer"] = {{"type", "Metaspace"}, {"replacement", "\u2581"}, {"prepend_scheme", "always"},
                          {"split", false}};
    auto tok = loadVariant(j, "metaspace_pretok.json");
    const nlohmann::json cases =
        dtr::readJsonFile(std::string(kFixtureDir) + "/metaspace_bytefallback.cases.json");
    int checked = 0;
    for (const nlohmann::json &c : cases.at("cases")) {
        const std::string text = c.at("text").get<std::string>();
        // Prepend always adds a metaspace; Metaspace does not when the text starts with one.
        if (!text.empty() && text[0] == ' ')
            continue;
        QCOMPARE(tok->encode(text), c.at("ids").get<Ids>());
        ++checked;
    }
    QCOMPARE(checked, 17);
    QCOMPARE(tok->encode(" Hello"), tok->encode("Hello"));
    QVERIFY(tokenizer("metaspace")->encode(" Hello") != tokenizer("metaspace")->encode("Hello"));

    // With split, every word starts its own BPE word at the metaspace.
    j["pre_tokenizer"]["split"] = true;
    auto split = loadVariant(j, "metaspace_split.json");
    QCOMPARE(split->encode("Hello world"), concat({tok->encode("Hello"), tok->encode("world")}));
    QCOMPARE(split->decode(split->encode("Hello  world"), false), std::string("Hello  world"));
}

void TestTokenizer::metaspacePrependSchemeFirst()
{
    nlohmann::json j = dtr::readJsonFile(tokenizerPath("metaspace"));
    j["normalizer"] = nullptr;
    j["pre_tokenizer"] = {{"type", "Metaspace"}, {"replacement", "\u2581"}, {"prepend_scheme", "first"},
                          {"split", false}};
    auto first = loadVariant(j, "metaspace_first.json");
    j["pre_tokenizer"]["prepend_scheme"] = "never";
    auto never = loadVariant(j, "metaspace_never.json");
    auto always = tokenizer("metaspace");

    QCOMPARE(first->encode("Hello"), always->encode("Hello"));
    QVERIFY(never->encode("Hello") != always->encode("Hello"));
    // "first": only the text at the very start of the input gets the prefix.
    QCOMPARE(first->encode("<s>Hello"), concat({{1}, never->encode("Hello")}));
    QCOMPARE(always->encode("<s>Hello"), concat({{1}, always->encode("Hello")}));
}

void TestTokenizer::metaspaceDecoder()
{
    nlohmann::json j = dtr::readJsonFile(tokenizerPath("metaspace"));
    j["decoder"] = {{"type", "Metaspace"}, {"replacement", "\u2581"}, {"prepend_scheme", "always"},
                    {"split", true}};
    auto tok = loadVariant(j, "metaspace_decoder.json");
    QCOMPARE(tok->decode(tok->encode("Hello world"), false), std::string("Hello world"));
    QCOMPARE(tok->decode(tok->encode("The quick brown fox"), false), std::string("The quick brown fox"));
    j["decoder"]["prepend_scheme"] = "never";
    auto never = loadVariant(j, "metaspace_decoder_never.json");
    QCOMPARE(never->decode(never->encode("Hello world"), false), std::string(" Hello world"));
}

void TestTokenizer::splitBehaviors_data()
{
    QTest::addColumn<QString>("behavior");
    QTest::addColumn<bool>("invert");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Ids>("ids");
    // vocab: a=0 b=1 ,=2 "a,"=3 ",b"=4 ",,"=5
    QTest::newRow("Isolated") << "Isolated" << false << QByteArray("a,b") << Ids{0, 2, 1};
    QTest::newRow("Isolated double") << "Isolated" << false << QByteArray("a,,b") << Ids{0, 2, 2, 1};
    QTest::newRow("Removed") << "Removed" << false << QByteArray("a,b") << Ids{0, 1};
    QTest::newRow("MergedWithPrevious") << "MergedWithPrevious" << false << QByteArray("a,b") << Ids{3, 1};
    QTest::newRow("MergedWithNext") << "MergedWithNext" << false << QByteArray("a,b") << Ids{0, 4};
    QTest::newRow("Contiguous") << "Contiguous" << false << QByteArray("a,,b") << Ids{0, 5, 1};
    QTest::newRow("Removed inverted") << "Removed" << true << QByteArray("a,b") << Ids{2};
    QTest::newRow("no split without match") << "Isolated" << false << QByteArray("ab") << Ids{0, 1};
    QTest::newRow("Removed inverted twice") << "Removed" << true << QByteArray("a,b,") << Ids{2, 2};
}

void TestTokenizer::splitBehaviors()
{
    QFETCH(QString, behavior);
    QFETCH(bool, invert);
    QFETCH(QByteArray, text);
    QFETCH(Ids, ids);
    nlohmann::json j = nlohmann::json::parse(R"({
        "version": "1.0", "added_tokens": [], "normalizer": null, "post_processor": null, "decoder": null,
        "model": {"type": "BPE", "vocab": {"a": 0, "b": 1, ",": 2, "a,": 3, ",b": 4, ",,": 5},
                  "merges": [["a", ","], [",", "b"], [",", ","]]}})");
    j["pre_tokenizer"] = {{"type", "Split"}, {"pattern", {{"String", ","}}}, {"behavior", behavior.toStdString()},
                          {"invert", invert}};
    auto tok = loadVariant(j, "split_" + behavior + (invert ? "_inv" : "") + ".json");
    QCOMPARE(tok->encode(toStd(text)), ids);
    // No decoder: tokens are joined with spaces, as the library does.
    if (behavior == "Isolated" && text == "a,b")
        QCOMPARE(tok->decode(ids), std::string("a , b"));
}

void TestTokenizer::byteFallbackInvalidUtf8()
{
    // <0xNN> tokens sit at id 3 + NN in the fixture. Bytes that are not valid UTF-8
    // become one U+FFFD each (the library's ByteFallback rule).
    auto tok = tokenizer("metaspace");
    auto byteId = [](int b) { return std::int64_t(3 + b); };
    const std::string fffd = "\xEF\xBF\xBD";
    QCOMPARE(tok->decode({byteId(0xC3), byteId(0xAF)}), std::string("\xC3\xAF"));
    QCOMPARE(tok->decode({byteId(0xC3)}), fffd);
    QCOMPARE(tok->decode({byteId(0xE6), byteId(0x97)}), fffd + fffd);
    QCOMPARE(tok->decode({byteId(0xFF), tok->tokenToId("a"), byteId(0x41)}), fffd + "aA");
}

void TestTokenizer::byteLevelInvalidUtf8IsLossy()
{
    // The ByteLevel decoder turns bytes into text like Rust's from_utf8_lossy: one U+FFFD
    // per maximal invalid subsequence.
    auto tok = tokenizer("gpt2");
    const Ids sun = tok->encode("\xE6\x97\xA5"); // U+65E5, three byte tokens
    QCOMPARE(sun.size(), std::size_t(3));
    const std::string fffd = "\xEF\xBF\xBD";
    QCOMPARE(tok->decode(sun), std::string("\xE6\x97\xA5"));
    QCOMPARE(tok->decode({sun[0], sun[1]}), fffd);
    QCOMPARE(tok->decode({sun[1], sun[2]}), fffd + fffd);
    QCOMPARE(tok->decode({sun[0], sun[1], tok->tokenToId("x")}), fffd + "x");
}

void TestTokenizer::unicodeNormalizers_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("normalized"); // what the input must encode like
    QTest::newRow("NFC composes") << "NFC" << QByteArray("caf" "e\xCC\x81") << QByteArray("caf\xC3\xA9");
    QTest::newRow("NFC singleton") << "NFC" << QByteArray("\xE2\x84\xAB") << QByteArray("\xC3\x85"); // U+212B
    QTest::newRow("NFC hangul") << "NFC" << QByteArray("\xE1\x84\x80\xE1\x85\xA1") << QByteArray("\xEA\xB0\x80");
    QTest::newRow("NFC reorders") << "NFC" << QByteArray("a\xCC\x81\xCC\x96") << QByteArray("\xC3\xA1\xCC\x96");
    QTest::newRow("NFC blocked") << "NFC" << QByteArray("e\xCC\x81\xCC\x81") << QByteArray("\xC3\xA9\xCC\x81");
    // U+11A7 is not a trailing consonant: it stays after the LV syllable (utf8proc 2.8 drops it).
    QTest::newRow("NFC hangul U+11A7") << "NFC" << QByteArray("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA7")
                                       << QByteArray("\xEA\xB0\x80\xE1\x86\xA7");
    QTest::newRow("NFD decomposes") << "NFD" << QByteArray("caf\xC3\xA9") << QByteArray("caf" "e\xCC\x81");
    QTest::newRow("NFD hangul") << "NFD" << QByteArray("\xEA\xB0\x81") << QByteArray("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8");
}

void TestTokenizer::unicodeNormalizers()
{
    QFETCH(QString, form);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, normalized);
    nlohmann::json j = dtr::readJsonFile(tokenizerPath("llama3"));
    j["normalizer"] = {{"type", form.toStdString()}};
    auto tok = loadVariant(j, "normalizer_" + form + ".json");
    auto plain = tokenizer("llama3");
    QVERIFY(plain->encode(toStd(input)) != plain->encode(toStd(normalized)));
    QCOMPARE(tok->encode(toStd(input)), plain->encode(toStd(normalized)));
    QCOMPARE(toBytes(tok->decode(tok->encode(toStd(input)))), normalized);
}

void TestTokenizer::nfcKeepsReferenceIds()
{
    // Qwen2/Qwen3 files add an NFC normalizer; on text already in NFC it changes nothing.
    nlohmann::json j = dtr::readJsonFile(tokenizerPath("llama3"));
    j["normalizer"] = {{"type", "NFC"}};
    auto tok = loadVariant(j, "nfc.json");
    const nlohmann::json cases = dtr::readJsonFile(std::string(kFixtureDir) + "/bytelevel_llama3.cases.json");
    for (const nlohmann::json &c : cases.at("cases"))
        QCOMPARE(tok->encode(c.at("text").get<std::string>()), c.at("ids").get<Ids>());
    // NFKC is not implemented: an error naming it, not a silent mismatch.
    j["normalizer"] = {{"type", "NFKC"}};
    QVERIFY_THROWS_EXCEPTION(dtr::Error, loadVariant(j, "nfkc.json"));
}

void TestTokenizer::encodeFromSeveralThreads()
{
    // One tokenizer shared by threads (its BPE cache is shared): same ids as one thread.
    nlohmann::json j = dtr::readJsonFile(tokenizerPath("gpt2"));
    auto tok = loadVariant(j, "threads.json"); // a fresh, cold cache
    const nlohmann::json cases = dtr::readJsonFile(std::string(kExtraDir) + "/bytelevel_gpt2.cases.json");
    std::vector<std::pair<std::string, Ids>> expected;
    for (const nlohmann::json &c : cases.at("cases"))
        expected.push_back({c.at("text").get<std::string>() + " " + c.at("text").get<std::string>(), {}});
    auto reference = tokenizer("gpt2");
    for (auto &e : expected)
        e.second = reference->encode(e.first);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 25; ++round) {
                for (std::size_t i = 0; i < expected.size(); ++i) {
                    const auto &e = expected[(i + static_cast<std::size_t>(t) * 7) % expected.size()];
                    if (tok->encode(e.first) != e.second || tok->decode(e.second) != e.first)
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread &th : threads)
        th.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestTokenizer::brokenFilesThrow_data()
{
    QTest::addColumn<JsonEdit>("edit");
    QTest::addColumn<QString>("expected"); // besides the file name

    QTest::newRow("missing model") << JsonEdit([](nlohmann::json &j) { j.erase("model"); }) << "'model'";
    QTest::newRow("model not an object") << JsonEdit([](nlohmann::json &j) { j["model"] = 3; }) << "'model'";
    QTest::newRow("unknown model type")
        << JsonEdit([](nlohmann::json &j) { j["model"]["type"] = "Unigram"; }) << "unsupported model 'Unigram'";
    QTest::newRow("missing vocab") << JsonEdit([](nlohmann::json &j) { j["model"].erase("vocab"); })
                                   << "'model.vocab'";
    QTest::newRow("bad vocab id") << JsonEdit([](nlohmann::json &j) { j["model"]["vocab"]["Ġ"] = "x"; })
                                  << "model.vocab";
    QTest::newRow("negative vocab id") << JsonEdit([](nlohmann::json &j) { j["model"]["vocab"]["Ġ"] = -4; })
                                       << "model.vocab";
    QTest::newRow("merge with unknown token")
        << JsonEdit([](nlohmann::json &j) { j["model"]["merges"].push_back({"Ġ", "zzz-not-in-vocab"}); })
        << "zzz-not-in-vocab";
    QTest::newRow("merge string with unknown token")
        << JsonEdit([](nlohmann::json &j) { j["model"]["merges"] = {"Ġ Ġ", "qqq-unknown Ġ"}; }) << "qqq-unknown";
    QTest::newRow("merged token not in vocab") << JsonEdit([](nlohmann::json &j) {
        j["model"]["merges"].push_back({"x", "q"});
    }) << "model.merges";
    QTest::newRow("malformed merge") << JsonEdit([](nlohmann::json &j) { j["model"]["merges"].push_back(7); })
                                     << "model.merges";
    QTest::newRow("unknown pre-tokenizer")
        << JsonEdit([](nlohmann::json &j) { j["pre_tokenizer"] = {{"type", "NoSuchPreTokenizer"}}; })
        << "unsupported pre-tokenizer 'NoSuchPreTokenizer'";
    QTest::newRow("unknown nested pre-tokenizer")
        << JsonEdit([](nlohmann::json &j) { j["pre_tokenizer"]["pretokenizers"][1]["type"] = "Whatever"; })
        << "pre_tokenizer.pretokenizers[1].type";
    QTest::newRow("bad split regex") << JsonEdit([](nlohmann::json &j) {
        j["pre_tokenizer"]["pretokenizers"][0]["pattern"]["Regex"] = "(unclosed";
    }) << "pre_tokenizer.pretokenizers[0].pattern.Regex";
    QTest::newRow("bad split behavior") << JsonEdit([](nlohmann::json &j) {
        j["pre_tokenizer"]["pretokenizers"][0]["behavior"] = "Sideways";
    }) << "Sideways";
    QTest::newRow("unknown normalizer")
        << JsonEdit([](nlohmann::json &j) { j["normalizer"] = {{"type", "NoSuchNormalizer"}}; })
        << "unsupported normalizer 'NoSuchNormalizer'";
    QTest::newRow("unknown decoder") << JsonEdit([](nlohmann::json &j) { j["decoder"] = {{"type", "CTC2"}}; })
                                     << "unsupported decoder 'CTC2'";
    QTest::newRow("unknown post-processor")
        << JsonEdit([](nlohmann::json &j) { j["post_processor"] = {{"type", "Fancy"}}; })
        << "unsupported post-processor 'Fancy'";
    QTest::newRow("template with unknown special") << JsonEdit([](nlohmann::json &j) {
        j["post_processor"] = nlohmann::json::parse(
            R"({"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<bos>", "type_id": 0}},
                {"Sequence": {"id": "A", "type_id": 0}}], "pair": [], "special_tokens": {}})");
    }) << "<bos>";
    QTest::newRow("added token without content")
        << JsonEdit([](nlohmann::json &j) { j["added_tokens"][0].erase("content"); }) << "added_tokens[0].content";
    QTest::newRow("top level array") << JsonEdit([](nlohmann::json &j) { j = nlohmann::json::array(); })
                                     << "object";
}

void TestTokenizer::brokenFilesThrow()
{
    QFETCH(JsonEdit, edit);
    QFETCH(QString, expected);
    nlohmann::json j = dtr::readJsonFile(tokenizerPath("llama3"));
    edit(j);
    const QString fileName = QString("broken_%1.json").arg(QTest::currentDataTag()).replace(' ', '_');
    const QString path = writeFile(fileName, toBytes(j.dump()));
    QVERIFY(!path.isEmpty());
    try {
        dtr::Tokenizer::fromFile(path.toStdString());
        QFAIL("no dtr::Error");
    } catch (const dtr::Error &e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith(path), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
    // The same text through fromJson names the given source.
    try {
        dtr::Tokenizer::fromJson(j.dump(), "in-memory.json");
        QFAIL("no dtr::Error");
    } catch (const dtr::Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith("in-memory.json: "), e.what());
    }
}

void TestTokenizer::missingFileThrows()
{
    const QString path = m_tempDir.filePath("does-not-exist.json");
    try {
        dtr::Tokenizer::fromFile(path.toStdString());
        QFAIL("no dtr::Error");
    } catch (const dtr::Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(path), e.what());
    }
    // A folder without tokenizer.json names the file it looked for.
    try {
        dtr::Tokenizer::fromPath(m_tempDir.path().toStdString());
        QFAIL("no dtr::Error");
    } catch (const dtr::Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(m_tempDir.filePath("tokenizer.json")), e.what());
    }
    // Malformed JSON.
    const QString bad = writeFile("malformed.json", "{\"model\": {\"type\": \"BPE\", ");
    try {
        dtr::Tokenizer::fromFile(bad.toStdString());
        QFAIL("no dtr::Error");
    } catch (const dtr::Error &e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith(bad), e.what());
        QVERIFY2(message.contains("malformed JSON"), e.what());
    }
}

void TestTokenizer::invalidUtf8InEncodeThrows_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("lone 0xff") << QByteArray("abc\xff");
    QTest::newRow("truncated") << QByteArray("abc\xc3");
    QTest::newRow("stray continuation") << QByteArray("\x80hello");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
}

void TestTokenizer::invalidUtf8InEncodeThrows()
{
    QFETCH(QByteArray, text);
    for (const char *name : {"llama3", "metaspace", "gpt2"}) {
        auto tok = tokenizer(name);
        try {
            tok->encode(toStd(text));
            QFAIL("no dtr::Error");
        } catch (const dtr::Error &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(QString::fromStdString(tok->source())), e.what());
            QVERIFY2(message.contains("UTF-8"), e.what());
        }
    }
}

void TestTokenizer::outOfRangeIdInDecodeThrows_data()
{
    QTest::addColumn<qlonglong>("id");
    QTest::newRow("vocab size") << qlonglong(512);
    QTest::newRow("large") << qlonglong(123456789);
    QTest::newRow("negative") << qlonglong(-1);
    QTest::newRow("beyond uint32") << qlonglong(1) + 0xFFFFFFFFLL;
}

void TestTokenizer::outOfRangeIdInDecodeThrows()
{
    QFETCH(qlonglong, id);
    auto tok = tokenizer("llama3");
    try {
        tok->decode({41, static_cast<std::int64_t>(id)});
        QFAIL("no dtr::Error");
    } catch (const dtr::Error &e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith(QString::fromStdString(tok->source())), e.what());
        QVERIFY2(message.contains(QString::number(id)), e.what());
    }
    // Skipping special tokens does not hide a bad id.
    QVERIFY_THROWS_EXCEPTION(dtr::Error, tok->decode({static_cast<std::int64_t>(id)}, true));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
