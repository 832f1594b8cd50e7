// Pretraining: the byte-level BPE trainer (round trips, determinism, errors), a few
// steps on a tiny config lowering the held-out loss and writing a folder that loads
// back with identical logits, the shipped demo model and its tasks, and bad input.

#include "model/runtime.h"
#include "model/tensor_io.h"
#include "model/transformer.h"
#include "pretrain/bpe_trainer.h"
#include "pretrain/corpus.h"
#include "pretrain/pretrain.h"
#include "tokenizer/tokenizer.h"
#include "util/error.h"

#include <cmath>

#include <QtTest/QtTest>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "cliutil.h"
#include "testfiles.h"

namespace {

const char *kCorpus = "/usr/share/common-licenses/GPL-3"; // base-files: on every Debian system

std::string demoDir()
{
    return std::string(DTR_DEMO_DIR);
}

std::string trainTokenizer(std::int64_t vocab)
{
    dtr::BpeTrainerOptions o;
    o.vocabSize = vocab;
    dtr::BpeTrainer trainer(o);
    dtr::forEachDocument(kCorpus, [&](const std::string &d) { trainer.addText(d); });
    return trainer.train().toJsonText();
}

dtr::PretrainSettings tinySettings(const QString &out)
{
    dtr::PretrainSettings s;
    s.corpusFiles = {kCorpus};
    s.outDir = out.toStdString();
    s.vocabSize = 320;
    s.layers = 2;
    s.hidden = 32;
    s.intermediate = 64;
    s.heads = 2;
    s.kvHeads = 1;
    s.seqLen = 32;
    s.steps = 40;
    s.batchSize = 8;
    s.lr = 1e-2;
    s.warmupSteps = 5;
    s.evalEvery = 20;
    s.evalTokens = 2048;
    s.heldoutFraction = 0.1;
    s.threads = 1;
    s.seed = 3;
    return s;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

template<typename F>
QString errorOf(F &&f)
{
    try {
        f();
    } catch (const dtr::Error &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestPretrain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString writeFile(const QString &name, const QByteArray &bytes) { return dtrtest::writeFile(m_tmp.path(), name, bytes); }

private Q_SLOTS:
    void bpeRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << "This program is free software: you can redistribute it.";
        QTest::newRow("whitespace") << "  two  spaces,\ttab\n\nnewlines   \n end ";
        QTest::newRow("unicode") << QString::fromUtf8("na\xC3\xAFve caf\xC3\xA9 \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xF0\x9F\x99\x82");
        QTest::newRow("digits") << "version 3, 29 June 2007; 12345678";
        QTest::newRow("special") << "a<|endoftext|>b";
    }

    void bpeRoundTrip()
    {
        QFETCH(QString, text);
        static const std::string json = trainTokenizer(400);
        auto tok = dtr::Tokenizer::fromJson(json, "trained.json");
        QCOMPARE(tok->vocabSize(), 400);
        QCOMPARE(tok->tokenToId("<|endoftext|>"), 0);
        const std::string s = text.toStdString();
        const std::vector<std::int64_t> ids = tok->encode(s);
        QCOMPARE(QString::fromStdString(tok->decode(ids)), text);
        if (QByteArray(QTest::currentDataTag()) == "special")
            QVERIFY(std::find(ids.begin(), ids.end(), 0) != ids.end());
    }

    void bpeLearnsAndIsDeterministic()
    {
        const std::string a = trainTokenizer(400), b = trainTokenizer(400);
        QCOMPARE(QByteArray::fromStdString(a), QByteArray::fromStdString(b));
        auto tok = dtr::Tokenizer::fromJson(a, "trained.json");
        // Frequent words of the corpus became single tokens.
        QVERIFY(tok->tokenToId("\xC4\xA0the") >= 0); // "Ġthe"
        std::string text;
        dtr::forEachDocument(kCorpus, [&](const std::string &d) { text += d + "\n"; });
        const auto ids = tok->encode(text);
        QVERIFY2(ids.size() * 10 < text.size() * 6, qPrintable(QString("%1 tokens for %2 bytes").arg(ids.size()).arg(text.size())));
        // A smaller vocabulary is a prefix of the larger one's merges.
        const std::string small = trainTokenizer(300);
        auto ts = dtr::Tokenizer::fromJson(small, "small.json");
        for (std::int64_t id = 0; id < 300; ++id)
            QCOMPARE(ts->idToToken(id), tok->idToToken(id));
    }

    void bpeErrors()
    {
        dtr::BpeTrainerOptions o;
        o.vocabSize = 100;
        QVERIFY(errorOf([&] { dtr::BpeTrainer t(o); }).contains("256 bytes"));
        o.vocabSize = 300;
        o.minFrequency = 0;
        QVERIFY(errorOf([&] { dtr::BpeTrainer t(o); }).contains("frequency"));
        o.minFrequency = 2;
        o.specialTokens = {"<a>", "<a>"};
        QVERIFY(errorOf([&] { dtr::BpeTrainer t(o); }).contains("'<a>'"));
        o.specialTokens = {"<|endoftext|>"};
        dtr::BpeTrainer t(o);
        QVERIFY(errorOf([&] { t.train(); }).contains("no text"));
        QVERIFY(errorOf([&] { t.addText("bad \xff utf-8"); }).contains("UTF-8"));
    }

    void pretrainTiny()
    {
        const QString out = m_tmp.path() + "/tiny";
        dtr::PretrainSettings s = tinySettings(out);
        std::vector<dtr::PretrainProgress> seen;
        dtr::PretrainResult r = dtr::runPretraining(s, [&](const dtr::PretrainProgress &p) { seen.push_back(p); });
        QCOMPARE(QString::fromStdString(r.status), QString("completed"));
        QCOMPARE(r.stepsDone, 40);
        QVERIFY2(r.finalHeldoutLoss < r.initialHeldoutLoss - 0.5,
                 qPrintable(QString("%1 -> %2").arg(r.initialHeldoutLoss).arg(r.finalHeldoutLoss)));
        QVERIFY(std::isfinite(r.unigramLoss));
        QCOMPARE(r.heldoutCurve.size(), std::size_t(3)); // steps 0, 20, 40
        QVERIFY(!seen.empty());
        for (const char *f : {"config.json", "generation_config.json", "model.safetensors", "tokenizer.json",
                              "tokenizer_config.json", "dtr_pretrain.json"})
            QVERIFY2(QFile::exists(out + "/" + f), f);

        // The folder loads with the project's loader and tokenizer, and the same seed
        // and threads give the same weights.
        dtr::CausalLM lm = dtr::loadCausalLM(out.toStdString());
        QCOMPARE(lm->config.numLayers, 2);
        QCOMPARE(lm->config.vocabSize, 320);
        QVERIFY(lm->config.tieWordEmbeddings);
        auto tok = dtr::Tokenizer::fromPath(out.toStdString());
        QCOMPARE(tok->decode(tok->encode("Preamble of the licence")), std::string("Preamble of the licence"));
        const double reloaded = dtr::windowLoss(*lm, torch::randint(0, 320, {2, 33}, torch::kInt64));
        QVERIFY(std::isfinite(reloaded));

        const QString again = m_tmp.path() + "/tiny-again";
        s.outDir = again.toStdString();
        dtr::runPretraining(s);
        QCOMPARE(fileBytes(again + "/model.safetensors"), fileBytes(out + "/model.safetensors"));
        QCOMPARE(fileBytes(again + "/tokenizer.json"), fileBytes(out + "/tokenizer.json"));
    }

    void saveLoadIdenticalLogits()
    {
        dtr::PretrainSettings s = tinySettings(m_tmp.path() + "/x");
        const std::string json = trainTokenizer(300);
        torch::manual_seed(1);
        dtr::CausalLM lm(dtr::pretrainModelConfig(s, 300, 0, 0));
        dtr::initLlamaWeights(*lm, 0.02);
        // Checkpoint-like weights: norms away from one too.
        {
            torch::NoGradGuard g;
            for (auto &p : lm->parameters())
                p.add_(torch::randn_like(p) * 0.05);
        }
        lm->eval();
        const QString dir = m_tmp.path() + "/saved";
        dtr::saveHuggingFaceModel(*lm, json, dir.toStdString());
        dtr::CausalLM back = dtr::loadCausalLM(dir.toStdString());
        torch::Tensor ids = torch::randint(0, 300, {2, 24}, torch::kInt64);
        torch::NoGradGuard g;
        QVERIFY(torch::equal(lm->forward(ids).logits, back->forward(ids).logits));
        QCOMPARE(QByteArray::fromStdString(json), fileBytes(dir + "/tokenizer.json"));
    }

    void demoModel()
    {
        const std::string dir = demoDir() + "/model";
        if (!QFile::exists(QString::fromStdString(dir + "/config.json")))
            QSKIP("resources/demo/model is not there");
        dtr::CausalLM lm = dtr::loadCausalLM(dir);
        QVERIFY(lm->config.numLayers >= 6);
        auto tok = dtr::Tokenizer::fromPath(dir);
        QCOMPARE(tok->vocabSize(), lm->config.vocabSize);
        for (const char *text : {"A fortune cookie: you will write C++ today.\nTopic: computers",
                                 "lamp red, coin seven.\ncoin seven, lamp red."}) {
            const auto ids = tok->encode(text);
            QCOMPARE(tok->decode(ids), std::string(text));
        }
        // The recall keys and values are single tokens (" lamp", " red", ",").
        QCOMPARE(tok->encode(" lamp red,").size(), std::size_t(3));
        // Recall and cloze far above chance (0.25) on validation examples (the whole
        // validation splits score 1.000 and 0.753; see docs/demo-model.md).
        dtr::setThreadCount(1);
        const dtr::ChoiceScore cloze =
            dtr::scoreMultipleChoice(*lm, *tok, demoDir() + "/data/tasks/cloze/validation.jsonl", 40);
        QCOMPARE(cloze.examples, 40);
        QVERIFY2(cloze.acc >= 0.5, qPrintable(QString("cloze acc %1").arg(cloze.acc)));
        const dtr::ChoiceScore recall =
            dtr::scoreMultipleChoice(*lm, *tok, demoDir() + "/data/tasks/recall/validation.jsonl", 40);
        QVERIFY2(recall.acc >= 0.8, qPrintable(QString("recall acc %1").arg(recall.acc)));
    }

    void demoTaskFiles_data()
    {
        QTest::addColumn<QString>("task");
        QTest::newRow("recall") << "recall";
        QTest::newRow("cloze") << "cloze";
        QTest::newRow("topic") << "topic";
    }

    void demoTaskFiles()
    {
        QFETCH(QString, task);
        for (const char *split : {"validation", "test"}) {
            QFile f(QString::fromStdString(demoDir()) + "/data/tasks/" + task + "/" + split + ".jsonl");
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            int lines = 0;
            while (!f.atEnd()) {
                const QByteArray line = f.readLine();
                const auto j = nlohmann::json::parse(line.toStdString());
                QVERIFY(j["choices"].size() >= 2);
                for (const auto &c : j["choices"])
                    QVERIFY(c.get<std::string>().rfind(" ", 0) == 0);
                QVERIFY(j["label"].get<int>() >= 0 && j["label"].get<std::size_t>() < j["choices"].size());
                ++lines;
            }
            QVERIFY2(lines >= 100, qPrintable(QString("%1: %2 lines").arg(f.fileName()).arg(lines)));
        }
    }

    void badInput()
    {
        const QString empty = writeFile("empty.txt", "\n \n");
        dtr::PretrainSettings s = tinySettings(m_tmp.path() + "/bad");
        s.corpusFiles = {empty.toStdString()};
        QVERIFY(errorOf([&] { dtr::runPretraining(s); }).contains(empty));
        QVERIFY(errorOf([&] { dtr::runPretraining(s); }).contains("no text"));

        s.corpusFiles = {(m_tmp.path() + "/missing.txt").toStdString()};
        QVERIFY(errorOf([&] { dtr::runPretraining(s); }).contains("missing.txt"));

        const QString badJson = writeFile("bad.jsonl", "{\"text\": \"ok\"}\n{\"txt\": 1}\n");
        s.corpusFiles = {badJson.toStdString()};
        const QString e = errorOf([&] { dtr::runPretraining(s); });
        QVERIFY2(e.contains(badJson) && e.contains("line 2"), qPrintable(e));

        s = tinySettings(m_tmp.path() + "/bad");
        s.hidden = 30;
        s.heads = 4;
        QVERIFY(errorOf([&] { dtr::runPretraining(s); }).contains("hidden size"));
        s = tinySettings(m_tmp.path() + "/bad");
        s.steps = 0;
        QVERIFY(errorOf([&] { dtr::runPretraining(s); }).contains("steps must be"));
        s = tinySettings(m_tmp.path() + "/bad");
        s.vocabSize = 10;
        QVERIFY(errorOf([&] { dtr::runPretraining(s); }).contains("vocabulary size"));
        s = tinySettings(m_tmp.path() + "/bad");
        s.seqLen = 100000;
        QVERIFY(errorOf([&] { dtr::runPretraining(s); }).contains("sequence length"));
        s = tinySettings(m_tmp.path() + "/bad");
        s.checkTasks = {"/nonexistent/task.jsonl"};
        QVERIFY(errorOf([&] { dtr::runPretraining(s); }).contains("/nonexistent/task.jsonl"));
        QVERIFY(!QFile::exists(m_tmp.path() + "/bad/config.json"));

        // The CLI: one line naming the file or option.
        dtrtest::expectFailure(dtrtest::dtrRun({"pretrain", "--corpus", empty, "--out", m_tmp.path() + "/cli"}),
                               {empty});
        dtrtest::expectFailure(dtrtest::dtrRun({"pretrain", "--corpus", empty, "--out", m_tmp.path() + "/cli",
                                                "--layers", "0"}),
                               {"--layers"});
        dtrtest::expectFailure(dtrtest::dtrRun({"pretrain", "--out", m_tmp.path() + "/cli"}), {"--corpus"});
    }

    void badTaskFile()
    {
        const std::string json = trainTokenizer(300);
        auto tok = dtr::Tokenizer::fromJson(json, "t.json");
        dtr::PretrainSettings s = tinySettings(m_tmp.path() + "/x");
        dtr::CausalLM lm(dtr::pretrainModelConfig(s, 300, 0, 0));
        const QString bad = writeFile("task.jsonl", "{\"context\": \"a\", \"choices\": [\" b\", \" c\"], \"label\": 0}\n"
                                                    "{\"context\": \"a\", \"choices\": [\" b\", \" c\"], \"label\": 5}\n");
        const QString e = errorOf([&] { dtr::scoreMultipleChoice(*lm, *tok, bad.toStdString()); });
        QVERIFY2(e.contains(bad) && e.contains("line 2") && e.contains("label"), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestPretrain)
#include "tst_pretrain.moc"
