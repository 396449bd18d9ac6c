#include "store/userrows.h"

#include "core/storeutil.h"
#include "store/statement.h"

#include <charconv>

namespace kanri::server {

namespace {

// A lockout ends by itself: "locked" only while locked_until lies ahead. Adjusts the stored
// status and answers whether locked_until is shown.
bool applyLockout(domain::UserStatus &status, std::optional<qint64> lockedUntilMs)
{
    if (lockedUntilMs && *lockedUntilMs > nowMs()) {
        if (status == domain::UserStatus::Active)
            status = domain::UserStatus::Locked;
        return true;
    }
    if (status == domain::UserStatus::Locked)
        status = domain::UserStatus::Active;
    return false;
}

domain::UtcMs utcMs(qint64 ms)
{
    return domain::UtcMs(std::chrono::milliseconds(ms));
}

// A user row as views into the statement's current row, with domain::User's member names.
struct UserRow
{
    QUtf8StringView id;
    QUtf8StringView login;
    QUtf8StringView name;
    std::optional<QUtf8StringView> nameKana;
    QUtf8StringView email;
    domain::UserStatus status = domain::UserStatus::Active;
    bool mfaEnabled = false;
    std::optional<domain::UtcMs> lastLoginAt;
    std::optional<domain::UtcMs> lockedUntil;
    domain::UtcMs createdAt;
    domain::UtcMs updatedAt;
    QUtf8StringView etag;
};

} // namespace

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
    const QVariant lockedUntil = q.value(f + 8);
    if (applyLockout(u.status, lockedUntil.isNull() ? std::nullopt
                                                    : std::optional(lockedUntil.toLongLong())))
        u.lockedUntil = fromMs(lockedUntil);
    u.createdAt = fromMs(q.value(f + 9).toLongLong());
    u.updatedAt = fromMs(q.value(f + 10).toLongLong());
    u.etag = etagFor(q.value(f + 11).toLongLong());
    return u;
}

void writeUserRow(domain::JsonWriter &writer, const Statement &s, int f)
{
    UserRow u;
    u.id = s.text(f);
    u.login = s.text(f + 1);
    u.name = s.text(f + 2);
    if (!s.isNull(f + 3))
        u.nameKana = s.text(f + 3);
    u.email = s.text(f + 4);
    const QUtf8StringView status = s.text(f + 5);
    u.status = domain::fromWireUtf8<domain::UserStatus>(
                   std::string_view(status.data(), static_cast<std::size_t>(status.size())))
                   .value_or(domain::UserStatus::Active);
    u.mfaEnabled = s.int64(f + 6) != 0;
    if (!s.isNull(f + 7))
        u.lastLoginAt = utcMs(s.int64(f + 7));
    const std::optional<qint64> lockedUntil =
        s.isNull(f + 8) ? std::nullopt : std::optional(s.int64(f + 8));
    if (applyLockout(u.status, lockedUntil))
        u.lockedUntil = utcMs(*lockedUntil);
    u.createdAt = utcMs(s.int64(f + 9));
    u.updatedAt = utcMs(s.int64(f + 10));
    // etagFor() without a QString: "r<seq>".
    char etag[24] = {'r'};
    const auto seq = std::to_chars(etag + 1, etag + sizeof etag, s.int64(f + 11));
    u.etag = QUtf8StringView(etag, seq.ptr - etag);
    domain::writeUserJson(writer, u);
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
