#include "api/authroutes.h"

#include "auth/password.h"
#include "auth/tokens.h"
#include "auth/totp.h"
#include "core/api.h"
#include "store/database.h"
#include "store/events.h"
#include "store/userrows.h"

#include "domain/auth.h"

namespace kanri::server {

namespace {

struct Tokens
{
    domain::TokenResponse response;
    bool ok = false;
};

// Issues an access and a refresh token of one session family; only their hashes are stored.
Tokens issueTokens(QSqlDatabase db, const ServiceConfig &config, qint64 userPk, const QString &family, qint64 now)
{
    Tokens t;
    t.response.accessToken = auth::newOpaqueToken();
    t.response.refreshToken = auth::newOpaqueToken();
    t.response.expiresIn = config.accessTokenSeconds;
    t.response.refreshExpiresIn = config.refreshTokenSeconds;
    QSqlQuery q(db);
    const QString sql = QStringLiteral("INSERT INTO tokens (hash, kind, user_pk, family, expires_at, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?)");
    t.ok = run(q, sql, {auth::tokenHash(t.response.accessToken), QStringLiteral("access"), userPk, family,
                        now + config.accessTokenSeconds * 1000, now})
           && run(q, sql, {auth::tokenHash(t.response.refreshToken), QStringLiteral("refresh"), userPk, family,
                           now + config.refreshTokenSeconds * 1000, now});
    return t;
}

Response problemWithRetry(int status, QStringView code, const QString &title, const QString &detail, qint64 seconds)
{
    domain::Problem p;
    p.type = domain::Problem::typeFor(code);
    p.title = title;
    p.status = status;
    p.detail = detail;
    p.retryAfter = std::max<qint64>(1, seconds);
    Response r = Response::fromProblem(p);
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(*p.retryAfter)});
    return r;
}

Response invalidCredentials()
{
    return Response::problem(401, u"invalid-credentials", QStringLiteral("Sign-in failed"),
                             QStringLiteral("The ID or the password is wrong."));
}

QString clientIp(const Request &r)
{
    QString ip = r.peer.toString();
    return ip.startsWith(QLatin1StringView("::ffff:")) ? ip.mid(7) : ip;
}

struct Lockout
{
    int maxAttempts = 5;
    qint64 seconds = 900;
};

// Counts a failed sign-in for `key` (whether or not the account exists) and locks the key
// after the tenant's limit. Returns true when this failure locked it.
bool countFailure(QSqlDatabase db, const QString &key, const Lockout &policy, qint64 now,
                  qint64 tenantPk, qint64 userPk)
{
    QSqlQuery q(db);
    run(q, QStringLiteral("INSERT INTO login_failures (login_key, failures, updated_at) VALUES (?, 1, ?) "
                          "ON CONFLICT(login_key) DO UPDATE SET failures = failures + 1, updated_at = excluded.updated_at "
                          "RETURNING failures"),
        {key, now});
    const int failures = q.next() ? q.value(0).toInt() : 1;
    if (failures < policy.maxAttempts)
        return false;
    const qint64 until = now + policy.seconds * 1000;
    QSqlQuery lock(db);
    run(lock, QStringLiteral("UPDATE login_failures SET failures = 0, locked_until = ? WHERE login_key = ?"),
        {until, key});
    if (userPk) {
        run(lock, QStringLiteral("UPDATE users SET locked_until = ?, updated_at = ?, seq = ? WHERE pk = ?"),
            {until, now, nextSeq(db, tenantPk), userPk});
    }
    return true;
}

Response login(Api &api, const Request &request)
{
    ServiceContext &ctx = api.context();
    const qint64 now = nowMs();
    if (const int wait = api.loginLimiter().take(QStringLiteral("login:") + clientIp(request), now)) {
        return problemWithRetry(429, u"rate-limited", QStringLiteral("Too many sign-in attempts"),
                                QStringLiteral("Wait before trying again."), wait);
    }
    const auto object = domain::parseObject(request.body);
    if (!object)
        return invalidBody(object.error());
    const auto body = domain::LoginRequest::fromJson(*object, QString());
    if (!body)
        return invalidBody(body.error());

    QSqlDatabase db = ctx.database.connection();
    Transaction tx(db);
    const QString key = body->login.trimmed().toLower();
    {
        QSqlQuery locked = runQuery(db, QStringLiteral("SELECT locked_until FROM login_failures "
                                                       "WHERE login_key = ? AND locked_until > ?"),
                                    {key, now});
        if (locked.next()) {
            const qint64 seconds = (locked.value(0).toLongLong() - now + 999) / 1000;
            return problemWithRetry(423, u"account-locked", QStringLiteral("Account locked"),
                                    QStringLiteral("Too many failed sign-ins. Try again in %1 minutes.")
                                        .arg((seconds + 59) / 60),
                                    seconds);
        }
    }
    QSqlQuery q = runQuery(db,
                           QStringLiteral("SELECT u.pk, u.password_hash, u.status, u.totp_secret, u.totp_last_step, "
                                          "t.pk, t.lockout_max_attempts, t.lockout_seconds, u.id, t.id "
                                          "FROM users u JOIN tenants t ON t.pk = u.tenant_pk "
                                          "WHERE u.login_key = ? AND u.deleted_at IS NULL"),
                           {key});
    if (!q.next() || q.value(1).isNull()) {
        auth::burnVerifyTime();
        countFailure(db, key, Lockout{}, now, 0, 0);
        tx.commit();
        return invalidCredentials();
    }
    const qint64 userPk = q.value(0).toLongLong();
    const qint64 tenantPk = q.value(5).toLongLong();
    const Lockout policy{q.value(6).toInt(), q.value(7).toLongLong()};
    Operation op{tenantPk, userPk, body->login, QStringLiteral("auth.login"), q.value(8).toString(),
                 QStringLiteral("failed"), QString(), clientIp(request), request.requestId};
    request.log.tenantPk = tenantPk;
    if (!auth::verifyPassword(body->password, q.value(1).toString())) {
        const bool lockedNow = countFailure(db, key, policy, now, tenantPk, userPk);
        op.details = lockedNow ? QStringLiteral("wrong password; account locked") : QStringLiteral("wrong password");
        writeOperation(db, op);
        tx.commit();
        return invalidCredentials();
    }
    if (q.value(2).toString() == QLatin1StringView("disabled")) {
        op.details = QStringLiteral("account disabled");
        writeOperation(db, op);
        tx.commit();
        return Response::problem(403, u"account-disabled", QStringLiteral("Account disabled"),
                                 QStringLiteral("This account has been disabled by an administrator."));
    }
    if (!q.value(3).isNull()) {
        if (!body->totp) {
            tx.commit();
            return Response::problem(401, u"totp-required", QStringLiteral("Authentication code required"),
                                     QStringLiteral("Enter the 6-digit code from your authenticator app."));
        }
        qint64 step = 0;
        const bool valid = auth::verifyTotp(q.value(3).toByteArray(), *body->totp, now / 1000, 1, &step);
        if (!valid || (!q.value(4).isNull() && step <= q.value(4).toLongLong())) {
            countFailure(db, key, policy, now, tenantPk, userPk);
            op.details = QStringLiteral("wrong authentication code");
            writeOperation(db, op);
            tx.commit();
            return Response::problem(401, u"totp-invalid", QStringLiteral("Wrong authentication code"),
                                     QStringLiteral("The code is wrong or was already used; wait for the next one."));
        }
        QSqlQuery s(db);
        run(s, QStringLiteral("UPDATE users SET totp_last_step = ? WHERE pk = ?"), {step, userPk});
    }
    QSqlQuery done(db);
    run(done, QStringLiteral("DELETE FROM login_failures WHERE login_key = ?"), {key});
    const qint64 seq = nextSeq(db, tenantPk);
    run(done, QStringLiteral("UPDATE users SET last_login_at = ?, locked_until = NULL, failed_attempts = 0, "
                             "seq = ?, updated_at = updated_at WHERE pk = ?"),
        {now, seq, userPk});
    recordEvent(db, tenantPk, QStringLiteral("login"), now, userPk);
    const Tokens tokens = issueTokens(db, ctx.config, userPk, auth::newOpaqueToken(), now);
    op.result = QStringLiteral("ok");
    writeOperation(db, op);
    request.log.userPk = userPk;
    if (!tokens.ok || !tx.commit())
        return storageFailure();
    return Response::json(tokens.response.toJson());
}

Response refresh(Api &api, const Request &request)
{
    ServiceContext &ctx = api.context();
    const qint64 now = nowMs();
    const auto object = domain::parseObject(request.body);
    if (!object)
        return invalidBody(object.error());
    const auto body = domain::RefreshRequest::fromJson(*object, QString());
    if (!body)
        return invalidBody(body.error());
    QSqlDatabase db = ctx.database.connection();
    Transaction tx(db);
    QSqlQuery q = runQuery(db,
                           QStringLiteral("SELECT k.user_pk, k.family, k.expires_at, k.used_at, k.revoked_at, u.status, "
                                          "u.deleted_at, u.tenant_pk FROM tokens k JOIN users u ON u.pk = k.user_pk "
                                          "WHERE k.hash = ? AND k.kind = 'refresh'"),
                           {auth::tokenHash(body->refreshToken)});
    const Response refused = Response::problem(401, u"unauthenticated", QStringLiteral("Session ended"),
                                               QStringLiteral("Sign in again."));
    if (!q.next())
        return refused;
    const qint64 userPk = q.value(0).toLongLong();
    const QString family = q.value(1).toString();
    request.log.userPk = userPk;
    request.log.tenantPk = q.value(7).toLongLong();
    QSqlQuery w(db);
    if (!q.value(3).isNull()) {
        // A refresh token used twice: someone holds a copy. End the whole session.
        run(w, QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL"), {now, family});
        writeOperation(db, Operation{q.value(7).toLongLong(), userPk, QString(), QStringLiteral("auth.refresh"),
                                     QString(), QStringLiteral("denied"),
                                     QStringLiteral("refresh token reused; session revoked"),
                                     clientIp(request), request.requestId});
        tx.commit();
        return refused;
    }
    if (!q.value(4).isNull() || q.value(2).toLongLong() <= now || !q.value(6).isNull()
        || q.value(5).toString() == QLatin1StringView("disabled"))
        return refused;
    run(w, QStringLiteral("UPDATE tokens SET used_at = ? WHERE hash = ?"), {now, auth::tokenHash(body->refreshToken)});
    // The previous access tokens of the session end with the rotation.
    run(w, QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE family = ? AND kind = 'access' AND revoked_at IS NULL"),
        {now, family});
    const Tokens tokens = issueTokens(db, ctx.config, userPk, family, now);
    if (!tokens.ok || !tx.commit())
        return storageFailure();
    return Response::json(tokens.response.toJson());
}

} // namespace

void addAuthRoutes(Api &api)
{
    api.publicRoute(Method::Post, QStringLiteral("/auth/login"),
                    [&api](const Request &r) { return login(api, r); });
    api.publicRoute(Method::Post, QStringLiteral("/auth/refresh"),
                    [&api](const Request &r) { return refresh(api, r); });

    api.route(Method::Post, QStringLiteral("/auth/logout"), Api::Access::SignedIn, [](Call &call) {
        if (!call.request.body.trimmed().isEmpty()) {
            const auto body = call.body<domain::LogoutRequest>();
            if (!body)
                return invalidBody(body.error());
        }
        const QString token = QString::fromLatin1(call.request.header("authorization").mid(7).trimmed());
        QSqlQuery q(call.db());
        run(q, QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE revoked_at IS NULL AND family = "
                              "(SELECT family FROM tokens WHERE hash = ?)"),
            {call.now, auth::tokenHash(token)});
        call.audit(QStringLiteral("auth.logout"), call.principal.userId);
        return Response::noContent();
    });

    api.route(Method::Get, QStringLiteral("/auth/me"), Api::Access::SignedIn, [](Call &call) {
        const auto user = loadUser(call.db(), call.principal.tenantPk, call.principal.userPk);
        if (!user)
            return notFound();
        domain::Me me;
        me.user = *user;
        me.tenantId = call.principal.tenantId;
        QSqlQuery t = runQuery(call.db(), QStringLiteral("SELECT name FROM tenants WHERE pk = ?"),
                               {call.principal.tenantPk});
        me.tenantName = t.next() ? t.value(0).toString() : QString();
        me.adminLevel = call.principal.adminLevel;
        for (const Grant &g : call.principal.grants) {
            if (!me.roleIds.contains(g.roleId))
                me.roleIds.append(g.roleId);
        }
        me.totpEnrolled = user->mfaEnabled;
        return Response::json(me.toJson());
    });

    api.route(Method::Post, QStringLiteral("/auth/totp/enroll"), Api::Access::SignedIn, [](Call &call) {
        QSqlQuery q = runQuery(call.db(),
                               QStringLiteral("SELECT t.opt_mfa, u.totp_secret IS NOT NULL, t.name FROM users u "
                                              "JOIN tenants t ON t.pk = u.tenant_pk WHERE u.pk = ?"),
                               {call.principal.userPk});
        if (!q.next())
            return notFound();
        if (!q.value(0).toBool())
            return Response::problem(403, u"option-not-purchased", QStringLiteral("MFA not available"),
                                     QStringLiteral("Two-step sign-in is a paid option your contract does not include."));
        if (q.value(1).toBool())
            return conflict(QStringLiteral("An authenticator is already enrolled; an administrator can reset it."));
        const QByteArray secret = auth::newTotpSecret();
        QSqlQuery w(call.db());
        run(w, QStringLiteral("UPDATE users SET totp_pending_secret = ? WHERE pk = ?"), {secret, call.principal.userPk});
        call.audit(QStringLiteral("auth.totp.enroll"), call.principal.userId);
        domain::TotpEnrollment e;
        e.secret = auth::base32Encode(secret);
        e.otpauthUri = auth::otpauthUri(QStringLiteral("Kanri (%1)").arg(q.value(2).toString()),
                                        call.principal.login, secret);
        return Response::json(e.toJson());
    });

    api.route(Method::Post, QStringLiteral("/auth/totp/confirm"), Api::Access::SignedIn, [](Call &call) {
        const auto body = call.body<domain::TotpConfirm>();
        if (!body)
            return invalidBody(body.error());
        QSqlQuery q = runQuery(call.db(), QStringLiteral("SELECT totp_pending_secret FROM users WHERE pk = ?"),
                               {call.principal.userPk});
        if (!q.next() || q.value(0).isNull())
            return conflict(QStringLiteral("Start the enrolment first (POST /auth/totp/enroll)."));
        qint64 step = 0;
        if (!auth::verifyTotp(q.value(0).toByteArray(), body->code, call.now / 1000, 1, &step))
            return Response::problem(400, u"totp-invalid", QStringLiteral("Wrong authentication code"),
                                     QStringLiteral("The code does not match; check the device's clock."));
        QSqlQuery w(call.db());
        run(w, QStringLiteral("UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, "
                              "totp_last_step = ?, updated_at = ?, seq = ? WHERE pk = ?"),
            {step, call.now, nextSeq(call.db(), call.principal.tenantPk), call.principal.userPk});
        call.audit(QStringLiteral("auth.totp.confirm"), call.principal.userId);
        return Response::noContent();
    });
}

} // namespace kanri::server
