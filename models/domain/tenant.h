#pragma once

#include "json.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kanri::domain {

// Money on the wire is an integer amount of yen; the currency field names it.
enum class Currency { Jpy };
template<>
struct EnumTraits<Currency>
{
    static constexpr std::array values{std::pair{Currency::Jpy, "JPY"}};
};

// Purchased options of the tenant's contract.
struct TenantOptions
{
    bool mfa = false;
    bool logExport = false;
    bool sso = false;

    static Decoded<TenantOptions> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const TenantOptions &, const TenantOptions &) = default;
};

struct PasswordPolicy
{
    static constexpr int kMinLength = 6;
    static constexpr int kMaxLength = 128;

    // The seed's policy (KUMIKI §3.2.2): at least 6 characters, with letters and digits.
    int minLength = kMinLength;
    bool requireLetter = true;
    bool requireDigit = true;

    static Decoded<PasswordPolicy> fromJson(const QJsonValue &json, const QString &path);
    // Inside TenantUpdate: unknown keys refused.
    static Decoded<PasswordPolicy> fromRequestJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const PasswordPolicy &, const PasswordPolicy &) = default;
};

struct LockoutPolicy
{
    int maxAttempts = 5;       // failed logins before the account locks
    int durationSeconds = 900; // how long it stays locked

    static Decoded<LockoutPolicy> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LockoutPolicy &, const LockoutPolicy &) = default;
};

struct LogExportPricing
{
    Currency currency = Currency::Jpy;
    qint64 baseFee = 0;
    qint64 perMillionRowsFee = 0;

    static Decoded<LogExportPricing> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LogExportPricing &, const LogExportPricing &) = default;
};

enum class ContractStatus { Active, Cancelling, Terminated };
template<>
struct EnumTraits<ContractStatus>
{
    static constexpr std::array values{std::pair{ContractStatus::Active, "active"},
                                       std::pair{ContractStatus::Cancelling, "cancelling"},
                                       std::pair{ContractStatus::Terminated, "terminated"}};
};

struct Contract
{
    ContractStatus status = ContractStatus::Active;
    QDate startedOn;
    std::optional<QDate> endsOn;

    static Decoded<Contract> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Contract &, const Contract &) = default;
};

// GET /tenant
struct Tenant
{
    QString id;
    QString slug;
    QString name;
    QString timeZone; // IANA, e.g. "Asia/Tokyo"
    TenantOptions options;
    PasswordPolicy passwordPolicy;
    LockoutPolicy lockout;
    int logRetentionDays = 0;
    LogExportPricing logExportPricing;
    bool logExportAutoApprove = false;
    Contract contract;
    QDateTime updatedAt;
    QString etag;

    static Decoded<Tenant> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Tenant &, const Tenant &) = default;
};

// PATCH /tenant (contract admin only): only the fields present are changed.
struct TenantUpdate
{
    std::optional<QString> name;
    std::optional<QString> timeZone;
    std::optional<PasswordPolicy> passwordPolicy;

    static Decoded<TenantUpdate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const TenantUpdate &, const TenantUpdate &) = default;
};

} // namespace kanri::domain
