// Faults injected into the jobs, run through `dtr` as a user runs it (docs/reliability.md):
//   - SIGKILL at a random moment of a search, an evaluation, an export and a pretraining:
//     the resumed (search) or rerun job ends with the same result as an uninterrupted
//     one, nothing half-written is left under a final name, and the project passes
//     PRAGMA integrity_check (distillation's own kill-and-resume test is in tst_distill);
//   - the disk filling up, as a file-size limit (prlimit --fsize) during a distillation
//     and an export: a clear error naming the file, no SIGXFSZ death, stored data intact;
//   - a read-only project: it reads, and writing jobs refuse to start, naming the file;
//   - another process holding the project's write lock: a "busy" error once the busy
//     timeout passes; two writers at once both finish with nothing lost;
//   - a model file changing during a distillation: the job stops and says which file.
// The random moments come from one seed, printed (DTR_FAULT_SEED repeats a run).

#include "project/project.h"
#include "util/error.h"

#include <QtTest/QtTest>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <csignal>
#include <random>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kDemo = QStringLiteral(DTR_DEMO_DIR);

struct Outcome
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out, err;
    qint64 ms = 0;
};

QString fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

// name -> hash of every file under a folder (relative names).
QMap<QString, QString> folderHashes(const QString &dir)
{
    QMap<QString, QString> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        out.insert(QDir(dir).relativeFilePath(f), fileHash(f));
    }
    return out;
}

QString integrity(const QString &path)
{
    return QString::fromStdString(dtr::Project::open(path.toStdString(), dtr::Project::ModelCheck::Report)->integrityCheck());
}

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &f : QDir(from).entryList(QDir::Files))
        QFile::copy(from + "/" + f, to + "/" + f);
}

// The number of distillation runs stored in a project, read as a second process
// would (-1 while the file cannot be read).
int storedDistillRuns(const QString &path)
{
    sqlite3 *db = nullptr;
    int n = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM distill_runs", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_model;   // a copy of the demo model (some tests change its files)
    QString m_base;    // a project on it with one completed distillation run
    QString m_val;     // a small validation task
    QString m_calib;
    std::mt19937 m_rng;
    int m_counter = 0;

    QString fresh(const QString &name)
    {
        const QString dir = m_tmp.path() + QString("/t%1").arg(++m_counter);
        QDir().mkpath(dir);
        const QString p = dir + "/" + name;
        QFile::copy(m_base, p);
        return p;
    }

    // Runs dtr to the end; `limitBytes` > 0 runs it under that file-size limit
    // (RLIMIT_FSIZE, what `prlimit --fsize` sets); `env` adds environment variables.
    static Outcome dtr(const QStringList &args, rlim_t limitBytes = 0, const QStringList &env = {},
                       const QStringList &wrapper = {})
    {
        QProcess p;
        if (limitBytes > 0)
            p.setChildProcessModifier([limitBytes] {
                struct rlimit rl {limitBytes, limitBytes};
                ::setrlimit(RLIMIT_FSIZE, &rl);
            });
        if (!env.isEmpty()) {
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            for (const QString &kv : env)
                e.insert(kv.section('=', 0, 0), kv.section('=', 1));
            p.setProcessEnvironment(e);
        }
        QElapsedTimer t;
        t.start();
        if (wrapper.isEmpty())
            p.start(DTR_CLI_PATH, args);
        else
            p.start(wrapper.front(), wrapper.mid(1) + QStringList{DTR_CLI_PATH} + args);
        Outcome o;
        if (!p.waitForFinished(600000))
            return o;
        o.ms = t.elapsed();
        o.exitCode = p.exitCode();
        o.status = p.exitStatus();
        o.out = QString::fromUtf8(p.readAllStandardOutput());
        o.err = QString::fromUtf8(p.readAllStandardError());
        return o;
    }

    // Starts dtr, SIGKILLs it after `ms` milliseconds (if it still runs). True when
    // the kill came before the job ended.
    static bool killAfter(const QStringList &args, int ms)
    {
        QProcess p;
        p.start(DTR_CLI_PATH, args);
        if (!p.waitForStarted())
            return false;
        if (p.waitForFinished(ms))
            return false;
        p.kill();
        p.waitForFinished(10000);
        return true;
    }

    int randomMs(qint64 lo, qint64 hi) { return int(std::uniform_int_distribution<qint64>(lo, std::max(lo, hi))(m_rng)); }

    static QStringList searchArgs(const QString &project, const QString &val)
    {
        return {"search", project, "--val", val, "--max-linear", "4", "--continue", "--bootstrap", "20",
                "--threads", "1", "--seed", "3"};
    }

    static QStringList distillArgs(const QString &project, const QString &calib, int steps)
    {
        return {"distill", project, "--mixer", "gdn", "--calib", calib, "--steps", QString::number(steps),
                "--seq-len", "32", "--batch-size", "2", "--checkpoint-every", "2", "--eval-every", "2",
                "--heldout-windows", "2", "--threads", "1", "--seed", "1"};
    }

    // The rounds and candidates of a search, as comparable text.
    static QStringList searchRecord(const QString &path, std::int64_t id)
    {
        auto p = dtr::Project::open(path.toStdString(), dtr::Project::ModelCheck::Report);
        QStringList out;
        out << QString::fromStdString("status " + p->searchRun(id).status);
        for (const auto &r : p->rounds(id)) {
            QStringList lin;
            for (auto l : r.linearLayers)
                lin << QString::number(l);
            out << QString("round %1 layer %2 score %3 committed %4 linear %5")
                       .arg(r.round).arg(r.chosenLayer).arg(r.chosenScore, 0, 'g', 17).arg(r.committed).arg(lin.join(','));
        }
        for (const auto &c : p->candidates(id))
            out << QString("cand %1 %2 %3").arg(c.round).arg(c.layer).arg(c.score, 0, 'g', 17);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        unsigned seed = std::random_device{}();
        if (qEnvironmentVariableIsSet("DTR_FAULT_SEED"))
            seed = qEnvironmentVariable("DTR_FAULT_SEED").toUInt();
        qInfo("fault moments from seed %u (DTR_FAULT_SEED=%u repeats them)", seed, seed);
        m_rng.seed(seed);
        m_model = m_tmp.path() + "/model";
        copyFolder(kDemo + "/model", m_model);
        m_calib = kDemo + "/data/calib.jsonl";
        m_val = m_tmp.path() + "/val.jsonl";
        {
            QFile in(kDemo + "/data/tasks/recall/validation.jsonl"), out(m_val);
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            for (int i = 0; i < 24 && !in.atEnd(); ++i)
                out.write(in.readLine());
        }
        m_base = m_tmp.path() + "/base.dtr";
        const Outcome c = dtr({"project", "create", m_base, "--model", m_model});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const Outcome d = dtr(distillArgs(m_base, m_calib, 6));
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
    }

    // ---------------------------------------------------------------- SIGKILL

    void killedDistillationResumesToTheSameStudents()
    {
        const QString straight = fresh("straight-distill.dtr"), killed = fresh("killed-distill.dtr");
        const Outcome full = dtr(distillArgs(straight, m_calib, 12));
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        // Killed at a random moment of the run itself: once its row is stored (model
        // loading before it is the same for every job), within 80% of what is left.
        QProcess run;
        run.start(DTR_CLI_PATH, distillArgs(killed, m_calib, 12));
        QVERIFY(run.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (storedDistillRuns(killed) < 2 && run.state() != QProcess::NotRunning && t.elapsed() < 120000)
            run.waitForFinished(10);
        const qint64 storedAt = t.elapsed();
        const int at = randomMs(0, (full.ms - storedAt) * 4 / 5);
        const bool interrupted = !run.waitForFinished(at);
        if (interrupted) {
            run.kill();
            QVERIFY(run.waitForFinished(10000));
        }
        qInfo("distill: %lld ms uninterrupted, its run stored after %lld ms, killed %d ms later (%s)", full.ms,
              storedAt, at, interrupted ? "mid-run" : "after it ended");
        QCOMPARE(integrity(killed), QString("ok"));
        {
            auto p = dtr::Project::open(killed.toStdString(), dtr::Project::ModelCheck::Report);
            // The base project's run is untouched whatever the moment.
            QCOMPARE(p->distillRun(1).status, std::string("completed"));
            const auto runs = p->distillRuns();
            QCOMPARE(runs.size(), std::size_t(2));
            if (runs.back().status != "completed") {
                QVERIFY2(interrupted, runs.back().status.c_str());
                qInfo("distill: killed at step %lld of 12", static_cast<long long>(runs.back().stepsDone));
                p.reset();
                const Outcome resumed = dtr({"distill", killed, "--resume", "2", "--threads", "1"});
                QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
            }
        }
        auto a = dtr::Project::open(killed.toStdString(), dtr::Project::ModelCheck::Report);
        auto b = dtr::Project::open(straight.toStdString(), dtr::Project::ModelCheck::Report);
        QCOMPARE(a->distillRun(2).status, std::string("completed"));
        QCOMPARE(a->distillRun(2).stepsDone, b->distillRun(2).stepsDone);
        int compared = 0;
        for (std::int64_t layer = 0; layer < a->model().numLayers; ++layer) {
            auto wb = b->studentWeights(2, layer);
            if (!wb)
                continue;
            auto wa = a->studentWeights(2, layer);
            QVERIFY2(wa, qPrintable(QString("no students for layer %1 after the resume").arg(layer)));
            QVERIFY2(wa->data == wb->data, qPrintable(QString("layer %1: resumed students differ from the uninterrupted run's").arg(layer)));
            QCOMPARE(a->losses(2, layer).back().loss, b->losses(2, layer).back().loss);
            ++compared;
        }
        QVERIFY(compared > 0);
        QCOMPARE(integrity(killed), QString("ok"));
    }

    void killedSearchResumesToTheSameResult()
    {
        const QString straight = fresh("straight.dtr"), killed = fresh("killed.dtr");
        const Outcome full = dtr(searchArgs(straight, m_val));
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        const int at = randomMs(full.ms / 5, full.ms * 4 / 5);
        const bool interrupted = killAfter(searchArgs(killed, m_val), at);
        qInfo("search: %lld ms uninterrupted, killed at %d ms (%s)", full.ms, at, interrupted ? "mid-run" : "after it ended");
        QCOMPARE(integrity(killed), QString("ok"));
        if (interrupted) {
            const auto run = dtr::Project::open(killed.toStdString(), dtr::Project::ModelCheck::Report)->searchRun(1);
            QVERIFY2(run.status == "running" || run.status == "pending", run.status.c_str());
            const Outcome resumed = dtr({"search", killed, "--resume", "1", "--threads", "1"});
            QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        }
        QCOMPARE(searchRecord(killed, 1), searchRecord(straight, 1));
        QCOMPARE(integrity(killed), QString("ok"));
    }

    void killedEvaluationStoresNothingHalfDone()
    {
        const QString p = fresh("eval.dtr");
        const QStringList args{"eval", p, "--config", "full", "--task", m_val, "--bootstrap", "20", "--threads", "1", "--json"};
        const auto evaluations = [&] {
            return dtr::Project::open(p.toStdString(), dtr::Project::ModelCheck::Report)->counts().evaluations;
        };
        const auto score = [](const Outcome &o) {
            nlohmann::json j = nlohmann::json::parse(o.out.toStdString(), nullptr, false);
            return j.is_object() && j.contains("score") ? j["score"].dump() + " " + j["ci_low"].dump() + " " + j["ci_high"].dump()
                                                        : std::string("no score in: ") + o.out.toStdString();
        };
        const Outcome first = dtr(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const auto stored = evaluations();
        QVERIFY(stored >= 1);
        const int at = randomMs(first.ms / 5, first.ms * 4 / 5);
        const bool interrupted = killAfter(args, at);
        qInfo("eval: %lld ms uninterrupted, killed at %d ms (%s)", first.ms, at, interrupted ? "mid-run" : "after it ended");
        QCOMPARE(integrity(p), QString("ok"));
        if (interrupted)
            QCOMPARE(evaluations(), stored); // a killed evaluation stores nothing
        const Outcome again = dtr(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(score(again), score(first));
    }

    void killedExportLeavesNoFolder()
    {
        const QString p = fresh("export.dtr");
        const QString dir = QFileInfo(p).absolutePath();
        const auto args = [&](const QString &out) {
            return QStringList{"export", p, "--config", "full", "--out", out, "--shard-size", "200000"};
        };
        const Outcome straight = dtr(args(dir + "/straight"));
        QVERIFY2(straight.exitCode == 0, qPrintable(straight.err));
        const int at = randomMs(straight.ms / 5, straight.ms * 4 / 5);
        const bool interrupted = killAfter(args(dir + "/killed"), at);
        qInfo("export: %lld ms uninterrupted, killed at %d ms (%s)", straight.ms, at, interrupted ? "mid-run" : "after it ended");
        // Killed before the folder was moved into place, nothing is under the final name
        // and a rerun writes it; killed after (while exiting), the folder is whole. Either
        // way it must equal the uninterrupted export.
        if (interrupted && !QFileInfo::exists(dir + "/killed")) {
            const Outcome again = dtr(args(dir + "/killed"));
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        }
        // The rerun removed the dead process's hidden partial folder.
        const QStringList partials = QDir(dir).entryList({".killed.partial-*"}, QDir::Dirs | QDir::Hidden);
        QVERIFY2(partials.isEmpty(), qPrintable(partials.join(' ')));
        auto a = folderHashes(dir + "/straight"), b = folderHashes(dir + "/killed");
        a.remove("README.md"); // the model card names its own folder and time
        b.remove("README.md");
        QCOMPARE(b, a);
        QCOMPARE(integrity(p), QString("ok"));
    }

    void killedPretrainingLeavesNoModel()
    {
        const QString dir = m_tmp.path() + QString("/t%1").arg(++m_counter);
        const auto args = [&](const QString &out) {
            return QStringList{"pretrain", "--corpus", m_calib, "--out", out, "--vocab-size", "300", "--layers", "1",
                               "--hidden", "32", "--intermediate", "64", "--heads", "2", "--kv-heads", "1",
                               "--seq-len", "16", "--steps", "30", "--batch-size", "2", "--threads", "1", "--seed", "4"};
        };
        const Outcome straight = dtr(args(dir + "/straight"));
        QVERIFY2(straight.exitCode == 0, qPrintable(straight.err));
        const int at = randomMs(straight.ms / 5, straight.ms * 19 / 20);
        const bool interrupted = killAfter(args(dir + "/killed"), at);
        qInfo("pretrain: %lld ms uninterrupted, killed at %d ms (%s)", straight.ms, at, interrupted ? "mid-run" : "after it ended");
        // As with the export: nothing under the final name, or the whole model.
        if (interrupted && !QFileInfo::exists(dir + "/killed/config.json")) {
            QVERIFY2(!QFileInfo::exists(dir + "/killed/model.safetensors"), "a killed pretraining left weights without a config");
            const Outcome again = dtr(args(dir + "/killed"));
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        }
        QCOMPARE(fileHash(dir + "/killed/model.safetensors"), fileHash(dir + "/straight/model.safetensors"));
        QCOMPARE(fileHash(dir + "/killed/tokenizer.json"), fileHash(dir + "/straight/tokenizer.json"));
        QCOMPARE(fileHash(dir + "/killed/config.json"), fileHash(dir + "/straight/config.json"));
    }

    // ---------------------------------------------------------------- disk full

    void fileSizeLimitDuringDistillation()
    {
        const QString p = fresh("full.dtr");
        auto before = dtr::Project::open(p.toStdString());
        const auto runBefore = before->distillRun(1);
        const auto lossesBefore = before->losses(1);
        const auto students = before->studentWeights(1, 2);
        QVERIFY(students);
        before.reset();
        // A little over the project's size: the new run's first checkpoint does not fit.
        const rlim_t limit = rlim_t(QFileInfo(p).size()) + 16 * 1024;
        const Outcome o = dtr(distillArgs(p, m_calib, 40), limit);
        QCOMPARE(o.status, QProcess::NormalExit); // not killed by SIGXFSZ (exit 153)
        QVERIFY2(o.exitCode != 0 && o.exitCode != 153, qPrintable(o.err));
        QVERIFY2(o.err.contains("dtr: error: "), qPrintable(o.err));
        QVERIFY2(o.err.contains(p) || o.err.contains(QFileInfo(p).fileName()), qPrintable(o.err));
        QVERIFY2(o.err.contains("the file size limit was reached"), qPrintable(o.err));
        // What was stored before the fault is all there.
        QCOMPARE(integrity(p), QString("ok"));
        auto after = dtr::Project::open(p.toStdString());
        QCOMPARE(after->distillRun(1).status, runBefore.status);
        QCOMPARE(after->losses(1).size(), lossesBefore.size());
        QVERIFY(after->studentWeights(1, 2)->data == students->data);
        // and with room again, the project takes the next run.
        const Outcome ok = dtr(distillArgs(p, m_calib, 4));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    }

    void fileSizeLimitDuringExport()
    {
        const QString p = fresh("fullexport.dtr");
        const QString out = QFileInfo(p).absolutePath() + "/export";
        const QString hash = fileHash(p);
        // Room for the project's small writes, not for the model's weights (5 MB).
        const rlim_t limit = 1024 * 1024;
        const Outcome o = dtr({"export", p, "--config", "full", "--out", out}, limit);
        QCOMPARE(o.status, QProcess::NormalExit);
        QVERIFY2(o.exitCode != 0 && o.exitCode != 153, qPrintable(o.err));
        QVERIFY2(o.err.contains("the file size limit was reached"), qPrintable(o.err));
        QVERIFY2(o.err.contains(out + ": the export failed, nothing is left under this name"), qPrintable(o.err));
        QVERIFY2(o.err.contains("shard"), qPrintable(o.err));
        QVERIFY2(!QFileInfo::exists(out), "a failed export left a folder under the final name");
        const QStringList partials = QDir(QFileInfo(p).absolutePath()).entryList({".export.partial-*"}, QDir::Dirs | QDir::Hidden);
        QVERIFY2(partials.isEmpty(), qPrintable(partials.join(' ')));
        QCOMPARE(fileHash(p), hash); // the export was never recorded
        QCOMPARE(integrity(p), QString("ok"));
    }

    // ---------------------------------------------------------------- read-only

    void readOnlyProject()
    {
        const QString p = fresh("ro.dtr");
        const QString dir = QFileInfo(p).absolutePath();
        // As root, file permissions do not stop writes: run dtr as nobody then.
        QStringList asUser;
        if (::geteuid() == 0) {
            asUser = {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
            // nobody must reach and read the files (not write them).
            for (QString d = dir; d != "/" && !d.isEmpty(); d = QFileInfo(d).absolutePath())
                ::chmod(QFile::encodeName(d).constData(), 0755);
            QDirIterator it(m_model, QDir::Files);
            while (it.hasNext())
                ::chmod(QFile::encodeName(it.next()).constData(), 0644);
        }
        QVERIFY(::chmod(QFile::encodeName(p).constData(), 0444) == 0);
        const QString hash = fileHash(p);
        const Outcome show = dtr({"project", "show", p}, 0, {}, asUser);
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        QVERIFY2(show.out.contains("read-only"), qPrintable(show.out));
        for (const QStringList &args : {distillArgs(p, m_calib, 4), searchArgs(p, m_val),
                                        QStringList{"eval", p, "--config", "full", "--task", m_val},
                                        QStringList{"project", "constraints", p, "--pin", "1"}}) {
            const Outcome o = dtr(args, 0, {}, asUser);
            QCOMPARE(o.status, QProcess::NormalExit);
            QVERIFY2(o.exitCode != 0, qPrintable(args.join(' ')));
            QVERIFY2(o.err.contains(p) && o.err.contains("read-only"), qPrintable(o.err));
        }
        QCOMPARE(fileHash(p), hash);
        ::chmod(QFile::encodeName(p).constData(), 0644);
        QCOMPARE(integrity(p), QString("ok"));
    }

    // ---------------------------------------------------------------- two writers

    void busyProject()
    {
        const QString p = fresh("busy.dtr");
        const auto runsBefore = dtr::Project::open(p.toStdString())->distillRuns().size();
        // Another writer holds the write lock (as a long transaction would).
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(p).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        const Outcome o = dtr(distillArgs(p, m_calib, 4), 0, {"DTR_BUSY_TIMEOUT_MS=300"});
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(o.status, QProcess::NormalExit);
        QVERIFY2(o.exitCode != 0, qPrintable(o.out));
        QVERIFY2(o.err.contains(p) && o.err.contains("busy") && o.err.contains("0.3 s"), qPrintable(o.err));
        QCOMPARE(integrity(p), QString("ok"));
        QCOMPARE(dtr::Project::open(p.toStdString())->distillRuns().size(), runsBefore);
    }

    void twoWritersAtOnce()
    {
        // A distillation and a search on one project at the same time: both finish, and
        // everything each stored is there.
        const QString p = fresh("two.dtr");
        QProcess a, b;
        a.start(DTR_CLI_PATH, distillArgs(p, m_calib, 12));
        b.start(DTR_CLI_PATH, searchArgs(p, m_val));
        QVERIFY(a.waitForFinished(600000) && b.waitForFinished(600000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        QCOMPARE(integrity(p), QString("ok"));
        auto project = dtr::Project::open(p.toStdString());
        QCOMPARE(project->distillRun(2).status, std::string("completed"));
        QCOMPARE(project->distillRun(2).stepsDone, 12);
        QCOMPARE(project->searchRun(1).status, std::string("completed"));
        QVERIFY(!project->rounds(1).empty());
    }

    // ---------------------------------------------------------------- model changes

    void modelChangedDuringDistillation()
    {
        // Its own model copy: the project refers to it, and the test changes a file.
        const QString dir = m_tmp.path() + QString("/t%1").arg(++m_counter);
        const QString model = dir + "/model";
        copyFolder(m_model, model);
        const QString p = dir + "/changing.dtr";
        QVERIFY(dtr({"project", "create", p, "--model", model}).exitCode == 0);
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(DTR_CLI_PATH, distillArgs(p, m_calib, 400));
        QVERIFY(run.waitForStarted());
        // Wait for the first checkpoint, then rewrite the tokenizer config in place.
        QElapsedTimer t;
        t.start();
        std::int64_t steps = 0;
        while (steps < 2 && t.elapsed() < 120000 && run.state() == QProcess::Running) {
            run.waitForFinished(200);
            try {
                // The first checkpoint stored (the run's step count can move before it).
                const auto cp = dtr::Project::open(p.toStdString(), dtr::Project::ModelCheck::Report)->checkpoint(1);
                steps = cp ? cp->step : 0;
            } catch (const dtr::Error &) {
            }
        }
        QVERIFY2(steps >= 2, "no checkpoint within two minutes");
        {
            QFile f(model + "/config.json");
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n");
        }
        QVERIFY(run.waitForFinished(300000));
        const QString out = QString::fromUtf8(run.readAll());
        QVERIFY2(run.exitCode() != 0, qPrintable(out));
        QVERIFY2(out.contains(model + "/config.json") && out.contains("changed while distillation ran"), qPrintable(out));
        auto project = dtr::Project::open(p.toStdString(), dtr::Project::ModelCheck::Report);
        const auto rec = project->distillRun(1);
        QCOMPARE(rec.status, std::string("failed"));
        QVERIFY2(rec.error.find("config.json") != std::string::npos, rec.error.c_str());
        QVERIFY(rec.stepsDone >= 2 && rec.stepsDone < 400); // the checkpoints before the change stay
        QVERIFY(project->checkpoint(1));
        QCOMPARE(project->integrityCheck(), std::string("ok"));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
