#include "core/lockoutexpiry.h"

#include "core/storeutil.h"
#include "store/database.h"

namespace kanri::server {

LockoutExpiry::LockoutExpiry(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &LockoutExpiry::endExpired);
    m_timer.start();
}

int LockoutExpiry::endExpired()
{
    QSqlDatabase db = m_database.connection();
    const qint64 now = nowMs();
    // Cheap when nothing is due (the partial index users_locked holds only running lockouts).
    QSqlQuery due = runQuery(db, QStringLiteral("SELECT 1 FROM users WHERE locked_until IS NOT NULL "
                                                "AND locked_until <= ? LIMIT 1"),
                             {now});
    if (!due.next())
        return 0;
    due.finish();
    Transaction tx(db);
    QSqlQuery expired = runQuery(db, QStringLiteral("SELECT pk, tenant_pk FROM users WHERE locked_until "
                                                    "IS NOT NULL AND locked_until <= ?"),
                                 {now});
    QList<std::pair<qint64, qint64>> users;
    while (expired.next())
        users.append({expired.value(0).toLongLong(), expired.value(1).toLongLong()});
    expired.finish();
    QSqlQuery end(db);
    for (const auto &[userPk, tenantPk] : std::as_const(users)) {
        // The status changed when the lock ran out, unless the row changed later still.
        if (!run(end,
                 QStringLiteral("UPDATE users SET locked_until = NULL, status = CASE status WHEN "
                                "'locked' THEN 'active' ELSE status END, updated_at = "
                                "MAX(updated_at, locked_until), seq = ? WHERE pk = ?"),
                 {nextSeq(db, tenantPk), userPk}))
            return 0;
    }
    return tx.commit() ? static_cast<int>(users.size()) : 0;
}

} // namespace kanri::server
