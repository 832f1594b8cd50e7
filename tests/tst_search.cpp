// Stage 2: task files and their errors, scores against log-likelihoods computed by hand
// on a fixture model, the greedy loop against the pseudo-code on known scores (ties,
// P_min, M_best vs M_opt, pin / forbid / max-linear / continue), the cached search
// making exactly the naive search's decisions on a real model, baselines, cancel and
// resume, and bad input refused before any work.

#include "distill/distill.h"
#include "model/generate.h"
#include "tokenizer/tokenizer.h"
#include "project/configuration_catalog.h"
#include "project/configuration_names.h"
#include "project/project.h"
#include "search/greedy.h"
#include "search/order_correlation.h"
#include "search/scoring.h"
#include "search/search.h"
#include "util/error.h"

#include <QtTest/QtTest>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <map>
#include <set>

#include "cliutil.h"
#include "testfiles.h"
#include "testutil.h"

namespace {

const char *kCorpus = "/usr/share/common-licenses/GPL-3";

// Known scores: the score of a configuration is looked up by its sorted linear layers.
class StubScorer : public dtr::CandidateScorer
{
public:
    std::map<std::vector<std::int64_t>, double> scores;
    bool higher = true;
    std::vector<std::vector<std::int64_t>> asked;

    bool higherIsBetter() const override { return higher; }
    dtr::ScoredConfig scoreConfiguration(const std::vector<std::int64_t> &linear) override { return lookup(linear); }
    dtr::ScoredConfig scoreCandidate(const std::vector<std::int64_t> &base, std::int64_t layer) override
    {
        auto v = base;
        v.push_back(layer);
        std::sort(v.begin(), v.end());
        return lookup(v);
    }

private:
    dtr::ScoredConfig lookup(const std::vector<std::int64_t> &v)
    {
        asked.push_back(v);
        auto it = scores.find(v);
        if (it == scores.end()) {
            std::string s;
            for (auto l : v)
                s += std::to_string(l) + " ";
            throw dtr::Error("stub has no score for { " + s + "}");
        }
        dtr::ScoredConfig c;
        c.score.value = it->second;
        return c;
    }
};

using Layers = std::vector<std::int64_t>;

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString m_model;

    QString writeFile(const QString &name, const QByteArray &bytes) { return dtrtest::writeFile(m_tmp.path(), name, bytes); }

    QString mcTask(const QString &name, int n, int offset = 0)
    {
        static const char *nouns[] = {"cat", "dog", "bird", "fish", "tree", "house", "river", "stone"};
        QByteArray out;
        for (int i = 0; i < n; ++i) {
            const int a = (i + offset) % 8, b = (i * 3 + 1 + offset) % 8, c = (i * 5 + 2 + offset) % 8;
            nlohmann::json j{{"context", std::string("The ") + nouns[a] + " sat next to the"},
                             {"choices", {std::string(" ") + nouns[b], std::string(" ") + nouns[c] + " again", " program"}},
                             {"label", i % 3}};
            out += QByteArray::fromStdString(j.dump()) + "\n";
        }
        return writeFile(name, out);
    }

    std::unique_ptr<dtr::Project> distilledProject(const std::vector<std::int64_t> &layers = {})
    {
        const QString path = m_tmp.path() + QString("/p-%1.dtr").arg(++m_counter);
        auto project = dtr::Project::create(path.toStdString(), m_model.toStdString());
        dtr::DistillSettings s;
        s.mixer = "gdn";
        s.calibFiles = {kCorpus};
        s.steps = 6;
        s.seqLen = 32;
        s.batchSize = 2;
        s.evalEvery = 3;
        s.checkpointEvery = 3;
        s.layers = layers;
        s.threads = 2;
        const auto r = dtr::runDistillation(*project, s);
        if (r.status != "completed")
            qFatal("distillation did not complete");
        return project;
    }

    void expectError(const std::function<void()> &fn, const std::string &part)
    {
        try {
            fn();
        } catch (const dtr::Error &e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find(part) != std::string::npos, ("unexpected message: " + msg + " (wanted: " + part + ")").c_str());
            QVERIFY2(msg.find('\n') == std::string::npos, "errors are one line");
            return;
        }
        QFAIL(("no error; wanted: " + part).c_str());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        torch::set_num_threads(2);
        m_model = QString::fromStdString(dtrtest::modelPath("tiny-llama"));
    }

    // ---------------------------------------------------------------- task files

    void taskKinds()
    {
        auto mc = dtr::loadTask(mcTask("mc.jsonl", 5).toStdString());
        QCOMPARE(mc.kind, dtr::TaskKind::MultipleChoice);
        QCOMPARE(mc.examples.size(), std::size_t(5));
        QCOMPARE(mc.name, std::string("mc"));
        QCOMPARE(mc.hash.size(), std::size_t(32));
        auto lm = dtr::loadTask(writeFile("lm.jsonl", "{\"text\": \"Hello there.\"}\n\n{\"text\": \"Bye.\"}\n").toStdString());
        QCOMPARE(lm.kind, dtr::TaskKind::LanguageModel);
        QCOMPARE(lm.examples[1].line, std::int64_t(3));
        auto gen = dtr::loadTask(writeFile("gen.jsonl", "{\"prompt\": \"2+2=\", \"answer\": \"4\"}\n").toStdString());
        QCOMPARE(gen.kind, dtr::TaskKind::Generation);
        QCOMPARE(dtr::defaultMetric(dtr::TaskKind::MultipleChoice), std::string("acc_norm"));
        QVERIFY(!dtr::metricInfo(lm, "bits_per_byte").higherIsBetter);
        expectError([&] { dtr::metricInfo(lm, "acc"); }, "metric 'acc' does not apply to a language_model task");
    }

    void taskErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray ok = "{\"context\": \"a\", \"choices\": [\" b\", \" c\"], \"label\": 0}\n";
        QTest::newRow("empty") << QByteArray() << "the task has no examples";
        QTest::newRow("blank") << QByteArray("\n  \n") << "the task has no examples";
        QTest::newRow("malformed") << (ok + ok + "{\"context\": \"a\", \"choices\": [\n") << "line 3: malformed JSON";
        QTest::newRow("not object") << (ok + "[1, 2]\n") << "line 2: expected a JSON object";
        QTest::newRow("label range") << (ok + "{\"context\": \"a\", \"choices\": [\" b\", \" c\"], \"label\": 2}\n")
                                     << "line 2: label 2 is out of range for 2 choices";
        QTest::newRow("negative label") << QByteArray("{\"context\": \"a\", \"choices\": [\" b\", \" c\"], \"label\": -1}\n")
                                        << "line 1: label -1 is out of range";
        QTest::newRow("label type") << QByteArray("{\"context\": \"a\", \"choices\": [\" b\", \" c\"], \"label\": \"0\"}\n")
                                    << "line 1: field 'label' must be an integer";
        QTest::newRow("one choice") << QByteArray("{\"context\": \"a\", \"choices\": [\" b\"], \"label\": 0}\n")
                                    << "line 1: needs at least two choices";
        QTest::newRow("mixed kinds") << (ok + "{\"text\": \"x\"}\n") << "line 2: a language_model example in a multiple_choice task";
        QTest::newRow("unknown kind") << QByteArray("{\"question\": \"x\"}\n") << "line 1: cannot tell the task kind";
        QTest::newRow("latin-1") << QByteArray("{\"text\": \"caf\xe9\"}\n") << "line 1: not valid UTF-8";
        QTest::newRow("text type") << QByteArray("{\"text\": 5}\n") << "line 1: field 'text' must be a string";
    }

    void taskErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = writeFile(QString("bad-%1.jsonl").arg(++m_counter), bytes);
        expectError([&] { dtr::loadTask(path.toStdString()); }, path.toStdString() + ": " + message.toStdString());
        expectError([&] { dtr::loadTask((m_tmp.path() + "/missing.jsonl").toStdString()); }, "missing.jsonl: cannot open");
    }

    // ---------------------------------------------------------------- scoring

    void multipleChoiceMatchesHandComputedLogLikelihoods()
    {
        torch::NoGradGuard guard;
        auto model = dtr::loadCausalLM(m_model.toStdString());
        auto tok = dtr::Tokenizer::fromPath(m_model.toStdString());
        const dtr::Task task = dtr::loadTask(mcTask("mc-hand.jsonl", 7).toStdString());
        dtr::ScoringOptions so;
        so.batchSize = 4; // batches of mixed lengths: padding must not change anything
        auto prepared = std::make_shared<const dtr::PreparedTask>(task, *tok, model->config, so);
        dtr::TaskEvaluator ev(model, prepared, tok, so);
        const dtr::RawResults raw = ev.evaluate({});
        QCOMPARE(raw.logLikelihood.size(), std::size_t(21));

        // By hand: one unpadded forward per pair, sum of log p(token) over the choice.
        std::vector<double> hand;
        for (const auto &ex : task.examples) {
            const auto ctx = tok->encode(ex.context);
            for (const auto &choice : ex.choices) {
                const auto whole = tok->encode(ex.context + choice);
                std::vector<std::int64_t> ids{*model->config.bosTokenId};
                ids.insert(ids.end(), whole.begin(), whole.end());
                QVERIFY(std::equal(ctx.begin(), ctx.end(), whole.begin()));
                const auto logits = model->forward(torch::tensor(ids).unsqueeze(0)).logits[0];
                const auto logp = torch::log_softmax(logits.to(torch::kFloat64), -1);
                double sum = 0;
                for (std::size_t t = 1 + ctx.size(); t < ids.size(); ++t)
                    sum += logp[static_cast<std::int64_t>(t - 1)][ids[t]].item<double>();
                hand.push_back(sum);
            }
        }
        for (std::size_t i = 0; i < hand.size(); ++i)
            QVERIFY2(std::abs(raw.logLikelihood[i] - hand[i]) < 1e-4 * std::max(1.0, std::abs(hand[i])),
                     qPrintable(QString("sequence %1: %2 vs %3").arg(i).arg(raw.logLikelihood[i]).arg(hand[i])));

        // acc and acc_norm from the hand values.
        double acc = 0, accNorm = 0;
        for (std::size_t e = 0; e < task.examples.size(); ++e) {
            const auto &ex = task.examples[e];
            std::size_t best = 0, bestNorm = 0;
            for (std::size_t c = 1; c < ex.choices.size(); ++c) {
                if (hand[e * 3 + c] > hand[e * 3 + best])
                    best = c;
                if (hand[e * 3 + c] / double(ex.choices[c].size()) > hand[e * 3 + bestNorm] / double(ex.choices[bestNorm].size()))
                    bestNorm = c;
            }
            acc += best == std::size_t(ex.label);
            accNorm += bestNorm == std::size_t(ex.label);
        }
        const auto statsAcc = prepared->stats(raw, dtr::metricInfo(task, "acc"));
        const auto statsNorm = prepared->stats(raw, dtr::metricInfo(task, "acc_norm"));
        QCOMPARE(dtr::metricValue(dtr::metricInfo(task, "acc"), statsAcc), acc / 7);
        QCOMPARE(dtr::metricValue(dtr::metricInfo(task, "acc_norm"), statsNorm), accNorm / 7);
        const dtr::Score s = dtr::bootstrapScore(dtr::metricInfo(task, "acc"), statsAcc);
        QVERIFY(s.ciLow <= s.value && s.value <= s.ciHigh);
        QCOMPARE(s.numExamples, std::int64_t(7));
    }

    void languageModelBitsPerByte()
    {
        torch::NoGradGuard guard;
        auto model = dtr::loadCausalLM(m_model.toStdString());
        auto tok = dtr::Tokenizer::fromPath(m_model.toStdString());
        const std::vector<std::string> texts{"The quick brown fox jumps over the lazy dog.", "Free software.",
                                             "This program is distributed in the hope that it will be useful."};
        QByteArray file;
        for (const auto &t : texts)
            file += QByteArray::fromStdString(nlohmann::json{{"text", t}}.dump()) + "\n";
        const dtr::Task task = dtr::loadTask(writeFile("lm-hand.jsonl", file).toStdString());
        const auto bpb = dtr::evaluateTask(model, task, tok, {}, "bits_per_byte");
        const auto ppl = dtr::evaluateTask(model, task, tok, {}, "perplexity");
        double nll = 0, bytes = 0, tokens = 0;
        for (const auto &t : texts) {
            std::vector<std::int64_t> ids{*model->config.bosTokenId};
            const auto enc = tok->encode(t);
            ids.insert(ids.end(), enc.begin(), enc.end());
            const auto logp = torch::log_softmax(model->forward(torch::tensor(ids).unsqueeze(0)).logits[0].to(torch::kFloat64), -1);
            for (std::size_t i = 1; i < ids.size(); ++i)
                nll -= logp[static_cast<std::int64_t>(i - 1)][ids[i]].item<double>();
            bytes += double(t.size());
            tokens += double(ids.size() - 1);
        }
        QVERIFY(std::abs(bpb.score.value - nll / std::log(2.0) / bytes) < 1e-5);
        QVERIFY(std::abs(ppl.score.value - std::exp(nll / tokens)) < 1e-3 * ppl.score.value);
    }

    void generationExactMatch()
    {
        auto model = dtr::loadCausalLM(m_model.toStdString());
        auto tok = dtr::Tokenizer::fromPath(m_model.toStdString());
        // What the model generates greedily for a prompt is, by definition, an exact match.
        dtr::GenerateOptions go;
        go.maxNewTokens = 4;
        const auto prompt = tok->encode("The cat");
        std::vector<std::int64_t> ids{*model->config.bosTokenId};
        ids.insert(ids.end(), prompt.begin(), prompt.end());
        const auto out = dtr::generateGreedy(model, torch::tensor(ids).unsqueeze(0), go);
        std::vector<std::int64_t> gen;
        for (std::int64_t t = static_cast<std::int64_t>(ids.size()); t < out.size(1); ++t)
            gen.push_back(out[0][t].item<std::int64_t>());
        std::string text = tok->decode(gen, true);
        text = text.substr(0, text.find('\n'));
        QByteArray file = QByteArray::fromStdString(nlohmann::json{{"prompt", "The cat"}, {"answer", text}}.dump()) + "\n";
        file += QByteArray::fromStdString(nlohmann::json{{"prompt", "The cat"}, {"answer", text + "zzz"}}.dump()) + "\n";
        const dtr::Task task = dtr::loadTask(writeFile("gen-hand.jsonl", file).toStdString());
        dtr::ScoringOptions so;
        so.maxNewTokens = 4;
        const auto r = dtr::evaluateTask(model, task, tok, {}, "exact_match", so);
        QCOMPARE(r.stats[0].num, 1.0);
        QCOMPARE(r.stats[1].num, 0.0);
    }

    void tooLongForContext()
    {
        auto model = dtr::loadCausalLM(m_model.toStdString());
        auto tok = dtr::Tokenizer::fromPath(m_model.toStdString());
        std::string longText;
        while (tok->encode(longText).size() < std::size_t(model->config.maxPositionEmbeddings + 10))
            longText += "word and more words ";
        QByteArray file = "{\"text\": \"short\"}\n" + QByteArray::fromStdString(nlohmann::json{{"text", longText}}.dump()) + "\n";
        const QString path = writeFile("long.jsonl", file);
        const dtr::Task task = dtr::loadTask(path.toStdString());
        expectError([&] { dtr::PreparedTask(task, *tok, model->config); },
                    path.toStdString() + ": line 2: the text is");
        expectError([&] { dtr::PreparedTask(task, *tok, model->config); }, "longer than the model's context (512 tokens)");
    }

    void bootstrapAndNoise()
    {
        dtr::MetricInfo acc{"acc", true, false};
        std::vector<dtr::ExampleStat> a, b;
        for (int i = 0; i < 200; ++i) {
            a.push_back({i % 4 != 0 ? 1.0 : 0.0, 1.0}); // 0.75
            b.push_back({i % 2 == 0 ? 1.0 : 0.0, 1.0}); // 0.5
        }
        const dtr::Score s = dtr::bootstrapScore(acc, a);
        QCOMPARE(s.value, 0.75);
        QVERIFY(s.ciLow < 0.75 && s.ciHigh > 0.75 && s.ciLow > 0.6 && s.ciHigh < 0.9);
        QCOMPARE(dtr::bootstrapScore(acc, a).ciLow, s.ciLow); // seeded
        QVERIFY(!dtr::withinNoise(acc, a, b));
        auto c = a;
        c[1].num = 0; // one example differs
        QVERIFY(dtr::withinNoise(acc, a, c));
        QVERIFY(dtr::withinNoise(acc, a, a));
    }

    // ---------------------------------------------------------------- the greedy loop

    void greedyFollowsPseudoCode()
    {
        // 4 layers, higher is better. P_full = 1.0, tolerance 0.1 -> P_min = 0.9.
        StubScorer st;
        st.scores = {{{}, 1.0},
                     {{0}, 0.95}, {{1}, 0.97}, {{2}, 0.97}, {{3}, 0.80},           // tie 1/2 -> layer 1
                     {{0, 1}, 0.96}, {{1, 2}, 1.01}, {{1, 3}, 0.99},                 // M_best: {1,2} at 1.01
                     {{0, 1, 2}, 0.91}, {{1, 2, 3}, 0.93},                           // 3 wins
                     {{0, 1, 2, 3}, 0.85}};                                          // below P_min: stop
        dtr::GreedySettings gs;
        gs.tolerance = 0.1;
        std::vector<dtr::RoundResult> rounds;
        dtr::GreedyHooks hooks;
        hooks.onRound = [&](const dtr::RoundResult &r, const dtr::GreedyState &) { rounds.push_back(r); };
        const auto s = dtr::runGreedy(st, 4, gs, hooks);
        QCOMPARE(s.fullScore, 1.0);
        QVERIFY(std::abs(s.pMin - 0.9) < 1e-12);
        QCOMPARE(rounds.size(), std::size_t(4));
        QCOMPARE(rounds[0].chosenLayer, std::int64_t(1)); // first index on ties
        QCOMPARE(rounds[0].runnerUp.value(), std::int64_t(2));
        QCOMPARE(rounds[1].chosenLayer, std::int64_t(2));
        QCOMPARE(rounds[2].chosenLayer, std::int64_t(3));
        QCOMPARE(rounds[3].chosenLayer, std::int64_t(0));
        QVERIFY(rounds[2].committed);
        QVERIFY(!rounds[3].committed); // 0.85 < P_min
        QCOMPARE(rounds[3].linearAfter, (Layers{1, 2, 3}));
        QCOMPARE(s.best, (Layers{1, 2}));
        QCOMPARE(s.bestScore, 1.01);
        QCOMPARE(s.opt, (Layers{1, 2, 3}));
        QCOMPARE(s.optScore, 0.93);
        QCOMPARE(s.linear, (Layers{1, 2, 3}));
        QCOMPARE(rounds[1].candidates.size(), std::size_t(3));
        // Round 2 scored exactly the configurations the pseudo-code names.
        QCOMPARE(st.asked.size(), std::size_t(1 + 4 + 3 + 2 + 1));

        // --continue commits past P_min; M_opt stays the last configuration above it.
        StubScorer st2 = st;
        st2.asked.clear();
        gs.continuePastMin = true;
        const auto c = dtr::runGreedy(st2, 4, gs, {});
        QCOMPARE(c.linear, (Layers{0, 1, 2, 3}));
        QCOMPARE(c.opt, (Layers{1, 2, 3}));
        QCOMPARE(c.roundsDone, std::int64_t(4));

        // Replaying the stored rounds gives the same state (what resume starts from).
        const auto replay = dtr::replayGreedy(dtr::GreedySettings{0.1, {}, {}, std::nullopt, false}, true, 1.0, 1.0, rounds);
        QCOMPARE(replay.best, s.best);
        QCOMPARE(replay.opt, s.opt);
        QCOMPARE(replay.linear, s.linear);
        QVERIFY(replay.finished);
    }

    void greedyConstraints()
    {
        StubScorer st;
        st.scores = {{{}, 1.0}, {{3}, 0.99},                             // pin 3: start
                     {{1, 3}, 0.98}, {{2, 3}, 0.985},                     // forbid 0
                     {{1, 2, 3}, 0.97}};
        dtr::GreedySettings gs;
        gs.pin = {3};
        gs.forbid = {0};
        gs.maxLinear = 2;
        const auto s = dtr::runGreedy(st, 4, gs, {});
        QCOMPARE(s.startScore, 0.99);
        QCOMPARE(s.linear, (Layers{2, 3})); // capped at 2
        QCOMPARE(s.roundsDone, std::int64_t(1));
        for (const auto &a : st.asked)
            QVERIFY(std::find(a.begin(), a.end(), 0) == a.end()); // never asked about layer 0
        QCOMPARE(s.best, (Layers{3})); // the pinned start scored best
        QCOMPARE(s.opt, (Layers{2, 3}));

        gs.maxLinear.reset();
        const auto all = dtr::runGreedy(st, 4, gs, {});
        QCOMPARE(all.linear, (Layers{1, 2, 3}));

        expectError([&] { dtr::validateGreedySettings({0.05, {1}, {1}, std::nullopt, false}, 4); },
                    "the pinned and the forbidden layers both name layer 1");
        expectError([&] { dtr::validateGreedySettings({0.05, {7}, {}, std::nullopt, false}, 4); },
                    "pinned layers: layer 7 is outside the model (4 layers)");
        expectError([&] { dtr::validateGreedySettings({0.05, {1, 2}, {}, 1, false}, 4); },
                    "the maximum of 1 linear layers is below the 2 pinned layers");
    }

    void greedyLowerIsBetter()
    {
        StubScorer st;
        st.higher = false; // e.g. bits per byte
        st.scores = {{{}, 2.0}, {{0}, 2.05}, {{1}, 2.3}, {{0, 1}, 2.2}};
        dtr::GreedySettings gs;
        gs.tolerance = 0.05; // P_min = 2.1
        const auto s = dtr::runGreedy(st, 2, gs, {});
        QVERIFY(std::abs(s.pMin - 2.1) < 1e-12);
        QCOMPARE(s.linear, (Layers{0}));
        QCOMPARE(s.best, (Layers{})); // nothing beat the full model
        QCOMPARE(s.opt, (Layers{0}));
    }

    void baselines()
    {
        QCOMPARE(dtr::uniformLayers({0, 1, 2, 3, 4, 5, 6, 7}, 4), (Layers{1, 3, 5, 7}));
        QCOMPARE(dtr::uniformLayers({0, 1, 2, 3, 4, 5, 6, 7}, 2), (Layers{2, 6}));
        QCOMPARE(dtr::uniformLayers({0, 1, 2}, 3), (Layers{0, 1, 2}));
        const auto r1 = dtr::seededOrder({0, 1, 2, 3, 4, 5}, 7), r2 = dtr::seededOrder({0, 1, 2, 3, 4, 5}, 7);
        QCOMPARE(r1, r2);
        QVERIFY(r1 != dtr::seededOrder({0, 1, 2, 3, 4, 5}, 8));
        auto sorted = r1;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (Layers{0, 1, 2, 3, 4, 5}));
        QCOMPARE(dtr::rankedOrder({0, 1, 2, 3}, {0.5, 0.9, 0.5, 0.7}, true), (Layers{1, 3, 0, 2}));
        QCOMPARE(dtr::rankedOrder({0, 1, 2, 3}, {0.5, 0.9, 0.5, 0.7}, false), (Layers{0, 2, 3, 1}));

        StubScorer st;
        st.scores = {{{}, 1.0}, {{2}, 0.9}, {{1, 2}, 0.8}, {{0, 1, 2}, 0.7}};
        std::vector<dtr::RoundResult> rounds;
        dtr::GreedyHooks hooks;
        hooks.onRound = [&](const dtr::RoundResult &r, const dtr::GreedyState &) { rounds.push_back(r); };
        dtr::GreedySettings gs;
        gs.tolerance = 0.15;
        const auto s = dtr::runBaseline(st, 3, gs, {2, 1, 0}, hooks);
        QCOMPARE(rounds.size(), std::size_t(3));
        QCOMPARE(rounds[1].linearAfter, (Layers{1, 2}));
        QCOMPARE(s.opt, (Layers{2}));     // 0.8 < P_min 0.85
        QCOMPARE(s.best, (Layers{}));
    }

    // ---------------------------------------------------------------- on a real model

    void cachedSearchMatchesNaive()
    {
        auto project = distilledProject();
        dtr::SearchSettings s;
        s.valTask = mcTask("val.jsonl", 24).toStdString();
        s.metric = "acc";
        s.greedy.continuePastMin = true; // the whole trajectory
        s.batchSize = 8;
        s.threads = 2;
        s.reuseHiddenStates = false;
        const auto naive = dtr::runSearch(*project, s);
        s.reuseHiddenStates = true;
        const auto cached = dtr::runSearch(*project, s);
        QCOMPARE(naive.status, std::string("completed"));
        QCOMPARE(cached.rounds.size(), std::size_t(4));
        QCOMPARE(naive.rounds.size(), cached.rounds.size());
        const auto cn = project->candidates(naive.searchId), cc = project->candidates(cached.searchId);
        QCOMPARE(cn.size(), std::size_t(4 + 3 + 2 + 1));
        QCOMPARE(cc.size(), cn.size());
        for (std::size_t i = 0; i < cn.size(); ++i) {
            QCOMPARE(cc[i].round, cn[i].round);
            QCOMPARE(cc[i].layer, cn[i].layer);
            QCOMPARE(cc[i].score, cn[i].score); // exactly
        }
        // Also the log-likelihoods behind the scores, bit for bit.
        for (std::size_t i = 0; i < naive.rounds.size(); ++i) {
            QCOMPARE(cached.rounds[i].chosenLayer, naive.rounds[i].chosenLayer);
            QCOMPARE(cached.rounds[i].linearAfter, naive.rounds[i].linearAfter);
        }
        QCOMPARE(cached.state.best, naive.state.best);
        QCOMPARE(cached.state.opt, naive.state.opt);
        // 4 layers, to the end: naive L * (1 + 4 + 3 + 2 + 1) per batch; cached
        // L (base) + sum over candidates of (L - l).
        QVERIFY2(cached.layerForwards < naive.layerForwards,
                 qPrintable(QString("%1 vs %2").arg(cached.layerForwards).arg(naive.layerForwards)));
        QCOMPARE(naive.layerForwards % (4 * 11), std::int64_t(0));

        // And the evaluator itself: candidate() from stored streams == evaluate() bit for bit.
        auto model = dtr::loadCausalLM(m_model.toStdString());
        dtr::attachStudents(*model, dtr::loadRunStudents(*project, 1));
        auto tok = dtr::Tokenizer::fromPath(m_model.toStdString());
        auto prepared = std::make_shared<const dtr::PreparedTask>(dtr::loadTask(s.valTask), *tok, model->config);
        dtr::TaskEvaluator ev(model, prepared, tok);
        ev.setBase({1});
        const auto viaCache = ev.candidate(2);
        const auto direct = ev.evaluate({1, 2});
        QCOMPARE(viaCache.logLikelihood, direct.logLikelihood);
        QVERIFY(ev.storedBytes() > 0);
    }

    void storedAndResumable()
    {
        auto project = distilledProject();
        dtr::SearchSettings s;
        s.valTask = mcTask("val2.jsonl", 12).toStdString();
        s.testTask = mcTask("test2.jsonl", 12, 3).toStdString();
        s.greedy.continuePastMin = true;
        s.threads = 2;
        const auto whole = dtr::runSearch(*project, s);
        QCOMPARE(whole.status, std::string("completed"));
        QVERIFY(whole.bestTest.has_value());
        const auto rec = project->searchRun(whole.searchId);
        QCOMPARE(rec.status, std::string("completed"));
        QVERIFY(rec.baseScore.has_value());
        QVERIFY(project->configuration(whole.bestName).has_value());
        QVERIFY(project->configuration(whole.optName).has_value());
        const auto rounds = project->rounds(whole.searchId);
        QCOMPARE(rounds.size(), std::size_t(4));
        for (const auto &r : rounds)
            QVERIFY(r.testScore.has_value());

        // Cancel in round 2 (after its first candidate), then resume.
        std::atomic<bool> cancel{false};
        int seen = 0;
        auto progress = [&](const dtr::SearchProgress &p) {
            if (p.event == "candidate" && p.round == 2 && ++seen == 1)
                cancel.store(true);
        };
        const auto stopped = dtr::runSearch(*project, s, progress, &cancel);
        QCOMPARE(stopped.status, std::string("cancelled"));
        QCOMPARE(project->searchRun(stopped.searchId).status, std::string("cancelled"));
        QCOMPARE(project->rounds(stopped.searchId).size(), std::size_t(1));
        const auto resumed = dtr::resumeSearch(*project, stopped.searchId);
        QCOMPARE(resumed.status, std::string("completed"));
        const auto r1 = project->rounds(whole.searchId), r2 = project->rounds(stopped.searchId);
        QCOMPARE(r2.size(), r1.size());
        for (std::size_t i = 0; i < r1.size(); ++i) {
            QCOMPARE(r2[i].chosenLayer, r1[i].chosenLayer);
            QCOMPARE(r2[i].chosenScore, r1[i].chosenScore);
            QCOMPARE(r2[i].linearLayers, r1[i].linearLayers);
        }
        QCOMPARE(project->candidates(stopped.searchId).size(), project->candidates(whole.searchId).size());
        QCOMPARE(resumed.state.best, whole.state.best);
        QCOMPARE(resumed.state.opt, whole.state.opt);
        expectError([&] { dtr::resumeSearch(*project, whole.searchId); }, "has already completed");

        // Readable names; the second greedy search on the same task gets " (2)".
        const std::string mixer = project->distillRun(*project->searchRun(whole.searchId).distillRunId).mixer;
        QCOMPARE(whole.bestName, dtr::searchConfigurationName("val2", mixer, "greedy", "best",
                                                              static_cast<std::int64_t>(whole.state.best.size())));
        QCOMPARE(resumed.bestName, whole.bestName + " (2)");
        QCOMPARE(dtr::searchConfiguration(*project, whole.searchId, "opt")->name, whole.optName);

        // Baselines store one round per count of linear layers, and a configuration for
        // each with the round's validation and test scores.
        for (const std::string strategy : {"uniform", "random", "importance", "distill-loss"}) {
            s.strategy = strategy;
            const auto b = dtr::runSearch(*project, s);
            QCOMPARE(b.status, std::string("completed"));
            const auto br = project->rounds(b.searchId);
            QCOMPARE(br.size(), std::size_t(4));
            for (std::size_t k = 0; k < br.size(); ++k) {
                QCOMPARE(br[k].linearLayers.size(), k + 1);
                const auto c = dtr::searchConfiguration(*project, b.searchId, "k=" + std::to_string(k + 1));
                QVERIFY(c.has_value());
                QCOMPARE(c->name.rfind("val2 \xC2\xB7 ", 0), std::size_t(0));
                QVERIFY(c->name.find(strategy + " \xC2\xB7 " + std::to_string(k + 1) + " linear") != std::string::npos);
                QCOMPARE(dtr::linearLayersOf(c->layerTypes), br[k].linearLayers);
                const auto evals = project->evaluations(c->id);
                QCOMPARE(evals.size(), std::size_t(2));
                QCOMPARE(evals[0].score, br[k].chosenScore);
                QCOMPARE(evals[1].score, *br[k].testScore);
            }
        }
        // A resumed baseline would not save them twice: the catalogue has one per (search, k).
        const auto catalog = dtr::configurationCatalog(*project);
        std::set<std::pair<std::int64_t, std::string>> seenSources;
        for (const auto &e : catalog) {
            QVERIFY(e.searchId.has_value());
            QVERIFY(seenSources.insert({*e.searchId, e.record.source}).second);
            QCOMPARE(e.task, std::string("val2"));
            QCOMPARE(e.strategy, project->searchRun(*e.searchId).strategy);
            QVERIFY(e.validation && e.test);
            if (e.origin == "k") {
                const auto rr = project->rounds(*e.searchId)[e.linear.size() - 1];
                QCOMPARE(e.validation->value, rr.chosenScore);
                QCOMPARE(e.test->value, *rr.testScore);
            }
            // The JSON a window reads holds the same.
            const auto back = dtr::configurationEntryFromJson(dtr::toJson(e));
            QCOMPARE(back.record.name, e.record.name);
            QCOMPARE(back.linear, e.linear);
            QCOMPARE(back.validation->value, e.validation->value);
            QCOMPARE(back.test->ciHigh, e.test->ciHigh);
        }
        QCOMPARE(catalog.size(), std::size_t(2 + 2 + 4 * (2 + 4)));

        // Rename and delete.
        const auto best = project->configuration(whole.bestName);
        project->renameConfiguration(best->id, "kept");
        QCOMPARE(project->configuration(best->id)->name, std::string("kept"));
        expectError([&] { project->renameConfiguration(best->id, whole.optName); }, "'" + whole.optName + "' already exists");
        expectError([&] { project->renameConfiguration(best->id, "  "); }, "needs a name");
        QCOMPARE(project->configuration(best->id)->name, std::string("kept"));
        const auto before = project->counts();
        project->deleteConfiguration(best->id);
        QVERIFY(!project->configuration(best->id));
        QCOMPARE(project->counts().configurations, before.configurations - 1);
        QCOMPARE(project->counts().evaluations, before.evaluations - 2);
        expectError([&] { project->deleteConfiguration(best->id); }, "no configuration with id");
    }

    // Kendall's tau-b against values worked out by hand, and between replacement orders.
    void orderCorrelation()
    {
        using dtr::kendallTauB;
        using dtr::orderCorrelation;
        QCOMPARE(*kendallTauB({1, 2, 3, 4}, {1, 2, 3, 4}), 1.0);
        QCOMPARE(*kendallTauB({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
        // Pairs: 4 concordant, 1 discordant, 1 tied in a only: (4 - 1) / sqrt(5 * 6).
        QVERIFY(std::abs(*kendallTauB({1, 2, 3, 3}, {1, 3, 2, 4}) - 3.0 / std::sqrt(30.0)) < 1e-12);
        QVERIFY(!kendallTauB({1, 1, 1}, {1, 2, 3}));   // constant: undefined
        QVERIFY(!kendallTauB({1}, {1}));
        QVERIFY_THROWS_EXCEPTION(dtr::Error, kendallTauB({1, 2}, {1}));

        // One adjacent swap among 6 layers: 14 concordant, 1 discordant of 15 pairs.
        QVERIFY(std::abs(*orderCorrelation({0, 1, 2, 3, 4, 5}, {0, 2, 1, 3, 4, 5}, 6) - 13.0 / 15.0) < 1e-12);
        QCOMPARE(*orderCorrelation({5, 4, 3, 2, 1, 0}, {0, 1, 2, 3, 4, 5}, 6), -1.0);
        // Orders that stopped early: the unreplaced layers share the last rank.
        // Ranks A = (0, 1, 2, 2), B = (1, 0, 2, 2): 4 concordant, 1 discordant, 1 tied in both.
        QVERIFY(std::abs(*orderCorrelation({0, 1}, {1, 0}, 4) - 3.0 / 5.0) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(dtr::Error, orderCorrelation({0, 0}, {0, 1}, 3));
        QVERIFY_THROWS_EXCEPTION(dtr::Error, orderCorrelation({0, 7}, {0, 1}, 3));
    }

    void badInputBeforeWork()
    {
        auto project = distilledProject({0, 1, 2});
        const auto before = project->counts();
        dtr::SearchSettings s;
        s.valTask = mcTask("val3.jsonl", 4).toStdString();
        s.threads = 2;
        expectError([&] { dtr::runSearch(*project, s); }, "has no trained student for layer 3");
        s.greedy.forbid = {3};
        s.greedy.pin = {3};
        expectError([&] { dtr::runSearch(*project, s); }, "the pinned and the forbidden layers both name layer 3");
        s.greedy.pin.clear();
        s.valTask = writeFile("bad.jsonl", "{\"text\": \"x\"}\n{oops\n").toStdString();
        expectError([&] { dtr::runSearch(*project, s); }, "bad.jsonl: line 2: malformed JSON");
        s.valTask = writeFile("empty.jsonl", "").toStdString();
        expectError([&] { dtr::runSearch(*project, s); }, "empty.jsonl: the task has no examples");
        s.valTask = mcTask("val4.jsonl", 4).toStdString();
        s.metric = "perplexity";
        expectError([&] { dtr::runSearch(*project, s); }, "metric 'perplexity' does not apply");
        s.metric.clear();
        s.strategy = "best-guess";
        expectError([&] { dtr::runSearch(*project, s); }, "unknown search strategy 'best-guess'");
        s.strategy = "greedy";
        s.studentsRun = 42;
        expectError([&] { dtr::runSearch(*project, s); }, "42");
        QCOMPARE(project->counts().searchRuns, before.searchRuns); // nothing stored

        // A search with layer 3 forbidden runs.
        s.studentsRun.reset();
        const auto ok = dtr::runSearch(*project, s);
        for (const auto &c : project->candidates(ok.searchId))
            QVERIFY(c.layer != 3);

        // dtr eval on a saved configuration and on "full".
        dtr::EvalRequest req;
        req.configuration = ok.optName;
        req.taskPath = s.valTask;
        req.threads = 2;
        const auto ev = dtr::evaluateConfiguration(*project, req);
        QCOMPARE(ev.linearLayers, ok.state.opt);
        QCOMPARE(ev.score.value, ok.state.optScore);
        req.configuration = "full";
        const auto full = dtr::evaluateConfiguration(*project, req);
        QCOMPARE(full.score.value, ok.state.fullScore);
        req.configuration = "nope";
        expectError([&] { dtr::evaluateConfiguration(*project, req); }, "no configuration named 'nope'");

        // The CLI: a search with JSON output, an evaluation, one-line errors.
        const QString projectPath = QString::fromStdString(project->path());
        const QString val = QString::fromStdString(s.valTask);
        project.reset(); // the CLI opens the file itself
        const auto run = dtrtest::dtrRun({"search", projectPath, "--val", val, "--forbid", "3", "--max-linear", "2",
                                          "--threads", "2", "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("round 1: layer "), qPrintable(run.out));
        const auto j = nlohmann::json::parse(run.out.trimmed().split('\n').last().toStdString());
        QVERIFY(j["opt"]["linear"].size() <= 2);
        const auto evalRun = dtrtest::dtrRun({"eval", projectPath, "--config", QString::fromStdString(j["opt"]["name"].get<std::string>()),
                                              "--task", val, "--threads", "2"});
        QVERIFY2(evalRun.exitCode == 0 && evalRun.out.contains("acc_norm"), qPrintable(evalRun.err + evalRun.out));
        dtrtest::expectFailure(dtrtest::dtrRun({"search", projectPath, "--val", val, "--pin", "1", "--forbid", "1"}),
                               {"the pinned and the forbidden layers both name layer 1"});
        dtrtest::expectFailure(dtrtest::dtrRun({"search", projectPath, "--val", m_tmp.path() + "/none.jsonl", "--forbid", "3"}),
                               {"none.jsonl: cannot open the task file"});
        dtrtest::expectFailure(dtrtest::dtrRun({"eval", projectPath, "--config", "nope", "--task", val}),
                               {"no configuration named 'nope'"});
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
