#pragma once

#include "exports/logselection.h"

#include "domain/logexport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace kanri::server::exports {

// A log_exports row: the API object and the bookkeeping behind it.
struct ExportRecord
{
    qint64 pk = 0;
    qint64 tenantPk = 0;
    qint64 seq = 0;
    std::optional<qint64> userFilterPk;
    QString fileName; // below exportsDirectory(); empty until ready
    QByteArray manifest;
    domain::LogExport object;

    LogSelection selection() const;
};

// The export `id` of `tenantPk` (any tenant when tenantPk is 0, for the operator's commands).
std::optional<ExportRecord> findExport(QSqlDatabase db, qint64 tenantPk, const QString &id);
// SELECT of every column exportFromRow() reads; append WHERE / ORDER BY.
QString exportSelect();
ExportRecord exportFromRow(const QSqlQuery &q);

// Who moves an export: a signed-in user, the vendor's operator commands, or the service.
struct Actor
{
    qint64 userPk = 0;
    QString name; // login, "vendor" or "service"
    QString clientIp;
    QString requestId;

    static Actor vendor() { return {0, QStringLiteral("vendor"), {}, {}}; }
    static Actor service() { return {0, QStringLiteral("service"), {}, {}}; }
};

// The operation log action of entering `state` ("log_export.approve", ...).
QString actionFor(domain::LogExportState state);

// Moves the export to `to` if it is in one of `from`, sets `reason` and the `extra` columns,
// gives it a new seq and writes the operation log row, all with `db` (inside the caller's
// transaction, if any). False when the export was in another state or a write failed.
bool changeState(QSqlDatabase db, const ExportRecord &record,
                 std::initializer_list<domain::LogExportState> from, domain::LogExportState to,
                 const Actor &actor, const QString &details = {},
                 const std::optional<QString> &reason = std::nullopt,
                 const QList<std::pair<QString, QVariant>> &extra = {});

// DATA_DIR/exports, next to the database.
QString exportsDirectory(QSqlDatabase db);

} // namespace kanri::server::exports
