#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kanri::server {

// Usage events behind the dashboard (seed §3.3.3): login, upload, download,
// project_created, file_created.
bool recordEvent(QSqlDatabase db, qint64 tenantPk, const QString &kind, qint64 atMs,
                 qint64 userPk = 0, qint64 folderPk = 0, qint64 projectPk = 0);

} // namespace kanri::server
