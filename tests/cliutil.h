#pragma once

// Running the dtr CLI from Qt tests (DTR_CLI_PATH comes from CMake).
#include <QProcess>
#include <QStringList>
#include <QtTest/QtTest>

namespace dtrtest {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out, err;
};

inline Run dtrRun(const QStringList &args)
{
    QProcess p;
    p.start(DTR_CLI_PATH, args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A failure the way the CLI promises it: no crash, non-zero exit, one line on stderr
// starting "dtr: error: " and naming what it must.
inline void expectFailure(const Run &r, const QStringList &mustContain)
{
    QVERIFY2(r.status == QProcess::NormalExit, "dtr crashed");
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    const QString err = r.err.trimmed();
    QVERIFY2(!err.contains('\n'), qPrintable(err));
    QVERIFY2(err.startsWith("dtr: error: "), qPrintable(err));
    for (const QString &s : mustContain)
        QVERIFY2(err.contains(s), qPrintable(QString("'%1' not in: %2").arg(s, err)));
}

} // namespace dtrtest
