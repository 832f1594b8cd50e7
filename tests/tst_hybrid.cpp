// Hybrid models: students built by weight transfer or at random, attached to a
// teacher, swapped in and out without reloading; KV cache + recurrent state decoding;
// students files (round trip and every kind of misfit); the CLI flags end to end.

#include "mixers/gated_deltanet.h"
#include "mixers/gla.h"
#include "mixers/registry.h"
#include "mixers/students.h"
#include "model/generate.h"
#include "model/safetensors.h"
#include "model/tensor_io.h"
#include "model/transformer.h"
#include "util/error.h"

#include <QtTest/QtTest>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

#include "cliutil.h"
#include "testutil.h"

using dtrtest::dtrRun;
using dtrtest::expectFailure;
using dtrtest::Run;

namespace {

double relativeError(const torch::Tensor &a, const torch::Tensor &ref)
{
    torch::Tensor r = ref.to(torch::kFloat64);
    double scale = r.abs().max().item<double>();
    return (a.to(torch::kFloat64) - r).abs().max().item<double>() / std::max(scale, 1e-30);
}

// mean squared error / mean square of the reference
double relativeMse(const torch::Tensor &a, const torch::Tensor &ref)
{
    torch::Tensor r = ref.to(torch::kFloat64);
    return (a.to(torch::kFloat64) - r).pow(2).mean().item<double>() / r.pow(2).mean().item<double>();
}

void expectError(const std::function<void()> &f, const QStringList &mustContain)
{
    try {
        f();
    } catch (const dtr::Error &e) {
        const QString msg = e.what();
        QVERIFY2(!msg.contains('\n'), qPrintable(msg));
        for (const QString &s : mustContain)
            QVERIFY2(msg.contains(s), qPrintable(QString("'%1' not in: %2").arg(s, msg)));
        return;
    }
    QFAIL(qPrintable("no dtr::Error; expected " + mustContain.join(", ")));
}

std::map<std::string, torch::Tensor> reference(const std::string &model)
{
    return dtr::loadSafetensors(dtrtest::modelPath(model) + "/reference.safetensors");
}

} // namespace

class TestHybrid : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    void addModelsAndMixers()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("mixer");
        for (const char *m : {"tiny-llama", "tiny-qwen2", "tiny-mistral-swa", "tiny-qwen3"})
            for (const char *k : {"gdn", "gla"})
                QTest::newRow(qPrintable(QString("%1 %2").arg(m, k))) << QString(m) << QString(k);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        torch::manual_seed(7);
    }

    void registry()
    {
        auto names = dtr::mixerKindNames();
        QVERIFY(std::find(names.begin(), names.end(), "gdn") != names.end());
        QVERIFY(std::find(names.begin(), names.end(), "gla") != names.end());
        expectError([] { dtr::mixerKind("retnet"); }, {"unknown mixer 'retnet'", "gdn", "gla", "jetblock"});
    }

    void transferBeatsRandom_data() { addModelsAndMixers(); }

    void transferBeatsRandom()
    {
        // On the teacher's captured attention input, a transferred student is closer to
        // the teacher's attention output than a randomly initialised one (every layer).
        QFETCH(QString, model);
        QFETCH(QString, mixer);
        dtr::CausalLM lm = dtr::loadCausalLM(dtrtest::modelPath(model.toStdString()));
        torch::NoGradGuard ng;
        dtr::ForwardOptions fo;
        fo.captureAttention = true;
        dtr::ForwardResult r = lm->forward(reference(model.toStdString()).at("input_ids"), fo);
        QString report;
        for (std::int64_t l = 0; l < lm->config.numLayers; ++l) {
            const torch::Tensor &x = r.attentionInputs[static_cast<std::size_t>(l)];
            const torch::Tensor &y = r.attentionOutputs[static_cast<std::size_t>(l)];
            dtr::MixerPtr t = dtr::buildStudent(*lm, l, mixer.toStdString(), dtr::StudentInit::Transfer);
            dtr::MixerPtr n = dtr::buildStudent(*lm, l, mixer.toStdString(), dtr::StudentInit::Random);
            const double et = relativeMse(t->forward(x, {}, nullptr), y);
            const double en = relativeMse(n->forward(x, {}, nullptr), y);
            report += QString(" L%1 %2/%3").arg(l).arg(et, 0, 'f', 2).arg(en, 0, 'f', 2);
            QVERIFY2(et < en, qPrintable(report));
        }
        qInfo("%s %s relative MSE transfer/random:%s", qPrintable(model), qPrintable(mixer), qPrintable(report));
    }

    void transferCopiesTeacher()
    {
        // GQA handled: GDN head h gets query head h and kv head h / 2 of tiny-llama.
        dtr::CausalLM lm = dtr::loadCausalLM(dtrtest::modelPath("tiny-llama"));
        auto gdn = std::dynamic_pointer_cast<dtr::GatedDeltaNetImpl>(
            dtr::buildStudent(*lm, 2, "gdn", dtr::StudentInit::Transfer));
        QVERIFY(gdn);
        const auto &t = *lm->layer(2).self_attn;
        const std::int64_t D = 16;
        torch::Tensor W = gdn->in_proj_qkvz->weight;
        QVERIFY(torch::equal(W.narrow(0, 3 * 4 * D, D), t.q_proj->weight.narrow(0, 3 * D, D)));      // q head 3
        QVERIFY(torch::equal(W.narrow(0, 3 * 4 * D + D, D), t.k_proj->weight.narrow(0, 1 * D, D)));  // k of kv 1
        QVERIFY(torch::equal(W.narrow(0, 3 * 4 * D + 2 * D, D), t.v_proj->weight.narrow(0, 1 * D, D)));
        QVERIFY(torch::equal(gdn->out_proj->weight, t.o_proj->weight));
        auto gla = std::dynamic_pointer_cast<dtr::GLAImpl>(dtr::buildStudent(*lm, 2, "gla", dtr::StudentInit::Transfer));
        QVERIFY(torch::equal(gla->k_proj->weight, t.k_proj->weight));
        QCOMPARE(gla->opts.numKvHeads, std::int64_t(2));
        // Mismatched head dimensions cannot transfer.
        expectError([&] { dtr::buildStudent(*lm, 1, "gdn", dtr::StudentInit::Transfer, {{"head_k_dim", 8}}); },
                    {"layer 1", "'head_k_dim' is 8, the teacher's is 16"});
        expectError([&] { dtr::buildStudent(*lm, 1, "gla", dtr::StudentInit::Transfer, {{"num_kv_heads", 4}}); },
                    {"'num_kv_heads' is 4, the teacher's is 2"});
        // Random init accepts other sizes.
        QVERIFY(dtr::buildStudent(*lm, 1, "gdn", dtr::StudentInit::Random, {{"head_k_dim", 8}}));
    }

    void swapLayers()
    {
        // Linear layers 1 and 3: layer 0 is untouched, layer 1's mixer output is the
        // student's; switching back gives the teacher's logits bit for bit.
        dtr::CausalLM lm = dtr::loadCausalLM(dtrtest::modelPath("tiny-llama"));
        torch::NoGradGuard ng;
        auto ref = reference("tiny-llama");
        torch::Tensor ids = ref.at("input_ids");
        torch::Tensor teacher = lm->forward(ids).logits;
        dtr::StudentSet set = dtr::buildStudents(*lm, {1, 3}, "gdn", dtr::StudentInit::Transfer);
        dtr::attachStudents(*lm, set);
        QVERIFY(torch::equal(lm->forward(ids).logits, teacher)); // attached, not active
        lm->setLinearLayers({1, 3});
        QCOMPARE(lm->linearLayers(), (std::vector<std::int64_t>{1, 3}));
        dtr::ForwardOptions fo;
        fo.captureAttention = true;
        fo.outputHiddenStates = true;
        dtr::ForwardResult r = lm->forward(ids, fo);
        QVERIFY(relativeError(r.hiddenStates[1], ref.at("hidden_states.1")) < 1e-5);
        QVERIFY(relativeError(r.attentionOutputs[1], set.students[1]->forward(r.attentionInputs[1], {}, nullptr)) < 1e-6);
        QVERIFY(relativeError(r.logits, teacher) > 1e-3);
        const auto params = lm->named_parameters();
        QVERIFY(params.contains("model.layers.1.linear_attn.in_proj_qkvz.weight"));
        lm->setLinearLayers({});
        QVERIFY(torch::equal(lm->forward(ids).logits, teacher));
        expectError([&] { lm->setLinearLayers({2}); }, {"layer 2 has no student"});
        expectError([&] { lm->setLinearLayers({4}); }, {"layer 4 is outside the model (4 layers)"});
        // Replacing and removing a student.
        lm->setStudent(1, dtr::buildStudent(*lm, 1, "gla", dtr::StudentInit::Transfer));
        QCOMPARE(QString::fromStdString(lm->student(1)->kind()), QString("gla"));
        expectError([&] { lm->setStudent(2, dtr::buildStudent(*lm, 2, "gdn", dtr::StudentInit::Random, {{"hidden_size", 32}})); },
                    {"layer 2: the gdn student has hidden size 32, the model 64"});
        lm->setStudent(1, nullptr);
        QVERIFY(!lm->student(1));
    }

    void cacheMatchesFullForward_data() { addModelsAndMixers(); }

    void cacheMatchesFullForward()
    {
        // Prefill 10 tokens (chunked), then one at a time (recurrent for linear layers,
        // KV cache for full ones, past Mistral's window of 8): equals one full forward.
        QFETCH(QString, model);
        QFETCH(QString, mixer);
        dtr::CausalLM lm = dtr::loadCausalLM(dtrtest::modelPath(model.toStdString()));
        dtr::attachStudents(*lm, dtr::buildStudents(*lm, {0, 2}, mixer.toStdString(), dtr::StudentInit::Transfer));
        lm->setLinearLayers({0, 2});
        torch::NoGradGuard ng;
        torch::Tensor ids = reference(model.toStdString()).at("input_ids");
        torch::Tensor full = lm->forward(ids).logits;
        dtr::KVCache cache;
        std::vector<torch::Tensor> parts{lm->forward(ids.narrow(1, 0, 10), {}, &cache).logits};
        for (std::int64_t t = 10; t < ids.size(1); ++t)
            parts.push_back(lm->forward(ids.narrow(1, t, 1), {}, &cache).logits);
        QVERIFY(relativeError(torch::cat(parts, 1), full) < 1e-5);
        QVERIFY(cache.layers[0].state.size() >= 1 && !cache.layers[0].keys.defined());
        QVERIFY(cache.layers[1].keys.defined() && cache.layers[1].state.empty());
    }

    void generateHybrid()
    {
        // Greedy generation (cache + recurrent state) equals argmax of repeated full
        // forwards without a cache; a left-padded batch row equals its unpadded run.
        dtr::CausalLM lm = dtr::loadCausalLM(dtrtest::modelPath("tiny-qwen2"));
        dtr::attachStudents(*lm, dtr::buildStudents(*lm, {1, 2}, "gdn", dtr::StudentInit::Transfer));
        lm->setLinearLayers({1, 2});
        torch::NoGradGuard ng;
        torch::Tensor prompt = reference("tiny-qwen2").at("generate.prompt");
        dtr::GenerateOptions go;
        go.maxNewTokens = 8;
        torch::Tensor out = dtr::generateGreedy(lm, prompt, go);
        torch::Tensor ids = prompt;
        for (int i = 0; i < 8; ++i) {
            torch::Tensor next = lm->forward(ids).logits.select(1, ids.size(1) - 1).argmax(-1, true);
            ids = torch::cat({ids, next}, 1);
        }
        QVERIFY(torch::equal(out, ids));

        // Batch: row 0 is the prompt left-padded by 3, row 1 a longer prompt.
        const std::int64_t T = prompt.size(1);
        torch::Tensor padded = torch::cat({torch::zeros({1, 3}, torch::kInt64), prompt}, 1);
        torch::Tensor longer = torch::cat({prompt.narrow(1, 0, 3), prompt}, 1);
        go.attentionMask = torch::cat({torch::cat({torch::zeros({1, 3}), torch::ones({1, T})}, 1), torch::ones({1, T + 3})}, 0)
                               .to(torch::kInt64);
        torch::Tensor both = dtr::generateGreedy(lm, torch::cat({padded, longer}, 0), go);
        QVERIFY(torch::equal(both[0].narrow(0, 3, T + 8), out[0]));

        // Chunked prefill (the cache and the recurrent state carried across chunks of 2
        // tokens, padding included) generates the same tokens as one prefill.
        QVERIFY(T > 2);
        go.prefillChunk = 2;
        QVERIFY(torch::equal(dtr::generateGreedy(lm, torch::cat({padded, longer}, 0), go), both));
        go.attentionMask = torch::Tensor();
        QVERIFY(torch::equal(dtr::generateGreedy(lm, prompt, go), out));
    }

    void studentsFileRoundTrip()
    {
        dtr::CausalLM lm = dtr::loadCausalLM(dtrtest::modelPath("tiny-llama"));
        torch::NoGradGuard ng;
        dtr::StudentSet set = dtr::buildStudents(*lm, {1}, "gdn", dtr::StudentInit::Transfer);
        dtr::StudentSet more = dtr::buildStudents(*lm, {3}, "gla", dtr::StudentInit::Random);
        set.students[3] = more.students[3];
        set.init[3] = "random";
        const std::string path = (m_tmp.path() + "/students.safetensors").toStdString();
        dtr::saveStudents(path, lm->config, set, {{"note", "test"}});
        dtr::StudentSet back = dtr::loadStudents(path, lm->config);
        QCOMPARE(back.students.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(back.students[3]->kind()), QString("gla"));
        QCOMPARE(QString::fromStdString(back.init[1]), QString("transfer"));
        torch::Tensor x = torch::randn({1, 5, 64});
        for (std::int64_t l : {1, 3})
            QVERIFY(torch::equal(back.students[l]->forward(x, {}, nullptr), set.students[l]->forward(x, {}, nullptr)));
        // A model with another layer count or hidden size sees the misfit.
        dtr::ModelConfig small = lm->config;
        small.numLayers = 2;
        expectError([&] { dtr::loadStudents(path, small); },
                    {"students.safetensors", "layer '3' is outside the model (2 layers)"});
        dtr::ModelConfig wide = lm->config;
        wide.hiddenSize = 128;
        expectError([&] { dtr::loadStudents(path, wide); },
                    {"students.safetensors", "'hidden_size' is 64, the model's hidden size is 128"});
    }

    // The project's per-layer blobs are students files of one layer, read by the same
    // loader; blobs of earlier versions (bare names, "mixer"/"options" metadata) still load.
    void studentsBlobs()
    {
        dtr::CausalLM lm = dtr::loadCausalLM(dtrtest::modelPath("tiny-llama"));
        torch::NoGradGuard ng;
        dtr::StudentSet set = dtr::buildStudents(*lm, {2}, "gdn", dtr::StudentInit::Random);
        const std::string bytes = dtr::studentsBytes(lm->config, set);
        dtr::StudentSet back = dtr::studentsFromBytes(bytes, lm->config, "blob", 2);
        torch::Tensor x = torch::randn({1, 4, 64});
        QVERIFY(torch::equal(back.students.at(2)->forward(x, {}, nullptr), set.students.at(2)->forward(x, {}, nullptr)));

        std::vector<std::pair<std::string, torch::Tensor>> bare;
        for (const auto &p : set.students.at(2)->named_parameters(true))
            bare.emplace_back(p.key(), p.value());
        const std::string legacy = dtr::safetensorsBytes(
            bare, {{"mixer", "gdn"}, {"options", set.students.at(2)->options().dump()}, {"init", "random"}});
        dtr::StudentSet old = dtr::studentsFromBytes(legacy, lm->config, "old blob", 2);
        QVERIFY(torch::equal(old.students.at(2)->forward(x, {}, nullptr), set.students.at(2)->forward(x, {}, nullptr)));
        // Without the layer an old blob is not a students file; a wrong shape is named.
        expectError([&] { dtr::studentsFromBytes(legacy, lm->config, "old blob"); }, {"old blob", "not a students file"});
        bare.front().second = torch::zeros({3});
        const std::string broken = dtr::safetensorsBytes(
            bare, {{"mixer", "gdn"}, {"options", set.students.at(2)->options().dump()}});
        expectError([&] { dtr::studentsFromBytes(broken, lm->config, "old blob", 2); },
                    {"old blob", "tensor '" + QString::fromStdString(bare.front().first) + "' has shape [3]"});
    }

    void studentsFileMisfits_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a students file") << "format" << "not a students file";
        QTest::newRow("wrong mixer") << "mixer" << "layer '1': unknown mixer 'mamba' (known: gdn, gla, jetblock)";
        QTest::newRow("wrong heads") << "heads"
                                     << "tensor 'model.layers.1.linear_attn.A_log' has shape [4], expected [2] for "
                                        "the gdn options in __metadata__";
        QTest::newRow("bad option") << "option" << "layer '1': unknown gdn option 'heads'";
        QTest::newRow("missing tensor") << "missing" << "missing tensor 'model.layers.1.linear_attn.A_log'";
        QTest::newRow("stray tensor") << "stray" << "unexpected tensor 'model.layers.2.linear_attn.A_log'";
        QTest::newRow("layer index") << "index" << "layer 'x' is not a layer index";
        QTest::newRow("broken json") << "json" << "field 'students' is not valid JSON";
    }

    void studentsFileMisfits()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        dtr::CausalLM lm = dtr::loadCausalLM(dtrtest::modelPath("tiny-llama"));
        dtr::StudentSet set = dtr::buildStudents(*lm, {1}, "gdn", dtr::StudentInit::Transfer);
        std::vector<std::pair<std::string, torch::Tensor>> tensors;
        for (const auto &p : set.students[1]->named_parameters())
            if (!(edit == "missing" && p.key() == "A_log"))
                tensors.emplace_back(dtr::studentPrefix(1) + p.key(), p.value());
        if (edit == "stray")
            tensors.emplace_back(dtr::studentPrefix(2) + "A_log", torch::zeros({4}));
        nlohmann::json options = set.students[1]->options();
        std::string mixer = "gdn", key = "1";
        if (edit == "heads") {
            options["num_k_heads"] = 2;
            options["num_v_heads"] = 2;
        }
        if (edit == "option")
            options["heads"] = 2;
        if (edit == "mixer")
            mixer = "mamba";
        if (edit == "index")
            key = "x";
        std::map<std::string, std::string> meta{{"format", edit == "format" ? "something" : "dtr-students"},
                                                {"version", "1"},
                                                {"hidden_size", "64"},
                                                {"num_layers", "4"},
                                                {"num_heads", "4"},
                                                {"num_kv_heads", "2"},
                                                {"head_dim", "16"}};
        nlohmann::json students{{key, {{"mixer", mixer}, {"options", options}}}};
        meta["students"] = edit == "json" ? "{" : students.dump();
        const std::string path = (m_tmp.path() + "/misfit-" + edit + ".safetensors").toStdString();
        dtr::saveSafetensors(path, tensors, meta);
        expectError([&] { dtr::loadStudents(path, lm->config); },
                    {QString::fromStdString(path), expected});
    }

    void cli()
    {
        const QString model = QString::fromStdString(dtrtest::modelPath("tiny-llama"));
        const QString input = model + "/reference.safetensors";
        const QString students = m_tmp.path() + "/cli-students.safetensors";
        const QString out1 = m_tmp.path() + "/cli-1.safetensors", out2 = m_tmp.path() + "/cli-2.safetensors";
        Run a = dtrRun({"forward", model, "--input", input, "--output", out1, "--layers-linear", "1,3", "--mixer",
                        "gdn", "--init", "transfer", "--save-students", students});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        Run b = dtrRun({"forward", model, "--input", input, "--output", out2, "--students", students});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        auto r1 = dtr::loadSafetensors(out1.toStdString()), r2 = dtr::loadSafetensors(out2.toStdString());
        QVERIFY(torch::equal(r1.at("logits"), r2.at("logits")));
        auto outFile = dtr::SafetensorsFile::open(out2.toStdString());
        const std::string linearLayers = outFile->metadata().count("linear_layers") ? outFile->metadata().at("linear_layers") : "";
        QCOMPARE(QString::fromStdString(linearLayers), QString("1,3"));
        auto ref = reference("tiny-llama");
        QVERIFY(relativeError(r1.at("hidden_states.1"), ref.at("hidden_states.1")) < 1e-5);
        QVERIFY(relativeError(r1.at("logits"), ref.at("logits")) > 1e-3);
        Run g = dtrRun({"generate", model, "--input", input, "--key", "generate.prompt", "--max-new-tokens", "4",
                        "--ignore-eos", "--students", students, "--layers-linear", "3"});
        QVERIFY2(g.exitCode == 0, qPrintable(g.err));
        Run gr = dtrRun({"generate", model, "--prompt", "Hello", "--max-new-tokens", "3", "--ignore-eos",
                         "--layers-linear", "0-3", "--mixer", "gla", "--init", "random", "--seed", "3"});
        QVERIFY2(gr.exitCode == 0, qPrintable(gr.err));

        expectFailure(dtrRun({"forward", model, "--input", input, "--output", out2, "--layers-linear", "4"}),
                      {"layer 4 is outside the model (4 layers)"});
        expectFailure(dtrRun({"forward", model, "--input", input, "--output", out2, "--layers-linear", "1",
                              "--mixer", "foo"}),
                      {"unknown mixer 'foo'"});
        expectFailure(dtrRun({"forward", model, "--input", input, "--output", out2, "--students", students, "--mixer",
                              "gla"}),
                      {students, "layer 1 holds a gdn student, the mixer asked for is gla"});
        expectFailure(dtrRun({"forward", model, "--input", input, "--output", out2, "--students", students,
                              "--layers-linear", "2"}),
                      {students, "holds no student for layer 2 (it has layers 1,3)"});
        expectFailure(dtrRun({"forward", model, "--input", input, "--output", out2, "--students", input}),
                      {input, "not a students file"});
        expectFailure(dtrRun({"forward", model, "--input", input, "--output", out2, "--layers-linear", "1",
                              "--mixer-options", "{\"head_k_dim\": 8}"}),
                      {"layer 1", "'head_k_dim' is 8, the teacher's is 16"});
        expectFailure(dtrRun({"forward", model, "--input", input, "--output", out2, "--mixer", "gla"}),
                      {"need linear layers or a students file"});
        // A students file made for another model (tiny-qwen3: 4 layers, head_dim 32).
        const QString qwen3 = QString::fromStdString(dtrtest::modelPath("tiny-qwen3"));
        expectFailure(dtrRun({"forward", qwen3, "--input", input, "--output", out2, "--students", students}),
                      {students, "'head_dim' is 16, the model's is 32"});
    }
};

QTEST_GUILESS_MAIN(TestHybrid)
#include "tst_hybrid.moc"
