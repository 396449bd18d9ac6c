#pragma once

#include "cache/cachestore.h"
#include "cache/sqlite.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace kanri::accounts {

// Which users of the cache the users page shows, and in what order. Empty members do not
// filter.
struct UserQuery
{
    enum class SortKey { Name, Reading, Login, Email, Status, Roles, Mfa, LastSignIn, Created };

    QString search;  // folded like the cache's search key: width, kana and case do not matter
    QString status;  // "active", "disabled", "locked", "invited"
    QString roleId;  // users holding this role anywhere
    QString scopeId; // users holding a role on this folder or project, or below it
    QString labelId; // users holding a role on a folder or project carrying this label
    SortKey sort = SortKey::Name;
    bool descending = false;

    friend bool operator==(const UserQuery &, const UserQuery &) = default;
};

struct UserQueryResult
{
    QList<qint64> ids; // cache rowids of the users, in display order
    qint64 total = 0;  // every user of the cache
};

// Runs user queries on one connection. The search keys are kept in memory (folded as the
// cache folds them), and so is the answer for the current filters and order. The order by name is UserTableModel's (reading first,
// あいうえお順, then the Japanese collator among equal readings and for users without one),
// worked out once and kept until invalidate(), so that each keystroke of a search only filters
// in SQL and sorts integers.
class UserDirectory
{
public:
    // `connection`: where the order by name is read from (the cache the queries run on).
    explicit UserDirectory(cache::CacheConnection connection);

    // The cache changed (after a sync or a change of the user's): the name order is redone.
    void invalidate();
    // Nullopt when the cache cannot be read (db.lastError()).
    std::optional<UserQueryResult> run(cache::Database &db, const UserQuery &query);

private:
    bool ensureRanks();
    bool ensureKeys(cache::Database &db);
    // The users passing `query`'s filters, in its order (its search text is not looked at).
    std::optional<QList<qint64>> order(cache::Database &db, const UserQuery &query);

    cache::CacheConnection m_connection;
    QHash<qint64, int> m_ranks;    // rowid → position by name
    QStringList m_keys;            // the folded search keys
    QHash<qint64, int> m_position; // rowid → index in m_keys
    std::optional<UserQuery> m_orderOf;
    QList<qint64> m_order;
    qint64 m_total = 0;
};

// A LIKE pattern for `text` folded for search ("%…%", with \ escaping).
QString searchPattern(const QString &text);

} // namespace kanri::accounts
