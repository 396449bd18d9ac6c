#pragma once

#include "cache/cachestore.h"
#include "cache/sqlite.h"
#include "domain/domain.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QThreadPool;

#include <optional>

namespace kanri::accounts {

// A folder or project of the tree.
struct ScopeNode
{
    domain::ScopeType type = domain::ScopeType::Folder;
    QString id;
    QString name;
    QString parentId; // the folder holding it; empty at the top level
};

// Who holds a role on a node: on the node itself, or inherited from a folder above it.
struct Holder
{
    domain::RoleAssignment assignment;
    QString userName;
    QString inheritedFrom; // the folder's id when inherited; empty when direct
};

// The folder tree, the role catalogue and the signed-in administrator's reach, read from the
// cache: what the console may offer (the service decides in the end). A contract
// administrator acts on everything; an administrator inside the folders and projects of its
// admin assignments and what lies below them, and on users whose roles all lie there (its own
// account always); only a contract administrator registers and deletes accounts.
class AccessMap
{
public:
    // Nullopt when the cache cannot be read.
    static std::optional<AccessMap> load(cache::Database &db, const domain::Me &me);

    bool isContractAdmin() const { return m_contractAdmin; }
    const QString &myId() const { return m_myId; }

    const QList<domain::Role> &roles() const { return m_roles; }
    const domain::Role *role(const QString &id) const;
    QString roleName(const QString &id) const; // in the UI language

    const QList<ScopeNode> &nodes() const { return m_nodes; }
    const ScopeNode *node(const QString &id) const;
    // The folders above `id`, nearest first.
    QStringList ancestors(const QString &id) const;
    // "/関東支店/東京営業所"; "/" for the tenant.
    QString path(const domain::Scope &scope) const;
    // The scope a path names; nullopt when none or more than one node has that path.
    std::optional<domain::Scope> scopeAt(const QString &path) const;

    bool canRegister() const { return m_contractAdmin; }
    bool canDelete() const { return m_contractAdmin; }
    // A node within the administrator's scopes (every node for a contract administrator).
    bool reaches(const QString &scopeId) const;
    bool canAssign(const QString &roleId, const domain::Scope &scope) const;
    // May change this user (edit, disable, reset), given its assignments as the cache has them.
    bool canManage(const QString &userId, const QList<domain::RoleAssignment> &assignments) const;

private:
    bool m_contractAdmin = false;
    QString m_myId;
    QString m_language;
    QList<domain::Role> m_roles;
    QList<ScopeNode> m_nodes;
    QHash<QString, qsizetype> m_nodeIndex;
    QHash<QString, QList<QString>> m_byPath; // path → node ids
    QSet<QString> m_reach;                   // node ids within the administrator's scopes
};

// Reads objects of the cache back into domain values.
std::optional<domain::User> cachedUser(cache::Database &db, const QString &id);
std::optional<domain::User> cachedUserByLogin(cache::Database &db, const QString &login);
QList<domain::RoleAssignment> cachedAssignments(cache::Database &db, const QString &userId);

// Users chosen in the users page, with their role assignments: what its commands decide on and
// act with.
struct SelectedUsers
{
    QList<domain::User> users; // in the order asked for
    QHash<QString, QList<domain::RoleAssignment>> assignments; // user id → assignments
};
// The users of the cache's `rowIds`, read a batch at a time (a few statements for 100,000).
SelectedUsers cachedSelection(cache::Database &db, const QList<qint64> &rowIds);
// The same on a thread of `pool`, over a connection of its own; nullopt when the cache does
// not open there.
QFuture<std::optional<SelectedUsers>> readSelection(QThreadPool &pool, const cache::CacheConnection &connection,
                                                    QList<qint64> rowIds);
// The assignments on `scopeIds` (direct and inherited holders are told apart by the caller).
QList<std::pair<domain::RoleAssignment, QString>> cachedAssignmentsOn(cache::Database &db, const QStringList &scopeIds);
// The tenant's password policy (the seed's before the first sync).
domain::PasswordPolicy cachedPasswordPolicy(cache::Database &db);
// Holders of roles on `scopeId`: direct, and inherited from the folders above it.
QList<Holder> holdersAt(cache::Database &db, const AccessMap &map, const QString &scopeId);

} // namespace kanri::accounts
