// The .dtr project file: creation, round trips of every record type, the public views,
// migrations from every released schema (fixture files), refusal of newer files, bad
// files that must never be modified by a failed open, model moved/changed, and a
// writer killed with SIGKILL mid-write.

#include "project/project.h"
#include "project/project_summary.h"
#include "util/json_util.h"
#include "util/error.h"
#include "util/mmap_file.h"

#include <QtTest/QtTest>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include "testfiles.h"
#include "testutil.h"

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Rows of an SQL query on a file, each row's columns joined by '|', read with the
// plain SQLite API as a user of the documented views would.
QStringList query(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QStringList rows;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {"<cannot open>"};
    }
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
        rows << QString("<error: %1>").arg(sqlite3_errmsg(db));
    } else {
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(st); ++i)
                cols << (sqlite3_column_type(st, i) == SQLITE_NULL
                             ? QString("NULL")
                             : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i))));
            rows << cols.join('|');
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rows;
}

// True when every statement ran (callers that expect a statement to fail ignore it).
bool execSql(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    // A private copy of a fixture model (so tests can move or change it).
    QString modelCopy() { return dtrtest::copyModel(m_tmp.path() + QString("/model-%1").arg(++m_counter)); }

    QString newPath() { return m_tmp.path() + QString("/p-%1.dtr").arg(++m_counter); }

    template <typename F>
    static QString errorOf(F &&fn)
    {
        try {
            fn();
        } catch (const dtr::Error &e) {
            return QString::fromUtf8(e.what());
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void createAndReopen()
    {
        const QString model = modelCopy(), path = newPath();
        {
            auto p = dtr::Project::create(path.toStdString(), model.toStdString());
            QCOMPARE(p->schemaVersion(), dtr::Project::currentSchemaVersion());
            const dtr::ModelRef m = p->model();
            QCOMPARE(QString::fromStdString(m.path), QDir(model).canonicalPath());
            QCOMPARE(QString::fromStdString(m.modelType), QString("llama"));
            QCOMPARE(m.numLayers, 4);
            QCOMPARE(m.contentHash.size(), std::size_t(32));
            QCOMPARE(p->modelStatus(), dtr::ModelStatus::Ok);
        }
        auto p = dtr::Project::open(path.toStdString());
        QCOMPARE(p->integrityCheck(), std::string("ok"));
        QCOMPARE(query(path, "PRAGMA journal_mode"), QStringList{"wal"});
        QCOMPARE(query(path, "PRAGMA application_id"), QStringList{QString::number(0x44745231)});
        // Refuses to overwrite.
        QVERIFY(errorOf([&] { dtr::Project::create(path.toStdString(), model.toStdString()); }).contains("already exists"));
        // A bad model folder leaves no file behind.
        const QString none = newPath();
        QVERIFY(errorOf([&] { dtr::Project::create(none.toStdString(), "/nonexistent/model"); })
                    .contains("/nonexistent/model"));
        QVERIFY(!QFile::exists(none));
    }

    void roundTrips()
    {
        auto p = dtr::Project::create(newPath().toStdString(), modelCopy().toStdString());
        dtr::DistillRunRecord run;
        run.mixer = "gdn";
        run.settingsJson = R"({"lr":0.001})";
        run.layers = {1, 3};
        const std::int64_t id = p->addDistillRun(run);
        dtr::DistillRunRecord back = p->distillRun(id);
        QCOMPARE(back.mixer, run.mixer);
        QCOMPARE(back.settingsJson, run.settingsJson);
        QCOMPARE(back.layers, run.layers);
        QCOMPARE(back.status, std::string("pending"));
        back.status = "failed";
        back.error = "layer 3: loss is NaN";
        back.stepsDone = 17;
        p->updateDistillRun(back);
        QCOMPARE(p->distillRun(id).error, back.error);
        QCOMPARE(p->distillRun(id).stepsDone, 17);
        QCOMPARE(p->distillRuns().size(), std::size_t(1));
        QVERIFY(!errorOf([&] { p->distillRun(99); }).isEmpty());

        p->updateDistillLayer({id, 3, "failed", "NaN loss at step 17"});
        auto layers = p->distillLayers(id);
        QCOMPARE(layers.size(), std::size_t(2));
        QCOMPARE(layers[1].status, std::string("failed"));
        QCOMPARE(layers[1].error, std::string("NaN loss at step 17"));
        QVERIFY(!errorOf([&] { p->updateDistillLayer({id, 7, "failed", ""}); }).isEmpty());

        p->addLosses({{id, 1, 1, 0.5, "train"}, {id, 1, 2, 0.25, "train"}, {id, 3, 1, std::nullopt, "train"},
                      {id, 1, 2, 0.3, "heldout"}});
        auto l = p->losses(id);
        QCOMPARE(l.size(), std::size_t(4));
        auto l3 = p->losses(id, 3);
        QCOMPARE(l3.size(), std::size_t(1));
        QVERIFY(!l3[0].loss.has_value());
        QCOMPARE(*p->losses(id, 1)[0].loss, 0.5);

        std::string blob("\0\1\2\3safetensors", 15);
        p->putStudentWeights({id, 1, 2, blob, ""});
        p->putStudentWeights({id, 1, 5, blob + "x", ""}); // replaces
        auto w = p->studentWeights(id, 1);
        QVERIFY(w);
        QCOMPARE(w->data, blob + "x");
        QCOMPARE(w->step, 5);
        QVERIFY(!p->studentWeights(id, 3));
        p->putCheckpoint({id, 0, 9, std::string(1000, '\7'), ""});
        QCOMPARE(p->checkpoint(id)->data.size(), std::size_t(1000));
        QCOMPARE(p->checkpoint(id)->step, 9);

        dtr::SearchRunRecord s;
        s.distillRunId = id;
        s.metric = "acc_norm";
        s.constraintsJson = R"({"forbid":[0]})";
        const std::int64_t sid = p->addSearchRun(s);
        s = p->searchRun(sid);
        QVERIFY(!s.baseScore);
        s.baseScore = 0.9;
        s.pMin = 0.855;
        s.status = "running";
        p->updateSearchRun(s);
        QCOMPARE(*p->searchRun(sid).pMin, 0.855);
        QCOMPARE(p->searchRun(sid).constraintsJson, std::string(R"({"forbid":[0]})"));
        p->addCandidate({sid, 1, 1, 0.88, 0.85, 0.91});
        p->addCandidate({sid, 1, 3, 0.86, std::nullopt, std::nullopt});
        p->addRound({sid, 1, 1, 0.88, true, true, {1}, 0.85, 0.91, 0.87});
        p->addRound({sid, 2, 3, 0.80, false, false, {1}, std::nullopt, std::nullopt, std::nullopt});
        QCOMPARE(p->rounds(sid)[0].linearLayers, std::vector<std::int64_t>{1});
        QCOMPARE(*p->rounds(sid)[0].testScore, 0.87);
        QVERIFY(!p->rounds(sid)[1].ciLow);
        QCOMPARE(p->candidates(sid).size(), std::size_t(2));
        p->deleteCandidates(sid, 2);
        QCOMPARE(p->candidates(sid).size(), std::size_t(2));
        p->deleteCandidates(sid, 1);
        QCOMPARE(p->candidates(sid).size(), std::size_t(0));
        p->addCandidate({sid, 1, 1, 0.88, 0.85, 0.91});
        p->addCandidate({sid, 1, 3, 0.86, std::nullopt, std::nullopt});
        QCOMPARE(*p->candidates(sid)[0].ciHigh, 0.91);
        QVERIFY(p->rounds(sid)[0].withinNoise);
        QCOMPARE(p->searchRuns().size(), std::size_t(1));

        dtr::ConfigurationRecord c;
        c.name = "M_best";
        c.layerTypes = {"full_attention", "gdn", "full_attention", "full_attention"};
        c.mixer = "gdn";
        c.distillRunId = id;
        c.source = "search 1: best";
        const std::int64_t cid = p->addConfiguration(c);
        auto cb = p->configuration("M_best");
        QVERIFY(cb);
        QCOMPARE(cb->layerTypes, c.layerTypes);
        QCOMPARE(*cb->distillRunId, id);
        QVERIFY(errorOf([&] { p->addConfiguration(c); }).contains("already exists"));
        QVERIFY(!p->configuration("nope"));

        p->addEvaluation({0, cid, "cloze.test.jsonl", "h", "acc", 0.5, 0.4, 0.6, 100, R"({"k":1})", ""});
        p->addBenchmark({0, cid, "cuda", 2048, 4, 9876.5, std::nullopt, "{}", ""});
        p->addExport({0, cid, "/tmp/out", "{}", ""});
        QCOMPARE(p->evaluations(cid)[0].numExamples, 100);
        QCOMPARE(p->evaluations(cid)[0].detailsJson, std::string(R"({"k":1})"));
        QVERIFY(!p->benchmarks(cid)[0].peakMemoryBytes);
        QCOMPARE(p->benchmarks(cid)[0].tokensPerSecond, 9876.5);
        QCOMPARE(p->exports(cid)[0].path, std::string("/tmp/out"));

        dtr::ProjectCounts n = p->counts();
        QCOMPARE(n.losses, 4);
        QCOMPARE(n.candidates, 2);
        QCOMPARE(n.exports, 1);
    }

    void transactionsRollBack()
    {
        auto p = dtr::Project::create(newPath().toStdString(), modelCopy().toStdString());
        dtr::DistillRunRecord run;
        run.mixer = "gla";
        run.layers = {0};
        const std::int64_t id = p->addDistillRun(run);
        const QString err = errorOf([&] {
            p->transaction([&] {
                p->addLosses({{id, 0, 1, 1.0, "train"}});
                throw dtr::Error("stop");
            });
        });
        QCOMPARE(err, QString("stop"));
        QCOMPARE(p->losses(id).size(), std::size_t(0));
        // A constraint violation inside addLosses rolls back the whole batch.
        QVERIFY(!errorOf([&] { p->addLosses({{id, 0, 1, 1.0, "train"}, {id, 0, 2, 1.0, "bogus"}}); }).isEmpty());
        QCOMPARE(p->losses(id).size(), std::size_t(0));
    }

    void views()
    {
        const QString path = newPath();
        {
            QProcess w;
            w.start(DTR_PROJECT_WRITER_PATH, {"fixture", path, modelCopy(), QString::number(dtr::Project::currentSchemaVersion())});
            QVERIFY(w.waitForFinished(60000));
            QVERIFY2(w.exitCode() == 0, w.readAllStandardError().constData());
        }
        QCOMPARE(query(path, "SELECT run_id, layer, step, loss FROM v_layer_loss WHERE split = 'train' AND layer = 2 ORDER BY step"),
                 (QStringList{"1|2|1|0.333333333333333", "1|2|2|0.25", "1|2|3|0.2"}));
        QCOMPARE(query(path, "SELECT run_id, mixer, status, steps_done, num_layers, final_heldout_loss FROM v_distill_runs"),
                 QStringList{"1|gdn|completed|3|2|0.25"});
        QCOMPARE(query(path, "SELECT search_id, round, layer, score, chosen FROM v_search_rounds ORDER BY layer"),
                 (QStringList{"1|1|0|0.79|1", "1|1|2|0.7|0"}));
        QCOMPARE(query(path, "SELECT search_id, strategy, round, chosen_layer, chosen_score, ci_low, num_linear, linear_layers, "
                             "test_score FROM v_search_trajectory"),
                 QStringList{"1|greedy|1|0|0.79|0.75|1|[0]|0.77"});
        QCOMPARE(query(path, "SELECT name, num_layers, num_linear, mixer, source FROM v_configurations"),
                 QStringList{"best|4|1|gdn|search 1: best"});
        QCOMPARE(query(path, "SELECT layer_types FROM v_configurations"),
                 QStringList{R"(["gdn","full_attention","full_attention","full_attention"])"});
        QCOMPARE(query(path, "SELECT configuration, task, metric, score, ci_low, ci_high, n_examples FROM v_evaluations"),
                 QStringList{"best|recall.test.jsonl|acc|0.78|0.74|0.82|200"});
        QCOMPARE(query(path, "SELECT configuration, device, seq_len, tokens_per_second FROM v_benchmarks"),
                 QStringList{"best|cpu|2048|1234.5"});
        QCOMPARE(query(path, "SELECT layer, kind FROM v_layer_constraints ORDER BY layer"), (QStringList{"1|pinned", "3|forbidden"}));
    }

    // The layer map's constraints: replaced as a whole, validated first (nothing changes
    // on a bad set), one row per constrained layer, and the run's throughput kept.
    void layerConstraints()
    {
        const QString path = newPath();
        auto p = dtr::Project::create(path.toStdString(), modelCopy().toStdString());
        QVERIFY(p->layerConstraints().empty());
        p->setLayerConstraints({{3, 1}, {0}});
        const dtr::LayerConstraints stored{{1, 3}, {0}};
        QVERIFY(dtr::Project::open(path.toStdString())->layerConstraints() == stored); // another connection sees it
        QCOMPARE(query(path, "SELECT layer, kind FROM v_layer_constraints ORDER BY layer"),
                 (QStringList{"0|forbidden", "1|pinned", "3|pinned"}));
        QCOMPARE(p->counts().constraints, 3);
        const QString outside = errorOf([&] { p->setLayerConstraints({{4}, {}}); });
        QVERIFY2(outside.contains(path) && outside.contains("layer 4") && outside.contains("4 layers"), qPrintable(outside));
        const QString twice = errorOf([&] { p->setLayerConstraints({{2}, {2}}); });
        QVERIFY2(twice.contains("layer 2") && twice.contains("twice"), qPrintable(twice));
        QVERIFY(p->layerConstraints() == stored); // unchanged by the refused sets
        p->setLayerConstraints({});
        QVERIFY(p->layerConstraints().empty());
        QCOMPARE(query(path, "SELECT count(*) FROM layer_constraints"), QStringList{"0"});

        dtr::DistillRunRecord run;
        run.mixer = "gdn";
        run.layers = {0};
        run.id = p->addDistillRun(run);
        QVERIFY(!p->distillRun(run.id).tokensPerSecond);
        run.tokensPerSecond = 1234.5;
        p->updateDistillRun(run);
        QCOMPARE(*p->distillRun(run.id).tokensPerSecond, 1234.5);
        QCOMPARE(query(path, "SELECT tokens_per_second FROM v_distill_runs"), QStringList{"1234.5"});
    }

    void migrations_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir dir(QString(DTR_TEST_DATA_DIR) + "/project");
        for (int v = 1; v <= dtr::Project::currentSchemaVersion(); ++v) {
            const QString f = dir.filePath(QString("schema-v%1.dtr").arg(v));
            QTest::newRow(qPrintable(QString("v%1").arg(v))) << f << v;
        }
    }
    void migrations()
    {
        // One fixture per released schema, made by project_writer at that version
        // (tests/data/project/README.md). Each opens, migrates to the current schema
        // and keeps every record.
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture + " missing: keep a fixture per released schema"));
        const QString path = newPath();
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(query(path, "PRAGMA user_version"), QStringList{QString::number(version)});
        // The fixture's model folder is not on this machine: open reports it, relocate fixes it.
        QVERIFY(errorOf([&] { dtr::Project::open(path.toStdString()); }).contains("is gone"));
        QCOMPARE(query(path, "PRAGMA user_version"), QStringList{QString::number(version)}); // untouched
        auto p = dtr::Project::open(path.toStdString(), dtr::Project::ModelCheck::Report);
        QCOMPARE(p->modelStatus(), dtr::ModelStatus::Missing);
        QCOMPARE(p->schemaVersion(), dtr::Project::currentSchemaVersion());
        QCOMPARE(p->integrityCheck(), std::string("ok"));
        const dtr::ProjectCounts n = p->counts();
        QCOMPARE(n.distillRuns, 1);
        QCOMPARE(n.losses, 8);
        QCOMPARE(n.students, 1);
        QCOMPARE(n.candidates, 2);
        QCOMPARE(n.configurations, 1);
        QCOMPARE(n.evaluations, 1);
        QCOMPARE(p->configuration("best")->layerTypes.front(), std::string("gdn"));
        QCOMPARE(p->studentWeights(1, 0)->data, std::string("\x01\x02\x00\x03", 4));
        QCOMPARE(query(path, "SELECT count(*) FROM v_layer_loss"), QStringList{"8"});
        QCOMPARE(n.constraints, version >= 4 ? 2 : 0);
        p->relocateModel(QString::fromStdString(dtrtest::modelPath("tiny-llama")).toStdString());
        QCOMPARE(p->modelStatus(), dtr::ModelStatus::Ok);
    }

    void refusesNewerFile()
    {
        const QString path = newPath();
        dtr::Project::create(path.toStdString(), modelCopy().toStdString());
        execSql(path, QString("PRAGMA user_version = %1").arg(dtr::Project::currentSchemaVersion() + 1));
        const QByteArray before = fileHash(path);
        const QString err = errorOf([&] { dtr::Project::open(path.toStdString()); });
        QVERIFY2(err.contains("written by a newer DtR Workbench"), qPrintable(err));
        QVERIFY(err.startsWith(path));
        QCOMPARE(fileHash(path), before);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "missing" << "no such project file";
        QTest::newRow("text file") << "text" << "not a DtR project (not an SQLite database)";
        QTest::newRow("empty file") << "empty" << "not a DtR project (not an SQLite database)";
        QTest::newRow("other sqlite db") << "other" << "an SQLite database but not a DtR project";
        QTest::newRow("truncated") << "truncated" << "corrupt";
        QTest::newRow("corrupted pages") << "corrupted" << "corrupt";
        QTest::newRow("folder") << "folder" << "not a regular file";
    }
    void badFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QString path = newPath();
        if (kind == "text") {
            dtr::writeFileAtomically(path.toStdString(), "hello, I am not a database\n");
        } else if (kind == "empty") {
            dtr::writeFileAtomically(path.toStdString(), "");
        } else if (kind == "other") {
            execSql(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        } else if (kind == "truncated" || kind == "corrupted") {
            {
                auto p = dtr::Project::create(path.toStdString(), modelCopy().toStdString());
                dtr::DistillRunRecord run;
                run.mixer = "gla";
                const std::int64_t id = p->addDistillRun(run);
                std::vector<dtr::LossRecord> losses;
                for (int step = 0; step < 20000; ++step)
                    losses.push_back({id, step % 7, step, 0.5, "train"});
                p->addLosses(losses);
            }
            execSql(path, "PRAGMA wal_checkpoint(TRUNCATE)");
            std::string bytes = dtr::readTextFile(path.toStdString());
            QVERIFY(bytes.size() > 8 * 4096);
            if (kind == "truncated") {
                bytes.resize(bytes.size() / 2);
            } else {
                for (std::size_t i = 4096; i < bytes.size(); i += 7)
                    bytes[i] = static_cast<char>(i * 31);
            }
            dtr::writeFileAtomically(path.toStdString(), bytes);
        } else if (kind == "folder") {
            QDir().mkpath(path);
        }
        const QByteArray before = fileHash(path);
        const QString err = errorOf([&] { dtr::Project::open(path.toStdString()); });
        QVERIFY2(err.startsWith(path), qPrintable(err));
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY(!err.contains('\n'));
        QCOMPARE(fileHash(path), before); // a failed open never modifies the file
        QVERIFY(!QFile::exists(path + "-wal") || QFileInfo(path + "-wal").size() == 0);
    }

    void modelMovedOrChanged()
    {
        const QString model = modelCopy(), path = newPath();
        dtr::Project::create(path.toStdString(), model.toStdString());
        // Moved: open refuses (file untouched), show-style open reports, relocate fixes.
        const QString moved = model + "-moved";
        QVERIFY(QDir().rename(model, moved));
        QByteArray before = fileHash(path);
        QString err = errorOf([&] { dtr::Project::open(path.toStdString()); });
        QVERIFY2(err.contains("is gone") && err.contains(model), qPrintable(err));
        QCOMPARE(fileHash(path), before);
        {
            auto p = dtr::Project::open(path.toStdString(), dtr::Project::ModelCheck::Report);
            QCOMPARE(p->modelStatus(), dtr::ModelStatus::Missing);
            // Relocating to a different model is refused and changes nothing.
            const QString other = QString::fromStdString(dtrtest::modelPath("tiny-qwen2"));
            err = errorOf([&] { p->relocateModel(other.toStdString()); });
            QVERIFY2(err.contains("not the project's model"), qPrintable(err));
            QCOMPARE(QString::fromStdString(p->model().path), model);
            p->relocateModel(moved.toStdString());
            QCOMPARE(QString::fromStdString(p->model().path), QDir(moved).canonicalPath());
        }
        QCOMPARE(dtr::Project::open(path.toStdString())->modelStatus(), dtr::ModelStatus::Ok);
        // Touched but identical: still the same model (re-hashed once).
        QFile cfg(moved + "/config.json");
        QVERIFY(cfg.open(QIODevice::ReadWrite));
        QByteArray text = cfg.readAll();
        cfg.seek(0);
        cfg.write(text);
        cfg.close();
        QCOMPARE(dtr::Project::open(path.toStdString())->modelStatus(), dtr::ModelStatus::Ok);
        // Changed weights: refused.
        std::string w = dtr::readTextFile((moved + "/model.safetensors").toStdString());
        w[w.size() - 3] ^= 0x40;
        dtr::writeFileAtomically((moved + "/model.safetensors").toStdString(), w);
        before = fileHash(path);
        err = errorOf([&] { dtr::Project::open(path.toStdString()); });
        QVERIFY2(err.contains("changed since the project was created"), qPrintable(err));
        QCOMPARE(fileHash(path), before);
    }

    // Text in a project file is whatever the file holds: SQLite does not check UTF-8, and
    // a folder name on Linux is bytes. A stored path or metric that is not valid UTF-8 is
    // read back byte for byte, and the summary (`dtr project show --json`) writes U+FFFD
    // in place of the bad bytes instead of throwing nlohmann's type_error.316 (a crash
    // the project fuzz target found: fuzz/corpus/project/regressions/crash-1639c842...).
    // C2 starts a two-byte sequence that 'q' does not continue: nlohmann replaces C2 alone.
    void textThatIsNotUtf8()
    {
        const QString model = modelCopy(), path = newPath();
        {
            auto p = dtr::Project::create(path.toStdString(), model.toStdString());
            dtr::SearchRunRecord r;
            r.strategy = "greedy";
            r.metric = "acc";
            r.settingsJson = "{}";
            r.constraintsJson = "{}";
            p->addSearchRun(r);
        }
        // X'..' blobs cast to text: a path and a metric with bytes no UTF-8 text has.
        QVERIFY(execSql(path, "UPDATE model SET path = CAST(X'2F6E6F2F6D6F64656CFF2D6E616D65' AS TEXT);"
                              "UPDATE search_runs SET metric = CAST(X'616363C271' AS TEXT)"));
        auto p = dtr::Project::open(path.toStdString(), dtr::Project::ModelCheck::Report);
        QCOMPARE(p->model().path, std::string("/no/model\xff-name"));
        QCOMPARE(p->modelStatus(), dtr::ModelStatus::Missing);
        std::string text;
        try {
            text = dtr::dumpJson(dtr::projectSummaryJson(*p), 2);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        const nlohmann::json j = nlohmann::json::parse(text);
        QCOMPARE(j["model"]["path"].get<std::string>(), std::string("/no/model\xEF\xBF\xBD-name"));
        QCOMPARE(j["search_runs"][0]["metric"].get<std::string>(), std::string("acc\xEF\xBF\xBDq"));
        QCOMPARE(p->integrityCheck(), std::string("ok"));
    }

    void killedWriterLosesNothingCommitted()
    {
        const QString path = newPath();
        dtr::Project::create(path.toStdString(), modelCopy().toStdString());
        QProcess writer;
        writer.start(DTR_PROJECT_WRITER_PATH, {"write", path});
        QVERIFY(writer.waitForStarted());
        qint64 lastCommitted = 0;
        QByteArray pending;
        QElapsedTimer timer;
        timer.start();
        // Read progress until well into the run, then SIGKILL in mid-write.
        bool readerChecked = false;
        while (lastCommitted < 150 && timer.elapsed() < 60000) {
            writer.waitForReadyRead(1000);
            pending += writer.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("committed "))
                    lastCommitted = line.mid(10).toLongLong();
            }
            if (!readerChecked && lastCommitted > 50) {
                // A reader can read while the writer writes (WAL).
                auto reader = dtr::Project::open(path.toStdString());
                QVERIFY(reader->counts().losses >= 4 * 50);
                readerChecked = true;
            }
        }
        QVERIFY2(lastCommitted >= 150, writer.readAllStandardError().constData());
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (line.startsWith("committed "))
                lastCommitted = line.mid(10).toLongLong();

        auto p = dtr::Project::open(path.toStdString());
        QCOMPARE(p->integrityCheck(), std::string("ok"));
        const dtr::DistillRunRecord run = p->distillRun(1);
        QVERIFY2(run.stepsDone >= lastCommitted, qPrintable(QString("%1 < %2").arg(run.stepsDone).arg(lastCommitted)));
        // Every step up to the recorded progress is complete: 4 losses per step,
        // students every 10 steps (one transaction per step).
        const auto losses = p->losses(1);
        QCOMPARE(static_cast<qint64>(losses.size()), 4 * run.stepsDone);
        QVERIFY(p->studentWeights(1, (run.stepsDone / 10 * 10) % 4).has_value());
        QCOMPARE(query(path, "PRAGMA integrity_check"), QStringList{"ok"});
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
