#pragma once

#include "domain/auth.h"
#include "domain/role.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace kanri::server {

class StatementCache;

// One role assignment of the signed-in user, as the checks need it.
struct Grant
{
    QString roleId;
    domain::ScopeType scopeType = domain::ScopeType::Tenant;
    qint64 scopePk = 0; // folder or project pk; 0 for the tenant
    QList<domain::Operation> operations; // the role's own plus the assignment's
};

// Who is calling: resolved from the bearer token on every authenticated request.
struct Principal
{
    qint64 tenantPk = 0;
    QString tenantId;
    qint64 userPk = 0;
    QString userId;
    QString login;
    domain::AdminLevel adminLevel = domain::AdminLevel::None;
    QList<Grant> grants;

    bool isContractAdmin() const { return adminLevel == domain::AdminLevel::ContractAdmin; }
    bool isAdmin() const { return adminLevel != domain::AdminLevel::None; }

    // Loads the user's grants and derives the admin level.
    bool loadGrants(StatementCache &statements);
};

// A set of folders and projects, closed downwards: a folder brings its sub-folders and the
// projects in them.
class ScopeSet
{
public:
    static ScopeSet everything();
    // Where `principal` administers (contract administrator: everything).
    static ScopeSet administered(QSqlDatabase db, const Principal &principal);
    // Where `principal` may perform `operation` through any of its grants.
    static ScopeSet permitting(QSqlDatabase db, const Principal &principal, domain::Operation operation);

    bool isEverything() const { return m_everything; }
    bool hasFolder(qint64 pk) const { return m_everything || m_folders.contains(pk); }
    bool hasProject(qint64 pk) const { return m_everything || m_projects.contains(pk); }
    bool isEmpty() const { return !m_everything && m_folders.isEmpty() && m_projects.isEmpty(); }

    // "(1,2,3)" for SQL IN clauses (integers only); "(NULL)" when empty.
    QString folderList() const;
    QString projectList() const;

private:
    void build(QSqlDatabase db, qint64 tenantPk, const QList<const Grant *> &grants);

    bool m_everything = false;
    QSet<qint64> m_folders;
    QSet<qint64> m_projects;
};

} // namespace kanri::server
