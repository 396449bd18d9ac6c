#pragma once

#include "domain/logexport.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QTimeZone>

namespace kanri::server::exports {

// Turns rows of LogSelection::selectSql into the bytes of an export file:
// - CSV (RFC 4180: CRLF, quoted when needed, UTF-8, a header row, optionally a BOM);
// - JSON Lines (one object per line, the CSV's column names as members);
// - for access logs the NCSA Combined Log Format, times in the tenant's time zone.
// Times in CSV and JSON Lines are RFC 3339 UTC with milliseconds.
class RowFormatter
{
public:
    RowFormatter(domain::LogType type, domain::LogFormat format, bool csvBom,
                 const QTimeZone &zone);

    // What the file starts with (BOM and header row for CSV; nothing otherwise).
    QByteArray preamble() const;
    // Appends the current row of `query` to `out`.
    void append(QByteArray &out, const QSqlQuery &query);

    static QList<QByteArray> columns(domain::LogType type);

private:
    void appendCsv(QByteArray &out, const QSqlQuery &query) const;
    void appendJson(QByteArray &out, const QSqlQuery &query) const;
    void appendCombined(QByteArray &out, const QSqlQuery &query);
    int offsetSeconds(qint64 atMs);

    domain::LogType m_type;
    domain::LogFormat m_format;
    bool m_csvBom;
    QTimeZone m_zone;
    qint64 m_offsetQuarter = -1; // the quarter hour (ms / 900000) m_offset is for
    int m_offset = 0;
};

// "2026-11-24T04:29:12.345Z"
void appendUtcTime(QByteArray &out, qint64 ms);
// "24/Nov/2026:13:29:12 +0900"
void appendClfTime(QByteArray &out, qint64 ms, int offsetSeconds);

} // namespace kanri::server::exports
