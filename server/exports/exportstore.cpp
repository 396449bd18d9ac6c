#include "exports/exportstore.h"

#include "core/logs.h"
#include "core/storeutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kanri::server::exports {

using domain::LogExportState;

LogSelection ExportRecord::selection() const
{
    LogSelection s;
    s.tenantPk = tenantPk;
    s.logType = object.logType;
    s.fromMs = object.from.toMSecsSinceEpoch();
    s.toMs = object.to.toMSecsSinceEpoch();
    s.userPk = userFilterPk;
    s.pathPrefix = object.filters.pathPrefix;
    s.action = object.filters.action;
    return s;
}

QString exportSelect()
{
    return QStringLiteral(
        "SELECT e.id, e.log_type, e.from_at, e.to_at, e.format, e.filters, e.csv_bom, e.state, "
        "e.reason, e.price, e.rows_estimate, u.id, e.requested_at, e.updated_at, e.ready_at, "
        "e.expires_at, e.row_count, e.size, e.sha256, e.seq, e.pk, e.tenant_pk, e.user_filter_pk, "
        "e.file_path, e.manifest FROM log_exports e JOIN users u ON u.pk = e.requested_by_pk ");
}

ExportRecord exportFromRow(const QSqlQuery &q)
{
    ExportRecord r;
    domain::LogExport &e = r.object;
    e.id = q.value(0).toString();
    e.logType =
        domain::fromWire<domain::LogType>(q.value(1).toString()).value_or(domain::LogType::Access);
    e.from = fromMs(q.value(2).toLongLong());
    e.to = fromMs(q.value(3).toLongLong());
    e.format =
        domain::fromWire<domain::LogFormat>(q.value(4).toString()).value_or(domain::LogFormat::Csv);
    if (const auto filters = domain::LogExportFilters::fromJson(
            QJsonDocument::fromJson(q.value(5).toByteArray()).object(), QString()))
        e.filters = *filters;
    e.csvBom = q.value(6).toBool();
    e.state =
        domain::fromWire<LogExportState>(q.value(7).toString()).value_or(LogExportState::Failed);
    if (!q.value(8).isNull())
        e.reason = q.value(8).toString();
    e.price = q.value(9).toLongLong();
    e.rowsEstimate = q.value(10).toLongLong();
    e.requestedBy = q.value(11).toString();
    e.requestedAt = fromMs(q.value(12).toLongLong());
    e.updatedAt = fromMs(q.value(13).toLongLong());
    e.readyAt = fromMs(q.value(14));
    e.expiresAt = fromMs(q.value(15));
    if (!q.value(16).isNull())
        e.rowCount = q.value(16).toLongLong();
    if (!q.value(17).isNull())
        e.size = q.value(17).toLongLong();
    if (!q.value(18).isNull())
        e.sha256 = q.value(18).toString();
    r.seq = q.value(19).toLongLong();
    e.etag = etagFor(r.seq);
    r.pk = q.value(20).toLongLong();
    r.tenantPk = q.value(21).toLongLong();
    if (!q.value(22).isNull())
        r.userFilterPk = q.value(22).toLongLong();
    r.fileName = q.value(23).toString();
    r.manifest = q.value(24).toByteArray();
    return r;
}

std::optional<ExportRecord> findExport(QSqlDatabase db, qint64 tenantPk, const QString &id)
{
    QSqlQuery q =
        tenantPk
            ? runQuery(db, exportSelect() + QStringLiteral("WHERE e.tenant_pk = ? AND e.id = ?"),
                       {tenantPk, id})
            : runQuery(db, exportSelect() + QStringLiteral("WHERE e.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return exportFromRow(q);
}

QString actionFor(LogExportState state)
{
    switch (state) {
    case LogExportState::Requested:
        return QStringLiteral("log_export.request");
    case LogExportState::Approved:
        return QStringLiteral("log_export.approve");
    case LogExportState::Generating:
        return QStringLiteral("log_export.generate");
    case LogExportState::Ready:
        return QStringLiteral("log_export.ready");
    case LogExportState::Expired:
        return QStringLiteral("log_export.expire");
    case LogExportState::Rejected:
        return QStringLiteral("log_export.reject");
    case LogExportState::Cancelled:
        return QStringLiteral("log_export.cancel");
    case LogExportState::Failed:
        return QStringLiteral("log_export.fail");
    }
    return QStringLiteral("log_export.change");
}

bool changeState(QSqlDatabase db, const ExportRecord &record,
                 std::initializer_list<LogExportState> from, LogExportState to, const Actor &actor,
                 const QString &details, const std::optional<QString> &reason,
                 const QList<std::pair<QString, QVariant>> &extra)
{
    Transaction tx(db);
    const qint64 now = nowMs();
    QString sql =
        QStringLiteral("UPDATE log_exports SET state = ?, reason = ?, updated_at = ?, seq = ?");
    QVariantList values{domain::toWire(to), toDb(reason), now, nextSeq(db, record.tenantPk)};
    for (const auto &[column, value] : extra) {
        sql += QStringLiteral(", %1 = ?").arg(column);
        values << value;
    }
    QStringList states;
    for (LogExportState s : from)
        states << QLatin1Char('\'') + domain::toWire(s) + QLatin1Char('\'');
    sql += QStringLiteral(" WHERE pk = ? AND state IN (%1)").arg(states.join(QLatin1Char(',')));
    values << record.pk;
    QSqlQuery q(db);
    if (!run(q, sql, values) || q.numRowsAffected() != 1)
        return false;
    QString text = details;
    if (reason)
        text +=
            (text.isEmpty() ? QStringLiteral("reason: ") : QStringLiteral("; reason: ")) + *reason;
    const bool logged = writeOperation(
        db,
        Operation{record.tenantPk, actor.userPk, actor.name, actionFor(to), record.object.id,
                  to == LogExportState::Failed ? QStringLiteral("failed") : QStringLiteral("ok"),
                  text, actor.clientIp, actor.requestId});
    return logged && tx.commit();
}

QString exportsDirectory(QSqlDatabase db)
{
    return QFileInfo(db.databaseName()).absoluteDir().filePath(QStringLiteral("exports"));
}

} // namespace kanri::server::exports
