// Fixtures for common.h, user.h, auth.h and tenant.h.
#include "domaincases.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>
#include <cstdlib>

namespace kanri::domain::test {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

QJsonObject parseFixture(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        std::fprintf(stderr, "invalid fixture JSON at %d: %s\n%s\n", error.offset,
                     qPrintable(error.errorString()), json.constData());
        std::abort();
    }
    return document.object();
}

User fullUser()
{
    User u;
    u.id = QStringLiteral("u-1");
    u.login = QStringLiteral("tanaka");
    u.name = QStringLiteral("田中 太郎");
    u.nameKana = QStringLiteral("タナカ タロウ");
    u.email = QStringLiteral("tanaka@example.jp");
    u.status = UserStatus::Locked;
    u.mfaEnabled = true;
    u.lastLoginAt = utc(2026, 11, 20, 1, 2, 3);
    u.lockedUntil = utc(2026, 11, 24, 5, 0, 0);
    u.createdAt = utc(2025, 4, 1, 0, 0, 0);
    u.updatedAt = utc(2026, 11, 24, 4, 29, 12, 123);
    u.etag = QStringLiteral("e-u1-7");
    return u;
}

QByteArray fullUserJson()
{
    return R"({"id":"u-1","login":"tanaka","name":"田中 太郎","name_kana":"タナカ タロウ",
        "email":"tanaka@example.jp","status":"locked","mfa_enabled":true,
        "last_login_at":"2026-11-20T01:02:03Z","locked_until":"2026-11-24T05:00:00Z",
        "created_at":"2025-04-01T00:00:00Z","updated_at":"2026-11-24T04:29:12.123Z",
        "etag":"e-u1-7"})";
}

User minimalUser()
{
    User u;
    u.id = QStringLiteral("u-2");
    u.login = QStringLiteral("sato");
    u.name = QStringLiteral("Sato");
    u.email = QStringLiteral("sato@example.jp");
    u.status = UserStatus::Invited;
    u.createdAt = utc(2026, 1, 2, 3, 4, 5);
    u.updatedAt = utc(2026, 1, 2, 3, 4, 6);
    u.etag = QStringLiteral("e-u2-1");
    return u;
}

QByteArray minimalUserJson()
{
    return R"({"id":"u-2","login":"sato","name":"Sato","name_kana":null,
        "email":"sato@example.jp","status":"invited","mfa_enabled":false,
        "last_login_at":null,"locked_until":null,"created_at":"2026-01-02T03:04:05Z",
        "updated_at":"2026-01-02T03:04:06Z","etag":"e-u2-1"})";
}

namespace {

DomainCase problemCase()
{
    Problem full;
    full.type = QStringLiteral("urn:kanri:problem:validation");
    full.title = QStringLiteral("Validation failed");
    full.status = 422;
    full.detail = QStringLiteral("2 fields are invalid");
    full.instance = QStringLiteral("/api/v1/users");
    full.requestId = QStringLiteral("req-1");
    full.errors = {{QStringLiteral("email"), QStringLiteral("is not an email address")},
                   {QStringLiteral("items/3/login"), QStringLiteral("already taken")}};
    full.retryAfter = 30;
    Problem minimal;
    minimal.title = QStringLiteral("Not Found");
    minimal.status = 404;
    return responseCase<Problem>(
        "Problem",
        {.full = full,
         .fullJson = R"({"type":"urn:kanri:problem:validation","title":"Validation failed",
            "status":422,"detail":"2 fields are invalid","instance":"/api/v1/users",
            "request_id":"req-1","errors":[{"field":"email","message":"is not an email address"},
            {"field":"items/3/login","message":"already taken"}],"retry_after":30})",
         .minimal = minimal,
         .minimalJson = R"({"type":"about:blank","title":"Not Found","status":404})",
         .required = {QStringLiteral("title"), QStringLiteral("status"),
                      QStringLiteral("errors/1/message")}});
}

QList<DomainCase> commonCases()
{
    const FieldError fieldError{QStringLiteral("items/3/login"), QStringLiteral("already taken")};
    const QByteArray fieldErrorJson = R"({"field":"items/3/login","message":"already taken"})";
    const Health health{HealthStatus::Degraded, QStringLiteral("0.1.0"),
                        utc(2026, 11, 24, 4, 29, 12, 250), DatabaseStatus::Unavailable};
    const QByteArray healthJson = R"({"status":"degraded","version":"0.1.0",
        "time":"2026-11-24T04:29:12.250Z","database":"unavailable"})";
    const Health healthOk{HealthStatus::Ok, QStringLiteral("1.2.3"), utc(2026, 1, 1, 0, 0, 0),
                          DatabaseStatus::Ok};
    const QByteArray healthOkJson =
        R"({"status":"ok","version":"1.2.3","time":"2026-01-01T00:00:00Z","database":"ok"})";
    const Tombstone tombstone{QStringLiteral("u-9"), utc(2026, 11, 24, 4, 29, 12)};
    const QByteArray tombstoneJson = R"({"id":"u-9","deleted_at":"2026-11-24T04:29:12Z"})";
    return {
        responseCase<FieldError>("FieldError",
                                 {fieldError, fieldErrorJson,
                                  FieldError{QString(), QStringLiteral("Request body is empty")},
                                  R"({"field":"","message":"Request body is empty"})",
                                  {QStringLiteral("field"), QStringLiteral("message")}}),
        problemCase(),
        responseCase<Health>("Health",
                             {.full = health,
                              .fullJson = healthJson,
                              .minimal = healthOk,
                              .minimalJson = healthOkJson,
                              .required = {QStringLiteral("status"), QStringLiteral("version"),
                                           QStringLiteral("time"), QStringLiteral("database")},
                              .enums = {QStringLiteral("status"), QStringLiteral("database")}}),
        responseCase<Tombstone>(
            "Tombstone",
            {tombstone, tombstoneJson,
             Tombstone{QStringLiteral("f-1"), utc(2020, 1, 1, 0, 0, 0, 999)},
             R"({"id":"f-1","deleted_at":"2020-01-01T00:00:00.999Z"})",
             {QStringLiteral("id"), QStringLiteral("deleted_at")}}),
    };
}

QList<DomainCase> userCases()
{
    UserCreate create{QStringLiteral("sato"), QStringLiteral("佐藤 花子"),
                      QStringLiteral("sato@example.jp"), QStringLiteral("correct horse"),
                      QStringLiteral("サトウ ハナコ")};
    UserCreate createMin{QStringLiteral("ito"), QStringLiteral("Ito"),
                         QStringLiteral("ito@example.jp"), std::nullopt, std::nullopt};
    UserUpdate update{QStringLiteral("田中 次郎"), std::optional<QString>(std::nullopt),
                      QStringLiteral("jiro@example.jp"), UserStatus::Disabled};
    return {
        responseCase<User>(
            "User", {.full = fullUser(),
                     .fullJson = fullUserJson(),
                     .minimal = minimalUser(),
                     .minimalJson = minimalUserJson(),
                     .required = {QStringLiteral("id"), QStringLiteral("login"),
                                  QStringLiteral("name"), QStringLiteral("email"),
                                  QStringLiteral("status"), QStringLiteral("mfa_enabled"),
                                  QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                  QStringLiteral("etag")},
                     .enums = {QStringLiteral("status")}}),
        requestCase<UserCreate>(
            "UserCreate",
            {.full = create,
             .fullJson = R"({"login":"sato","name":"佐藤 花子","email":"sato@example.jp",
                "password":"correct horse","name_kana":"サトウ ハナコ"})",
             .minimal = createMin,
             .minimalJson = R"({"login":"ito","name":"Ito","email":"ito@example.jp"})",
             .required = {QStringLiteral("login"), QStringLiteral("name"),
                          QStringLiteral("email")}}),
        requestCase<UserUpdate>(
            "UserUpdate",
            {.full = update,
             .fullJson = R"({"name":"田中 次郎","name_kana":null,"email":"jiro@example.jp",
                "status":"disabled"})",
             .minimal = UserUpdate{},
             .minimalJson = "{}",
             .enums = {QStringLiteral("status")}}),
        requestCase<PasswordReset>("PasswordReset",
                                   {.full = PasswordReset{QStringLiteral("n3w-Passw0rd")},
                                    .fullJson = R"({"password":"n3w-Passw0rd"})",
                                    .minimal = PasswordReset{},
                                    .minimalJson = "{}"}),
        responseCase<PasswordResetResult>(
            "PasswordResetResult",
            {.full = PasswordResetResult{QStringLiteral("Xk2-9fQa")},
             .fullJson = R"({"temporary_password":"Xk2-9fQa"})",
             .minimal = PasswordResetResult{},
             .minimalJson = R"({"temporary_password":null})"}),
    };
}

QList<DomainCase> authCases()
{
    const TokenResponse tokens{QStringLiteral("at-1"), QStringLiteral("rt-1"),
                               QStringLiteral("Bearer"), 900, 2592000};
    Me me{fullUser(), QStringLiteral("t-1"), QStringLiteral("株式会社サンプル"),
          AdminLevel::ContractAdmin, {QStringLiteral("contract_admin"), QStringLiteral("general")},
          true};
    Me meMin{minimalUser(), QStringLiteral("t-2"), QStringLiteral("Example"), AdminLevel::None,
             {}, false};
    const TotpEnrollment enrollment{
        QStringLiteral("JBSWY3DPEHPK3PXP"),
        QStringLiteral("otpauth://totp/Kanri:tanaka?secret=JBSWY3DPEHPK3PXP&issuer=Kanri")};
    const QByteArray enrollmentJson = R"({"secret":"JBSWY3DPEHPK3PXP",
        "otpauth_uri":"otpauth://totp/Kanri:tanaka?secret=JBSWY3DPEHPK3PXP&issuer=Kanri"})";
    return {
        requestCase<LoginRequest>(
            "LoginRequest",
            {.full = {QStringLiteral("tanaka"), QStringLiteral("pw 1"), QStringLiteral("012345")},
             .fullJson = R"({"login":"tanaka","password":"pw 1","totp":"012345"})",
             .minimal = {QStringLiteral("sato"), QStringLiteral("pw 2"), std::nullopt},
             .minimalJson = R"({"login":"sato","password":"pw 2"})",
             .required = {QStringLiteral("login"), QStringLiteral("password")}}),
        requestCase<RefreshRequest>("RefreshRequest",
                                    {{QStringLiteral("rt-1")}, R"({"refresh_token":"rt-1"})",
                                     {QStringLiteral("rt-2")}, R"({"refresh_token":"rt-2"})",
                                     {QStringLiteral("refresh_token")}}),
        requestCase<LogoutRequest>("LogoutRequest",
                                   {{QStringLiteral("rt-1")}, R"({"refresh_token":"rt-1"})",
                                    LogoutRequest{}, "{}"}),
        responseCase<TokenResponse>(
            "TokenResponse",
            {.full = tokens,
             .fullJson = R"({"access_token":"at-1","refresh_token":"rt-1","token_type":"Bearer",
                "expires_in":900,"refresh_expires_in":2592000})",
             // The token type is case-insensitive and kept as sent.
             .minimal = {QStringLiteral("at-2"), QStringLiteral("rt-2"), QStringLiteral("bearer"),
                         0, 1},
             .minimalJson = R"({"access_token":"at-2","refresh_token":"rt-2",
                "token_type":"bearer","expires_in":0,"refresh_expires_in":1})",
             .required = {QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                          QStringLiteral("token_type"), QStringLiteral("expires_in"),
                          QStringLiteral("refresh_expires_in")}}),
        responseCase<Me>(
            "Me",
            {.full = me,
             .fullJson = R"({"user":)" + fullUserJson() + R"(,"tenant_id":"t-1",
                "tenant_name":"株式会社サンプル","admin_level":"contract_admin",
                "role_ids":["contract_admin","general"],"totp_enrolled":true})",
             .minimal = meMin,
             .minimalJson = R"({"user":)" + minimalUserJson() + R"(,"tenant_id":"t-2",
                "tenant_name":"Example","admin_level":"none","role_ids":[],
                "totp_enrolled":false})",
             .required = {QStringLiteral("user"), QStringLiteral("tenant_id"),
                          QStringLiteral("tenant_name"), QStringLiteral("admin_level"),
                          QStringLiteral("role_ids"), QStringLiteral("totp_enrolled"),
                          QStringLiteral("user/login")},
             .enums = {QStringLiteral("admin_level"), QStringLiteral("user/status")}}),
        responseCase<TotpEnrollment>(
            "TotpEnrollment",
            {enrollment, enrollmentJson,
             TotpEnrollment{QStringLiteral("mzxw6===="), QStringLiteral("otpauth://totp/x")},
             R"({"secret":"mzxw6====","otpauth_uri":"otpauth://totp/x"})",
             {QStringLiteral("secret"), QStringLiteral("otpauth_uri")}}),
        requestCase<TotpConfirm>("TotpConfirm",
                                 {{QStringLiteral("123456")}, R"({"code":"123456"})",
                                  {QStringLiteral("000000")}, R"({"code":"000000"})",
                                  {QStringLiteral("code")}}),
    };
}

Tenant fullTenant()
{
    Tenant t;
    t.id = QStringLiteral("t-1");
    t.slug = QStringLiteral("sample");
    t.name = QStringLiteral("株式会社サンプル");
    t.timeZone = QStringLiteral("Asia/Tokyo");
    t.options = {true, true, false};
    t.passwordPolicy = {12, true, false};
    t.lockout = {5, 900};
    t.logRetentionDays = 400;
    t.logExportPricing = {Currency::Jpy, 5000, 1200};
    t.logExportAutoApprove = true;
    t.contract = {ContractStatus::Cancelling, QDate(2025, 4, 1), QDate(2027, 3, 31)};
    t.updatedAt = utc(2026, 11, 24, 4, 29, 12);
    t.etag = QStringLiteral("e-t1-3");
    return t;
}

QByteArray tenantJson(const QByteArray &contract)
{
    return R"({"id":"t-1","slug":"sample","name":"株式会社サンプル","time_zone":"Asia/Tokyo",
        "options":{"mfa":true,"log_export":true,"sso":false},
        "password_policy":{"min_length":12,"require_letter":true,"require_digit":false},
        "lockout":{"max_attempts":5,"duration_seconds":900},"log_retention_days":400,
        "log_export_pricing":{"currency":"JPY","base_fee":5000,"per_million_rows_fee":1200},
        "log_export_auto_approve":true,"contract":)" +
           contract + R"(,"updated_at":"2026-11-24T04:29:12Z","etag":"e-t1-3"})";
}

QList<DomainCase> tenantCases()
{
    Tenant minimal = fullTenant();
    minimal.contract = {ContractStatus::Active, QDate(2025, 4, 1), std::nullopt};
    const QByteArray contractJson =
        R"({"status":"cancelling","started_on":"2025-04-01","ends_on":"2027-03-31"})";
    const QByteArray contractMinJson =
        R"({"status":"active","started_on":"2025-04-01","ends_on":null})";
    const QByteArray policyJson =
        R"({"min_length":12,"require_letter":true,"require_digit":false})";
    auto keys = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    return {
        responseCase<TenantOptions>("TenantOptions",
                                    {{true, true, false},
                                     R"({"mfa":true,"log_export":true,"sso":false})",
                                     {false, true, true},
                                     R"({"mfa":false,"log_export":true,"sso":true})",
                                     keys({"mfa", "log_export", "sso"})}),
        responseCase<PasswordPolicy>(
            "PasswordPolicy",
            {{12, true, false}, policyJson, {6, false, true},
             R"({"min_length":6,"require_letter":false,"require_digit":true})",
             keys({"min_length", "require_letter", "require_digit"})}),
        responseCase<LockoutPolicy>("LockoutPolicy",
                                    {{5, 900}, R"({"max_attempts":5,"duration_seconds":900})",
                                     {10, 60}, R"({"max_attempts":10,"duration_seconds":60})",
                                     keys({"max_attempts", "duration_seconds"})}),
        responseCase<LogExportPricing>(
            "LogExportPricing",
            {.full = {Currency::Jpy, 5000, 1200},
             .fullJson = R"({"currency":"JPY","base_fee":5000,"per_million_rows_fee":1200})",
             .minimal = {Currency::Jpy, 0, 0},
             .minimalJson = R"({"currency":"JPY","base_fee":0,"per_million_rows_fee":0})",
             .required = keys({"currency", "base_fee", "per_million_rows_fee"}),
             .enums = keys({"currency"})}),
        responseCase<Contract>("Contract",
                               {.full = fullTenant().contract,
                                .fullJson = contractJson,
                                .minimal = minimal.contract,
                                .minimalJson = contractMinJson,
                                .required = keys({"status", "started_on"}),
                                .enums = keys({"status"})}),
        responseCase<Tenant>(
            "Tenant",
            {.full = fullTenant(),
             .fullJson = tenantJson(contractJson),
             .minimal = minimal,
             .minimalJson = tenantJson(contractMinJson),
             .required = keys({"id", "slug", "name", "time_zone", "options", "password_policy",
                               "lockout", "log_retention_days", "log_export_pricing",
                               "log_export_auto_approve", "contract", "updated_at", "etag",
                               "options/sso", "contract/started_on", "lockout/max_attempts"}),
             .enums = keys({"contract/status", "log_export_pricing/currency"})}),
        requestCase<TenantUpdate>(
            "TenantUpdate",
            {.full = {QStringLiteral("新社名"), QStringLiteral("America/Argentina/Buenos_Aires"),
                      PasswordPolicy{12, true, false}},
             .fullJson = R"({"name":"新社名","time_zone":"America/Argentina/Buenos_Aires",
                "password_policy":)" + policyJson + "}",
             .minimal = TenantUpdate{},
             .minimalJson = "{}",
             .required = keys({"password_policy/min_length"})}),
    };
}

} // namespace

QList<DomainCase> coreCases()
{
    return commonCases() + userCases() + authCases() + tenantCases();
}

} // namespace kanri::domain::test
