// Role assignments. The contract administrator manages all of them; an administrator manages
// the assignments of folder-or-project roles on scopes inside the ones it administers, and sees
// only those. A change takes effect on the holder's next request: grants are read per request.
#include "api/assignmentroutes.h"

#include "api/assetroutes.h"
#include "auth/tokens.h"
#include "core/api.h"
#include "core/listing.h"
#include "rbac/roles.h"
#include "store/database.h"

#include "domain/role.h"

#include <algorithm>

namespace kanri::server {

namespace {

using domain::Operation;
using domain::ScopeType;

const QString kAssignmentSelect = QStringLiteral(
    "SELECT ra.pk, ra.id, u.id, ra.role_id, ra.scope_type, COALESCE(sf.id, sp.id), ra.operations, "
    "ra.created_at, ra.updated_at, ra.seq, ra.deleted_at, ra.scope_pk "
    "FROM role_assignments ra JOIN users u ON u.pk = ra.user_pk "
    "LEFT JOIN folders sf ON ra.scope_type = 'folder' AND sf.pk = ra.scope_pk "
    "LEFT JOIN projects sp ON ra.scope_type = 'project' AND sp.pk = ra.scope_pk ");

struct AssignmentRow
{
    qint64 pk = 0;
    qint64 scopePk = 0;
    domain::RoleAssignment assignment;
};

QList<Operation> parseOperations(const QString &stored)
{
    QList<Operation> operations;
    for (const QString &name : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto op = domain::fromWire<Operation>(name))
            operations.append(*op);
    }
    return operations;
}

QString storeOperations(QList<Operation> operations)
{
    std::sort(operations.begin(), operations.end());
    QStringList names;
    for (Operation op : operations)
        names.append(domain::toWire(op));
    return names.join(QLatin1Char(','));
}

AssignmentRow assignmentFromQuery(const QSqlQuery &q)
{
    AssignmentRow row;
    row.pk = q.value(0).toLongLong();
    row.scopePk = q.value(11).toLongLong();
    domain::RoleAssignment &a = row.assignment;
    a.id = q.value(1).toString();
    a.userId = q.value(2).toString();
    a.roleId = q.value(3).toString();
    a.scope.type = domain::fromWire<ScopeType>(q.value(4).toString()).value_or(ScopeType::Tenant);
    if (a.scope.type != ScopeType::Tenant)
        a.scope.id = q.value(5).toString();
    a.operations = parseOperations(q.value(6).toString());
    a.createdAt = fromMs(q.value(7).toLongLong());
    a.updatedAt = fromMs(q.value(8).toLongLong());
    a.etag = etagFor(q.value(9).toLongLong());
    return row;
}

bool inScope(const ScopeSet &scope, ScopeType type, qint64 pk)
{
    switch (type) {
    case ScopeType::Tenant:
        return scope.isEverything();
    case ScopeType::Folder:
        return scope.hasFolder(pk);
    case ScopeType::Project:
        return scope.hasProject(pk);
    }
    return false;
}

// The SQL condition for the assignments inside `scope`; for tombstones in deltas also those
// whose folder or project was deleted (with them) from inside it.
QString scopeCondition(const ScopeSet &scope, bool withTombstones)
{
    if (scope.isEverything())
        return QStringLiteral("1");
    QString sql =
        QStringLiteral("((ra.scope_type = 'folder' AND %1) OR (ra.scope_type = 'project' AND %2)")
            .arg(assets::folderFilter(scope, QStringLiteral("ra.scope_pk")),
                 assets::projectFilter(scope, QStringLiteral("ra.scope_pk")));
    if (withTombstones) {
        sql +=
            QStringLiteral(" OR (ra.deleted_at IS NOT NULL AND ((sf.deleted_at IS NOT NULL AND %1) "
                           "OR (sp.deleted_at IS NOT NULL AND %2)))")
                .arg(assets::folderFilter(scope, QStringLiteral("sf.parent_pk")),
                     assets::folderFilter(scope, QStringLiteral("sp.folder_pk")));
    }
    return sql + QLatin1Char(')');
}

// The live assignment named by the path, if the caller may see it.
std::optional<AssignmentRow> pathAssignment(Call &call)
{
    QSqlQuery q =
        runQuery(call.db(),
                 kAssignmentSelect + QStringLiteral("WHERE ra.id = ? AND ra.tenant_pk = ? "
                                                    "AND ra.deleted_at IS NULL"),
                 {call.request.params.value(QStringLiteral("id")), call.principal.tenantPk});
    if (!q.next())
        return std::nullopt;
    AssignmentRow row = assignmentFromQuery(q);
    if (!inScope(call.administered(), row.assignment.scope.type, row.scopePk))
        return std::nullopt;
    return row;
}

std::optional<AssignmentRow> loadAssignment(const Call &call, qint64 pk)
{
    QSqlQuery q = runQuery(
        call.db(), kAssignmentSelect + QStringLiteral("WHERE ra.pk = ? AND ra.tenant_pk = ?"),
        {pk, call.principal.tenantPk});
    if (!q.next())
        return std::nullopt;
    return assignmentFromQuery(q);
}

// 400 naming "operations" unless every one is assignable with `role`, once.
std::optional<Response> checkOperations(const domain::Role &role,
                                        const QList<Operation> &operations)
{
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const Operation op = operations.at(i);
        if (!role.assignableOperations.contains(op)) {
            QStringList allowed;
            for (Operation a : role.assignableOperations)
                allowed.append(domain::toWire(a));
            return validationError(
                QStringLiteral("operations"),
                allowed.isEmpty()
                    ? QStringLiteral("the role %1 takes no operations").arg(role.id)
                    : QStringLiteral("\"%1\" is not assignable with the role %2 (assignable: %3)")
                          .arg(domain::toWire(op), role.id, allowed.join(QStringLiteral(", "))));
        }
        if (operations.indexOf(op) != i)
            return validationError(
                QStringLiteral("operations"),
                QStringLiteral("\"%1\" is listed twice").arg(domain::toWire(op)));
    }
    return std::nullopt;
}

QString describeScope(const domain::Scope &scope)
{
    return domain::toWire(scope.type) + (scope.id ? QLatin1Char(':') + *scope.id : QString());
}

Response listAssignments(Call &call)
{
    auto parsed =
        parseListQuery(call.request, {QStringLiteral("user_id"), QStringLiteral("scope_type"),
                                      QStringLiteral("scope_id")});
    if (auto *error = std::get_if<Response>(&parsed))
        return *error;
    const ListQuery &query = std::get<ListQuery>(parsed);
    const auto &filters = query.filters;
    std::optional<ScopeType> scopeType;
    if (filters.contains(QStringLiteral("scope_type"))) {
        scopeType = domain::fromWire<ScopeType>(filters.value(QStringLiteral("scope_type")));
        if (!scopeType)
            return validationError(QStringLiteral("scope_type"),
                                   QStringLiteral("expected tenant, folder or project"));
    }
    if (filters.contains(QStringLiteral("scope_id")) &&
        (!scopeType || *scopeType == ScopeType::Tenant))
        return validationError(QStringLiteral("scope_id"),
                               QStringLiteral("requires scope_type folder or project"));

    QString sql = kAssignmentSelect + QStringLiteral("WHERE ra.tenant_pk = ? AND ") +
                  scopeCondition(call.administered(), query.isDelta());
    QVariantList values{call.principal.tenantPk};
    if (query.isDelta()) {
        sql += QStringLiteral(" AND ra.seq > ? ORDER BY ra.seq LIMIT ?");
    } else {
        sql += QStringLiteral(" AND ra.deleted_at IS NULL");
        if (filters.contains(QStringLiteral("user_id"))) {
            sql += QStringLiteral(" AND u.id = ?");
            values.append(filters.value(QStringLiteral("user_id")));
        }
        if (scopeType) {
            sql += QStringLiteral(" AND ra.scope_type = ?");
            values.append(domain::toWire(*scopeType));
        }
        if (filters.contains(QStringLiteral("scope_id"))) {
            sql += QStringLiteral(" AND COALESCE(sf.id, sp.id) = ?");
            values.append(filters.value(QStringLiteral("scope_id")));
        }
        sql += QStringLiteral(" AND ra.pk > ? ORDER BY ra.pk LIMIT ?");
    }
    values << query.start() << query.limit + 1;
    bool ok = false;
    QSqlQuery q = runQuery(call.db(), sql, values, &ok);
    if (!ok)
        return storageFailure();
    const QList<ListRow> rows = readListRows(q, query, 9, 10, [](const QSqlQuery &row) {
        return assignmentFromQuery(row).assignment.toJson();
    });
    return listPage(query, rows, call.currentSeq());
}

Response createAssignment(Call &call)
{
    const auto body = call.body<domain::RoleAssignmentCreate>();
    if (!body)
        return invalidBody(body.error());
    const domain::Role *role = rbac::findRole(body->roleId);
    if (!role)
        return validationError(QStringLiteral("role_id"), QStringLiteral("no such role"));
    const bool tenantRole = role->scopeKind == domain::ScopeKind::Tenant;
    if (tenantRole && !call.principal.isContractAdmin())
        return forbidden(
            QStringLiteral("Only the contract administrator assigns the role %1.").arg(role->id));
    if (tenantRole != (body->scope.type == ScopeType::Tenant))
        return validationError(
            QStringLiteral("scope/type"),
            tenantRole
                ? QStringLiteral("the role %1 is assigned on the tenant").arg(role->id)
                : QStringLiteral("the role %1 is assigned on a folder or project").arg(role->id));
    QSqlDatabase db = call.db();
    const qint64 tenantPk = call.principal.tenantPk;
    QSqlQuery user = runQuery(db,
                              QStringLiteral("SELECT pk FROM users WHERE tenant_pk = ? AND id = ? "
                                             "AND deleted_at IS NULL"),
                              {tenantPk, body->userId});
    if (!user.next())
        return validationError(QStringLiteral("user_id"), QStringLiteral("no such user"));
    const qint64 userPk = user.value(0).toLongLong();
    qint64 scopePk = 0;
    if (body->scope.type != ScopeType::Tenant) {
        const bool folder = body->scope.type == ScopeType::Folder;
        QSqlQuery scope =
            runQuery(db,
                     (folder ? QStringLiteral("SELECT pk FROM folders")
                             : QStringLiteral("SELECT pk FROM projects")) +
                         QStringLiteral(" WHERE tenant_pk = ? AND id = ? AND deleted_at IS NULL"),
                     {tenantPk, body->scope.id.value_or(QString())});
        if (!scope.next() ||
            !inScope(call.administered(), body->scope.type, scope.value(0).toLongLong()))
            return validationError(QStringLiteral("scope/id"),
                                   folder ? QStringLiteral("no such folder")
                                          : QStringLiteral("no such project"));
        scopePk = scope.value(0).toLongLong();
    }
    const QList<Operation> operations = body->operations.value_or(QList<Operation>());
    if (auto bad = checkOperations(*role, operations))
        return *bad;
    const QVariant scopeValue =
        scopePk ? QVariant(scopePk) : QVariant(QMetaType::fromType<qint64>());
    QSqlQuery same = runQuery(
        db,
        QStringLiteral("SELECT 1 FROM role_assignments WHERE tenant_pk = ? AND user_pk = ? "
                       "AND role_id = ? AND scope_type = ? AND scope_pk IS ? "
                       "AND deleted_at IS NULL"),
        {tenantPk, userPk, role->id, domain::toWire(body->scope.type), scopeValue});
    if (same.next())
        return conflict(QStringLiteral("The user already holds this role on this scope."));
    const QString id = auth::newId(u"ra");
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("INSERT INTO role_assignments (id, tenant_pk, user_pk, role_id, "
                            "scope_type, scope_pk, "
                            "operations, created_at, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, "
                            "COALESCE(?, ''), ?, ?, ?)"),
             {id, tenantPk, userPk, role->id, domain::toWire(body->scope.type), scopeValue,
              storeOperations(operations), call.now, call.now, nextSeq(db, tenantPk)}))
        return storageFailure();
    const auto row = loadAssignment(call, q.lastInsertId().toLongLong());
    if (!row)
        return storageFailure();
    call.audit(
        QStringLiteral("role_assignment.create"), id,
        QStringLiteral("user=%1 role=%2 scope=%3 operations=%4")
            .arg(body->userId, role->id, describeScope(body->scope), storeOperations(operations)));
    return jsonWithEtag(row->assignment.toJson(), row->assignment.etag, 201);
}

Response getAssignment(Call &call)
{
    const auto row = pathAssignment(call);
    if (!row)
        return notFound();
    return jsonWithEtag(row->assignment.toJson(), row->assignment.etag);
}

Response updateAssignment(Call &call)
{
    const auto row = pathAssignment(call);
    if (!row)
        return notFound();
    const domain::RoleAssignment &current = row->assignment;
    const domain::Role *role = rbac::findRole(current.roleId);
    if (!role)
        return notFound();
    if (role->scopeKind == domain::ScopeKind::Tenant && !call.principal.isContractAdmin())
        return forbidden(
            QStringLiteral("Only the contract administrator changes the role %1.").arg(role->id));
    if (auto failed = checkIfMatch(call.request, current.etag, current.toJson()))
        return *failed;
    const auto body = call.body<domain::RoleAssignmentUpdate>();
    if (!body)
        return invalidBody(body.error());
    if (auto bad = checkOperations(*role, body->operations))
        return *bad;
    const QString operations = storeOperations(body->operations);
    if (operations == storeOperations(current.operations))
        return jsonWithEtag(current.toJson(), current.etag); // nothing changes
    QSqlDatabase db = call.db();
    QSqlQuery q(db);
    if (!run(
            q,
            QStringLiteral(
                "UPDATE role_assignments SET operations = COALESCE(?, ''), updated_at = ?, seq = ? "
                "WHERE pk = ?"),
            {operations, call.now, nextSeq(db, call.principal.tenantPk), row->pk}))
        return storageFailure();
    const auto changed = loadAssignment(call, row->pk);
    if (!changed)
        return storageFailure();
    call.audit(QStringLiteral("role_assignment.update"), current.id,
               QStringLiteral("user=%1 role=%2 scope=%3 operations=%4")
                   .arg(current.userId, current.roleId, describeScope(current.scope), operations));
    return jsonWithEtag(changed->assignment.toJson(), changed->assignment.etag);
}

Response deleteAssignment(Call &call)
{
    const auto row = pathAssignment(call);
    if (!row)
        return notFound();
    const domain::RoleAssignment &current = row->assignment;
    if (current.roleId == rbac::kContractAdmin && !call.principal.isContractAdmin())
        return forbidden(QStringLiteral("Only the contract administrator removes the role %1.")
                             .arg(current.roleId));
    if (auto failed = checkIfMatch(call.request, current.etag, current.toJson()))
        return *failed;
    QSqlDatabase db = call.db();
    if (current.roleId == rbac::kContractAdmin) {
        QSqlQuery count = runQuery(
            db,
            // Other holders who can still sign in: a disabled one cannot take over.
            QStringLiteral("SELECT COUNT(*) FROM role_assignments ra JOIN users u "
                           "ON u.pk = ra.user_pk WHERE ra.tenant_pk = ? AND ra.role_id = ? "
                           "AND ra.deleted_at IS NULL AND u.deleted_at IS NULL "
                           "AND u.status IN ('active', 'locked') AND ra.pk <> ?"),
            {call.principal.tenantPk, QString(rbac::kContractAdmin), row->pk});
        if (!count.next())
            return storageFailure();
        if (count.value(0).toLongLong() < 1)
            return conflict(
                QStringLiteral("The tenant's last contract administrator cannot be removed: "
                               "assign the role to someone else first."));
    }
    QSqlQuery q(db);
    if (!run(
            q,
            QStringLiteral(
                "UPDATE role_assignments SET deleted_at = ?, updated_at = ?, seq = ? WHERE pk = ?"),
            {call.now, call.now, nextSeq(db, call.principal.tenantPk), row->pk}))
        return storageFailure();
    call.audit(QStringLiteral("role_assignment.delete"), current.id,
               QStringLiteral("user=%1 role=%2 scope=%3")
                   .arg(current.userId, current.roleId, describeScope(current.scope)));
    return Response::noContent();
}

} // namespace

void addAssignmentRoutes(Api &api)
{
    api.route(Method::Get, QStringLiteral("/role-assignments"), Api::Access::Admin,
              listAssignments);
    api.route(Method::Post, QStringLiteral("/role-assignments"), Api::Access::Admin,
              createAssignment, Api::Create::Idempotent);
    api.route(Method::Get, QStringLiteral("/role-assignments/{id}"), Api::Access::Admin,
              getAssignment);
    api.route(Method::Patch, QStringLiteral("/role-assignments/{id}"), Api::Access::Admin,
              updateAssignment);
    api.route(Method::Delete, QStringLiteral("/role-assignments/{id}"), Api::Access::Admin,
              deleteAssignment);
}

} // namespace kanri::server
