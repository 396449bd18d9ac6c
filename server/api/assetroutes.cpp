// The folder tree: GET/POST /folders, GET/PATCH/DELETE /folders/{id}; and what the folder and
// project routes share.
#include "api/assetroutes.h"

#include "auth/tokens.h"
#include "core/api.h"
#include "core/listing.h"
#include "store/database.h"

#include "domain/asset.h"

namespace kanri::server {

void addAssetRoutes(Api &api)
{
    assets::addFolderRoutes(api);
    assets::addProjectRoutes(api);
}

namespace assets {


std::optional<FolderRow> findFolder(const Call &call, const QString &id)
{
    QSqlQuery q = runQuery(call.db(),
                           QStringLiteral("SELECT pk, id, parent_pk, name FROM folders "
                                          "WHERE tenant_pk = ? AND id = ? AND deleted_at IS NULL"),
                           {call.principal.tenantPk, id});
    if (!q.next())
        return std::nullopt;
    FolderRow row;
    row.pk = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    if (!q.value(2).isNull())
        row.parentPk = q.value(2).toLongLong();
    row.name = q.value(3).toString();
    return row;
}

std::optional<Response> checkName(const QString &name, const QString &field, qsizetype maxLength)
{
    if (name.isEmpty())
        return validationError(field, QStringLiteral("must not be blank"));
    if (name.toUcs4().size() > maxLength)
        return validationError(field,
                               QStringLiteral("must be at most %1 characters").arg(maxLength));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return validationError(field, QStringLiteral("must not contain control characters"));
    }
    return std::nullopt;
}

bool removeAssignmentsOn(const Call &call, QStringView scopeType, qint64 scopePk)
{
    QSqlDatabase db = call.db();
    const qint64 tenantPk = call.principal.tenantPk;
    const QString type = scopeType.toString();
    // A tombstoned label assignment also touches its label, whose asset count changed, so the
    // labels delta carries it. (`owner` empty: nothing to touch.)
    const auto tombstone = [&](const QString &select, const QString &update, const QString &owner) {
        QList<std::pair<qint64, qint64>> rows;
        bool ok = false;
        QSqlQuery q = runQuery(db, select, {tenantPk, type, scopePk}, &ok);
        while (ok && q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        QSqlQuery w(db);
        for (const auto &[pk, ownerPk] : rows) {
            ok = ok && run(w, update, {call.now, call.now, nextSeq(db, tenantPk), pk})
                 && (owner.isEmpty() || touchRow(db, tenantPk, owner, ownerPk));
        }
        return ok;
    };
    return tombstone(
               QStringLiteral(
                   "SELECT pk, user_pk FROM role_assignments WHERE tenant_pk = ? AND scope_type = ? "
                   "AND scope_pk = ? AND deleted_at IS NULL"),
               QStringLiteral("UPDATE role_assignments SET deleted_at = ?, updated_at = ?, seq = ? "
                              "WHERE pk = ?"),
               QString()) &&
           tombstone(QStringLiteral("SELECT pk, label_pk FROM label_assignments WHERE tenant_pk = ? "
                                    "AND target_type = ? AND target_pk = ? AND deleted_at IS NULL"),
                     QStringLiteral("UPDATE label_assignments SET deleted_at = ?, updated_at = ?, "
                                    "seq = ? WHERE pk = ?"),
                     QStringLiteral("labels"));
}

QString folderFilter(const ScopeSet &scope, const QString &column)
{
    return scope.isEverything() ? QStringLiteral("1")
                                : column + QStringLiteral(" IN ") + scope.folderList();
}

QString projectFilter(const ScopeSet &scope, const QString &column)
{
    return scope.isEverything() ? QStringLiteral("1")
                                : column + QStringLiteral(" IN ") + scope.projectList();
}

namespace {

const QString kFolderSelect = QStringLiteral(
    "SELECT f.pk, f.id, pf.id, f.name, f.created_at, f.updated_at, f.seq, f.deleted_at "
    "FROM folders f LEFT JOIN folders pf ON pf.pk = f.parent_pk ");

domain::Folder folderFromQuery(const QSqlQuery &q)
{
    domain::Folder f;
    f.id = q.value(1).toString();
    if (!q.value(2).isNull())
        f.parentId = q.value(2).toString();
    f.name = q.value(3).toString();
    f.createdAt = fromMs(q.value(4).toLongLong());
    f.updatedAt = fromMs(q.value(5).toLongLong());
    f.etag = etagFor(q.value(6).toLongLong());
    return f;
}

std::optional<domain::Folder> loadFolder(const Call &call, qint64 pk)
{
    QSqlQuery q =
        runQuery(call.db(), kFolderSelect + QStringLiteral("WHERE f.pk = ? AND f.tenant_pk = ?"),
                 {pk, call.principal.tenantPk});
    if (!q.next())
        return std::nullopt;
    return folderFromQuery(q);
}

QVariant nullablePk(const std::optional<qint64> &pk)
{
    return pk ? QVariant(*pk) : QVariant(QMetaType::fromType<qint64>());
}

// Whether a live folder other than `exceptPk` named `name` sits below `parentPk`.
bool siblingNamed(const Call &call, const std::optional<qint64> &parentPk, const QString &name,
                  qint64 exceptPk = 0)
{
    QSqlQuery q =
        runQuery(call.db(),
                 QStringLiteral("SELECT 1 FROM folders WHERE tenant_pk = ? AND parent_pk IS ? "
                                "AND name = ? AND pk != ? AND deleted_at IS NULL"),
                 {call.principal.tenantPk, nullablePk(parentPk), name, exceptPk});
    return q.next();
}

// Whether `pk` is `ancestorPk` or lies below it.
bool isWithin(const Call &call, qint64 pk, qint64 ancestorPk)
{
    QSqlQuery q =
        runQuery(call.db(),
                 QStringLiteral("WITH RECURSIVE up(pk) AS (SELECT ? UNION "
                                "SELECT f.parent_pk FROM folders f JOIN up ON f.pk = up.pk "
                                "WHERE f.parent_pk IS NOT NULL AND f.tenant_pk = ?) "
                                "SELECT 1 FROM up WHERE pk = ?"),
                 {pk, call.principal.tenantPk, ancestorPk});
    return q.next();
}

Response duplicateName()
{
    return conflict(QStringLiteral("A folder of this name already exists there."));
}

Response listFolders(Call &call)
{
    auto parsed = parseListQuery(call.request, {});
    if (auto *error = std::get_if<Response>(&parsed))
        return *error;
    const ListQuery &query = std::get<ListQuery>(parsed);
    const ScopeSet &scope = call.administered();
    QString sql = kFolderSelect + QStringLiteral("WHERE f.tenant_pk = ? AND ");
    if (query.isDelta()) {
        // A deleted folder leaves the scope set; its tombstone goes to whoever sees its parent.
        sql +=
            QStringLiteral("((f.deleted_at IS NULL AND %1) OR (f.deleted_at IS NOT NULL AND %2)) "
                           "AND f.seq > ? ORDER BY f.seq LIMIT ?")
                .arg(folderFilter(scope, QStringLiteral("f.pk")),
                     folderFilter(scope, QStringLiteral("f.parent_pk")));
    } else {
        sql += folderFilter(scope, QStringLiteral("f.pk")) +
               QStringLiteral(" AND f.deleted_at IS NULL AND f.pk > ? ORDER BY f.pk LIMIT ?");
    }
    bool ok = false;
    QSqlQuery q =
        runQuery(call.db(), sql, {call.principal.tenantPk, query.start(), query.limit + 1}, &ok);
    if (!ok)
        return storageFailure();
    const QList<ListRow> rows = readListRows(q, query, 6, 7, [](const QSqlQuery &row) {
        return folderFromQuery(row).toJson();
    });
    return listPage(query, rows, call.currentSeq());
}

Response createFolder(Call &call)
{
    const auto body = call.body<domain::FolderCreate>();
    if (!body)
        return invalidBody(body.error());
    const QString name = body->name.trimmed();
    if (auto bad = checkName(name, QStringLiteral("name"), 200))
        return *bad;
    std::optional<qint64> parentPk;
    if (!body->parentId) {
        if (!call.principal.isContractAdmin())
            return forbidden(
                QStringLiteral("Only the contract administrator creates top-level folders."));
    } else {
        const auto parent = findFolder(call, *body->parentId);
        if (!parent || !call.administered().hasFolder(parent->pk))
            return validationError(QStringLiteral("parent_id"), QStringLiteral("no such folder"));
        parentPk = parent->pk;
    }
    if (siblingNamed(call, parentPk, name))
        return duplicateName();
    QSqlDatabase db = call.db();
    const QString id = auth::newId(u"f");
    QSqlQuery q(db);
    if (!run(
            q,
            QStringLiteral(
                "INSERT INTO folders (id, tenant_pk, parent_pk, name, created_at, updated_at, seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, call.principal.tenantPk, nullablePk(parentPk), name, call.now, call.now,
             nextSeq(db, call.principal.tenantPk)}))
        return storageFailure();
    const auto folder = loadFolder(call, q.lastInsertId().toLongLong());
    if (!folder)
        return storageFailure();
    call.audit(QStringLiteral("folder.create"), id,
               QStringLiteral("name=%1 parent=%2")
                   .arg(name, body->parentId.value_or(QStringLiteral("-"))));
    return jsonWithEtag(folder->toJson(), folder->etag, 201);
}

// The folder named by the path, if the caller may see it.
std::optional<FolderRow> pathFolder(Call &call)
{
    auto folder = findFolder(call, call.request.params.value(QStringLiteral("id")));
    if (!folder || !call.administered().hasFolder(folder->pk))
        return std::nullopt;
    return folder;
}

Response getFolder(Call &call)
{
    const auto row = pathFolder(call);
    const auto folder = row ? loadFolder(call, row->pk) : std::nullopt;
    if (!folder)
        return notFound();
    return jsonWithEtag(folder->toJson(), folder->etag);
}

Response updateFolder(Call &call)
{
    const auto row = pathFolder(call);
    const auto folder = row ? loadFolder(call, row->pk) : std::nullopt;
    if (!folder)
        return notFound();
    if (auto failed = checkIfMatch(call.request, folder->etag, folder->toJson()))
        return *failed;
    const auto body = call.body<domain::FolderUpdate>();
    if (!body)
        return invalidBody(body.error());
    if (!body->name && !body->parentId)
        return validationError(QString(), QStringLiteral("send name or parent_id"));
    QString name = row->name;
    if (body->name) {
        name = body->name->trimmed();
        if (auto bad = checkName(name, QStringLiteral("name"), 200))
            return *bad;
    }
    std::optional<qint64> parentPk = row->parentPk;
    if (body->parentId) {
        if (!*body->parentId) {
            if (row->parentPk && !call.principal.isContractAdmin())
                return forbidden(QStringLiteral(
                    "Only the contract administrator moves folders to the top level."));
            parentPk.reset();
        } else {
            const auto parent = findFolder(call, **body->parentId);
            if (!parent || !call.administered().hasFolder(parent->pk))
                return validationError(QStringLiteral("parent_id"),
                                       QStringLiteral("no such folder"));
            if (isWithin(call, parent->pk, row->pk))
                return conflict(
                    QStringLiteral("A folder cannot move below itself or one of its sub-folders."));
            parentPk = parent->pk;
        }
    }
    if (name == row->name && parentPk == row->parentPk)
        return jsonWithEtag(folder->toJson(), folder->etag); // nothing changes
    if (siblingNamed(call, parentPk, name, row->pk))
        return duplicateName();
    QSqlDatabase db = call.db();
    QSqlQuery q(db);
    if (!run(
            q,
            QStringLiteral(
                "UPDATE folders SET name = ?, parent_pk = ?, updated_at = ?, seq = ? WHERE pk = ?"),
            {name, nullablePk(parentPk), call.now, nextSeq(db, call.principal.tenantPk), row->pk}))
        return storageFailure();
    const auto changed = loadFolder(call, row->pk);
    if (!changed)
        return storageFailure();
    QStringList details;
    if (name != row->name)
        details.append(QStringLiteral("name=%1").arg(name));
    if (parentPk != row->parentPk)
        details.append(
            QStringLiteral("parent=%1").arg(changed->parentId.value_or(QStringLiteral("-"))));
    call.audit(QStringLiteral("folder.update"), row->id, details.join(QLatin1Char(' ')));
    return jsonWithEtag(changed->toJson(), changed->etag);
}

Response deleteFolder(Call &call)
{
    const auto row = pathFolder(call);
    const auto folder = row ? loadFolder(call, row->pk) : std::nullopt;
    if (!folder)
        return notFound();
    if (auto failed = checkIfMatch(call.request, folder->etag, folder->toJson()))
        return *failed;
    QSqlDatabase db = call.db();
    QSqlQuery used =
        runQuery(db,
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM folders WHERE parent_pk = ? "
                                "AND deleted_at IS NULL) OR EXISTS (SELECT 1 FROM projects "
                                "WHERE folder_pk = ? AND deleted_at IS NULL)"),
                 {row->pk, row->pk});
    if (!used.next())
        return storageFailure();
    if (used.value(0).toBool())
        return conflict(QStringLiteral("Only an empty folder can be deleted: move or delete its "
                                       "sub-folders and projects first."));
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "UPDATE folders SET deleted_at = ?, updated_at = ?, seq = ? WHERE pk = ?"),
             {call.now, call.now, nextSeq(db, call.principal.tenantPk), row->pk}) ||
        !removeAssignmentsOn(call, u"folder", row->pk))
        return storageFailure();
    call.audit(QStringLiteral("folder.delete"), row->id, QStringLiteral("name=%1").arg(row->name));
    return Response::noContent();
}

} // namespace

void addFolderRoutes(Api &api)
{
    api.route(Method::Get, QStringLiteral("/folders"), Api::Access::Admin, listFolders);
    api.route(Method::Post, QStringLiteral("/folders"), Api::Access::Admin, createFolder,
              Api::Create::Idempotent);
    api.route(Method::Get, QStringLiteral("/folders/{id}"), Api::Access::Admin, getFolder);
    api.route(Method::Patch, QStringLiteral("/folders/{id}"), Api::Access::Admin, updateFolder);
    api.route(Method::Delete, QStringLiteral("/folders/{id}"), Api::Access::Admin, deleteFolder);
}

} // namespace assets

} // namespace kanri::server
