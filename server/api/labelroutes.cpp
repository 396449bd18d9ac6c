#include "api/labelroutes.h"

#include "auth/tokens.h"
#include "core/api.h"
#include "core/listing.h"

#include "domain/label.h"

namespace kanri::server {

namespace {

constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxDescriptionLength = 2000;


std::optional<Response> requireContractAdmin(const Call &call)
{
    if (call.principal.isContractAdmin())
        return std::nullopt;
    return forbidden(QStringLiteral("Labels are tenant-wide: only the contract administrator may "
                                    "define, change or delete them."));
}

// Lengths as the contract counts them: Unicode code points, not UTF-16 units.
qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

std::optional<Response> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return validationError(QStringLiteral("name"), QStringLiteral("must not be empty"));
    if (codePoints(name) > kMaxNameLength)
        return validationError(QStringLiteral("name"),
                               QStringLiteral("must be at most 200 characters"));
    return std::nullopt;
}

std::optional<Response> checkDescription(const std::optional<QString> &description)
{
    if (description && codePoints(*description) > kMaxDescriptionLength)
        return validationError(QStringLiteral("description"),
                               QStringLiteral("must be at most 2000 characters"));
    return std::nullopt;
}

// ─── labels ─────────────────────────────────────────────────────────────────

// A label row: the domain object (with its count of live assignments) and its bookkeeping.
struct LabelRecord
{
    qint64 pk = 0;
    qint64 seq = 0;
    std::optional<qint64> deletedAt;
    domain::Label label;
};

QString labelSelect()
{
    return QStringLiteral(
        "SELECT l.id, l.name, l.color, l.level, l.description, l.created_at, l.updated_at, l.seq, "
        "(SELECT COUNT(*) FROM label_assignments a WHERE a.label_pk = l.pk AND a.deleted_at IS "
        "NULL), "
        "l.pk, l.deleted_at FROM labels l ");
}

LabelRecord labelFromRow(const QSqlQuery &q)
{
    LabelRecord r;
    domain::Label &l = r.label;
    l.id = q.value(0).toString();
    l.name = q.value(1).toString();
    l.color = q.value(2).toString();
    l.level = domain::fromWire<domain::LabelLevel>(q.value(3).toString())
                  .value_or(domain::LabelLevel::Public);
    l.description = q.value(4).toString();
    l.createdAt = fromMs(q.value(5).toLongLong());
    l.updatedAt = fromMs(q.value(6).toLongLong());
    r.seq = q.value(7).toLongLong();
    l.etag = etagFor(r.seq);
    l.assetCount = q.value(8).toLongLong();
    r.pk = q.value(9).toLongLong();
    if (!q.value(10).isNull())
        r.deletedAt = q.value(10).toLongLong();
    return r;
}

// The live label `id` of the caller's tenant.
std::optional<LabelRecord> findLabel(const Call &call, const QString &id)
{
    QSqlQuery q =
        runQuery(call.db(),
                 labelSelect() +
                     QStringLiteral("WHERE l.tenant_pk = ? AND l.id = ? AND l.deleted_at IS NULL"),
                 {call.principal.tenantPk, id});
    if (!q.next())
        return std::nullopt;
    return labelFromRow(q);
}

bool nameTaken(const Call &call, const QString &name, qint64 exceptPk)
{
    QSqlQuery q = runQuery(call.db(),
                           QStringLiteral("SELECT 1 FROM labels WHERE tenant_pk = ? AND name = ? "
                                          "AND deleted_at IS NULL AND pk <> ?"),
                           {call.principal.tenantPk, name, exceptPk});
    return q.next();
}

Response nameConflict(const QString &name)
{
    return conflict(QStringLiteral("A label named \"%1\" already exists.").arg(name));
}

Response listLabels(Call &call)
{
    auto parsed = parseListQuery(call.request, {});
    if (auto *error = std::get_if<Response>(&parsed))
        return *error;
    const ListQuery &query = std::get<ListQuery>(parsed);
    const QString sql =
        labelSelect() +
        (query.isDelta()
             ? QStringLiteral("WHERE l.tenant_pk = ? AND l.seq > ? ORDER BY l.seq LIMIT ?")
             : QStringLiteral("WHERE l.tenant_pk = ? AND l.pk > ? AND l.deleted_at IS NULL "
                              "ORDER BY l.pk LIMIT ?"));
    bool ok = false;
    QSqlQuery q =
        runQuery(call.db(), sql, {call.principal.tenantPk, query.start(), query.limit + 1}, &ok);
    if (!ok)
        return storageFailure();
    QList<ListRow> rows;
    while (q.next()) {
        const LabelRecord r = labelFromRow(q);
        rows.append(
            ListRow{query.isDelta() ? r.seq : r.pk, r.label.id, r.deletedAt, r.label.toJson()});
    }
    return listPage(query, rows, call.currentSeq());
}

Response createLabel(Call &call)
{
    if (auto denied = requireContractAdmin(call))
        return *denied;
    const auto body = call.body<domain::LabelCreate>();
    if (!body)
        return invalidBody(body.error());
    const QString name = body->name.trimmed();
    if (auto bad = checkName(name))
        return *bad;
    if (auto bad = checkDescription(body->description))
        return *bad;
    if (nameTaken(call, name, 0))
        return nameConflict(name);
    const QString id = auth::newId(u"l");
    QSqlQuery q(call.db());
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO labels (id, tenant_pk, name, color, level, description, created_at, "
                 "updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, call.principal.tenantPk, name, body->color, domain::toWire(body->level),
              body->description.value_or(QStringLiteral("")), call.now, call.now,
              nextSeq(call.db(), call.principal.tenantPk)}))
        return storageFailure();
    const auto created = findLabel(call, id);
    if (!created)
        return storageFailure();
    call.audit(QStringLiteral("label.create"), id, QStringLiteral("name=%1").arg(name));
    return jsonWithEtag(created->label.toJson(), created->label.etag, 201);
}

Response getLabel(Call &call)
{
    const auto label = findLabel(call, call.request.params.value(QStringLiteral("id")));
    if (!label)
        return notFound();
    return jsonWithEtag(label->label.toJson(), label->label.etag);
}

Response updateLabel(Call &call)
{
    // Another tenant's id is "not found" to everyone, administrators too.
    const auto label = findLabel(call, call.request.params.value(QStringLiteral("id")));
    if (!label)
        return notFound();
    if (auto denied = requireContractAdmin(call))
        return *denied;
    if (auto refused = checkIfMatch(call.request, label->label.etag, label->label.toJson()))
        return *refused;
    const auto body = call.body<domain::LabelUpdate>();
    if (!body)
        return invalidBody(body.error());
    if (!body->name && !body->color && !body->level && !body->description)
        return validationError(
            QString(), QStringLiteral("send at least one of name, color, level, description"));
    domain::Label next = label->label;
    QStringList changed;
    if (body->name) {
        next.name = body->name->trimmed();
        if (auto bad = checkName(next.name))
            return *bad;
        if (nameTaken(call, next.name, label->pk))
            return nameConflict(next.name);
        changed.append(QStringLiteral("name=%1").arg(next.name));
    }
    if (body->color) {
        next.color = *body->color;
        changed.append(QStringLiteral("color=%1").arg(next.color));
    }
    if (body->level) {
        next.level = *body->level;
        changed.append(QStringLiteral("level=%1").arg(domain::toWire(next.level)));
    }
    if (body->description) {
        if (auto bad = checkDescription(body->description))
            return *bad;
        next.description = *body->description;
        changed.append(QStringLiteral("description"));
    }
    QSqlQuery q(call.db());
    if (!run(q,
             QStringLiteral("UPDATE labels SET name = ?, color = ?, level = ?, description = ?, "
                            "updated_at = ?, "
                            "seq = ? WHERE pk = ?"),
             {next.name, next.color, domain::toWire(next.level), next.description, call.now,
              nextSeq(call.db(), call.principal.tenantPk), label->pk}))
        return storageFailure();
    const auto updated = findLabel(call, label->label.id);
    if (!updated)
        return storageFailure();
    call.audit(QStringLiteral("label.update"), label->label.id, changed.join(QStringLiteral(", ")));
    return jsonWithEtag(updated->label.toJson(), updated->label.etag);
}

Response deleteLabel(Call &call)
{
    // Another tenant's id is "not found" to everyone, administrators too.
    const auto label = findLabel(call, call.request.params.value(QStringLiteral("id")));
    if (!label)
        return notFound();
    if (auto denied = requireContractAdmin(call))
        return *denied;
    if (auto refused = checkIfMatch(call.request, label->label.etag, label->label.toJson()))
        return *refused;
    QSqlDatabase db = call.db();
    // Each assignment becomes a tombstone with its own change number, so a delta of the
    // label assignments shows every one of them.
    QList<qint64> assignments;
    {
        bool ok = false;
        QSqlQuery q = runQuery(db,
                               QStringLiteral("SELECT pk FROM label_assignments WHERE label_pk = ? "
                                              "AND deleted_at IS NULL ORDER BY pk"),
                               {label->pk}, &ok);
        if (!ok)
            return storageFailure();
        while (q.next())
            assignments.append(q.value(0).toLongLong());
    }
    QSqlQuery w(db);
    for (qint64 pk : assignments) {
        if (!run(w,
                 QStringLiteral("UPDATE label_assignments SET deleted_at = ?, updated_at = ?, seq "
                                "= ? WHERE pk = ?"),
                 {call.now, call.now, nextSeq(db, call.principal.tenantPk), pk}))
            return storageFailure();
    }
    if (!run(w,
             QStringLiteral(
                 "UPDATE labels SET deleted_at = ?, updated_at = ?, seq = ? WHERE pk = ?"),
             {call.now, call.now, nextSeq(db, call.principal.tenantPk), label->pk}))
        return storageFailure();
    call.audit(QStringLiteral("label.delete"), label->label.id,
               QStringLiteral("name=%1; assignments removed=%2")
                   .arg(label->label.name, QString::number(assignments.size())));
    return Response::noContent();
}

// ─── label assignments ──────────────────────────────────────────────────────

struct AssignmentRecord
{
    qint64 pk = 0;
    qint64 seq = 0;
    qint64 labelPk = 0;
    qint64 targetPk = 0;
    std::optional<qint64> deletedAt;
    domain::LabelAssignment assignment;
};

// The target's id comes from whichever of folders/projects the type names.
QString assignmentSelect()
{
    return QStringLiteral(
        "SELECT a.id, l.id, a.target_type, COALESCE(f.id, p.id), a.created_at, a.updated_at, a.pk, "
        "a.seq, "
        "a.deleted_at, a.label_pk, a.target_pk FROM label_assignments a JOIN labels l ON l.pk = "
        "a.label_pk "
        "LEFT JOIN folders f ON a.target_type = 'folder' AND f.pk = a.target_pk "
        "LEFT JOIN projects p ON a.target_type = 'project' AND p.pk = a.target_pk ");
}

AssignmentRecord assignmentFromRow(const QSqlQuery &q)
{
    AssignmentRecord r;
    domain::LabelAssignment &a = r.assignment;
    a.id = q.value(0).toString();
    a.labelId = q.value(1).toString();
    a.target.type = domain::fromWire<domain::AssetType>(q.value(2).toString())
                        .value_or(domain::AssetType::Folder);
    a.target.id = q.value(3).toString();
    a.createdAt = fromMs(q.value(4).toLongLong());
    a.updatedAt = fromMs(q.value(5).toLongLong());
    r.pk = q.value(6).toLongLong();
    r.seq = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        r.deletedAt = q.value(8).toLongLong();
    r.labelPk = q.value(9).toLongLong();
    r.targetPk = q.value(10).toLongLong();
    return r;
}

// "AND (…)" restricting assignments to targets the caller administers; empty for the
// contract administrator. With tombstones (deltas) also the assignments whose folder or
// project was deleted (with them) from inside the scopes: the live scope set no longer
// holds the deleted target, but its parent folder is still there.
QString scopeClause(Call &call, bool withTombstones = false)
{
    const ScopeSet &scope = call.administered();
    if (scope.isEverything())
        return {};
    QString sql = QStringLiteral(" AND ((a.target_type = 'folder' AND a.target_pk IN %1) OR "
                                 "(a.target_type = 'project' AND a.target_pk IN %2)")
                      .arg(scope.folderList(), scope.projectList());
    if (withTombstones) {
        sql += QStringLiteral(" OR (a.deleted_at IS NOT NULL AND ((f.deleted_at IS NOT NULL AND "
                              "f.parent_pk IN %1) OR (p.deleted_at IS NOT NULL AND "
                              "p.folder_pk IN %1)))")
                   .arg(scope.folderList());
    }
    return sql + QLatin1Char(')');
}

bool administers(Call &call, domain::AssetType type, qint64 pk)
{
    return type == domain::AssetType::Folder ? call.administered().hasFolder(pk)
                                             : call.administered().hasProject(pk);
}

// Change number of the label: its asset_count changed, so the labels delta must carry it.
bool touchLabel(const Call &call, qint64 labelPk)
{
    QSqlQuery q(call.db());
    return run(q, QStringLiteral("UPDATE labels SET seq = ? WHERE pk = ?"),
               {nextSeq(call.db(), call.principal.tenantPk), labelPk});
}

Response listAssignments(Call &call)
{
    auto parsed =
        parseListQuery(call.request, {QStringLiteral("label_id"), QStringLiteral("target_type"),
                                      QStringLiteral("target_id")});
    if (auto *error = std::get_if<Response>(&parsed))
        return *error;
    const ListQuery &query = std::get<ListQuery>(parsed);
    QString where = QStringLiteral("WHERE a.tenant_pk = ?") + scopeClause(call, query.isDelta());
    QVariantList values{call.principal.tenantPk};
    if (query.filters.contains(QStringLiteral("label_id"))) {
        where += QStringLiteral(" AND l.id = ?");
        values.append(query.filters.value(QStringLiteral("label_id")));
    }
    if (query.filters.contains(QStringLiteral("target_type"))) {
        const QString type = query.filters.value(QStringLiteral("target_type"));
        if (!domain::fromWire<domain::AssetType>(type))
            return validationError(QStringLiteral("target_type"),
                                   QStringLiteral("expected folder or project"));
        where += QStringLiteral(" AND a.target_type = ?");
        values.append(type);
    }
    if (query.filters.contains(QStringLiteral("target_id"))) {
        if (!query.filters.contains(QStringLiteral("target_type")))
            return validationError(QStringLiteral("target_id"),
                                   QStringLiteral("requires target_type"));
        where += QStringLiteral(" AND COALESCE(f.id, p.id) = ?");
        values.append(query.filters.value(QStringLiteral("target_id")));
    }
    if (query.isDelta()) {
        where += QStringLiteral(" AND a.seq > ? ORDER BY a.seq LIMIT ?");
    } else {
        where += QStringLiteral(" AND a.pk > ? AND a.deleted_at IS NULL ORDER BY a.pk LIMIT ?");
    }
    values << query.start() << query.limit + 1;
    bool ok = false;
    QSqlQuery q = runQuery(call.db(), assignmentSelect() + where, values, &ok);
    if (!ok)
        return storageFailure();
    QList<ListRow> rows;
    while (q.next()) {
        const AssignmentRecord r = assignmentFromRow(q);
        rows.append(ListRow{query.isDelta() ? r.seq : r.pk, r.assignment.id, r.deletedAt,
                            r.assignment.toJson()});
    }
    return listPage(query, rows, call.currentSeq());
}

Response createAssignment(Call &call)
{
    const auto body = call.body<domain::LabelAssignmentCreate>();
    if (!body)
        return invalidBody(body.error());
    QSqlDatabase db = call.db();
    const qint64 tenantPk = call.principal.tenantPk;
    const auto label = findLabel(call, body->labelId);
    if (!label)
        return validationError(QStringLiteral("label_id"), QStringLiteral("no such label"));
    const bool folder = body->target.type == domain::AssetType::Folder;
    QSqlQuery t =
        runQuery(db,
                 folder ? QStringLiteral("SELECT pk FROM folders WHERE tenant_pk = ? AND id = ? "
                                         "AND deleted_at IS NULL")
                        : QStringLiteral("SELECT pk FROM projects WHERE tenant_pk = ? AND id = ? "
                                         "AND deleted_at IS NULL"),
                 {tenantPk, body->target.id});
    const qint64 targetPk = t.next() ? t.value(0).toLongLong() : 0;
    // Outside the caller's scopes a target answers as if it did not exist.
    if (targetPk == 0 || !administers(call, body->target.type, targetPk))
        return validationError(QStringLiteral("target/id"),
                               folder ? QStringLiteral("no such folder")
                                      : QStringLiteral("no such project"));
    const QString type = domain::toWire(body->target.type);
    QSqlQuery dup = runQuery(
        db,
        QStringLiteral("SELECT id FROM label_assignments WHERE label_pk = ? AND target_type = ? "
                       "AND target_pk = ? AND deleted_at IS NULL"),
        {label->pk, type, targetPk});
    if (dup.next())
        return conflict(QStringLiteral("The label is already on this %1 (assignment %2).")
                            .arg(type, dup.value(0).toString()));
    const QString id = auth::newId(u"la");
    QSqlQuery w(db);
    if (!run(
            w,
            QStringLiteral(
                "INSERT INTO label_assignments (id, tenant_pk, label_pk, target_type, target_pk, "
                "created_at, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, tenantPk, label->pk, type, targetPk, call.now, call.now, nextSeq(db, tenantPk)}) ||
        !touchLabel(call, label->pk))
        return storageFailure();
    domain::LabelAssignment a;
    a.id = id;
    a.labelId = label->label.id;
    a.target = body->target;
    a.createdAt = fromMs(call.now);
    a.updatedAt = a.createdAt;
    call.audit(QStringLiteral("label_assignment.create"), id,
               QStringLiteral("label=%1; %2=%3").arg(label->label.id, type, body->target.id));
    return Response::json(a.toJson(), 201);
}

Response deleteAssignment(Call &call)
{
    QSqlDatabase db = call.db();
    QSqlQuery q =
        runQuery(db,
                 assignmentSelect() +
                     QStringLiteral("WHERE a.tenant_pk = ? AND a.id = ? AND a.deleted_at IS NULL"),
                 {call.principal.tenantPk, call.request.params.value(QStringLiteral("id"))});
    if (!q.next())
        return notFound();
    const AssignmentRecord r = assignmentFromRow(q);
    if (!administers(call, r.assignment.target.type, r.targetPk))
        return notFound();
    QSqlQuery w(db);
    if (!run(w,
             QStringLiteral("UPDATE label_assignments SET deleted_at = ?, updated_at = ?, seq = ? "
                            "WHERE pk = ?"),
             {call.now, call.now, nextSeq(db, call.principal.tenantPk), r.pk}) ||
        !touchLabel(call, r.labelPk))
        return storageFailure();
    call.audit(QStringLiteral("label_assignment.delete"), r.assignment.id,
               QStringLiteral("label=%1; %2=%3")
                   .arg(r.assignment.labelId, domain::toWire(r.assignment.target.type),
                        r.assignment.target.id));
    return Response::noContent();
}

} // namespace

void addLabelRoutes(Api &api)
{
    using A = Api::Access;
    api.route(Method::Get, QStringLiteral("/labels"), A::Admin, listLabels);
    api.route(Method::Post, QStringLiteral("/labels"), A::Admin, createLabel,
              Api::Create::Idempotent);
    api.route(Method::Get, QStringLiteral("/labels/{id}"), A::Admin, getLabel);
    api.route(Method::Patch, QStringLiteral("/labels/{id}"), A::Admin, updateLabel);
    api.route(Method::Delete, QStringLiteral("/labels/{id}"), A::Admin, deleteLabel);
    api.route(Method::Get, QStringLiteral("/label-assignments"), A::Admin, listAssignments);
    api.route(Method::Post, QStringLiteral("/label-assignments"), A::Admin, createAssignment,
              Api::Create::Idempotent);
    api.route(Method::Delete, QStringLiteral("/label-assignments/{id}"), A::Admin,
              deleteAssignment);
}

} // namespace kanri::server
