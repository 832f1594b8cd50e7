// The dtr command line end to end: info, tokenize, forward and generate on the
// fixtures (outputs checked against the transformers references), and bad input —
// each a one-line error naming the file (and tensor or field), a non-zero exit, no crash.

#include "model/safetensors.h"
#include "util/json_util.h"
#include "util/mmap_file.h"

#include <QtTest/QtTest>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <functional>

#include "cliutil.h"
#include "testfiles.h"
#include "testutil.h"

using dtrtest::dtrRun;
using dtrtest::expectFailure;
using dtrtest::Run;

namespace {

// Copies a safetensors file with its JSON header changed by `edit`; the data section
// is kept byte for byte.
void rewriteHeader(const std::string &src, const std::string &dst, const std::function<void(nlohmann::json &)> &edit)
{
    std::string bytes = dtr::readTextFile(src);
    std::uint64_t n = 0;
    for (int i = 7; i >= 0; --i)
        n = (n << 8) | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
    nlohmann::json header = nlohmann::json::parse(bytes.substr(8, n));
    edit(header);
    std::string text = header.dump();
    std::string out;
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((text.size() >> (8 * i)) & 0xff));
    dtr::writeFileAtomically(dst, out + text + bytes.substr(8 + n));
}

// float32 / int64 contents of one tensor of a safetensors file.
template <typename T>
std::vector<T> values(const dtr::SafetensorsFile &f, const std::string &name)
{
    const dtr::TensorInfo *t = f.find(name);
    if (!t)
        return {};
    std::vector<T> v(static_cast<std::size_t>(t->numel()));
    std::memcpy(v.data(), f.data(*t), v.size() * sizeof(T));
    return v;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    // A copy of tiny-llama (config, tokenizer, weights) to damage.
    QString modelCopy(const QString &name) { return dtrtest::copyModel(m_tmp.path() + "/" + name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void info()
    {
        Run r = dtrRun({"info", QString::fromStdString(dtrtest::modelPath("tiny-qwen3"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("qwen3"));
        QVERIFY(r.out.contains("head dim 32"));
        Run j = dtrRun({"info", QString::fromStdString(dtrtest::modelPath("tiny-llama3-bf16-sharded")), "--json"});
        QCOMPARE(j.exitCode, 0);
        nlohmann::json doc = nlohmann::json::parse(j.out.toStdString());
        QCOMPARE(doc["num_layers"].get<int>(), 4);
        QCOMPARE(doc["weight_files"].size(), std::size_t(9));
        QCOMPARE(doc["storage_dtype"].get<std::string>(), std::string("BF16"));
        QCOMPARE(doc["rope_scaling"]["type"].get<std::string>(), std::string("llama3"));
        QCOMPARE(doc["layers"][0]["attention_params"].get<long>(), 64L * 64 * 2 + 64L * 32 * 2);
    }

    void tokenize()
    {
        const std::string cases = std::string(DTR_SHARED_DIR) + "/fixtures/hf/tokenizers/bytelevel_llama3.cases.json";
        nlohmann::json doc = dtr::readJsonFile(cases);
        int checked = 0;
        for (const auto &c : doc["cases"]) {
            const std::string text = c["text"].get<std::string>();
            if (text.empty() || text.find('\n') != std::string::npos)
                continue;
            Run r = dtrRun({"tokenize", QString::fromStdString(dtrtest::modelPath("tiny-llama")), "--text",
                            QString::fromStdString(text)});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out.trimmed().count('\n'), 0);
            QCOMPARE(nlohmann::json::parse(r.out.toStdString()), c["ids"]);
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    void forwardMatchesReference()
    {
        const std::string model = dtrtest::modelPath("tiny-qwen2");
        const QString out = m_tmp.path() + "/fwd.safetensors";
        Run r = dtrRun({"forward", QString::fromStdString(model), "--input",
                        QString::fromStdString(model + "/reference.safetensors"), "--output", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto got = dtr::SafetensorsFile::open(out.toStdString());
        auto ref = dtr::SafetensorsFile::open(model + "/reference.safetensors");
        for (const std::string name : {"logits", "hidden_states.0", "hidden_states.2", "hidden_states.4"}) {
            std::vector<float> a = values<float>(*got, name), b = values<float>(*ref, name);
            QVERIFY2(!a.empty() && a.size() == b.size(), name.c_str());
            float maxDiff = 0, maxRef = 0;
            for (std::size_t i = 0; i < a.size(); ++i) {
                maxDiff = std::max(maxDiff, std::fabs(a[i] - b[i]));
                maxRef = std::max(maxRef, std::fabs(b[i]));
            }
            QVERIFY2(maxDiff <= 1e-4f * maxRef, name.c_str());
        }
        QVERIFY(!got->find("hidden_states.5"));
        QCOMPARE(got->find("logits")->shape, (std::vector<std::int64_t>{2, 24, 514}));
    }

    void generateMatchesReference()
    {
        const std::string model = dtrtest::modelPath("tiny-mistral-swa");
        const QString out = m_tmp.path() + "/gen.safetensors";
        Run r = dtrRun({"generate", QString::fromStdString(model), "--input",
                        QString::fromStdString(model + "/reference.safetensors"), "--key", "generate.prompt",
                        "--max-new-tokens", "12", "--output", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto got = dtr::SafetensorsFile::open(out.toStdString());
        auto ref = dtr::SafetensorsFile::open(model + "/reference.safetensors");
        QCOMPARE(got->find("output_ids")->shape, (std::vector<std::int64_t>{1, 20}));
        QCOMPARE(values<std::int64_t>(*got, "output_ids"), values<std::int64_t>(*ref, "generate.output"));
    }

    void generateFromPrompt()
    {
        const QString model = QString::fromStdString(dtrtest::modelPath("tiny-llama"));
        Run tok = dtrRun({"tokenize", model, "--text", "Hello world"});
        QCOMPARE(tok.exitCode, 0);
        std::vector<std::int64_t> prompt = nlohmann::json::parse(tok.out.toStdString()).get<std::vector<std::int64_t>>();
        QVERIFY(!prompt.empty());
        const QString out = m_tmp.path() + "/prompt-gen.safetensors";
        Run r = dtrRun({"generate", model, "--prompt", "Hello world", "--max-new-tokens", "5", "--ignore-eos",
                        "--output", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith("Hello world")); // decoded text first
        auto got = dtr::SafetensorsFile::open(out.toStdString());
        std::vector<std::int64_t> ids = values<std::int64_t>(*got, "output_ids");
        QCOMPARE(ids.size(), prompt.size() + 5);
        QVERIFY(std::equal(prompt.begin(), prompt.end(), ids.begin()));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << "truncated" << "ends past the end of the file";
        QTest::newRow("header past end") << "header-past-end" << "exceeds the file size";
        QTest::newRow("offsets past end") << "offsets-past-end" << "tensor 'model.norm.weight': data";
        QTest::newRow("overlap") << "overlap" << "overlap in the data section";
        QTest::newRow("unknown dtype") << "dtype" << "tensor 'model.norm.weight': unknown or unsupported dtype 'F8_X'";
        QTest::newRow("missing tensor") << "missing" << "missing tensor 'model.layers.1.mlp.up_proj.weight'";
        QTest::newRow("wrong shape") << "shape" << "tensor 'model.layers.0.self_attn.q_proj.weight' has shape [32, 128]";
        QTest::newRow("unsupported model") << "model-type" << "unsupported model_type 'bert'";
        QTest::newRow("malformed config") << "config" << "config.json: malformed JSON";
        QTest::newRow("missing config field") << "config-field" << "config.json: missing required field 'num_hidden_layers'";
        QTest::newRow("malformed tokenizer") << "tokenizer" << "tokenizer.json";
        QTest::newRow("no weights") << "no-weights" << "no model.safetensors";
    }
    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString dir = modelCopy("bad-" + kind);
        const std::string weights = (dir + "/model.safetensors").toStdString();
        const std::string orig = dtrtest::modelPath("tiny-llama") + "/model.safetensors";
        QString nameInError = dir + "/model.safetensors";
        if (kind == "truncated") {
            std::string bytes = dtr::readTextFile(orig);
            dtr::writeFileAtomically(weights, bytes.substr(0, bytes.size() - 1000));
        } else if (kind == "header-past-end") {
            std::string bytes = dtr::readTextFile(orig);
            bytes[5] = 0x10; // header length now ~2^40
            dtr::writeFileAtomically(weights, bytes);
        } else if (kind == "offsets-past-end") {
            rewriteHeader(orig, weights, [](nlohmann::json &h) {
                auto &o = h["model.norm.weight"]["data_offsets"];
                o = {o[0].get<std::uint64_t>() + 100000000, o[1].get<std::uint64_t>() + 100000000};
            });
        } else if (kind == "overlap") {
            rewriteHeader(orig, weights, [](nlohmann::json &h) {
                h["model.layers.0.self_attn.o_proj.weight"]["data_offsets"] =
                    h["model.layers.0.self_attn.q_proj.weight"]["data_offsets"];
            });
        } else if (kind == "dtype") {
            rewriteHeader(orig, weights, [](nlohmann::json &h) { h["model.norm.weight"]["dtype"] = "F8_X"; });
        } else if (kind == "missing") {
            rewriteHeader(orig, weights, [](nlohmann::json &h) {
                h["renamed"] = h["model.layers.1.mlp.up_proj.weight"];
                h.erase("model.layers.1.mlp.up_proj.weight");
            });
            nameInError = dir;
        } else if (kind == "shape") {
            rewriteHeader(orig, weights, [](nlohmann::json &h) {
                h["model.layers.0.self_attn.q_proj.weight"]["shape"] = {32, 128};
            });
        } else if (kind == "model-type" || kind == "config" || kind == "config-field") {
            std::string cfg = dtr::readTextFile((dir + "/config.json").toStdString());
            if (kind == "model-type")
                cfg.replace(cfg.find("\"llama\""), 7, "\"bert\"");
            else if (kind == "config")
                cfg = cfg.substr(0, cfg.size() / 2);
            else
                cfg.replace(cfg.find("\"num_hidden_layers\""), 19, "\"num_layers_renamed\"");
            dtr::writeFileAtomically((dir + "/config.json").toStdString(), cfg);
            nameInError = dir + "/config.json";
        } else if (kind == "tokenizer") {
            dtr::writeFileAtomically((dir + "/tokenizer.json").toStdString(), "{\"model\": {\"type\": ");
            nameInError = dir + "/tokenizer.json";
        } else if (kind == "no-weights") {
            QFile::remove(dir + "/model.safetensors");
            nameInError = dir;
        }

        if (kind == "tokenizer") {
            expectFailure(dtrRun({"tokenize", dir, "--text", "hi"}), {nameInError, expected});
            return;
        }
        // Loading for a forward pass fails on every damaged model ...
        const QString input = QString::fromStdString(dtrtest::modelPath("tiny-llama") + "/reference.safetensors");
        const QString out = m_tmp.path() + "/never-" + kind + ".safetensors";
        expectFailure(dtrRun({"forward", dir, "--input", input, "--output", out}), {nameInError, expected});
        QVERIFY(!QFile::exists(out));
        // ... and `info`, which reads headers only, fails on all but a bad tensor shape
        // or a missing tensor (that needs the architecture's tensor list).
        if (kind != "missing" && kind != "shape")
            expectFailure(dtrRun({"info", dir}), {nameInError, expected});
    }

    void projectCommands()
    {
        const QString src = QString::fromStdString(dtrtest::modelPath("tiny-llama"));
        const QString model = m_tmp.path() + "/project-model";
        QDir().mkpath(model);
        for (const char *f : {"config.json", "tokenizer.json", "model.safetensors"})
            QFile::copy(src + "/" + f, model + "/" + f);
        const QString project = m_tmp.path() + "/cli.dtr";
        Run create = dtrRun({"project", "create", project, "--model", model});
        QVERIFY2(create.exitCode == 0, qPrintable(create.err));
        QVERIFY(create.out.contains("created"));
        expectFailure(dtrRun({"project", "create", project, "--model", model}), {project, "already exists"});

        Run show = dtrRun({"project", "show", project, "--json"});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        nlohmann::json j = nlohmann::json::parse(show.out.toStdString());
        QCOMPARE(j["model"]["status"].get<std::string>(), std::string("ok"));
        QCOMPARE(j["model"]["num_layers"].get<int>(), 4);
        QCOMPARE(j["counts"]["distill_runs"].get<int>(), 0);

        // Moved model: show reports it, relocate to another model is refused, to the
        // moved folder accepted.
        const QString moved = model + "-moved";
        QVERIFY(QDir().rename(model, moved));
        Run gone = dtrRun({"project", "show", project, "--json"});
        QCOMPARE(gone.exitCode, 0);
        QCOMPARE(nlohmann::json::parse(gone.out.toStdString())["model"]["status"].get<std::string>(),
                 std::string("model folder is gone"));
        expectFailure(dtrRun({"project", "relocate", project, "--model",
                              QString::fromStdString(dtrtest::modelPath("tiny-qwen2"))}),
                      {"not the project's model", project + " left unchanged"});
        Run relocate = dtrRun({"project", "relocate", project, "--model", moved});
        QVERIFY2(relocate.exitCode == 0, qPrintable(relocate.err));
        QVERIFY(dtrRun({"project", "show", project}).out.contains("model status:   ok"));

        // Not a project, missing file.
        expectFailure(dtrRun({"project", "show", moved + "/config.json"}), {"config.json", "not a DtR project"});
        expectFailure(dtrRun({"project", "show", m_tmp.path() + "/nope.dtr"}), {"nope.dtr", "no such project file"});
    }

    void badForwardInput()
    {
        const QString model = QString::fromStdString(dtrtest::modelPath("tiny-llama"));
        const QString in = m_tmp.path() + "/in-bad.safetensors";
        // The model's own weights file has no input_ids.
        expectFailure(dtrRun({"forward", model, "--input", model + "/model.safetensors", "--output", in + ".out"}),
                      {"model.safetensors: no tensor 'input_ids'"});
        expectFailure(dtrRun({"forward", model, "--input", model + "/model.safetensors", "--key",
                              "model.norm.weight", "--output", in + ".out"}),
                      {"tensor 'model.norm.weight' must be int64 [batch, tokens]"});
        expectFailure(dtrRun({"generate", model, "--prompt", "x", "--max-new-tokens", "2", "--device", "cuda:7"}),
                      {"cuda:7"});
        Run usage = dtrRun({"forward", model});
        QVERIFY(usage.exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
