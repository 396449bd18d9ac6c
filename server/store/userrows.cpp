#include "store/userrows.h"

#include "core/storeutil.h"

namespace kanri::server {

QString userColumns(const QString &a)
{
    return QStringLiteral("%1.id, %1.login, %1.name, %1.name_kana, %1.email, %1.status, "
                          "%1.totp_secret IS NOT NULL, %1.last_login_at, %1.locked_until, "
                          "%1.created_at, %1.updated_at, %1.seq")
        .arg(a);
}

domain::User userFromRow(const QSqlQuery &q, int f)
{
    domain::User u;
    u.id = q.value(f).toString();
    u.login = q.value(f + 1).toString();
    u.name = q.value(f + 2).toString();
    if (!q.value(f + 3).isNull())
        u.nameKana = q.value(f + 3).toString();
    u.email = q.value(f + 4).toString();
    u.status = domain::fromWire<domain::UserStatus>(q.value(f + 5).toString()).value_or(domain::UserStatus::Active);
    u.mfaEnabled = q.value(f + 6).toBool();
    u.lastLoginAt = fromMs(q.value(f + 7));
    // A lockout ends by itself: "locked" only while locked_until lies ahead.
    if (!q.value(f + 8).isNull() && q.value(f + 8).toLongLong() > nowMs()) {
        u.lockedUntil = fromMs(q.value(f + 8));
        if (u.status == domain::UserStatus::Active)
            u.status = domain::UserStatus::Locked;
    } else if (u.status == domain::UserStatus::Locked) {
        u.status = domain::UserStatus::Active;
    }
    u.createdAt = fromMs(q.value(f + 9).toLongLong());
    u.updatedAt = fromMs(q.value(f + 10).toLongLong());
    u.etag = etagFor(q.value(f + 11).toLongLong());
    return u;
}

std::optional<domain::User> loadUser(QSqlDatabase db, qint64 tenantPk, qint64 userPk)
{
    QSqlQuery q = runQuery(db,
                           QStringLiteral("SELECT %1 FROM users u WHERE u.pk = ? AND u.tenant_pk = ? "
                                          "AND u.deleted_at IS NULL")
                               .arg(userColumns()),
                           {userPk, tenantPk});
    if (!q.next())
        return std::nullopt;
    return userFromRow(q);
}

} // namespace kanri::server
