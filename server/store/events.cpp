#include "store/events.h"

#include "core/storeutil.h"

namespace kanri::server {

bool recordEvent(QSqlDatabase db, qint64 tenantPk, const QString &kind, qint64 atMs,
                 qint64 userPk, qint64 folderPk, qint64 projectPk)
{
    const auto orNull = [](qint64 pk) {
        return pk ? QVariant(pk) : QVariant(QMetaType::fromType<qint64>());
    };
    QSqlQuery q(db);
    return run(q, QStringLiteral("INSERT INTO events (tenant_pk, kind, at, user_pk, folder_pk, project_pk) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
               {tenantPk, kind, atMs, orNull(userPk), orNull(folderPk), orNull(projectPk)});
}

} // namespace kanri::server
