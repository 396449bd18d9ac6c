#pragma once

#include "json.h"
#include "jsonwriter.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kanri::domain {

enum class UserStatus { Active, Disabled, Locked, Invited };
template<>
struct EnumTraits<UserStatus>
{
    static constexpr std::array values{
        std::pair{UserStatus::Active, "active"}, std::pair{UserStatus::Disabled, "disabled"},
        std::pair{UserStatus::Locked, "locked"}, std::pair{UserStatus::Invited, "invited"}};
};

struct User
{
    QString id;
    QString login;
    QString name;
    std::optional<QString> nameKana;
    QString email;
    UserStatus status = UserStatus::Active;
    bool mfaEnabled = false;
    std::optional<QDateTime> lastLoginAt;
    std::optional<QDateTime> lockedUntil;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString etag;

    static Decoded<User> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    // The same object written straight to compact JSON, for pages of users.
    void writeJson(JsonWriter &writer) const;
    friend bool operator==(const User &, const User &) = default;
};

// The wire object of a user from any form of its fields with User's names: User itself, or a
// row read straight from the store (UTF-8 views, UtcMs times). The one place that lists the
// members and their order for the fast writer.
template<typename U>
void writeUserJson(JsonWriter &w, const U &u)
{
    w.beginObject();
    w.key("id");
    w.string(u.id);
    w.key("login");
    w.string(u.login);
    w.key("name");
    w.string(u.name);
    w.key("name_kana");
    w.nullableString(u.nameKana);
    w.key("email");
    w.string(u.email);
    w.key("status");
    w.string(QUtf8StringView(wireLiteral(u.status)));
    w.key("mfa_enabled");
    w.boolean(u.mfaEnabled);
    w.key("last_login_at");
    w.nullableDateTime(u.lastLoginAt);
    w.key("locked_until");
    w.nullableDateTime(u.lockedUntil);
    w.key("created_at");
    w.dateTime(u.createdAt);
    w.key("updated_at");
    w.dateTime(u.updatedAt);
    w.key("etag");
    w.string(u.etag);
    w.endObject();
}

// POST /users
struct UserCreate
{
    QString login;
    QString name;
    QString email;
    std::optional<QString> password;
    std::optional<QString> nameKana;

    static Decoded<UserCreate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const UserCreate &, const UserCreate &) = default;
};

// PATCH /users/{id}: only the fields present are changed; name_kana may be set to null.
struct UserUpdate
{
    std::optional<QString> name;
    std::optional<std::optional<QString>> nameKana;
    std::optional<QString> email;
    std::optional<UserStatus> status;

    static Decoded<UserUpdate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const UserUpdate &, const UserUpdate &) = default;
};

// POST /users/{id}/reset-password: without a password the service generates a temporary one.
struct PasswordReset
{
    std::optional<QString> password;

    static Decoded<PasswordReset> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const PasswordReset &, const PasswordReset &) = default;
};

// The generated password, shown once; null when the request chose the password.
struct PasswordResetResult
{
    std::optional<QString> temporaryPassword;

    static Decoded<PasswordResetResult> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const PasswordResetResult &, const PasswordResetResult &) = default;
};

} // namespace kanri::domain
