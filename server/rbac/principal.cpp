#include "rbac/principal.h"

#include "core/storeutil.h"
#include "rbac/roles.h"
#include "store/statement.h"

#include <QHash>

namespace kanri::server {

bool Principal::loadGrants(StatementCache &statements)
{
    Statement q = statements.prepare(QStringLiteral(
        "SELECT role_id, scope_type, scope_pk, operations FROM role_assignments "
        "WHERE user_pk = ? AND deleted_at IS NULL"));
    q.bind(1, userPk);
    grants.clear();
    adminLevel = domain::AdminLevel::None;
    while (q.next()) {
        Grant g;
        g.roleId = q.string(0);
        const domain::Role *role = rbac::findRole(g.roleId);
        if (!role)
            continue;
        g.scopeType = domain::fromWire<domain::ScopeType>(q.string(1))
                          .value_or(domain::ScopeType::Project);
        g.scopePk = q.int64(2);
        g.operations = role->operations;
        for (const QString &name : q.string(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto op = domain::fromWire<domain::Operation>(name); op && !g.operations.contains(*op))
                g.operations.append(*op);
        }
        if (role->adminLevel == domain::AdminLevel::ContractAdmin)
            adminLevel = domain::AdminLevel::ContractAdmin;
        else if (role->adminLevel == domain::AdminLevel::Admin
                 && adminLevel == domain::AdminLevel::None)
            adminLevel = domain::AdminLevel::Admin;
        grants.append(g);
    }
    return !q.failed();
}

ScopeSet ScopeSet::everything()
{
    ScopeSet s;
    s.m_everything = true;
    return s;
}

ScopeSet ScopeSet::administered(QSqlDatabase db, const Principal &principal)
{
    if (principal.isContractAdmin())
        return everything();
    QList<const Grant *> grants;
    for (const Grant &g : principal.grants) {
        if (g.roleId == rbac::kAdmin)
            grants.append(&g);
    }
    ScopeSet s;
    s.build(db, principal.tenantPk, grants);
    return s;
}

ScopeSet ScopeSet::permitting(QSqlDatabase db, const Principal &principal, domain::Operation operation)
{
    QList<const Grant *> grants;
    for (const Grant &g : principal.grants) {
        if (!g.operations.contains(operation))
            continue;
        if (g.scopeType == domain::ScopeType::Tenant)
            return everything();
        grants.append(&g);
    }
    ScopeSet s;
    s.build(db, principal.tenantPk, grants);
    return s;
}

void ScopeSet::build(QSqlDatabase db, qint64 tenantPk, const QList<const Grant *> &grants)
{
    if (grants.isEmpty())
        return;
    QList<qint64> roots;
    for (const Grant *g : grants) {
        if (g->scopeType == domain::ScopeType::Tenant) {
            m_everything = true;
            return;
        }
        if (g->scopeType == domain::ScopeType::Folder)
            roots.append(g->scopePk);
        else
            m_projects.insert(g->scopePk);
    }
    if (!roots.isEmpty()) {
        QMultiHash<qint64, qint64> children;
        QSqlQuery folders = runQuery(db, QStringLiteral("SELECT pk, parent_pk FROM folders "
                                                        "WHERE tenant_pk = ? AND deleted_at IS NULL"),
                                     {tenantPk});
        QSet<qint64> existing;
        while (folders.next()) {
            existing.insert(folders.value(0).toLongLong());
            if (!folders.value(1).isNull())
                children.insert(folders.value(1).toLongLong(), folders.value(0).toLongLong());
        }
        while (!roots.isEmpty()) {
            const qint64 pk = roots.takeLast();
            if (!existing.contains(pk) || m_folders.contains(pk))
                continue;
            m_folders.insert(pk);
            const auto range = children.equal_range(pk);
            for (auto it = range.first; it != range.second; ++it)
                roots.append(*it);
        }
        QSqlQuery projects = runQuery(db, QStringLiteral("SELECT pk, folder_pk FROM projects "
                                                         "WHERE tenant_pk = ? AND deleted_at IS NULL"),
                                      {tenantPk});
        while (projects.next()) {
            if (m_folders.contains(projects.value(1).toLongLong()))
                m_projects.insert(projects.value(0).toLongLong());
        }
    }
}

namespace {
QString inList(const QSet<qint64> &set)
{
    if (set.isEmpty())
        return QStringLiteral("(NULL)");
    QStringList parts;
    parts.reserve(set.size());
    for (qint64 pk : set)
        parts.append(QString::number(pk));
    return QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}
} // namespace

QString ScopeSet::folderList() const
{
    return inList(m_folders);
}

QString ScopeSet::projectList() const
{
    return inList(m_projects);
}

} // namespace kanri::server
