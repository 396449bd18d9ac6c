// PATCH and DELETE /users/{id} and the account actions (reset-password, reset-mfa, unlock).
// The contract administrator may do all of them. An administrator sees only the users inside
// its scopes (others are "not found"); of those it may change and reset the ones whose roles
// all lie inside its scopes (requireChangeable()), but deleting stays the contract
// administrator's.
#include "api/usersupport.h"

#include "auth/password.h"
#include "store/userrows.h"

namespace kanri::server {

namespace {

QString pathId(const Call &call)
{
    return call.request.params.value(QStringLiteral("id"));
}

Response changedUser(Call &call, qint64 userPk)
{
    const auto user = loadUser(call.db(), call.principal.tenantPk, userPk);
    if (!user)
        return storageFailure();
    return jsonWithEtag(user->toJson(), user->etag);
}

Response updateUser(Call &call)
{
    const auto record = findUser(call, pathId(call));
    if (!record)
        return notFound();
    if (auto denied = requireChangeable(call, *record))
        return *denied;
    const auto body = call.body<domain::UserUpdate>();
    if (!body)
        return invalidBody(body.error());
    if (!body->name && !body->nameKana && !body->email && !body->status)
        return validationError(
            QString(), QStringLiteral("give at least one of name, name_kana, email, status"));
    if (body->name) {
        if (auto bad = checkName(*body->name))
            return *bad;
    }
    if (body->nameKana) {
        if (auto bad = checkNameKana(*body->nameKana))
            return *bad;
    }
    if (body->email) {
        if (auto bad = checkEmail(*body->email))
            return *bad;
    }
    if (auto stale = checkIfMatch(call.request, record->user.etag, record->user.toJson()))
        return *stale;

    QSqlDatabase db = call.db();
    const domain::User &current = record->user;
    QString status = record->storedStatus;
    bool endSessions = false;
    if (body->status == domain::UserStatus::Active) {
        if (current.status == domain::UserStatus::Locked)
            return conflict(
                QStringLiteral("The account is locked; release it with POST /users/{id}/unlock."));
        if (current.status == domain::UserStatus::Invited)
            return conflict(
                QStringLiteral("The account has no password yet; it becomes active when "
                               "POST /users/{id}/reset-password gives it one."));
        // A disabled account that never had a password goes back to waiting for one.
        if (current.status == domain::UserStatus::Disabled)
            status = record->hasPassword ? QStringLiteral("active") : QStringLiteral("invited");
    } else if (body->status == domain::UserStatus::Disabled &&
               current.status != domain::UserStatus::Disabled) {
        if (record->pk == call.principal.userPk)
            return conflict(QStringLiteral("You cannot disable your own account."));
        if (isLastContractAdmin(db, call.principal.tenantPk, record->pk))
            return conflict(QStringLiteral(
                "This is the tenant's last contract administrator who can sign in."));
        status = QStringLiteral("disabled");
        endSessions = true;
    }

    const QString name = body->name.value_or(current.name);
    const std::optional<QString> kana = body->nameKana ? *body->nameKana : current.nameKana;
    const QString email = body->email.value_or(current.email);
    QStringList changed;
    if (name != current.name)
        changed << QStringLiteral("name");
    if (kana != current.nameKana)
        changed << QStringLiteral("name_kana");
    if (email != current.email)
        changed << QStringLiteral("email");
    if (status != record->storedStatus)
        changed << QStringLiteral("status %1").arg(status);
    if (changed.isEmpty())
        return jsonWithEtag(current.toJson(), current.etag);

    const qint64 seq = nextSeq(db, call.principal.tenantPk);
    QSqlQuery q(db);
    if (seq < 0 ||
        !run(q,
             QStringLiteral(
                 "UPDATE users SET name = ?, name_kana = ?, email = ?, status = ?, updated_at = ?, "
                 "seq = ? WHERE pk = ?"),
             {name, toDb(kana), email, status, call.now, seq, record->pk}) ||
        (endSessions && !revokeTokens(db, record->pk, call.now)))
        return storageFailure();
    call.audit(QStringLiteral("user.update"), current.id,
               QStringLiteral("changed: %1").arg(changed.join(u", ")));
    return changedUser(call, record->pk);
}

// Leaves a tombstone: the row stays (ids in logs and events still resolve to "deleted") with
// its personal data and credentials cleared, and its role assignments become tombstones too.
Response deleteUser(Call &call)
{
    const auto record = findUser(call, pathId(call));
    if (!record)
        return notFound();
    if (auto denied = requireContractAdmin(call, QStringLiteral("delete user accounts")))
        return *denied;
    if (auto stale = checkIfMatch(call.request, record->user.etag, record->user.toJson()))
        return *stale;
    if (record->pk == call.principal.userPk)
        return conflict(QStringLiteral("You cannot delete your own account."));
    QSqlDatabase db = call.db();
    const qint64 tenantPk = call.principal.tenantPk;
    if (isLastContractAdmin(db, tenantPk, record->pk))
        return conflict(
            QStringLiteral("This is the tenant's last contract administrator who can sign in."));

    const qint64 seq = nextSeq(db, tenantPk);
    QSqlQuery q(db);
    bool ok =
        seq >= 0 &&
        run(q,
            QStringLiteral(
                "UPDATE users SET login = NULL, login_key = NULL, name = '', name_kana = NULL, "
                "email = '', status = 'disabled', password_hash = NULL, totp_secret = NULL, "
                "totp_pending_secret = NULL, totp_last_step = NULL, failed_attempts = 0, "
                "locked_until = NULL, last_login_at = NULL, deleted_at = ?, updated_at = ?, "
                "seq = ? WHERE pk = ?"),
            {call.now, call.now, seq, record->pk}) &&
        run(q, QStringLiteral("DELETE FROM login_failures WHERE login_key = ?"),
            {record->loginKey}) &&
        run(q, QStringLiteral("DELETE FROM idempotency WHERE user_pk = ?"), {record->pk}) &&
        revokeTokens(db, record->pk, call.now);

    // Each tombstoned assignment gets its own change number, as every changed row does.
    QList<qint64> assignments;
    QSqlQuery held = runQuery(
        db,
        QStringLiteral("SELECT pk FROM role_assignments WHERE tenant_pk = ? AND user_pk = ? "
                       "AND deleted_at IS NULL ORDER BY pk"),
        {tenantPk, record->pk});
    while (held.next())
        assignments << held.value(0).toLongLong();
    for (const qint64 pk : std::as_const(assignments)) {
        const qint64 s = nextSeq(db, tenantPk);
        ok = ok && s >= 0 &&
             run(q,
                 QStringLiteral("UPDATE role_assignments SET deleted_at = ?, updated_at = ?, seq = "
                                "? WHERE pk = ?"),
                 {call.now, call.now, s, pk});
    }

    // Projects and files it created stay, with created_by: null; live projects change, so
    // they reach the delta.
    QList<qint64> projects;
    QSqlQuery created =
        runQuery(db,
                 QStringLiteral("SELECT pk FROM projects WHERE tenant_pk = ? AND created_by_pk = ? "
                                "AND deleted_at IS NULL ORDER BY pk"),
                 {tenantPk, record->pk});
    while (created.next())
        projects << created.value(0).toLongLong();
    for (const qint64 pk : std::as_const(projects)) {
        const qint64 s = nextSeq(db, tenantPk);
        ok = ok && s >= 0 &&
             run(q,
                 QStringLiteral("UPDATE projects SET created_by_pk = NULL, updated_at = ?, seq = ? "
                                "WHERE pk = ?"),
                 {call.now, s, pk});
    }
    ok = ok &&
         run(q,
             QStringLiteral("UPDATE projects SET created_by_pk = NULL WHERE tenant_pk = ? AND "
                            "created_by_pk = ?"),
             {tenantPk, record->pk}) &&
         run(q,
             QStringLiteral(
                 "UPDATE files SET created_by_pk = NULL WHERE tenant_pk = ? AND created_by_pk = ?"),
             {tenantPk, record->pk});
    if (!ok)
        return storageFailure();
    call.audit(QStringLiteral("user.delete"), record->user.id,
               QStringLiteral("login %1; %2 role assignment(s) removed")
                   .arg(record->user.login, QString::number(assignments.size())));
    return Response::noContent();
}

Response resetPassword(Call &call)
{
    const auto record = findUser(call, pathId(call));
    if (!record)
        return notFound();
    if (auto denied = requireChangeable(call, *record))
        return *denied;
    domain::PasswordReset reset;
    if (!call.request.body.trimmed().isEmpty()) {
        const auto body = call.body<domain::PasswordReset>();
        if (!body)
            return invalidBody(body.error());
        reset = *body;
    }
    QSqlDatabase db = call.db();
    domain::PasswordResetResult result;
    QString password;
    if (reset.password) {
        if (auto bad = checkNewPassword(db, call.principal.tenantPk, QStringLiteral("password"),
                                        *reset.password))
            return *bad;
        password = *reset.password;
    } else {
        password = temporaryPassword(passwordPolicy(db, call.principal.tenantPk));
        result.temporaryPassword = password;
    }
    const QString hash = auth::hashPassword(password);
    if (hash.isEmpty())
        return storageFailure();
    const bool activates = record->storedStatus == QLatin1StringView("invited");
    const qint64 seq = nextSeq(db, call.principal.tenantPk);
    QSqlQuery q(db);
    if (seq < 0 ||
        !run(q,
             QStringLiteral("UPDATE users SET password_hash = ?, status = ?, updated_at = ?, seq = "
                            "? WHERE pk = ?"),
             {hash, activates ? QStringLiteral("active") : record->storedStatus, call.now, seq,
              record->pk}) ||
        !revokeTokens(db, record->pk, call.now))
        return storageFailure();
    QString details = reset.password ? QStringLiteral("password set by the administrator")
                                     : QStringLiteral("temporary password issued");
    if (activates)
        details += QStringLiteral("; invited account activated");
    call.audit(QStringLiteral("user.password.reset"), record->user.id, details);
    Response response = Response::json(result.toJson());
    // The answer may hold a password: no cache may keep it.
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

Response resetMfa(Call &call)
{
    const auto record = findUser(call, pathId(call));
    if (!record)
        return notFound();
    if (auto denied = requireChangeable(call, *record))
        return *denied;
    if (record->hasTotp) {
        QSqlDatabase db = call.db();
        const qint64 seq = nextSeq(db, call.principal.tenantPk);
        QSqlQuery q(db);
        if (seq < 0 ||
            !run(q,
                 QStringLiteral("UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, "
                                "totp_last_step = NULL, updated_at = ?, seq = ? WHERE pk = ?"),
                 {call.now, seq, record->pk}))
            return storageFailure();
    }
    call.audit(QStringLiteral("user.mfa.reset"), record->user.id,
               record->hasTotp ? QStringLiteral("authenticator removed")
                               : QStringLiteral("nothing was enrolled"));
    return Response::noContent();
}

Response unlockUser(Call &call)
{
    const auto record = findUser(call, pathId(call));
    if (!record)
        return notFound();
    if (auto denied = requireChangeable(call, *record))
        return *denied;
    QSqlDatabase db = call.db();
    QSqlQuery state =
        runQuery(db,
                 QStringLiteral("SELECT locked_until IS NOT NULL OR failed_attempts <> 0 "
                                "OR status = 'locked' FROM users WHERE pk = ?"),
                 {record->pk});
    const bool wasLocked = state.next() && state.value(0).toBool();
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("DELETE FROM login_failures WHERE login_key = ?"),
             {record->loginKey}))
        return storageFailure();
    if (wasLocked) {
        const qint64 seq = nextSeq(db, call.principal.tenantPk);
        if (seq < 0 ||
            !run(
                q,
                QStringLiteral(
                    "UPDATE users SET locked_until = NULL, failed_attempts = 0, status = CASE "
                    "WHEN status = 'locked' THEN 'active' ELSE status END, updated_at = ?, seq = ? "
                    "WHERE pk = ?"),
                {call.now, seq, record->pk}))
            return storageFailure();
    }
    call.audit(QStringLiteral("user.unlock"), record->user.id,
               wasLocked ? QStringLiteral("lockout cleared")
                         : QStringLiteral("failure count cleared"));
    return Response::noContent();
}

} // namespace

void addUserActionRoutes(Api &api)
{
    api.route(Method::Patch, QStringLiteral("/users/{id}"), Api::Access::Admin, updateUser);
    api.route(Method::Delete, QStringLiteral("/users/{id}"), Api::Access::Admin, deleteUser);
    api.route(Method::Post, QStringLiteral("/users/{id}/reset-password"), Api::Access::Admin,
              resetPassword);
    api.route(Method::Post, QStringLiteral("/users/{id}/reset-mfa"), Api::Access::Admin, resetMfa);
    api.route(Method::Post, QStringLiteral("/users/{id}/unlock"), Api::Access::Admin, unlockUser);
}

} // namespace kanri::server
