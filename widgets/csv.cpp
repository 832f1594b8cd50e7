#include "csv.h"

#include <QCoreApplication>

namespace dtr::gui {

namespace {

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

bool needsQuotes(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (const QChar c : value)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return true;
    return value.front().isSpace() || value.back().isSpace();
}

} // namespace

QString csvField(const QString &value)
{
    if (!needsQuotes(value))
        return value;
    QString out = value;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(','));
}

QByteArray toCsv(const QVector<QStringList> &records)
{
    QString text;
    for (const QStringList &r : records)
        text += csvRecord(r) + QLatin1String("\r\n");
    return text.toUtf8();
}

QVector<QStringList> parseCsv(const QByteArray &utf8, QString *error)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldStarted = false; // the record has a field (or a comma) so far
    int line = 1, quoteLine = 0;
    const qsizetype n = text.size();
    const auto endRecord = [&] {
        record << field;
        records << record;
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            // CRLF: the LF ends the record.
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted && error)
        *error = Csv::tr("A quoted field that starts on line %1 is never closed.").arg(quoteLine);
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return records;
}

} // namespace dtr::gui
