// Resource bounds of the parsers of outside data (docs/reliability.md, "Resource
// limits"): input meant to exhaust memory or stack is refused before it is allocated,
// with a message naming the file and the limit. The huge files are sparse (ftruncate):
// 5 GB that take no disk space, refused in well under a second.

#include "distill/calibration_documents.h"
#include "model/config.h"
#include "model/safetensors.h"
#include "search/tasks.h"
#include "tokenizer/tokenizer.h"
#include "util/documents.h"
#include "util/error.h"
#include "util/json_util.h"

#include <QtTest/QtTest>

#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

#include "testutil.h"

namespace {

constexpr std::uint64_t kFiveGB = 5ull << 30;

// A sparse file of `size` bytes starting with `head`.
void sparseFile(const std::string &path, std::uint64_t size, const std::string &head = {})
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY2(fd >= 0, path.c_str());
    if (!head.empty())
        QCOMPARE(::write(fd, head.data(), head.size()), static_cast<ssize_t>(head.size()));
    QCOMPARE(::ftruncate(fd, static_cast<off_t>(size)), 0);
    ::close(fd);
}

// Runs fn, which must throw dtr::Error containing every part of `expected`, within
// `seconds`.
void expectRefused(const std::function<void()> &fn, const QStringList &expected, double seconds = 5.0)
{
    const auto t0 = std::chrono::steady_clock::now();
    QString message;
    try {
        fn();
        QFAIL("no error");
    } catch (const dtr::Error &e) {
        message = QString::fromStdString(e.what());
    }
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(message + " (expected: " + part + ")"));
    QVERIFY2(took < seconds, qPrintable(QString("took %1 s: %2").arg(took).arg(message)));
}

std::string nested(std::size_t depth)
{
    return std::string(depth, '[') + std::string(depth, ']');
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonDepth()
    {
        // At the limit: parsed; one deeper, or a million deep: refused before parsing.
        QVERIFY(dtr::parseJson(nested(dtr::kMaxJsonDepth), "ok.json").is_array());
        expectRefused([] { dtr::parseJson(nested(dtr::kMaxJsonDepth + 1), "deep.json"); },
                      {"deep.json: JSON nested deeper than 256 levels"});
        expectRefused([] { dtr::parseJson(std::string(1000000, '{'), "deep.json"); },
                      {"deep.json: JSON nested deeper than 256 levels"});
        // Brackets inside strings do not count.
        const std::string inString = "[\"" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\"]";
        QCOMPARE(dtr::parseJson(inString, "s.json").size(), std::size_t(1));
    }

    void jsonNumbersOutOfRange()
    {
        // nlohmann throws out_of_range (not parse_error) for these: still dtr::Error.
        expectRefused([] { dtr::parseJson("[1e999]", "n.json"); }, {"n.json: malformed JSON", "1e999"});
        expectRefused([] { dtr::parseModelConfig(R"({"model_type": "llama", "vocab_size": 1e400})", "c.json"); },
                      {"c.json: malformed JSON"});
    }

    void deepJsonInEveryParser()
    {
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        const std::string deep = "{\"text\": " + nested(100000) + "}\n";
        {
            std::FILE *f = std::fopen((dir + "/deep.jsonl").c_str(), "wb");
            std::fputs(deep.c_str(), f);
            std::fclose(f);
        }
        expectRefused([&] { dtr::loadTask(dir + "/deep.jsonl"); }, {"deep.jsonl: line 1: JSON nested deeper than 256"});
        expectRefused([&] { dtr::forEachDocument(dir + "/deep.jsonl", [](const std::string &) {}); },
                      {"deep.jsonl: line 1: JSON nested deeper than 256"});
        expectRefused([&] { dtr::Tokenizer::fromJson(deep, "tokenizer.json"); },
                      {"tokenizer.json: JSON nested deeper than 256"});
    }

    void hugeJsonFilesRefusedBeforeReading()
    {
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        sparseFile(dir + "/tokenizer.json", kFiveGB, "{\"model\": ");
        expectRefused([&] { dtr::Tokenizer::fromFile(dir + "/tokenizer.json"); },
                      {QString::fromStdString(dir + "/tokenizer.json: the JSON file is 5.0 GiB, larger than the "
                                                    "128 MiB limit for a JSON file")});
        sparseFile(dir + "/config.json", kFiveGB, "{");
        expectRefused([&] { dtr::loadModelConfig(dir); },
                      {QString::fromStdString(dir + "/config.json: the JSON file is 5.0 GiB"), "128 MiB limit"});
        sparseFile(dir + "/model.safetensors.index.json", kFiveGB, "{");
        expectRefused([&] { dtr::WeightFiles w(dir); },
                      {QString::fromStdString(dir + "/model.safetensors.index.json: the JSON file is 5.0 GiB")});
    }

    void hugeTaskFileRefused()
    {
        QTemporaryDir tmp;
        const std::string path = tmp.path().toStdString() + "/big.jsonl";
        sparseFile(path, kFiveGB, "{\"text\": \"a\"}\n");
        expectRefused([&] { dtr::loadTask(path); },
                      {QString::fromStdString(path + ": the task file is 5.0 GiB, larger than the 256 MiB limit "
                                                     "for a task file")});
    }

    void hugeCalibrationLinesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("text") << "calib.txt";
        QTest::newRow("jsonl") << "calib.jsonl";
    }

    void hugeCalibrationLinesRefused()
    {
        // A calibration file streams (any size), but a line without an end is not read
        // whole: the 64 MiB limit per line stops it.
        QFETCH(QString, name);
        QTemporaryDir tmp;
        const std::string path = tmp.path().toStdString() + "/" + name.toStdString();
        sparseFile(path, kFiveGB, "{\"text\": \"");
        expectRefused([&] { dtr::forEachDocument(path, [](const std::string &) {}, dtr::calibrationDocumentFormat()); },
                      {QString::fromStdString(path + ": line 1 is longer than the 64 MiB limit for one line of a "
                                                     "calibration file")},
                      30.0);
    }

    void longPlainTextParagraphRefused()
    {
        // Without a paragraph cut (the pretraining corpus), a paragraph of many lines and
        // no blank one stops at the same limit.
        QTemporaryDir tmp;
        const std::string path = tmp.path().toStdString() + "/corpus.txt";
        {
            std::FILE *f = std::fopen(path.c_str(), "wb");
            const std::string line(1 << 20, 'a');
            for (int i = 0; i < 65; ++i) {
                std::fwrite(line.data(), 1, line.size(), f);
                std::fputc('\n', f);
            }
            std::fclose(f);
        }
        dtr::DocumentFormat format;
        format.what = "corpus file";
        expectRefused([&] { dtr::forEachDocument(path, [](const std::string &) {}, format); },
                      {QString::fromStdString(path + ": line 64: a paragraph longer than the 64 MiB limit")}, 30.0);
    }

    void safetensorsHeaderLength()
    {
        QTemporaryDir tmp;
        const std::string path = tmp.path().toStdString() + "/model.safetensors";
        auto header = [](std::uint64_t len) {
            std::string h(8, '\0');
            for (int i = 0; i < 8; ++i)
                h[static_cast<std::size_t>(i)] = static_cast<char>((len >> (8 * i)) & 0xff);
            return h;
        };
        // A 4 GiB header inside a 5 GB (sparse) file: refused before a byte of it is copied.
        sparseFile(path, kFiveGB, header(4ull << 30));
        expectRefused([&] { dtr::SafetensorsFile::open(path); },
                      {QString::fromStdString(path), "header length 4294967296 exceeds the 100 MiB limit"});
        // A header length past the end of the file.
        expectRefused([&] { dtr::SafetensorsFile::fromBytes(header(~0ull) + "{}", "blob"); },
                      {"blob: truncated or corrupt safetensors file: header length 18446744073709551615"});
    }

    void configSizesBounded()
    {
        // Per-layer tables are allocated from num_hidden_layers: bounded first.
        const std::string cfg = R"({"model_type": "mistral", "vocab_size": 100, "hidden_size": 64,
            "intermediate_size": 128, "num_hidden_layers": 1000000000000, "num_attention_heads": 4,
            "sliding_window": 4})";
        expectRefused([&] { dtr::parseModelConfig(cfg, "c.json"); },
                      {"c.json: field 'num_hidden_layers' is 1000000000000, more than 65536 layers"}, 1.0);
        // A negative max_window_layers used to index before the table.
        const std::string qwen = R"({"model_type": "qwen2", "vocab_size": 100, "hidden_size": 64,
            "intermediate_size": 128, "num_hidden_layers": 3, "num_attention_heads": 4,
            "use_sliding_window": true, "sliding_window": 4, "max_window_layers": -5})";
        const dtr::ModelConfig c = dtr::parseModelConfig(qwen, "q.json");
        QCOMPARE(c.layerSlidingWindow, (std::vector<std::int64_t>{4, 4, 4}));
        // An integer field given as a double outside int64 (undefined behaviour to convert).
        expectRefused([&] { dtr::parseModelConfig(R"({"model_type": "llama", "vocab_size": 1e300})", "d.json"); },
                      {"d.json: field 'vocab_size': expected an integer, got number"});
        expectRefused(
            [&] { dtr::parseModelConfig(R"({"model_type": "llama", "vocab_size": 18446744073709551615})", "u.json"); },
            {"u.json: field 'vocab_size': 18446744073709551615 is out of range"});
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
