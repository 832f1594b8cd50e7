#pragma once

// Files the tests write: task and data files, and private copies of fixture models to
// move or damage. (Qt; testutil.h holds the fixture paths.)
#include "testutil.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace dtrtest {

// Writes bytes to dir/name and returns the path (empty when it could not be written,
// which the caller's next check then fails on).
inline QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + "/" + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// A copy of a fixture model's files (config, tokenizer, weights; not the reference
// outputs) in dst.
inline QString copyModel(const QString &dst, const std::string &fixture = "tiny-llama")
{
    const QString src = QString::fromStdString(modelPath(fixture));
    QDir().mkpath(dst);
    for (const QString &f : QDir(src).entryList(QDir::Files))
        if (!f.startsWith("reference"))
            QFile::copy(src + "/" + f, dst + "/" + f);
    return dst;
}

} // namespace dtrtest
