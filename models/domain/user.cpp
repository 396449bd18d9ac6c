#include "user.h"

namespace kanri::domain {

Decoded<User> User::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    User u;
    u.id = r.string(u"id");
    u.login = r.string(u"login");
    u.name = r.string(u"name");
    u.nameKana = r.optString(u"name_kana");
    u.email = r.string(u"email");
    u.status = r.enumeration<UserStatus>(u"status");
    u.mfaEnabled = r.boolean(u"mfa_enabled");
    u.lastLoginAt = r.optDateTime(u"last_login_at");
    u.lockedUntil = r.optDateTime(u"locked_until");
    u.createdAt = r.dateTime(u"created_at");
    u.updatedAt = r.dateTime(u"updated_at");
    u.etag = r.string(u"etag");
    return r.finish(std::move(u));
}

QJsonObject User::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("login"), login},
            {QStringLiteral("name"), name},
            {QStringLiteral("name_kana"), nullable(nameKana)},
            {QStringLiteral("email"), email},
            {QStringLiteral("status"), toWire(status)},
            {QStringLiteral("mfa_enabled"), mfaEnabled},
            {QStringLiteral("last_login_at"), nullable(lastLoginAt)},
            {QStringLiteral("locked_until"), nullable(lockedUntil)},
            {QStringLiteral("created_at"), formatDateTime(createdAt)},
            {QStringLiteral("updated_at"), formatDateTime(updatedAt)},
            {QStringLiteral("etag"), etag}};
}

void User::writeJson(JsonWriter &w) const
{
    writeUserJson(w, *this);
}

Decoded<UserCreate> UserCreate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    UserCreate c;
    c.login = r.string(u"login");
    c.name = r.string(u"name");
    c.email = r.string(u"email");
    c.password = r.optString(u"password");
    c.nameKana = r.optString(u"name_kana");
    r.rejectUnknownKeys();
    return r.finish(std::move(c));
}

QJsonObject UserCreate::toJson() const
{
    QJsonObject o{{QStringLiteral("login"), login},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("email"), email}};
    if (password)
        o.insert(QStringLiteral("password"), *password);
    if (nameKana)
        o.insert(QStringLiteral("name_kana"), *nameKana);
    return o;
}

Decoded<UserUpdate> UserUpdate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    UserUpdate u;
    u.name = r.optString(u"name");
    u.nameKana = r.patchString(u"name_kana");
    u.email = r.optString(u"email");
    u.status = r.optEnumeration<UserStatus>(u"status");
    if (u.status && *u.status != UserStatus::Active && *u.status != UserStatus::Disabled)
        r.fail(u"status", QStringLiteral("only \"active\" or \"disabled\" can be set"));
    r.rejectUnknownKeys();
    return r.finish(std::move(u));
}

QJsonObject UserUpdate::toJson() const
{
    QJsonObject o;
    if (name)
        o.insert(QStringLiteral("name"), *name);
    if (nameKana)
        o.insert(QStringLiteral("name_kana"), nullable(*nameKana));
    if (email)
        o.insert(QStringLiteral("email"), *email);
    if (status)
        o.insert(QStringLiteral("status"), toWire(*status));
    return o;
}

Decoded<PasswordReset> PasswordReset::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    PasswordReset p;
    p.password = r.optString(u"password");
    r.rejectUnknownKeys();
    return r.finish(std::move(p));
}

QJsonObject PasswordReset::toJson() const
{
    QJsonObject o;
    if (password)
        o.insert(QStringLiteral("password"), *password);
    return o;
}

Decoded<PasswordResetResult> PasswordResetResult::fromJson(const QJsonValue &json,
                                                           const QString &path)
{
    JsonReader r(json, path);
    PasswordResetResult p;
    p.temporaryPassword = r.optString(u"temporary_password");
    return r.finish(std::move(p));
}

QJsonObject PasswordResetResult::toJson() const
{
    return {{QStringLiteral("temporary_password"), nullable(temporaryPassword)}};
}

} // namespace kanri::domain
