#include "accounts/accessmap.h"

#include <QJsonDocument>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace kanri::accounts {

namespace {

template<typename T> std::optional<T> decode(const QString &json)
{
    auto decoded = T::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), QString());
    if (!decoded)
        return std::nullopt;
    return std::move(decoded).value();
}

} // namespace

std::optional<AccessMap> AccessMap::load(cache::Database &db, const domain::Me &me)
{
    AccessMap map;
    map.m_contractAdmin = me.adminLevel == domain::AdminLevel::ContractAdmin;
    map.m_myId = me.user.id;
    map.m_language = QLocale().name().left(2);
    {
        cache::Statement s(db, "SELECT json FROM roles ORDER BY position");
        while (s.next())
            if (std::optional<domain::Role> role = decode<domain::Role>(s.text(0)))
                map.m_roles.append(*role);
        if (s.failed())
            return std::nullopt;
    }
    {
        cache::Statement s(db, "SELECT 'folder', id, name, coalesce(parent_id, '') FROM folders "
                               "UNION ALL SELECT 'project', id, name, folder_id FROM projects ORDER BY 3");
        while (s.next()) {
            const auto type = s.text(0) == QLatin1String("folder") ? domain::ScopeType::Folder : domain::ScopeType::Project;
            map.m_nodeIndex.insert(s.text(1), map.m_nodes.size());
            map.m_nodes.append(ScopeNode{type, s.text(1), s.text(2), s.text(3)});
        }
        if (s.failed())
            return std::nullopt;
    }
    for (const ScopeNode &n : std::as_const(map.m_nodes))
        map.m_byPath[map.path(domain::Scope{n.type, n.id})].append(n.id);

    // The administrator's scopes: its admin assignments' nodes and everything below them.
    QSet<QString> roots;
    {
        cache::Statement s(db, "SELECT role_id, scope_id FROM role_assignments WHERE user_id = ?1 AND scope_id IS NOT NULL");
        s.bind(1, me.user.id);
        while (s.next()) {
            const domain::Role *r = map.role(s.text(0));
            if (r && r->adminLevel == domain::AdminLevel::Admin)
                roots.insert(s.text(1));
        }
    }
    for (const ScopeNode &n : std::as_const(map.m_nodes)) {
        if (map.m_contractAdmin || roots.contains(n.id)) {
            map.m_reach.insert(n.id);
            continue;
        }
        for (const QString &up : map.ancestors(n.id)) {
            if (roots.contains(up)) {
                map.m_reach.insert(n.id);
                break;
            }
        }
    }
    return map;
}

const domain::Role *AccessMap::role(const QString &id) const
{
    for (const domain::Role &r : m_roles)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString AccessMap::roleName(const QString &id) const
{
    const domain::Role *r = role(id);
    return r ? r->displayNames.value(m_language, r->name) : id;
}

const ScopeNode *AccessMap::node(const QString &id) const
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.constEnd() ? nullptr : &m_nodes.at(*it);
}

QStringList AccessMap::ancestors(const QString &id) const
{
    QStringList up;
    const ScopeNode *n = node(id);
    while (n && !n->parentId.isEmpty() && up.size() < 64) {
        up.append(n->parentId);
        n = node(n->parentId);
    }
    return up;
}

QString AccessMap::path(const domain::Scope &scope) const
{
    if (scope.type == domain::ScopeType::Tenant || !scope.id)
        return QStringLiteral("/");
    QStringList names;
    for (const ScopeNode *n = node(*scope.id); n && names.size() < 64; n = node(n->parentId))
        names.prepend(n->name);
    return QLatin1Char('/') + names.join(QLatin1Char('/'));
}

std::optional<domain::Scope> AccessMap::scopeAt(const QString &path) const
{
    if (path == QLatin1String("/"))
        return domain::Scope{};
    const QList<QString> ids = m_byPath.value(path);
    if (ids.size() != 1)
        return std::nullopt;
    return domain::Scope{node(ids.first())->type, ids.first()};
}

bool AccessMap::reaches(const QString &scopeId) const
{
    return m_contractAdmin || m_reach.contains(scopeId);
}

bool AccessMap::canAssign(const QString &roleId, const domain::Scope &scope) const
{
    const domain::Role *r = role(roleId);
    if (!r)
        return false;
    if (r->scopeKind == domain::ScopeKind::Tenant)
        return m_contractAdmin && scope.type == domain::ScopeType::Tenant;
    return scope.type != domain::ScopeType::Tenant && scope.id && reaches(*scope.id);
}

bool AccessMap::canManage(const QString &userId, const QList<domain::RoleAssignment> &assignments) const
{
    if (m_contractAdmin || userId == m_myId)
        return true;
    bool inside = false;
    for (const domain::RoleAssignment &a : assignments) {
        if (!a.scope.id || !reaches(*a.scope.id))
            return false;
        inside = true;
    }
    return inside;
}

std::optional<domain::User> cachedUser(cache::Database &db, const QString &id)
{
    cache::Statement s(db, "SELECT json FROM users WHERE id = ?1");
    s.bind(1, id);
    return s.next() ? decode<domain::User>(s.text(0)) : std::nullopt;
}

std::optional<domain::User> cachedUserByLogin(cache::Database &db, const QString &login)
{
    cache::Statement s(db, "SELECT json FROM users WHERE login = ?1 COLLATE NOCASE");
    s.bind(1, login);
    return s.next() ? decode<domain::User>(s.text(0)) : std::nullopt;
}

QList<domain::RoleAssignment> cachedAssignments(cache::Database &db, const QString &userId)
{
    QList<domain::RoleAssignment> list;
    cache::Statement s(db, "SELECT a.json FROM role_assignments a LEFT JOIN roles r ON r.id = a.role_id "
                           "WHERE a.user_id = ?1 ORDER BY r.position, a.scope_id");
    s.bind(1, userId);
    while (s.next())
        if (std::optional<domain::RoleAssignment> a = decode<domain::RoleAssignment>(s.text(0)))
            list.append(*a);
    return list;
}

SelectedUsers cachedSelection(cache::Database &db, const QList<qint64> &rowIds)
{
    constexpr qsizetype kBatch = 500;
    SelectedUsers selected;
    selected.users.reserve(rowIds.size());
    for (qsizetype first = 0; first < rowIds.size(); first += kBatch) {
        const QList<qint64> batch = rowIds.mid(first, kBatch);
        QHash<qint64, domain::User> byRow;
        {
            const QByteArray sql = "SELECT rowid, json FROM users WHERE rowid IN (" + cache::placeholders(batch.size()) + ")";
            cache::Statement s(db, sql.constData());
            for (qsizetype i = 0; i < batch.size(); ++i)
                s.bind(int(i + 1), batch.at(i));
            while (s.next())
                if (std::optional<domain::User> user = decode<domain::User>(s.text(1)))
                    byRow.insert(s.int64(0), std::move(*user));
        }
        QStringList ids;
        for (qint64 row : batch) {
            if (const auto found = byRow.constFind(row); found != byRow.cend()) {
                selected.users.append(*found);
                selected.assignments.insert(found->id, {});
                ids.append(found->id);
            }
        }
        if (ids.isEmpty())
            continue;
        const QByteArray sql = "SELECT a.user_id, a.json FROM role_assignments a LEFT JOIN roles r ON r.id = a.role_id "
                               "WHERE a.user_id IN (" + cache::placeholders(ids.size()) + ") ORDER BY r.position, a.scope_id";
        cache::Statement s(db, sql.constData());
        for (qsizetype i = 0; i < ids.size(); ++i)
            s.bind(int(i + 1), ids.at(i));
        while (s.next())
            if (std::optional<domain::RoleAssignment> a = decode<domain::RoleAssignment>(s.text(1)))
                selected.assignments[s.text(0)].append(std::move(*a));
    }
    return selected;
}

QFuture<std::optional<SelectedUsers>> readSelection(QThreadPool &pool, const cache::CacheConnection &connection,
                                                    QList<qint64> rowIds)
{
    return QtConcurrent::run(&pool, [connection, rowIds = std::move(rowIds)]() -> std::optional<SelectedUsers> {
        cache::Database db;
        if (cache::openConnection(connection, db))
            return std::nullopt;
        return cachedSelection(db, rowIds);
    });
}

QList<std::pair<domain::RoleAssignment, QString>> cachedAssignmentsOn(cache::Database &db, const QStringList &scopeIds)
{
    QList<std::pair<domain::RoleAssignment, QString>> list;
    if (scopeIds.isEmpty())
        return list;
    const QByteArray sql = "SELECT a.json, coalesce(u.name, a.user_id) FROM role_assignments a "
                           "LEFT JOIN users u ON u.id = a.user_id LEFT JOIN roles r ON r.id = a.role_id "
                           "WHERE a.scope_id IN (" + cache::placeholders(scopeIds.size()) + ") "
                           "ORDER BY r.position, u.sort_kana = '', u.sort_kana, u.name";
    cache::Statement s(db, sql.constData());
    for (qsizetype i = 0; i < scopeIds.size(); ++i)
        s.bind(static_cast<int>(i + 1), scopeIds.at(i));
    while (s.next())
        if (std::optional<domain::RoleAssignment> a = decode<domain::RoleAssignment>(s.text(0)))
            list.append({*a, s.text(1)});
    return list;
}

domain::PasswordPolicy cachedPasswordPolicy(cache::Database &db)
{
    cache::Statement s(db, "SELECT json FROM tenant LIMIT 1");
    if (s.next())
        if (std::optional<domain::Tenant> tenant = decode<domain::Tenant>(s.text(0)))
            return tenant->passwordPolicy;
    return {};
}

QList<Holder> holdersAt(cache::Database &db, const AccessMap &map, const QString &scopeId)
{
    QStringList scopes{scopeId};
    scopes += map.ancestors(scopeId);
    QList<Holder> holders;
    for (auto &[assignment, name] : cachedAssignmentsOn(db, scopes)) {
        const QString from = assignment.scope.id.value_or(QString()) == scopeId ? QString() : assignment.scope.id.value_or(QString());
        holders.append(Holder{assignment, name, from});
    }
    return holders;
}

} // namespace kanri::accounts
