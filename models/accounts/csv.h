#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kanri::accounts {

// How a CSV file's bytes were decoded. Japanese Excel saves "CSV (comma delimited)" in
// Shift_JIS and "CSV UTF-8" with a byte order mark.
enum class CsvEncoding { Utf8, Utf8Bom, ShiftJis };

struct CsvText
{
    QString text;
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Shift_JIS (Windows-31J);
// nullopt when they are neither.
std::optional<CsvText> decodeCsv(const QByteArray &bytes);

// RFC 4180 records: fields separated by commas, quoted with '"' ('""' inside quotes), records
// by CRLF or LF; quoted fields may hold line breaks. Empty lines are skipped. `lines` (optional)
// receives the line number each record starts on (1-based).
QList<QStringList> parseCsv(QStringView text, QList<int> *lines = nullptr);

// Undoes csvField's guard: "'=1" → "=1".
QString unguardCsvField(const QString &field);

// Appends fields as one CSV record (CRLF) in UTF-8. A field that a spreadsheet would run as a
// formula (starting with = + - @, a tab or CR) gets a leading apostrophe so it stays text;
// unguardCsvField() takes it off again on import.
class CsvWriter
{
public:
    explicit CsvWriter(QByteArray &out) : m_out(out) {}
    static QByteArray bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    void writeRecord(const QStringList &fields);

private:
    QByteArray &m_out;
};

} // namespace kanri::accounts
