#include "tenant.h"

namespace kanri::domain {

namespace {
constexpr qint64 kMaxAmount = 9007199254740991; // 2^53 - 1

Decoded<PasswordPolicy> decodePasswordPolicy(const QJsonValue &json, const QString &path,
                                             bool request)
{
    JsonReader r(json, path);
    PasswordPolicy p;
    p.minLength = static_cast<int>(
        r.integer(u"min_length", PasswordPolicy::kMinLength, PasswordPolicy::kMaxLength));
    p.requireLetter = r.boolean(u"require_letter");
    p.requireDigit = r.boolean(u"require_digit");
    if (request)
        r.rejectUnknownKeys();
    return r.finish(std::move(p));
}

void checkTimeZone(JsonReader &r, QStringView key, const QString &zone)
{
    if (r.ok() && !isTimeZoneId(zone))
        r.fail(key, QStringLiteral("expected an IANA time zone such as Asia/Tokyo"));
}
} // namespace

Decoded<TenantOptions> TenantOptions::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    TenantOptions o;
    o.mfa = r.boolean(u"mfa");
    o.logExport = r.boolean(u"log_export");
    o.sso = r.boolean(u"sso");
    return r.finish(std::move(o));
}

QJsonObject TenantOptions::toJson() const
{
    return {{QStringLiteral("mfa"), mfa},
            {QStringLiteral("log_export"), logExport},
            {QStringLiteral("sso"), sso}};
}

Decoded<PasswordPolicy> PasswordPolicy::fromJson(const QJsonValue &json, const QString &path)
{
    return decodePasswordPolicy(json, path, false);
}

Decoded<PasswordPolicy> PasswordPolicy::fromRequestJson(const QJsonValue &json,
                                                        const QString &path)
{
    return decodePasswordPolicy(json, path, true);
}

QJsonObject PasswordPolicy::toJson() const
{
    return {{QStringLiteral("min_length"), minLength},
            {QStringLiteral("require_letter"), requireLetter},
            {QStringLiteral("require_digit"), requireDigit}};
}

Decoded<LockoutPolicy> LockoutPolicy::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LockoutPolicy l;
    l.maxAttempts = static_cast<int>(r.integer(u"max_attempts", 1, 1000));
    l.durationSeconds = static_cast<int>(r.integer(u"duration_seconds", 0, 366 * 24 * 3600));
    return r.finish(std::move(l));
}

QJsonObject LockoutPolicy::toJson() const
{
    return {{QStringLiteral("max_attempts"), maxAttempts},
            {QStringLiteral("duration_seconds"), durationSeconds}};
}

Decoded<LogExportPricing> LogExportPricing::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LogExportPricing p;
    p.currency = r.enumeration<Currency>(u"currency");
    p.baseFee = r.integer(u"base_fee", 0, kMaxAmount);
    p.perMillionRowsFee = r.integer(u"per_million_rows_fee", 0, kMaxAmount);
    return r.finish(std::move(p));
}

QJsonObject LogExportPricing::toJson() const
{
    return {{QStringLiteral("currency"), toWire(currency)},
            {QStringLiteral("base_fee"), baseFee},
            {QStringLiteral("per_million_rows_fee"), perMillionRowsFee}};
}

Decoded<Contract> Contract::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Contract c;
    c.status = r.enumeration<ContractStatus>(u"status");
    c.startedOn = r.date(u"started_on");
    c.endsOn = r.optDate(u"ends_on");
    return r.finish(std::move(c));
}

QJsonObject Contract::toJson() const
{
    return {{QStringLiteral("status"), toWire(status)},
            {QStringLiteral("started_on"), formatDate(startedOn)},
            {QStringLiteral("ends_on"), nullable(endsOn)}};
}

Decoded<Tenant> Tenant::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Tenant t;
    t.id = r.string(u"id");
    t.slug = r.string(u"slug");
    t.name = r.string(u"name");
    t.timeZone = r.string(u"time_zone");
    checkTimeZone(r, u"time_zone", t.timeZone);
    t.options = r.object<TenantOptions>(u"options");
    t.passwordPolicy = r.object<PasswordPolicy>(u"password_policy");
    t.lockout = r.object<LockoutPolicy>(u"lockout");
    t.logRetentionDays = static_cast<int>(r.integer(u"log_retention_days", 1, 36500));
    t.logExportPricing = r.object<LogExportPricing>(u"log_export_pricing");
    t.logExportAutoApprove = r.boolean(u"log_export_auto_approve");
    t.contract = r.object<Contract>(u"contract");
    t.updatedAt = r.dateTime(u"updated_at");
    t.etag = r.string(u"etag");
    return r.finish(std::move(t));
}

QJsonObject Tenant::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("name"), name},
            {QStringLiteral("time_zone"), timeZone},
            {QStringLiteral("options"), options.toJson()},
            {QStringLiteral("password_policy"), passwordPolicy.toJson()},
            {QStringLiteral("lockout"), lockout.toJson()},
            {QStringLiteral("log_retention_days"), logRetentionDays},
            {QStringLiteral("log_export_pricing"), logExportPricing.toJson()},
            {QStringLiteral("log_export_auto_approve"), logExportAutoApprove},
            {QStringLiteral("contract"), contract.toJson()},
            {QStringLiteral("updated_at"), formatDateTime(updatedAt)},
            {QStringLiteral("etag"), etag}};
}

Decoded<TenantUpdate> TenantUpdate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    TenantUpdate u;
    u.name = r.optString(u"name");
    u.timeZone = r.optString(u"time_zone");
    if (u.timeZone)
        checkTimeZone(r, u"time_zone", *u.timeZone);
    u.passwordPolicy = r.optRequestObject<PasswordPolicy>(u"password_policy");
    r.rejectUnknownKeys();
    return r.finish(std::move(u));
}

QJsonObject TenantUpdate::toJson() const
{
    QJsonObject o;
    if (name)
        o.insert(QStringLiteral("name"), *name);
    if (timeZone)
        o.insert(QStringLiteral("time_zone"), *timeZone);
    if (passwordPolicy)
        o.insert(QStringLiteral("password_policy"), passwordPolicy->toJson());
    return o;
}

} // namespace kanri::domain
