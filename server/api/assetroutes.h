#pragma once

#include "http/router.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <optional>

namespace kanri::server {

class Api;
class Call;
class ScopeSet;

// The folder tree, its projects and their files:
//   GET/POST /folders, GET/PATCH/DELETE /folders/{id},
//   GET/POST /projects, GET/PATCH/DELETE /projects/{id},
//   GET/POST /projects/{id}/files, GET /files/{id}/download.
// The file routes and POST /projects also serve users without admin rights, as far as their
// grants permit the operation (a drone operator creates projects in its folders, a general user
// uploads and downloads where it may).
void addAssetRoutes(Api &api);

namespace assets {

void addFolderRoutes(Api &api);
void addProjectRoutes(Api &api);

// A live folder of the caller's tenant.
struct FolderRow
{
    qint64 pk = 0;
    QString id;
    std::optional<qint64> parentPk;
    QString name;
};
std::optional<FolderRow> findFolder(const Call &call, const QString &id);

// A trimmed asset name, or a 400 naming `field` when it is blank, too long or holds control
// characters.
std::optional<Response> checkName(const QString &name, const QString &field, qsizetype maxLength);

// Deletes (tombstones) the role and label assignments on a folder or project.
bool removeAssignmentsOn(const Call &call, QStringView scopeType, qint64 scopePk);

// The SQL IN clause (or nothing, for everything) that keeps rows whose `column` is inside the
// scope set's folders or projects.
QString folderFilter(const ScopeSet &scope, const QString &column);
QString projectFilter(const ScopeSet &scope, const QString &column);


} // namespace assets

} // namespace kanri::server
