#include "api/userroutes.h"

#include "api/usersupport.h"
#include "auth/password.h"
#include "auth/tokens.h"
#include "core/api.h"
#include "core/listing.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/userrows.h"

#include <QRegularExpression>

namespace kanri::server {

namespace {

const QString kQ = QStringLiteral("q");
const QString kStatus = QStringLiteral("status");

// A LIKE pattern matching `text` anywhere, with its wildcards taken literally (ESCAPE '\').
QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// The SQL condition for a status filter. "locked" is not only stored: an active account whose
// locked_until lies ahead is locked, and a stored "locked" whose time has passed is active.
QString statusCondition(domain::UserStatus status)
{
    switch (status) {
    case domain::UserStatus::Active:
        return QStringLiteral(" AND u.status IN ('active', 'locked') AND (u.locked_until IS NULL "
                              "OR u.locked_until <= ?)");
    case domain::UserStatus::Locked:
        return QStringLiteral(" AND u.status IN ('active', 'locked') AND u.locked_until > ?");
    case domain::UserStatus::Disabled:
        return QStringLiteral(" AND u.status = 'disabled'");
    case domain::UserStatus::Invited:
        return QStringLiteral(" AND u.status = 'invited'");
    }
    return {};
}

// GET /users: the plain list (live users by pk, filtered) or the delta (all rows by seq,
// tombstones included). An administrator sees itself and the users who hold a role inside
// its scopes (visibleUsers()).
Response listUsers(Call &call)
{
    auto parsed = parseListQuery(call.request, {kQ, kStatus});
    if (auto *error = std::get_if<Response>(&parsed))
        return *error;
    const ListQuery &query = std::get<ListQuery>(parsed);

    QString sql;
    QVariantList values{call.principal.tenantPk, query.start()};
    if (query.isDelta() && !call.administered().isEverything()) {
        // An administrator also sees a user appear (or go, as a tombstone) when it gains (or
        // loses) a role inside the administrator's scopes: the key is the user's seq or that of
        // its latest such assignment change, whichever is higher, so paging stays monotonic.
        sql = QStringLiteral(
                  "WITH changed AS (%1), candidates AS (SELECT u.pk AS pk FROM users u "
                  "WHERE u.tenant_pk = ? AND u.seq > ? UNION SELECT user_pk FROM changed) "
                  "SELECT MAX(u.seq, COALESCE(c.seq, 0)) AS k, CASE WHEN u.deleted_at IS NOT NULL "
                  "THEN u.deleted_at WHEN %2 THEN NULL ELSE COALESCE(c.changed_at, u.updated_at) "
                  "END, %3 FROM candidates x JOIN users u ON u.pk = x.pk "
                  "LEFT JOIN changed c ON c.user_pk = u.pk WHERE u.tenant_pk = ? "
                  "AND (c.user_pk IS NOT NULL OR %4) ORDER BY k LIMIT ?")
                  .arg(scopedAssignmentChanges(call), visibleUsers(call), userColumns(),
                       visibleUsers(call, true));
        values = {call.principal.tenantPk, query.start(), call.principal.tenantPk, query.start(),
                  call.principal.tenantPk};
    } else if (query.isDelta()) {
        sql = QStringLiteral(
                  "SELECT u.seq, u.deleted_at, %1 FROM users u WHERE u.tenant_pk = ? AND u.seq > ? "
                  "AND %2 ORDER BY u.seq LIMIT ?")
                  .arg(userColumns(), visibleUsers(call, true));
    } else {
        QString where;
        if (query.filters.contains(kQ)) {
            const QString q = query.filters.value(kQ);
            if (q.isEmpty() || q.size() > 200)
                return validationError(kQ, QStringLiteral("must be 1 to 200 characters long"));
            // LIKE folds ASCII case; Japanese text has no case to fold.
            where +=
                QStringLiteral(" AND (u.login LIKE ? ESCAPE '\\' OR u.name LIKE ? ESCAPE '\\' "
                               "OR u.name_kana LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\')");
            const QString pattern = containsPattern(q);
            values << pattern << pattern << pattern << pattern;
        }
        if (query.filters.contains(kStatus)) {
            const auto status = domain::fromWire<domain::UserStatus>(query.filters.value(kStatus));
            if (!status) {
                return validationError(
                    kStatus,
                    QStringLiteral("unknown value (expected one of: %1)")
                        .arg(domain::wireNames<domain::UserStatus>().join(QStringLiteral(", "))));
            }
            where += statusCondition(*status);
            if (*status == domain::UserStatus::Active || *status == domain::UserStatus::Locked)
                values << call.now;
        }
        sql =
            QStringLiteral("SELECT u.pk, NULL, %1 FROM users u WHERE u.tenant_pk = ? AND u.pk > ? "
                           "AND u.deleted_at IS NULL AND %2%3 ORDER BY u.pk LIMIT ?")
                .arg(userColumns(), visibleUsers(call), where);
    }
    values << query.limit + 1;

    // Read with the sqlite3 API: the UTF-8 columns go straight into the page.
    Statement rows = call.context.database.statements().prepare(sql);
    rows.bindAll(values);
    PageWriter page(query);
    while (rows.next() && page.takesRow()) {
        const qint64 key = rows.int64(0);
        if (rows.isNull(1))
            writeUserRow(page.item(key), rows, 2);
        else
            page.tombstone(key, rows.string(2), rows.int64(1));
    }
    if (rows.failed())
        return storageFailure();
    return page.finish(call.currentSeq());
}

Response getUser(Call &call)
{
    const auto record = findUser(call, call.request.params.value(QStringLiteral("id")));
    if (!record)
        return notFound();
    return jsonWithEtag(record->user.toJson(), record->user.etag);
}

// POST /users (contract administrator only): `invited` without a password, `active` with one.
Response createUser(Call &call)
{
    if (auto denied = requireContractAdmin(call, QStringLiteral("register user accounts")))
        return *denied;
    const auto body = call.body<domain::UserCreate>();
    if (!body)
        return invalidBody(body.error());
    static const QRegularExpression loginPattern(QStringLiteral("^[\\x21-\\x7e]{1,128}$"));
    if (!loginPattern.match(body->login).hasMatch())
        return validationError(
            QStringLiteral("login"),
            QStringLiteral("must be 1 to 128 visible ASCII characters, without spaces"));
    if (auto bad = checkName(body->name))
        return *bad;
    if (auto bad = checkNameKana(body->nameKana))
        return *bad;
    if (auto bad = checkEmail(body->email))
        return *bad;
    QSqlDatabase db = call.db();
    if (body->password) {
        if (auto bad = checkNewPassword(db, call.principal.tenantPk, QStringLiteral("password"),
                                        *body->password))
            return *bad;
    }

    // Sign-in looks accounts up by login alone, so a login is unique across the service.
    const QString loginKey = body->login.toLower();
    QSqlQuery taken =
        runQuery(db, QStringLiteral("SELECT 1 FROM users WHERE login_key = ?"), {loginKey});
    if (taken.next())
        return conflict(QStringLiteral("The login \"%1\" is already taken.").arg(body->login));

    QVariant hash(QMetaType::fromType<QString>());
    if (body->password) {
        const QString encoded = auth::hashPassword(*body->password);
        if (encoded.isEmpty())
            return storageFailure();
        hash = encoded;
    }
    const qint64 seq = nextSeq(db, call.principal.tenantPk);
    const QString id = auth::newId(u"u");
    const QString status = body->password ? QStringLiteral("active") : QStringLiteral("invited");
    QSqlQuery insert(db);
    if (seq < 0 || !run(insert,
                        QStringLiteral("INSERT INTO users (id, tenant_pk, login, login_key, name, "
                                       "name_kana, email, status, "
                                       "password_hash, created_at, updated_at, seq) VALUES (?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, call.principal.tenantPk, body->login, loginKey, body->name,
                         toDb(body->nameKana), body->email, status, hash, call.now, call.now, seq}))
        return storageFailure();
    const auto user = loadUser(db, call.principal.tenantPk, insert.lastInsertId().toLongLong());
    if (!user)
        return storageFailure();
    call.audit(QStringLiteral("user.create"), id,
               QStringLiteral("login %1, status %2").arg(body->login, status));
    return jsonWithEtag(user->toJson(), user->etag, 201);
}

} // namespace

void addUserRoutes(Api &api)
{
    api.route(Method::Get, QStringLiteral("/users"), Api::Access::Admin, listUsers);
    api.route(Method::Post, QStringLiteral("/users"), Api::Access::Admin, createUser,
              Api::Create::Idempotent);
    api.route(Method::Get, QStringLiteral("/users/{id}"), Api::Access::Admin, getUser);
    addUserActionRoutes(api);
}

} // namespace kanri::server
