#pragma once

#include "json.h"
#include "user.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kanri::domain {

// POST /auth/login
struct LoginRequest
{
    QString login;
    QString password;
    std::optional<QString> totp; // six ASCII digits, when the account has MFA

    static Decoded<LoginRequest> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LoginRequest &, const LoginRequest &) = default;
};

// POST /auth/refresh
struct RefreshRequest
{
    QString refreshToken;

    static Decoded<RefreshRequest> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const RefreshRequest &, const RefreshRequest &) = default;
};

// POST /auth/logout: with a refresh token, that session's refresh token is revoked too.
struct LogoutRequest
{
    std::optional<QString> refreshToken;

    static Decoded<LogoutRequest> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LogoutRequest &, const LogoutRequest &) = default;
};

struct TokenResponse
{
    QString accessToken;
    QString refreshToken;
    QString tokenType = QStringLiteral("Bearer"); // as sent; only "Bearer" (any case) decodes
    qint64 expiresIn = 0;                          // seconds
    qint64 refreshExpiresIn = 0;                   // seconds

    static Decoded<TokenResponse> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const TokenResponse &, const TokenResponse &) = default;
};

enum class AdminLevel { ContractAdmin, Admin, None };
template<>
struct EnumTraits<AdminLevel>
{
    static constexpr std::array values{std::pair{AdminLevel::ContractAdmin, "contract_admin"},
                                       std::pair{AdminLevel::Admin, "admin"},
                                       std::pair{AdminLevel::None, "none"}};
};

// GET /me: who is signed in, and what the console may offer them.
struct Me
{
    User user;
    QString tenantId;
    QString tenantName;
    AdminLevel adminLevel = AdminLevel::None;
    QStringList roleIds;
    bool totpEnrolled = false;

    static Decoded<Me> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Me &, const Me &) = default;
};

// POST /auth/totp/enroll
struct TotpEnrollment
{
    QString secret; // base32
    QString otpauthUri;

    static Decoded<TotpEnrollment> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const TotpEnrollment &, const TotpEnrollment &) = default;
};

// POST /auth/totp/confirm
struct TotpConfirm
{
    QString code; // six ASCII digits

    static Decoded<TotpConfirm> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const TotpConfirm &, const TotpConfirm &) = default;
};

// True for a one-time code as authenticator apps show it: exactly six ASCII digits.
bool isTotpCode(QStringView text);

} // namespace kanri::domain
