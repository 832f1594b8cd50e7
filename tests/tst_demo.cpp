// `dtr demo --quick`: the whole pipeline on the embedded demo model (distillation with
// GDN and GLA, greedy search and baselines on every demo task) runs from a fresh
// checkout, and its results say what the demo must show: the model solves the recall
// task far above chance with full attention, and making every layer linear degrades it.

#include <QtTest/QtTest>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "cliutil.h"

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
        QVERIFY(p.waitForFinished(30 * 60 * 1000));
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
            QCOMPARE(byMixer.keys(), (QStringList{"gdn", "gla"}));
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
        for (const QString &mixer : QStringList{"gdn", "gla"}) {
            const QJsonObject m = tasks["recall"].toObject()[mixer].toObject();
            const double full = m["full_test"].toDouble();
            const double allLinear = m["curve"].toObject()["greedy"].toObject()[QString::number(L)].toObject()["test"].toDouble();
            QVERIFY2(full >= 0.6, qPrintable(QString("recall with full attention: %1").arg(full)));
            QVERIFY2(allLinear < full - 0.1, qPrintable(QString("%1 all linear %2 vs full %3").arg(mixer).arg(allLinear).arg(full)));
        }
        QVERIFY(QFile::exists(out + "/results.md"));
        QVERIFY(QFile::exists(out + "/demo.dtr"));

        // A second run into the same folder refuses instead of overwriting the project.
        const auto again = dtrtest::dtrRun({"demo", "--quick", "--out", out});
        dtrtest::expectFailure(again, {"demo.dtr: already exists"});
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
