#include "sync/cachewriter.h"

#include "cache/searchkey.h"
#include "domain/domain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kanri::sync {

namespace {

using domain::DecodeError;
using domain::formatDateTime;

QVariant text(const std::optional<QString> &value) { return value ? QVariant(*value) : QVariant(); }
QVariant time(const std::optional<QDateTime> &value)
{
    return value ? QVariant(formatDateTime(*value)) : QVariant();
}
QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

CacheRow userRow(const domain::User &u, const QJsonObject &json)
{
    const QString kana = u.nameKana.value_or(QString());
    return {u.id, u.login, u.name, text(u.nameKana), u.email, domain::toWire(u.status),
            qint64{u.mfaEnabled}, time(u.lastLoginAt), formatDateTime(u.createdAt),
            formatDateTime(u.updatedAt), cache::foldForSearch(kana),
            cache::searchKey({u.name, kana, u.login, u.email}), compact(json)};
}
CacheRow folderRow(const domain::Folder &f, const QJsonObject &json)
{
    return {f.id, f.name, text(f.parentId), formatDateTime(f.updatedAt), compact(json)};
}
CacheRow projectRow(const domain::Project &p, const QJsonObject &json)
{
    return {p.id, p.name, p.folderId, formatDateTime(p.updatedAt), compact(json)};
}
CacheRow assignmentRow(const domain::RoleAssignment &a, const QJsonObject &json)
{
    return {a.id, a.userId, a.roleId, domain::toWire(a.scope.type), text(a.scope.id),
            formatDateTime(a.updatedAt), compact(json)};
}
CacheRow labelRow(const domain::Label &l, const QJsonObject &json)
{
    return {l.id, l.name, l.color, domain::toWire(l.level), formatDateTime(l.updatedAt), compact(json)};
}
CacheRow labelAssignmentRow(const domain::LabelAssignment &a, const QJsonObject &json)
{
    return {a.id, a.labelId, domain::toWire(a.target.type), a.target.id, compact(json)};
}
CacheRow noticeRow(const domain::Notice &n, const QJsonObject &json)
{
    return {n.id, domain::toWire(n.kind), formatDateTime(n.publishedAt), qint64{n.read},
            formatDateTime(n.updatedAt), compact(json)};
}
CacheRow logExportRow(const domain::LogExport &e, const QJsonObject &json)
{
    return {e.id, domain::toWire(e.state), formatDateTime(e.requestedAt),
            formatDateTime(e.updatedAt), compact(json)};
}

const char *upsertSql(Resource resource)
{
    switch (resource) {
    case Resource::Users:
        return "INSERT OR REPLACE INTO users (id, login, name, name_kana, email, status, mfa, "
               "last_login_at, created_at, updated_at, sort_kana, search_key, json) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    case Resource::Folders:
        return "INSERT OR REPLACE INTO folders (id, name, parent_id, updated_at, json) "
               "VALUES (?, ?, ?, ?, ?)";
    case Resource::Projects:
        return "INSERT OR REPLACE INTO projects (id, name, folder_id, updated_at, json) "
               "VALUES (?, ?, ?, ?, ?)";
    case Resource::RoleAssignments:
        return "INSERT OR REPLACE INTO role_assignments (id, user_id, role_id, scope_type, scope_id, "
               "updated_at, json) VALUES (?, ?, ?, ?, ?, ?, ?)";
    case Resource::Labels:
        return "INSERT OR REPLACE INTO labels (id, name, color, level, updated_at, json) "
               "VALUES (?, ?, ?, ?, ?, ?)";
    case Resource::LabelAssignments:
        return "INSERT OR REPLACE INTO label_assignments (id, label_id, target_type, target_id, json) "
               "VALUES (?, ?, ?, ?, ?)";
    case Resource::Notices:
        return "INSERT OR REPLACE INTO notices (id, kind, published_at, read, updated_at, json) "
               "VALUES (?, ?, ?, ?, ?, ?)";
    case Resource::LogExports:
        return "INSERT OR REPLACE INTO log_exports (id, state, requested_at, updated_at, json) "
               "VALUES (?, ?, ?, ?, ?)";
    case Resource::Tenant:
    case Resource::Roles:
    case Resource::Usage:
        break;
    }
    return nullptr;
}

void bindRow(cache::Statement &s, const CacheRow &row)
{
    for (int i = 0; i < row.size(); ++i) {
        const QVariant &v = row.at(i);
        if (v.isNull())
            s.bindNull(i + 1);
        else if (v.typeId() == QMetaType::QString)
            s.bind(i + 1, v.toString());
        else
            s.bind(i + 1, v.toLongLong());
    }
}

template<typename T>
std::optional<DecodeError> decodeItems(const QJsonArray &items, CacheRow (*toRow)(const T &, const QJsonObject &),
                                       QList<CacheRow> &rows)
{
    rows.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        auto decoded = T::fromJson(item, QStringLiteral("items/%1").arg(i));
        if (!decoded)
            return decoded.error();
        rows.append(toRow(*decoded, item.toObject()));
    }
    return std::nullopt;
}

std::optional<DecodeError> decodeRows(Resource resource, const QJsonArray &items, QList<CacheRow> &rows)
{
    switch (resource) {
    case Resource::Users:
        return decodeItems<domain::User>(items, userRow, rows);
    case Resource::Folders:
        return decodeItems<domain::Folder>(items, folderRow, rows);
    case Resource::Projects:
        return decodeItems<domain::Project>(items, projectRow, rows);
    case Resource::RoleAssignments:
        return decodeItems<domain::RoleAssignment>(items, assignmentRow, rows);
    case Resource::Labels:
        return decodeItems<domain::Label>(items, labelRow, rows);
    case Resource::LabelAssignments:
        return decodeItems<domain::LabelAssignment>(items, labelAssignmentRow, rows);
    case Resource::Notices:
        return decodeItems<domain::Notice>(items, noticeRow, rows);
    case Resource::LogExports:
        return decodeItems<domain::LogExport>(items, logExportRow, rows);
    case Resource::Tenant:
    case Resource::Roles:
    case Resource::Usage:
        break;
    }
    return DecodeError{QString(), QStringLiteral("not a delta resource")};
}

SyncError malformed(Resource resource, const DecodeError &error)
{
    return SyncError{SyncError::Kind::Malformed, resource, std::nullopt, std::nullopt, error.toString()};
}

SyncError cacheFailure(Resource resource, cache::CacheError error)
{
    return SyncError{SyncError::Kind::Cache, resource, std::nullopt, std::move(error), QString()};
}

QString nowText() { return formatDateTime(QDateTime::currentDateTimeUtc()); }

} // namespace

std::variant<ParsedPage, DecodeError> parseDeltaPage(Resource resource, const QByteArray &body)
{
    auto object = domain::parseObject(body);
    if (!object)
        return object.error();
    ParsedPage page;
    page.resource = resource;
    domain::JsonReader r(*object, QString());
    page.nextCursor = r.optString(u"next_cursor");
    page.watermark = r.string(u"watermark");
    const QList<domain::Tombstone> tombstones = r.list<domain::Tombstone>(u"tombstones");
    if (auto failed = r.finish(true); !failed)
        return failed.error();
    for (const domain::Tombstone &t : tombstones)
        page.tombstones.append(t.id);
    if (auto error = decodeRows(resource, object->value(QStringLiteral("items")).toArray(), page.rows))
        return *error;
    return page;
}

std::optional<cache::CacheError> CacheWriter::applyDeltaPage(const ParsedPage &page, ResourceCounts &counts)
{
    QList<ResourceCounts> pageCounts;
    if (auto error = applyDeltaPages({page}, pageCounts))
        return error;
    counts.changed += pageCounts.first().changed;
    counts.deleted += pageCounts.first().deleted;
    return std::nullopt;
}

std::optional<cache::CacheError> CacheWriter::applyDeltaPages(const QList<ParsedPage> &pages,
                                                              QList<ResourceCounts> &counts)
{
    if (pages.isEmpty())
        return std::nullopt;
    const Resource resource = pages.first().resource;
    cache::Transaction tx(m_db);
    if (!tx.isActive())
        return lastError();
    cache::Statement upsert(m_db, upsertSql(resource));
    const QByteArray deleteSql = QByteArray("DELETE FROM ") + resourceTable(resource) + " WHERE id = ?";
    cache::Statement remove(m_db, deleteSql.constData());
    QList<ResourceCounts> result;
    for (const ParsedPage &page : pages) {
        ResourceCounts pageCounts;
        for (const CacheRow &row : page.rows) {
            bindRow(upsert, row);
            if (!upsert.run())
                return lastError();
        }
        for (const QString &id : page.tombstones) {
            remove.bind(1, id);
            if (!remove.run())
                return lastError();
            pageCounts.deleted += m_db.changes();
        }
        pageCounts.changed = page.rows.size();
        result.append(pageCounts);
    }
    if (auto error = writeWatermark(resource, pages.last().watermark, pages.last().nextCursor))
        return error;
    if (!tx.commit())
        return lastError();
    counts = std::move(result);
    return std::nullopt;
}

std::optional<SyncError> CacheWriter::applyTenant(const QByteArray &body)
{
    auto tenant = domain::decodeBody<domain::Tenant>(body);
    if (!tenant)
        return malformed(Resource::Tenant, tenant.error());
    cache::Transaction tx(m_db);
    cache::Statement insert(m_db, "INSERT INTO tenant (id, name, time_zone, json) VALUES (?, ?, ?, ?)");
    insert.bind(1, tenant->id).bind(2, tenant->name).bind(3, tenant->timeZone).bind(4, QString::fromUtf8(body));
    if (!tx.isActive() || !m_db.exec("DELETE FROM tenant") || !insert.run()
        || writeWatermark(Resource::Tenant, std::nullopt, std::nullopt) || !tx.commit())
        return cacheFailure(Resource::Tenant, lastError());
    return std::nullopt;
}

std::optional<SyncError> CacheWriter::applyRoles(const QList<QByteArray> &pages, ResourceCounts &counts)
{
    QList<std::pair<domain::Role, QJsonObject>> roles;
    for (const QByteArray &body : pages) {
        auto object = domain::parseObject(body);
        if (!object)
            return malformed(Resource::Roles, object.error());
        const QJsonArray items = object->value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto role = domain::Role::fromJson(items.at(i), QStringLiteral("items/%1").arg(i));
            if (!role)
                return malformed(Resource::Roles, role.error());
            roles.append({*role, items.at(i).toObject()});
        }
    }
    cache::Transaction tx(m_db);
    if (!tx.isActive() || !m_db.exec("DELETE FROM roles"))
        return cacheFailure(Resource::Roles, lastError());
    cache::Statement insert(m_db, "INSERT INTO roles (id, position, name, json) VALUES (?, ?, ?, ?)");
    for (qsizetype i = 0; i < roles.size(); ++i) {
        insert.bind(1, roles[i].first.id).bind(2, qint64{i}).bind(3, roles[i].first.name);
        insert.bind(4, compact(roles[i].second));
        if (!insert.run())
            return cacheFailure(Resource::Roles, lastError());
    }
    if (writeWatermark(Resource::Roles, std::nullopt, std::nullopt) || !tx.commit())
        return cacheFailure(Resource::Roles, lastError());
    counts.changed += roles.size();
    return std::nullopt;
}

std::optional<SyncError> CacheWriter::applyUsage(const QByteArray &body, ResourceCounts &counts)
{
    auto series = domain::decodeBody<domain::UsageSeries>(body);
    if (!series)
        return malformed(Resource::Usage, series.error());
    cache::Transaction tx(m_db);
    cache::Statement insert(m_db, "INSERT OR REPLACE INTO usage_days (day, logins, uploads, downloads, "
                                  "projects_total, files_total) VALUES (?, ?, ?, ?, ?, ?)");
    if (!tx.isActive())
        return cacheFailure(Resource::Usage, lastError());
    for (const domain::UsageBucket &b : series->buckets) {
        insert.bind(1, domain::formatDate(b.start)).bind(2, b.logins).bind(3, b.uploads);
        insert.bind(4, b.downloads).bind(5, b.projectsTotal).bind(6, b.filesTotal);
        if (!insert.run())
            return cacheFailure(Resource::Usage, lastError());
    }
    if (writeWatermark(Resource::Usage, std::nullopt, std::nullopt) || !tx.commit())
        return cacheFailure(Resource::Usage, lastError());
    counts.changed += series->buckets.size();
    return std::nullopt;
}

std::optional<cache::CacheError> CacheWriter::clearResource(Resource resource)
{
    cache::Transaction tx(m_db);
    const QByteArray sql = QByteArray("DELETE FROM ") + resourceTable(resource);
    if (!tx.isActive() || !m_db.exec(sql.constData()))
        return lastError();
    if (auto error = writeWatermark(resource, std::nullopt, std::nullopt))
        return error;
    if (!tx.commit())
        return lastError();
    return std::nullopt;
}

std::optional<cache::CacheError> CacheWriter::recordSyncFinished(const QDateTime &at)
{
    cache::Statement s(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_sync_at', ?)");
    s.bind(1, formatDateTime(at));
    if (!s.run())
        return lastError();
    return std::nullopt;
}

std::optional<cache::CacheError> CacheWriter::writeWatermark(Resource resource,
                                                             const std::optional<QString> &watermark,
                                                             const std::optional<QString> &nextCursor)
{
    // The count is taken when a resource is complete (the estimate of the next full sync).
    const QByteArray sql =
        QByteArray("INSERT OR REPLACE INTO watermarks (resource, watermark, next_cursor, complete, "
                   "item_count, synced_at) VALUES (?1, ?2, ?3, ?4, CASE WHEN ?4 THEN (SELECT count(*) FROM ")
        + resourceTable(resource)
        + ") ELSE coalesce((SELECT item_count FROM watermarks WHERE resource = ?1), 0) END, ?5)";
    cache::Statement s(m_db, sql.constData());
    s.bind(1, resourceKey(resource)).bind(2, watermark).bind(3, nextCursor);
    s.bind(4, !nextCursor.has_value()).bind(5, nowText());
    if (!s.run())
        return lastError();
    return std::nullopt;
}

} // namespace kanri::sync
