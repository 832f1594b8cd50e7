// config.json parsing for llama, qwen2, qwen3 and mistral in both the transformers-5
// style and the older one, and clear errors naming the file and field.

#include "model/config.h"
#include "util/error.h"

#include <QtTest/QtTest>

#include "testutil.h"

namespace {

const char *kBase = R"({"model_type": "llama", "vocab_size": 100, "hidden_size": 64, "intermediate_size": 128,
  "num_hidden_layers": 3, "num_attention_heads": 4, "num_key_value_heads": 2, "rms_norm_eps": 1e-5 %1})";

std::string withExtra(const QString &extra)
{
    return QString(kBase).arg(extra.isEmpty() ? QString() : ", " + extra).toStdString();
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<bool>("bias");
        QTest::addColumn<bool>("qkNorm");
        QTest::addColumn<bool>("tied");
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("rope");
        QTest::newRow("llama") << "tiny-llama" << "llama" << 16 << false << false << false << 0 << "default";
        QTest::newRow("qwen2") << "tiny-qwen2" << "qwen2" << 16 << true << false << true << 0 << "default";
        QTest::newRow("mistral") << "tiny-mistral-swa" << "mistral" << 16 << false << false << false << 8 << "default";
        QTest::newRow("qwen3") << "tiny-qwen3" << "qwen3" << 32 << false << true << true << 0 << "default";
        QTest::newRow("llama3") << "tiny-llama3-bf16-sharded" << "llama" << 16 << false << false << true << 0 << "llama3";
    }
    void fixtures()
    {
        QFETCH(QString, model);
        QFETCH(QString, type);
        QFETCH(int, headDim);
        QFETCH(bool, bias);
        QFETCH(bool, qkNorm);
        QFETCH(bool, tied);
        QFETCH(int, window);
        QFETCH(QString, rope);
        dtr::ModelConfig c = dtr::loadModelConfig(dtrtest::modelPath(model.toStdString()));
        QCOMPARE(QString::fromStdString(c.modelType), type);
        QCOMPARE(c.headDim, headDim);
        QCOMPARE(c.attentionBias, bias);
        QCOMPARE(c.qkNorm, qkNorm);
        QCOMPARE(c.tieWordEmbeddings, tied);
        QCOMPARE(c.slidingWindow(3), window);
        QCOMPARE(QString::fromStdString(c.ropeScaling.type), rope);
        QCOMPARE(c.numLayers, 4);
        QCOMPARE(c.vocabSize, 514);
    }

    void oldAndNewStyleAgree()
    {
        const std::string oldStyle = withExtra(R"("rope_theta": 500000.0, "torch_dtype": "bfloat16",
            "rope_scaling": {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                             "original_max_position_embeddings": 8192})");
        const std::string newStyle = withExtra(R"("dtype": "bfloat16", "rope_parameters": {"rope_theta": 500000.0,
            "rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
            "original_max_position_embeddings": 8192})");
        dtr::ModelConfig a = dtr::parseModelConfig(oldStyle, "old.json");
        dtr::ModelConfig b = dtr::parseModelConfig(newStyle, "new.json");
        for (const dtr::ModelConfig *c : {&a, &b}) {
            QCOMPARE(c->ropeTheta, 500000.0);
            QCOMPARE(QString::fromStdString(c->ropeScaling.type), QString("llama3"));
            QCOMPARE(c->ropeScaling.factor, 8.0);
            QCOMPARE(c->ropeScaling.originalMaxPositionEmbeddings, 8192);
            QCOMPARE(QString::fromStdString(c->dtype), QString("bfloat16"));
        }
        // Older checkpoints name the scaling kind "type" instead of "rope_type".
        dtr::ModelConfig lin = dtr::parseModelConfig(withExtra(R"("rope_scaling": {"type": "linear", "factor": 2.0})"), "x");
        QCOMPARE(QString::fromStdString(lin.ropeScaling.type), QString("linear"));
        QCOMPARE(lin.ropeScaling.factor, 2.0);
    }

    void defaultsAndDerived()
    {
        dtr::ModelConfig c = dtr::parseModelConfig(withExtra(""), "c.json");
        QCOMPARE(c.headDim, 16);
        QCOMPARE(c.ropeTheta, 10000.0);
        QVERIFY(!c.tieWordEmbeddings);
        dtr::ModelConfig gqa = dtr::parseModelConfig(withExtra(R"("head_dim": 128, "attention_bias": true)"), "c.json");
        QCOMPARE(gqa.headDim, 128);
        QVERIFY(gqa.attentionBias && gqa.attentionOutBias);
    }

    void qwenSlidingLayers()
    {
        std::string j = QString(kBase).arg(R"(, "use_sliding_window": true, "sliding_window": 32,
            "layer_types": ["full_attention", "sliding_attention", "sliding_attention"])")
                            .replace("\"llama\"", "\"qwen2\"").toStdString();
        dtr::ModelConfig c = dtr::parseModelConfig(j, "q.json");
        QCOMPARE(c.slidingWindow(0), 0);
        QCOMPARE(c.slidingWindow(1), 32);
        QCOMPARE(c.slidingWindow(2), 32);
        QVERIFY(c.attentionBias && !c.attentionOutBias);
        // Without use_sliding_window the window is ignored, as in transformers.
        std::string off = QString(kBase).arg(R"(, "sliding_window": 32)").replace("\"llama\"", "\"qwen2\"").toStdString();
        QCOMPARE(dtr::parseModelConfig(off, "q.json").slidingWindow(1), 0);
    }

    void eosIds()
    {
        dtr::ModelConfig c = dtr::parseModelConfig(withExtra(R"("eos_token_id": [7, 9], "bos_token_id": 1)"), "c");
        QCOMPARE(c.eosTokenIds, (std::vector<std::int64_t>{7, 9}));
        QCOMPARE(*c.bosTokenId, 1);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << "{\"model_type\": " << "cfg.json: malformed JSON";
        QTest::newRow("not object") << "[]" << "cfg.json: expected a JSON object";
        QTest::newRow("unsupported") << QString::fromStdString(withExtra("")).replace("\"llama\"", "\"gpt2\"")
                                     << "cfg.json: unsupported model_type 'gpt2'";
        QTest::newRow("no model_type") << R"({"vocab_size": 3})" << "missing required field 'model_type'";
        QTest::newRow("missing hidden") << QString::fromStdString(withExtra("")).replace("\"hidden_size\": 64,", "")
                                        << "cfg.json: missing required field 'hidden_size'";
        QTest::newRow("wrong type") << QString::fromStdString(withExtra("")).replace("\"hidden_size\": 64", "\"hidden_size\": \"64\"")
                                    << "cfg.json: field 'hidden_size': expected an integer, got string";
        QTest::newRow("negative") << QString::fromStdString(withExtra("")).replace("\"num_hidden_layers\": 3", "\"num_hidden_layers\": -1")
                                  << "field 'num_hidden_layers' must be positive";
        QTest::newRow("gqa") << QString::fromStdString(withExtra("")).replace("\"num_key_value_heads\": 2", "\"num_key_value_heads\": 3")
                             << "is not a multiple of 'num_key_value_heads'";
        QTest::newRow("rope type") << QString::fromStdString(withExtra(R"("rope_scaling": {"rope_type": "yarn", "factor": 4.0})"))
                                   << "unsupported rope type 'yarn'";
        QTest::newRow("llama3 fields") << QString::fromStdString(withExtra(R"("rope_scaling": {"rope_type": "llama3", "factor": 4.0})"))
                                       << "missing required field 'low_freq_factor'";
        QTest::newRow("activation") << QString::fromStdString(withExtra(R"("hidden_act": "gelu")"))
                                    << "unsupported activation 'gelu'";
        QTest::newRow("odd head dim") << QString::fromStdString(withExtra(R"("head_dim": 15)")) << "must be even";
    }
    void errors()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        try {
            dtr::parseModelConfig(json.toStdString(), "cfg.json");
            QFAIL("should have thrown");
        } catch (const dtr::Error &e) {
            QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.contains(expected), qPrintable(msg));
            QVERIFY2(msg.startsWith("cfg.json"), qPrintable(msg));
        }
    }

    void missingFolder()
    {
        try {
            dtr::loadModelConfig("/nonexistent/model");
            QFAIL("should have thrown");
        } catch (const dtr::Error &e) {
            QVERIFY(QString(e.what()).contains("/nonexistent/model/config.json: cannot open"));
        }
    }
};

QTEST_APPLESS_MAIN(TestConfig)
#include "tst_config.moc"
