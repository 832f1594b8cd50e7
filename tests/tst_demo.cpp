// `dtr demo --quick`: the whole pipeline on the embedded demo model (distillation with
// GDN, GLA and JetBlock, greedy search and baselines on every demo task) runs from a
// fresh checkout, and its results say what the demo must show: the model solves the
// recall task far above chance with full attention, making every layer linear degrades
// it, and the report's order correlations are Kendall's tau of the stored greedy orders.

#include <QtTest/QtTest>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QVector>

#include <cmath>

#include "cliutil.h"

const QStringList kMixers{"gdn", "gla", "jetblock"};

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickDemo()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString out = tmp.path() + "/demo";
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        // One thread: on a busy 2-core machine two OpenMP threads spin against other
        // processes and run many times slower (docs/search.md).
        p.start(DTR_CLI_PATH, {"demo", "--quick", "--out", out, "--threads", "1"});
        QVERIFY(p.waitForFinished(DTR_TEST_TIME_SCALE * 30 * 60 * 1000));
        const QString log = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(log));
        QVERIFY2(log.contains("M_best") && log.contains("| k |"), qPrintable(log));

        QFile f(out + "/results.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
        const int L = r["layers"].toInt();
        QVERIFY(L >= 6);
        const QJsonObject tasks = r["tasks"].toObject();
        QVERIFY(tasks.contains("recall"));
        QVERIFY(tasks.size() >= 3);
        for (const QString &task : tasks.keys()) {
            const QJsonObject byMixer = tasks[task].toObject();
            QCOMPARE(byMixer.keys(), kMixers);
            for (const QString &mixer : byMixer.keys()) {
                const QJsonObject m = byMixer[mixer].toObject();
                const QJsonObject greedy = m["greedy"].toObject();
                // M_opt stays at or above P_min; every strategy covers k = 1 .. L.
                QVERIFY(greedy["opt"].toObject()["val"].toDouble() >= greedy["p_min"].toDouble());
                QCOMPARE(greedy["order"].toArray().size(), L);
                for (const QString &s : QStringList{"greedy", "uniform", "random", "importance"})
                    QCOMPARE(m["curve"].toObject()[s].toObject().size(), L);
            }
        }
        // Recall: far above chance (4 choices) with full attention; every layer linear is worse.
        for (const QString &mixer : kMixers) {
            const QJsonObject m = tasks["recall"].toObject()[mixer].toObject();
            const double full = m["full_test"].toDouble();
            const double allLinear = m["curve"].toObject()["greedy"].toObject()[QString::number(L)].toObject()["test"].toDouble();
            QVERIFY2(full >= 0.6, qPrintable(QString("recall with full attention: %1").arg(full)));
            QVERIFY2(allLinear < full - 0.1, qPrintable(QString("%1 all linear %2 vs full %3").arg(mixer).arg(allLinear).arg(full)));
        }
        // The order comparison: tau recomputed from the stored orders (full permutations,
        // so tau = 1 - 4 * discordant pairs / (L (L - 1))), and the layers replaced at 5%.
        const QJsonObject orders = r["orders"].toObject();
        auto order = [&](const QString &task, const QString &mixer) {
            return tasks[task].toObject()[mixer].toObject()["greedy"].toObject()["order"].toArray();
        };
        auto tau = [&](const QJsonArray &a, const QJsonArray &b) {
            QVector<int> rankA(L), rankB(L);
            for (int i = 0; i < L; ++i) {
                rankA[a[i].toInt()] = i;
                rankB[b[i].toInt()] = i;
            }
            int discordant = 0;
            for (int i = 0; i < L; ++i)
                for (int j = i + 1; j < L; ++j)
                    discordant += (rankA[i] < rankA[j]) != (rankB[i] < rankB[j]);
            return 1.0 - 4.0 * discordant / (L * (L - 1));
        };
        int checked = 0;
        for (const QString &task : tasks.keys())
            for (int a = 0; a < kMixers.size(); ++a)
                for (int b = a + 1; b < kMixers.size(); ++b) {
                    const double stored = orders["between_mixers"].toObject()[task].toObject()[kMixers[a] + " vs " + kMixers[b]].toDouble(99);
                    QVERIFY2(std::abs(stored - tau(order(task, kMixers[a]), order(task, kMixers[b]))) < 1e-9,
                             qPrintable(task + ": " + kMixers[a] + " vs " + kMixers[b]));
                    ++checked;
                }
        const QStringList taskNames = tasks.keys();
        for (const QString &mixer : kMixers)
            for (int a = 0; a < taskNames.size(); ++a)
                for (int b = a + 1; b < taskNames.size(); ++b) {
                    const double stored = orders["between_tasks"].toObject()[mixer].toObject()[taskNames[a] + " vs " + taskNames[b]].toDouble(99);
                    QVERIFY2(std::abs(stored - tau(order(taskNames[a], mixer), order(taskNames[b], mixer))) < 1e-9,
                             qPrintable(mixer + ": " + taskNames[a] + " vs " + taskNames[b]));
                    ++checked;
                }
        QCOMPARE(checked, taskNames.size() * 3 + 3 * taskNames.size() * (taskNames.size() - 1) / 2);
        for (const QString &mixer : kMixers)
            for (const QString &task : taskNames)
                QCOMPARE(orders["per_mixer"].toObject()[mixer].toObject()[task].toObject()["layers_replaced"].toInt(),
                         tasks[task].toObject()[mixer].toObject()["greedy"].toObject()["opt"].toObject()["linear"].toArray().size());
        QFile md(out + "/results.md");
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(md.readAll());
        QVERIFY(report.contains("## Replacement orders across mixers and tasks"));
        QVERIFY(report.contains("gdn vs jetblock"));
        QVERIFY(report.contains("Mean tau between mixers on the same task"));
        QVERIFY(QFile::exists(out + "/results.md"));
        QVERIFY(QFile::exists(out + "/demo.dtr"));

        // A second run into the same folder refuses instead of overwriting the project.
        const auto again = dtrtest::dtrRun({"demo", "--quick", "--out", out});
        dtrtest::expectFailure(again, {"demo.dtr: already exists"});
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
