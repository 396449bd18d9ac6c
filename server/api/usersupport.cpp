#include "api/usersupport.h"

#include "auth/password.h"
#include "auth/tokens.h"
#include "rbac/roles.h"
#include "store/userrows.h"

#include <QRegularExpression>

namespace kanri::server {

namespace {

// The SQL condition (on `role_assignments ra`) for assignments on a folder or project inside
// `scope` (integers only: ScopeSet's lists).
QString assignmentInside(const ScopeSet &scope)
{
    return QStringLiteral("((ra.scope_type = 'folder' AND ra.scope_pk IN %1) OR "
                          "(ra.scope_type = 'project' AND ra.scope_pk IN %2))")
        .arg(scope.folderList(), scope.projectList());
}

} // namespace

QString visibleUsers(Call &call, bool withTombstones)
{
    const ScopeSet &scope = call.administered();
    if (scope.isEverything())
        return QStringLiteral("1");
    const QString held = QStringLiteral("EXISTS (SELECT 1 FROM role_assignments ra WHERE "
                                        "ra.user_pk = u.pk%1 AND %2)");
    QString sql =
        QStringLiteral("(u.pk = %1 OR (u.deleted_at IS NULL AND %2)")
            .arg(QString::number(call.principal.userPk),
                 held.arg(QStringLiteral(" AND ra.deleted_at IS NULL"), assignmentInside(scope)));
    if (withTombstones)
        sql += QStringLiteral(" OR (u.deleted_at IS NOT NULL AND %1)")
                   .arg(held.arg(QString(), assignmentInside(scope)));
    return sql + QLatin1Char(')');
}

QString scopedAssignmentChanges(Call &call)
{
    const ScopeSet &scope = call.administered();
    return QStringLiteral(
               "SELECT ra.user_pk AS user_pk, MAX(ra.seq) AS seq, MAX(ra.updated_at) AS changed_at "
               "FROM role_assignments ra "
               "LEFT JOIN folders sf ON ra.scope_type = 'folder' AND sf.pk = ra.scope_pk "
               "LEFT JOIN projects sp ON ra.scope_type = 'project' AND sp.pk = ra.scope_pk "
               "WHERE ra.tenant_pk = ? AND ra.seq > ? AND (%1 OR (ra.deleted_at IS NOT NULL AND "
               "((sf.deleted_at IS NOT NULL AND sf.parent_pk IN %2) OR (sp.deleted_at IS NOT NULL "
               "AND sp.folder_pk IN %2)))) GROUP BY ra.user_pk")
        .arg(assignmentInside(scope), scope.folderList());
}

std::optional<UserRecord> findUser(Call &call, const QString &id)
{
    QSqlQuery q =
        runQuery(call.db(),
                 QStringLiteral("SELECT u.pk, u.login_key, u.password_hash IS NOT NULL, "
                                "u.totp_secret IS NOT NULL OR u.totp_pending_secret IS NOT NULL, "
                                "u.status, %1 FROM users u "
                                "WHERE u.id = ? AND u.tenant_pk = ? AND u.deleted_at IS NULL "
                                "AND %2")
                     .arg(userColumns(), visibleUsers(call)),
                 {id, call.principal.tenantPk});
    if (!q.next())
        return std::nullopt;
    UserRecord r;
    r.pk = q.value(0).toLongLong();
    r.loginKey = q.value(1).toString();
    r.hasPassword = q.value(2).toBool();
    r.hasTotp = q.value(3).toBool();
    r.storedStatus = q.value(4).toString();
    r.user = userFromRow(q, 5);
    return r;
}

domain::PasswordPolicy passwordPolicy(QSqlDatabase db, qint64 tenantPk)
{
    QSqlQuery q =
        runQuery(db,
                 QStringLiteral("SELECT pw_min_length, pw_require_letter, pw_require_digit "
                                "FROM tenants WHERE pk = ?"),
                 {tenantPk});
    if (!q.next())
        return domain::PasswordPolicy{};
    return domain::PasswordPolicy{q.value(0).toInt(), q.value(1).toBool(), q.value(2).toBool()};
}

std::optional<Response> checkNewPassword(QSqlDatabase db, qint64 tenantPk, const QString &field,
                                         const QString &password)
{
    // The contract's bounds on the member itself (1–1024), before the tenant's rule.
    if (password.isEmpty() || password.size() > 1024)
        return validationError(field, QStringLiteral("must be 1 to 1024 characters long"));
    const domain::PasswordPolicy policy = passwordPolicy(db, tenantPk);
    const QList<auth::PolicyViolation> violations = auth::checkPassword(password, policy);
    if (violations.isEmpty())
        return std::nullopt;
    QList<domain::FieldError> errors;
    QStringList sentences;
    for (const auth::PolicyViolation v : violations) {
        const QString message = auth::describe(v, policy);
        errors.append(domain::FieldError{field, message});
        sentences.append(message);
    }
    return Response::problem(
        400, u"validation", QStringLiteral("Invalid request"),
        QStringLiteral("The password %1. The tenant's password rule: %2.")
            .arg(sentences.join(QStringLiteral(" and ")), auth::describePolicy(policy)),
        errors);
}

QString temporaryPassword(const domain::PasswordPolicy &policy)
{
    // No look-alikes (0/O, 1/l/I): the password is read off a screen and typed in once.
    static constexpr QLatin1StringView alphabet(
        "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    const qsizetype length = std::max<qsizetype>(16, domain::minimumLength(policy));
    const auto bound = static_cast<uchar>(256 - 256 % alphabet.size()); // unbiased: reject the tail
    for (;;) {
        QString password;
        password.reserve(length);
        while (password.size() < length) {
            for (const char byte : auth::randomBytes(length)) {
                const auto b = static_cast<uchar>(byte);
                if (b >= bound || password.size() == length)
                    continue;
                password.append(QLatin1Char(alphabet.at(b % alphabet.size())));
            }
        }
        bool letter = false;
        bool digit = false;
        for (const QChar c : std::as_const(password)) {
            letter = letter || c.isLetter();
            digit = digit || c.isDigit();
        }
        if (letter && digit && auth::checkPassword(password, policy).isEmpty())
            return password;
    }
}

std::optional<Response> checkName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return validationError(QStringLiteral("name"),
                               QStringLiteral("must be 1 to 200 characters, not only spaces"));
    return std::nullopt;
}

std::optional<Response> checkNameKana(const std::optional<QString> &kana)
{
    if (kana && kana->size() > 200)
        return validationError(QStringLiteral("name_kana"),
                               QStringLiteral("must be at most 200 characters"));
    return std::nullopt;
}

std::optional<Response> checkEmail(const QString &email)
{
    // One "@", something on both sides, a dot in the domain, no spaces or control characters.
    static const QRegularExpression pattern(QStringLiteral(
        "^[^\\s@\\x00-\\x1f\\x7f]+@[^\\s@\\x00-\\x1f\\x7f.]+(\\.[^\\s@\\x00-\\x1f\\x7f.]+)+$"));
    if (email.size() > 254 || !pattern.match(email).hasMatch())
        return validationError(QStringLiteral("email"), QStringLiteral("not an e-mail address"));
    return std::nullopt;
}

bool revokeTokens(QSqlDatabase db, qint64 userPk, qint64 now)
{
    QSqlQuery q(db);
    return run(
        q,
        QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE user_pk = ? AND revoked_at IS NULL"),
        {now, userPk});
}

bool isLastContractAdmin(QSqlDatabase db, qint64 tenantPk, qint64 userPk)
{
    const QString holders = QStringLiteral(
        "SELECT COUNT(DISTINCT u.pk) FROM role_assignments ra JOIN users u ON u.pk = ra.user_pk "
        "WHERE ra.tenant_pk = ? AND ra.role_id = ? AND ra.deleted_at IS NULL AND u.deleted_at IS "
        "NULL "
        "AND u.status IN ('active', 'locked') %1");
    const QString role = QString(rbac::kContractAdmin);
    QSqlQuery self =
        runQuery(db, holders.arg(QStringLiteral("AND u.pk = ?")), {tenantPk, role, userPk});
    if (!self.next() || self.value(0).toLongLong() == 0)
        return false;
    QSqlQuery others =
        runQuery(db, holders.arg(QStringLiteral("AND u.pk <> ?")), {tenantPk, role, userPk});
    return others.next() && others.value(0).toLongLong() == 0;
}


std::optional<Response> requireContractAdmin(const Call &call, const QString &what)
{
    if (call.principal.isContractAdmin())
        return std::nullopt;
    return forbidden(QStringLiteral("Only the contract administrator may %1.").arg(what));
}

std::optional<Response> requireChangeable(Call &call, const UserRecord &record)
{
    const ScopeSet &scope = call.administered();
    if (scope.isEverything() || record.pk == call.principal.userPk)
        return std::nullopt;
    bool ok = false;
    QSqlQuery q = runQuery(call.db(),
                           QStringLiteral("SELECT ra.role_id = ? FROM role_assignments ra "
                                          "WHERE ra.user_pk = ? AND ra.deleted_at IS NULL "
                                          "AND NOT COALESCE(%1, 0) ORDER BY 1 DESC LIMIT 1")
                               .arg(assignmentInside(scope)),
                           {QString(rbac::kContractAdmin), record.pk}, &ok);
    if (!ok)
        return storageFailure();
    if (!q.next())
        return std::nullopt;
    return forbidden(q.value(0).toBool()
                         ? QStringLiteral("Only the contract administrator may change the account "
                                          "of a contract administrator.")
                         : QStringLiteral("This user also holds roles outside your scopes: only "
                                          "the contract administrator may change its account."));
}

} // namespace kanri::server
