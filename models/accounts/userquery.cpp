#include "accounts/userquery.h"

#include "cache/searchkey.h"
#include "itemmodels/usertablemodel.h"


#include <algorithm>
#include <limits>

namespace kanri::accounts {

namespace {

const char *orderColumn(UserQuery::SortKey key)
{
    switch (key) {
    case UserQuery::SortKey::Login:
        return "login COLLATE NOCASE";
    case UserQuery::SortKey::Email:
        return "email COLLATE NOCASE";
    case UserQuery::SortKey::Status:
        return "status";
    case UserQuery::SortKey::Roles:
        // The highest role first (the catalogue's order), users without a role last.
        return "coalesce((SELECT min(r.position) FROM role_assignments a JOIN roles r ON r.id = a.role_id "
               "WHERE a.user_id = users.id), 1000000)";
    case UserQuery::SortKey::Mfa:
        return "mfa";
    case UserQuery::SortKey::LastSignIn:
        return "coalesce(last_login_at, '')";
    case UserQuery::SortKey::Created:
        return "created_at";
    case UserQuery::SortKey::Name:
    case UserQuery::SortKey::Reading:
        break;
    }
    return nullptr;
}

} // namespace

QString searchPattern(const QString &text)
{
    QString needle = cache::foldForSearch(text.trimmed());
    needle.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + needle + QLatin1Char('%');
}

UserDirectory::UserDirectory(cache::CacheConnection connection)
    : m_connection(std::move(connection))
{
}

void UserDirectory::invalidate()
{
    m_ranks.clear();
    m_keys.clear();
    m_position.clear();
    m_orderOf.reset();
}

bool UserDirectory::ensureRanks()
{
    if (!m_ranks.isEmpty())
        return true;
    itemmodels::UserTableModel byName(m_connection);
    if (!byName.reload())
        return false;
    m_ranks.reserve(byName.rowCount());
    for (int row = 0; row < byName.rowCount(); ++row)
        m_ranks.insert(byName.rowId(row), row);
    return true;
}

bool UserDirectory::ensureKeys(cache::Database &db)
{
    if (!m_keys.isEmpty())
        return true;
    cache::Statement s(db, "SELECT rowid, search_key FROM users");
    while (s.next()) {
        m_position.insert(s.int64(0), static_cast<int>(m_keys.size()));
        m_keys.append(s.text(1));
    }
    return !s.failed();
}

std::optional<QList<qint64>> UserDirectory::order(cache::Database &db, const UserQuery &query)
{
    const bool byName = query.sort == UserQuery::SortKey::Name || query.sort == UserQuery::SortKey::Reading;
    if (byName && !ensureRanks())
        return std::nullopt;

    QByteArray sql = "SELECT rowid FROM users WHERE 1";
    if (!query.status.isEmpty())
        sql += " AND status = :status";
    if (!query.roleId.isEmpty())
        sql += " AND id IN (SELECT user_id FROM role_assignments WHERE role_id = :role)";
    if (!query.scopeId.isEmpty())
        sql += " AND id IN (SELECT user_id FROM role_assignments WHERE scope_id IN ("
               "WITH RECURSIVE below(id) AS (SELECT :scope UNION SELECT f.id FROM folders f JOIN below ON f.parent_id = below.id) "
               "SELECT id FROM below UNION SELECT p.id FROM projects p JOIN below ON p.folder_id = below.id))";
    if (!query.labelId.isEmpty())
        sql += " AND id IN (SELECT a.user_id FROM role_assignments a JOIN label_assignments l "
               "ON l.target_id = a.scope_id WHERE l.label_id = :label)";
    if (!byName)
        sql += QByteArray(" ORDER BY ") + orderColumn(query.sort) + (query.descending ? " DESC" : "")
               + ", sort_kana = '', sort_kana, name";

    cache::Statement s(db, sql.constData());
    int index = 1;
    if (!query.status.isEmpty())
        s.bind(index++, query.status);
    if (!query.roleId.isEmpty())
        s.bind(index++, query.roleId);
    if (!query.scopeId.isEmpty())
        s.bind(index++, query.scopeId);
    if (!query.labelId.isEmpty())
        s.bind(index++, query.labelId);

    QList<qint64> ids;
    while (s.next())
        ids.append(s.int64(0));
    if (s.failed())
        return std::nullopt;
    if (byName) {
        QList<std::pair<int, qint64>> ranked;
        ranked.reserve(ids.size());
        for (qint64 id : std::as_const(ids))
            ranked.append({m_ranks.value(id, std::numeric_limits<int>::max()), id});
        std::sort(ranked.begin(), ranked.end());
        if (query.descending)
            std::reverse(ranked.begin(), ranked.end());
        for (qsizetype i = 0; i < ranked.size(); ++i)
            ids[i] = ranked.at(i).second;
    }
    return ids;
}

std::optional<UserQueryResult> UserDirectory::run(cache::Database &db, const UserQuery &query)
{
    // The filters and order without the search text change rarely: their answer is kept, and
    // a keystroke only matches the folded keys in memory.
    UserQuery base = query;
    base.search.clear();
    if (!m_orderOf || *m_orderOf != base) {
        std::optional<QList<qint64>> ids = order(db, base);
        if (!ids)
            return std::nullopt;
        m_order = std::move(*ids);
        m_orderOf = base;
        m_total = db.queryInt("SELECT count(*) FROM users").value_or(m_order.size());
    }
    UserQueryResult result;
    result.total = m_total;
    const QString needle = cache::foldForSearch(query.search.trimmed());
    if (needle.isEmpty()) {
        result.ids = m_order;
        return result;
    }
    if (!ensureKeys(db))
        return std::nullopt;
    for (qint64 id : std::as_const(m_order)) {
        const auto at = m_position.constFind(id);
        if (at != m_position.constEnd() && m_keys.at(*at).contains(needle))
            result.ids.append(id);
    }
    return result;
}

} // namespace kanri::accounts
