// safetensors reading and writing: round trips of every dtype, sharded checkpoints,
// and a clear error naming the file (and tensor) for every kind of damaged file.

#include "model/safetensors.h"
#include "model/tensor_io.h"
#include "util/error.h"
#include "util/mmap_file.h"

#include <QtTest/QtTest>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "testutil.h"

namespace {

// Builds a raw safetensors file from a header JSON text and a data section.
std::string rawFile(const std::string &header, const std::string &data)
{
    std::string out;
    std::uint64_t n = header.size();
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
    return out + header + data;
}

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString path(const QString &name) const { return m_tmp.path() + "/" + name; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void roundTripEveryDtype_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::newRow("F32") << static_cast<int>(torch::kFloat32);
        QTest::newRow("F16") << static_cast<int>(torch::kFloat16);
        QTest::newRow("BF16") << static_cast<int>(torch::kBFloat16);
        QTest::newRow("F64") << static_cast<int>(torch::kFloat64);
        QTest::newRow("I64") << static_cast<int>(torch::kInt64);
        QTest::newRow("I32") << static_cast<int>(torch::kInt32);
        QTest::newRow("U8") << static_cast<int>(torch::kUInt8);
        QTest::newRow("BOOL") << static_cast<int>(torch::kBool);
    }
    void roundTripEveryDtype()
    {
        QFETCH(int, dtype);
        const auto dt = static_cast<torch::Dtype>(dtype);
        torch::manual_seed(3);
        torch::Tensor a = (torch::randn({3, 5, 7}) * 50).to(dt);
        torch::Tensor b = (torch::randn({11}) * 50).to(dt);
        torch::Tensor scalar = torch::ones({}, torch::TensorOptions().dtype(dt));
        torch::Tensor empty = torch::empty({0, 4}, torch::TensorOptions().dtype(dt));
        const std::string file = path("rt.safetensors").toStdString();
        dtr::saveSafetensors(file, {{"a", a}, {"b.weight", b}, {"scalar", scalar}, {"empty", empty}},
                             {{"format", "pt"}});
        auto f = dtr::SafetensorsFile::open(file);
        QCOMPARE(f->metadata().at("format"), std::string("pt"));
        QCOMPARE(f->tensors().size(), std::size_t(4));
        auto back = dtr::loadSafetensors(file);
        QVERIFY(torch::equal(back.at("a"), a));
        QVERIFY(torch::equal(back.at("b.weight"), b));
        QVERIFY(torch::equal(back.at("scalar"), scalar));
        QCOMPARE(back.at("empty").sizes().vec(), (std::vector<std::int64_t>{0, 4}));
        QCOMPARE(back.at("a").scalar_type(), dt);
    }

    void readsHuggingFaceFile()
    {
        auto f = dtr::SafetensorsFile::open(dtrtest::modelPath("tiny-llama") + "/model.safetensors");
        const dtr::TensorInfo *t = f->find("model.embed_tokens.weight");
        QVERIFY(t);
        QCOMPARE(t->shape, (std::vector<std::int64_t>{514, 64}));
        QCOMPARE(t->dtype, dtr::DType::F32);
        QVERIFY(!f->find("no.such.tensor"));
    }

    void shardedCheckpoint()
    {
        dtr::WeightFiles w(dtrtest::modelPath("tiny-llama3-bf16-sharded"));
        QCOMPARE(w.files().size(), std::size_t(9));
        auto loc = w.find("model.layers.3.mlp.down_proj.weight");
        QVERIFY(loc.file);
        QCOMPARE(loc.info->dtype, dtr::DType::BF16);
        QCOMPARE(w.tensorNames().size(), std::size_t(1 + 4 * 9 + 1));
    }

    void shardIndexErrors_data()
    {
        QTest::addColumn<QString>("index");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing shard") << R"({"weight_map": {"x": "model-00001-of-00002.safetensors"}})"
                                       << "model-00001-of-00002.safetensors: cannot open";
        QTest::newRow("tensor not in shard") << R"({"weight_map": {"nope": "one.safetensors"}})"
                                             << "tensor 'nope' listed in model.safetensors.index.json is missing";
        QTest::newRow("no weight_map") << R"({"metadata": {}})" << "missing required field 'weight_map'";
        QTest::newRow("path escape") << R"({"weight_map": {"x": "../one.safetensors"}})" << "invalid shard name";
        QTest::newRow("malformed") << R"({"weight_map": )" << "malformed JSON";
    }
    void shardIndexErrors()
    {
        QFETCH(QString, index);
        QFETCH(QString, expected);
        QString dir = path("idx-" + QString::number(qHash(index)));
        QDir().mkpath(dir);
        dtr::saveSafetensors((dir + "/one.safetensors").toStdString(), {{"w", torch::zeros({2})}});
        dtr::writeFileAtomically((dir + "/model.safetensors.index.json").toStdString(), index.toStdString());
        try {
            dtr::WeightFiles w(dir.toStdString());
            QFAIL("should have thrown");
        } catch (const dtr::Error &e) {
            QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.contains(expected), qPrintable(msg));
            QVERIFY2(msg.contains(dir), qPrintable(msg));
        }
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const std::string data(32, '\0');
        auto row = [](const char *name, const std::string &bytes, const char *expected) {
            QTest::newRow(name) << QByteArray(bytes.data(), static_cast<int>(bytes.size())) << QString(expected);
        };
        row("empty file", "", "too short for the 8-byte header length");
        row("short file", "abc", "too short");
        row("header past end", rawFile(std::string(10, ' '), "").substr(0, 8) + "{}",
            "header length 10 exceeds the file size");
        row("not json", rawFile("this is not json", data), "malformed JSON");
        row("not an object", rawFile("[1,2]", data), "expected a JSON object");
        row("data past end", rawFile(R"({"w":{"dtype":"F32","shape":[16],"data_offsets":[0,64]}})", data),
            "tensor 'w': data [0, 64) ends past the end of the file");
        row("overlap",
            rawFile(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},"b":{"dtype":"F32","shape":[4],"data_offsets":[8,24]}})", data),
            "tensors 'a' and 'b' overlap");
        row("unknown dtype", rawFile(R"({"w":{"dtype":"F8_E9M9","shape":[4],"data_offsets":[0,4]}})", data),
            "tensor 'w': unknown or unsupported dtype 'F8_E9M9'");
        row("size mismatch", rawFile(R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,16]}})", data),
            "tensor 'w': holds 16 bytes but shape and dtype F32 need 12");
        row("reversed offsets", rawFile(R"({"w":{"dtype":"U8","shape":[0],"data_offsets":[8,4]}})", data),
            "are reversed");
        row("negative shape", rawFile(R"({"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", data),
            "shape must hold non-negative integers");
        row("missing offsets", rawFile(R"({"w":{"dtype":"F32","shape":[1]}})", data), "'data_offsets' must be");
        row("bad metadata", rawFile(R"({"__metadata__":{"a":1}})", data), "metadata 'a' is not a string");
    }
    void damagedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = path(QString("bad-%1.safetensors").arg(QTest::currentDataTag()).replace(' ', '_'));
        dtr::writeFileAtomically(file.toStdString(), bytes.toStdString());
        try {
            dtr::SafetensorsFile::open(file.toStdString());
            QFAIL("should have thrown");
        } catch (const dtr::Error &e) {
            QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.startsWith(file), qPrintable(msg));
            QVERIFY2(msg.contains(expected), qPrintable(msg));
            QVERIFY(!msg.contains('\n'));
        }
    }

    void truncatedRealCheckpoint()
    {
        const std::string src = dtrtest::modelPath("tiny-llama") + "/model.safetensors";
        std::string bytes = dtr::readTextFile(src);
        const QString file = path("truncated.safetensors");
        dtr::writeFileAtomically(file.toStdString(), bytes.substr(0, bytes.size() / 2));
        QVERIFY_THROWS_EXCEPTION(dtr::Error, dtr::SafetensorsFile::open(file.toStdString()));
        try {
            dtr::SafetensorsFile::open(file.toStdString());
        } catch (const dtr::Error &e) {
            QVERIFY(QString(e.what()).contains("ends past the end of the file"));
        }
    }

    void missingFile()
    {
        try {
            dtr::SafetensorsFile::open(path("nope.safetensors").toStdString());
            QFAIL("should have thrown");
        } catch (const dtr::Error &e) {
            QVERIFY(QString(e.what()).contains("nope.safetensors: cannot open"));
        }
    }

    void atomicWriteKeepsOldFileOnFailure()
    {
        // A tensor of a dtype safetensors cannot hold aborts the write before anything
        // touches the existing file.
        const std::string file = path("keep.safetensors").toStdString();
        dtr::saveSafetensors(file, {{"x", torch::arange(4)}});
        QVERIFY_THROWS_EXCEPTION(dtr::Error,
                                 dtr::saveSafetensors(file, {{"c", torch::zeros({2}, torch::kComplexFloat)}}));
        QVERIFY(torch::equal(dtr::loadSafetensors(file).at("x"), torch::arange(4)));
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
