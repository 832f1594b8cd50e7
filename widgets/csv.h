#pragma once

// Comma-separated values as RFC 4180 writes them: a field is quoted when it holds a
// comma, a double quote, a line break or leading/trailing spaces, a quote inside is
// doubled, records end with CRLF, the text is UTF-8 (no byte-order mark). parseCsv()
// reads that back (and plain LF line ends, and a leading UTF-8 byte-order mark).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dtr::gui {

// One field, quoted where RFC 4180 needs it.
QString csvField(const QString &value);
// One record: the fields joined by commas, without the line end.
QString csvRecord(const QStringList &fields);
// Every record, each ended by CRLF, as UTF-8.
QByteArray toCsv(const QVector<QStringList> &records);
// The records of `utf8`. A final line end does not start an empty record. On a quote
// that is never closed, returns the records read so far and sets `error` (when not
// null) to a message naming the line.
QVector<QStringList> parseCsv(const QByteArray &utf8, QString *error = nullptr);

} // namespace dtr::gui
