#include "itemmodels/dormantusers.h"

#include "domain/json.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kanri::itemmodels {

std::optional<DormantUsers> dormantUsers(cache::Database &db, const QDateTime &cutoff, int limit)
{
    // last_login_at is RFC 3339 in UTC, so text order is time order.
    const QString before = domain::formatDateTime(cutoff.toUTC());
    constexpr const char *kWhere = " FROM users WHERE status <> 'disabled' "
                                   "AND (last_login_at IS NULL OR last_login_at < ?1)";
    DormantUsers result;
    cache::Statement count(db, QByteArray("SELECT count(*)").append(kWhere).constData());
    count.bind(1, before);
    if (!count.next())
        return std::nullopt;
    result.total = count.int64(0);
    cache::Statement rows(db, QByteArray("SELECT id, name, login, last_login_at")
                                  .append(kWhere)
                                  .append(" ORDER BY last_login_at IS NOT NULL, last_login_at, name LIMIT ?2")
                                  .constData());
    rows.bind(1, before).bind(2, limit);
    while (rows.next()) {
        DormantUser user{rows.text(0), rows.text(1), rows.text(2), std::nullopt};
        if (!rows.isNull(3))
            user.lastLogin = domain::parseDateTime(rows.text(3));
        result.oldest.append(user);
    }
    if (rows.failed())
        return std::nullopt;
    return result;
}

QFuture<std::optional<DormantUsers>> readDormantUsers(QThreadPool &pool,
                                                      const cache::CacheConnection &connection,
                                                      const QDateTime &cutoff, int limit)
{
    return QtConcurrent::run(&pool, [connection, cutoff, limit]() -> std::optional<DormantUsers> {
        cache::Database db;
        if (cache::openConnection(connection, db))
            return std::nullopt;
        return dormantUsers(db, cutoff, limit);
    });
}

} // namespace kanri::itemmodels
