// Projects and their files: GET/POST /projects, GET/PATCH/DELETE /projects/{id},
// GET/POST /projects/{id}/files, GET /files/{id}/download.
//
// Administrators work inside the scopes they administer. POST /projects and the file routes
// also serve users without admin rights, as far as their grants permit the operation on the
// folder or project: an object the caller's grants do not reach is "not found", one it sees but
// may not act on answers 403 forbidden.
#include "api/assetroutes.h"

#include "auth/tokens.h"
#include "core/api.h"
#include "core/listing.h"
#include "store/database.h"
#include "store/events.h"

#include "domain/asset.h"

#include <QRegularExpression>

namespace kanri::server::assets {

namespace {

using domain::Operation;

constexpr qint64 kDownloadLinkSeconds = 300;

const QString kProjectSelect = QStringLiteral(
    "SELECT p.pk, p.id, p.name, f.id, p.description, cu.id, "
    "(SELECT COUNT(*) FROM files x WHERE x.project_pk = p.pk AND x.deleted_at IS NULL), "
    "p.created_at, p.updated_at, p.seq, p.deleted_at, p.folder_pk "
    "FROM projects p JOIN folders f ON f.pk = p.folder_pk "
    "LEFT JOIN users cu ON cu.pk = p.created_by_pk AND cu.deleted_at IS NULL ");

struct ProjectRow
{
    qint64 pk = 0;
    qint64 folderPk = 0;
    domain::Project project;
};

ProjectRow projectFromQuery(const QSqlQuery &q)
{
    ProjectRow row;
    row.pk = q.value(0).toLongLong();
    row.folderPk = q.value(11).toLongLong();
    domain::Project &p = row.project;
    p.id = q.value(1).toString();
    p.name = q.value(2).toString();
    p.folderId = q.value(3).toString();
    p.description = q.value(4).toString();
    if (!q.value(5).isNull())
        p.createdBy = q.value(5).toString();
    p.fileCount = q.value(6).toLongLong();
    p.createdAt = fromMs(q.value(7).toLongLong());
    p.updatedAt = fromMs(q.value(8).toLongLong());
    p.etag = etagFor(q.value(9).toLongLong());
    return row;
}

// A live project of the caller's tenant, by id or by pk.
std::optional<ProjectRow> findProject(const Call &call, const QVariant &key, bool byPk = false)
{
    QSqlQuery q =
        runQuery(call.db(),
                 kProjectSelect +
                     (byPk ? QStringLiteral("WHERE p.pk = ?") : QStringLiteral("WHERE p.id = ?")) +
                     QStringLiteral(" AND p.tenant_pk = ? AND p.deleted_at IS NULL"),
                 {key, call.principal.tenantPk});
    if (!q.next())
        return std::nullopt;
    return projectFromQuery(q);
}

// The project named by the path, if the caller administers it (the admin routes).
std::optional<ProjectRow> administeredProject(Call &call)
{
    auto row = findProject(call, call.request.params.value(QStringLiteral("id")));
    if (!row || !call.administered().hasProject(row->pk))
        return std::nullopt;
    return row;
}

bool permits(const Call &call, Operation operation, qint64 projectPk)
{
    return ScopeSet::permitting(call.db(), call.principal, operation).hasProject(projectPk);
}

std::optional<Response> checkDescription(const QString &description)
{
    if (description.toUcs4().size() > 2000)
        return validationError(QStringLiteral("description"),
                               QStringLiteral("must be at most 2000 characters"));
    return std::nullopt;
}

bool projectNamed(const Call &call, qint64 folderPk, const QString &name, qint64 exceptPk = 0)
{
    QSqlQuery q =
        runQuery(call.db(),
                 QStringLiteral("SELECT 1 FROM projects WHERE tenant_pk = ? AND folder_pk = ? "
                                "AND name = ? AND pk != ? AND deleted_at IS NULL"),
                 {call.principal.tenantPk, folderPk, name, exceptPk});
    return q.next();
}

Response duplicateName()
{
    return conflict(QStringLiteral("A project of this name already exists in the folder."));
}

Response listProjects(Call &call)
{
    auto parsed = parseListQuery(call.request, {QStringLiteral("folder_id")});
    if (auto *error = std::get_if<Response>(&parsed))
        return *error;
    const ListQuery &query = std::get<ListQuery>(parsed);
    const ScopeSet &scope = call.administered();
    QString sql = kProjectSelect + QStringLiteral("WHERE p.tenant_pk = ? AND ");
    QVariantList values{call.principal.tenantPk};
    if (query.isDelta()) {
        // A deleted project leaves the scope set; its tombstone goes to whoever sees its folder.
        sql +=
            QStringLiteral("((p.deleted_at IS NULL AND %1) OR (p.deleted_at IS NOT NULL AND %2)) "
                           "AND p.seq > ? ORDER BY p.seq LIMIT ?")
                .arg(projectFilter(scope, QStringLiteral("p.pk")),
                     folderFilter(scope, QStringLiteral("p.folder_pk")));
    } else {
        sql += projectFilter(scope, QStringLiteral("p.pk")) +
               QStringLiteral(" AND p.deleted_at IS NULL ");
        if (query.filters.contains(QStringLiteral("folder_id"))) {
            sql += QStringLiteral("AND f.id = ? ");
            values.append(query.filters.value(QStringLiteral("folder_id")));
        }
        sql += QStringLiteral("AND p.pk > ? ORDER BY p.pk LIMIT ?");
    }
    values << query.start() << query.limit + 1;
    bool ok = false;
    QSqlQuery q = runQuery(call.db(), sql, values, &ok);
    if (!ok)
        return storageFailure();
    const QList<ListRow> rows = readListRows(q, query, 9, 10, [](const QSqlQuery &row) {
        return projectFromQuery(row).project.toJson();
    });
    return listPage(query, rows, call.currentSeq());
}

Response createProject(Call &call)
{
    const auto body = call.body<domain::ProjectCreate>();
    if (!body)
        return invalidBody(body.error());
    const QString name = body->name.trimmed();
    if (auto bad = checkName(name, QStringLiteral("name"), 200))
        return *bad;
    const QString description = body->description.value_or(QString());
    if (auto bad = checkDescription(description))
        return *bad;
    QSqlDatabase db = call.db();
    const auto folder = findFolder(call, body->folderId);
    if (!folder || !ScopeSet::permitting(db, call.principal, Operation::View).hasFolder(folder->pk))
        return validationError(QStringLiteral("folder_id"), QStringLiteral("no such folder"));
    if (!ScopeSet::permitting(db, call.principal, Operation::CreateProject).hasFolder(folder->pk))
        return forbidden(
            QStringLiteral("Your roles do not allow creating projects in this folder."));
    if (projectNamed(call, folder->pk, name))
        return duplicateName();
    const QString id = auth::newId(u"p");
    QSqlQuery q(db);
    if (!run(
            q,
            QStringLiteral(
                "INSERT INTO projects (id, tenant_pk, folder_pk, name, description, created_by_pk, "
                "created_at, updated_at, seq) VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?)"),
            {id, call.principal.tenantPk, folder->pk, name, description, call.principal.userPk,
             call.now, call.now, nextSeq(db, call.principal.tenantPk)}))
        return storageFailure();
    const auto row = findProject(call, q.lastInsertId(), true);
    if (!row || !recordEvent(db, call.principal.tenantPk, QStringLiteral("project_created"),
                             call.now, call.principal.userPk, folder->pk, row->pk))
        return storageFailure();
    call.audit(QStringLiteral("project.create"), id,
               QStringLiteral("name=%1 folder=%2").arg(name, folder->id));
    return jsonWithEtag(row->project.toJson(), row->project.etag, 201);
}

Response getProject(Call &call)
{
    const auto row = administeredProject(call);
    if (!row)
        return notFound();
    return jsonWithEtag(row->project.toJson(), row->project.etag);
}

Response updateProject(Call &call)
{
    const auto row = administeredProject(call);
    if (!row)
        return notFound();
    if (auto failed = checkIfMatch(call.request, row->project.etag, row->project.toJson()))
        return *failed;
    const auto body = call.body<domain::ProjectUpdate>();
    if (!body)
        return invalidBody(body.error());
    if (!body->name && !body->description)
        return validationError(QString(), QStringLiteral("send name or description"));
    const QString name = body->name ? body->name->trimmed() : row->project.name;
    if (auto bad = checkName(name, QStringLiteral("name"), 200))
        return *bad;
    const QString description = body->description.value_or(row->project.description);
    if (auto bad = checkDescription(description))
        return *bad;
    if (name == row->project.name && description == row->project.description)
        return jsonWithEtag(row->project.toJson(), row->project.etag); // nothing changes
    if (name != row->project.name && projectNamed(call, row->folderPk, name, row->pk))
        return duplicateName();
    QSqlDatabase db = call.db();
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("UPDATE projects SET name = ?, description = COALESCE(?, ''), "
                            "updated_at = ?, seq = ? "
                            "WHERE pk = ?"),
             {name, description, call.now, nextSeq(db, call.principal.tenantPk), row->pk}))
        return storageFailure();
    const auto changed = findProject(call, row->pk, true);
    if (!changed)
        return storageFailure();
    QStringList details;
    if (name != row->project.name)
        details.append(QStringLiteral("name=%1").arg(name));
    if (description != row->project.description)
        details.append(QStringLiteral("description changed"));
    call.audit(QStringLiteral("project.update"), row->project.id, details.join(QLatin1Char(' ')));
    return jsonWithEtag(changed->project.toJson(), changed->project.etag);
}

Response deleteProject(Call &call)
{
    const auto row = administeredProject(call);
    if (!row)
        return notFound();
    if (auto failed = checkIfMatch(call.request, row->project.etag, row->project.toJson()))
        return *failed;
    QSqlDatabase db = call.db();
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE files SET deleted_at = ? WHERE project_pk = ? AND deleted_at IS NULL"),
             {call.now, row->pk}))
        return storageFailure();
    const auto files = q.numRowsAffected();
    if (!run(q,
             QStringLiteral(
                 "UPDATE projects SET deleted_at = ?, updated_at = ?, seq = ? WHERE pk = ?"),
             {call.now, call.now, nextSeq(db, call.principal.tenantPk), row->pk}) ||
        !removeAssignmentsOn(call, u"project", row->pk))
        return storageFailure();
    call.audit(QStringLiteral("project.delete"), row->project.id,
               QStringLiteral("name=%1 files=%2").arg(row->project.name, QString::number(files)));
    return Response::noContent();
}

// ─── files ───────────────────────────────────────────────────────────────

const QString kFileSelect = QStringLiteral(
    "SELECT fl.pk, fl.id, p.id, fl.name, fl.size, fl.content_type, fl.sha256, cu.id, "
    "fl.created_at, "
    "fl.project_pk, p.folder_pk FROM files fl JOIN projects p ON p.pk = fl.project_pk "
    "LEFT JOIN users cu ON cu.pk = fl.created_by_pk AND cu.deleted_at IS NULL ");

domain::File fileFromQuery(const QSqlQuery &q)
{
    domain::File f;
    f.id = q.value(1).toString();
    f.projectId = q.value(2).toString();
    f.name = q.value(3).toString();
    f.size = q.value(4).toLongLong();
    f.contentType = q.value(5).toString();
    f.sha256 = q.value(6).toString();
    if (!q.value(7).isNull())
        f.createdBy = q.value(7).toString();
    f.createdAt = fromMs(q.value(8).toLongLong());
    return f;
}

// The project named by the path, if the caller's grants let it view it.
std::optional<ProjectRow> viewableProject(Call &call)
{
    auto row = findProject(call, call.request.params.value(QStringLiteral("id")));
    if (!row || !permits(call, Operation::View, row->pk))
        return std::nullopt;
    return row;
}

Response listFiles(Call &call)
{
    auto parsed = parseListQuery(call.request, {}, false);
    if (auto *error = std::get_if<Response>(&parsed))
        return *error;
    const ListQuery &query = std::get<ListQuery>(parsed);
    const auto project = viewableProject(call);
    if (!project)
        return notFound();
    bool ok = false;
    QSqlQuery q =
        runQuery(call.db(),
                 kFileSelect + QStringLiteral("WHERE fl.project_pk = ? AND fl.tenant_pk = ? "
                                              "AND fl.deleted_at IS NULL AND fl.pk > ? "
                                              "ORDER BY fl.pk LIMIT ?"),
                 {project->pk, call.principal.tenantPk, query.start(), query.limit + 1}, &ok);
    if (!ok)
        return storageFailure();
    QList<ListRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), std::nullopt,
                     fileFromQuery(q).toJson()});
    return listPage(query, rows, 0);
}

bool isMediaType(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\\s*;.*)?$"));
    return shape.match(text).hasMatch();
}

Response createFile(Call &call)
{
    const auto project = viewableProject(call);
    if (!project)
        return notFound();
    if (!permits(call, Operation::Upload, project->pk))
        return forbidden(QStringLiteral("Your roles do not allow uploading to this project."));
    const auto body = call.body<domain::FileCreate>();
    if (!body)
        return invalidBody(body.error());
    const QString name = body->name.trimmed();
    if (auto bad = checkName(name, QStringLiteral("name"), 255))
        return *bad;
    if (body->contentType.size() > 255 || !isMediaType(body->contentType))
        return validationError(QStringLiteral("content_type"),
                               QStringLiteral("expected a media type such as image/tiff"));
    QSqlDatabase db = call.db();
    const qint64 tenantPk = call.principal.tenantPk;
    const QString id = auth::newId(u"fl");
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO files (id, tenant_pk, project_pk, name, size, content_type, sha256, "
                 "created_by_pk, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, tenantPk, project->pk, name, body->size, body->contentType, body->sha256,
              call.principal.userPk, call.now}))
        return storageFailure();
    const QVariant filePk = q.lastInsertId();
    // The project's file_count changes: a new seq brings it to the next delta.
    if (!run(q, QStringLiteral("UPDATE projects SET seq = ? WHERE pk = ?"),
             {nextSeq(db, tenantPk), project->pk}) ||
        !recordEvent(db, tenantPk, QStringLiteral("upload"), call.now, call.principal.userPk,
                     project->folderPk, project->pk) ||
        !recordEvent(db, tenantPk, QStringLiteral("file_created"), call.now, call.principal.userPk,
                     project->folderPk, project->pk))
        return storageFailure();
    QSqlQuery file = runQuery(db, kFileSelect + QStringLiteral("WHERE fl.pk = ?"), {filePk});
    if (!file.next())
        return storageFailure();
    call.audit(QStringLiteral("file.upload"), id,
               QStringLiteral("project=%1 name=%2 size=%3")
                   .arg(project->project.id, name, QString::number(body->size)));
    return Response::json(fileFromQuery(file).toJson(), 201);
}

// Where the console reaches this service, for links it hands out: the request's Host when it
// looks like a host name or address, else localhost.
QString serviceOrigin(const Request &request)
{
    static const QRegularExpression hostShape(
        QStringLiteral("^([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(:[0-9]{1,5})?$"));
    const QString host = QString::fromLatin1(request.header("host"));
    return QStringLiteral("https://") +
           (hostShape.match(host).hasMatch() ? host : QStringLiteral("localhost"));
}

Response downloadFile(Call &call)
{
    QSqlDatabase db = call.db();
    QSqlQuery q =
        runQuery(db,
                 kFileSelect + QStringLiteral(
                                   "WHERE fl.id = ? AND fl.tenant_pk = ? AND fl.deleted_at IS NULL "
                                   "AND p.deleted_at IS NULL"),
                 {call.request.params.value(QStringLiteral("id")), call.principal.tenantPk});
    if (!q.next())
        return notFound();
    const domain::File file = fileFromQuery(q);
    const qint64 projectPk = q.value(9).toLongLong();
    const qint64 folderPk = q.value(10).toLongLong();
    if (!permits(call, Operation::View, projectPk))
        return notFound();
    if (!permits(call, Operation::Download, projectPk))
        return forbidden(QStringLiteral("Your roles do not allow downloading from this project."));
    // A GET runs outside the wrapper's transaction: the event and its log row commit together.
    Transaction tx(db);
    if (!tx.ok() || !recordEvent(db, call.principal.tenantPk, QStringLiteral("download"), call.now,
                                 call.principal.userPk, folderPk, projectPk))
        return storageFailure();
    call.audit(QStringLiteral("file.download"), file.id,
               QStringLiteral("project=%1").arg(file.projectId));
    if (!tx.commit())
        return storageFailure();
    domain::FileDownload download;
    download.file = file;
    download.url =
        serviceOrigin(call.request) + QStringLiteral("/api/v1/files/%1/content?expires=%2")
                                          .arg(file.id)
                                          .arg(call.now / 1000 + kDownloadLinkSeconds);
    return Response::json(download.toJson());
}

} // namespace

void addProjectRoutes(Api &api)
{
    api.route(Method::Get, QStringLiteral("/projects"), Api::Access::Admin, listProjects);
    // Also for users without admin rights whose grants permit create_project on the folder.
    api.route(Method::Post, QStringLiteral("/projects"), Api::Access::SignedIn, createProject,
              Api::Create::Idempotent);
    api.route(Method::Get, QStringLiteral("/projects/{id}"), Api::Access::Admin, getProject);
    api.route(Method::Patch, QStringLiteral("/projects/{id}"), Api::Access::Admin, updateProject);
    api.route(Method::Delete, QStringLiteral("/projects/{id}"), Api::Access::Admin, deleteProject);
    // The file routes serve whoever's grants reach the project (view, upload, download).
    api.route(Method::Get, QStringLiteral("/projects/{id}/files"), Api::Access::SignedIn,
              listFiles);
    api.route(Method::Post, QStringLiteral("/projects/{id}/files"), Api::Access::SignedIn,
              createFile, Api::Create::Idempotent);
    api.route(Method::Get, QStringLiteral("/files/{id}/download"), Api::Access::SignedIn,
              downloadFile);
}

} // namespace kanri::server::assets
