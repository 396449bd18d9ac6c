#pragma once

#include "domain/logexport.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace kanri::server::exports {

// Which rows of which log an export covers: one tenant, [from, to), and the filters. Shared
// by the quote (which counts) and the generator (which reads), so both see the same rows.
struct LogSelection
{
    qint64 tenantPk = 0;
    domain::LogType logType = domain::LogType::Access;
    qint64 fromMs = 0; // inclusive
    qint64 toMs = 0;   // exclusive
    std::optional<qint64> userPk;
    std::optional<QString> pathPrefix; // access logs
    std::optional<QString> action;     // operation logs

    // " FROM <log> x ... WHERE ..." (the log aliased as x, its user joined as u) with the
    // bindings appended to `values`.
    QString fromWhere(QVariantList *values) const;
    // The rows in export order (time, then insertion), columns as RowFormatter reads them.
    QString selectSql(QVariantList *values) const;

    qint64 count(QSqlDatabase db, bool *ok) const;
    // Average bytes of the variable-length text of a row, from a sample (0 without rows).
    double averageTextBytes(QSqlDatabase db) const;
};

// The first instant whose logs are still kept: the start of the tenant-local day that lies
// `retentionDays` before `nowMs`. Whole days, so that a period the console offers from its
// calendar stays valid for the whole day.
qint64 retentionStart(qint64 nowMs, int retentionDays, const QByteArray &timeZoneId);

} // namespace kanri::server::exports
