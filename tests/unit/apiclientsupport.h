#pragma once

// Canned service answers and helpers for tst_apiclient: wire JSON the domain types accept, and
// a way to capture a request's outcome in its `finished` slot (the request deletes itself after).
#include "api/apiclient.h"
#include "fakenetwork.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>

Q_DECLARE_METATYPE(kanri::test::Canned)
Q_DECLARE_METATYPE(kanri::api::ApiError::Kind)

namespace kanri::test {

using api::ApiError;
using api::ApiRequest;
using api::RetryPolicy;
using api::TypedRequest;
using Kind = ApiError::Kind;
using namespace std::chrono_literals;

inline const QByteArray kUser = R"({"id":"u-2","login":"sato","name":"Sato","name_kana":null,
    "email":"sato@example.jp","status":"invited","mfa_enabled":false,"last_login_at":null,
    "locked_until":null,"created_at":"2026-01-02T03:04:05Z","updated_at":"2026-01-02T03:04:06Z",
    "etag":"e-u2-1"})";
inline const QByteArray kMe = R"({"user":)" + kUser + R"(,"tenant_id":"t-1","tenant_name":"Example",
    "admin_level":"contract_admin","role_ids":["contract_admin"],"totp_enrolled":false})";
inline const QByteArray kTenant = R"({"id":"t-1","slug":"sample","name":"株式会社サンプル",
    "time_zone":"Asia/Tokyo","options":{"mfa":true,"log_export":true,"sso":false},
    "password_policy":{"min_length":12,"require_letter":true,"require_digit":false},
    "lockout":{"max_attempts":5,"duration_seconds":900},"log_retention_days":400,
    "log_export_pricing":{"currency":"JPY","base_fee":5000,"per_million_rows_fee":1200},
    "log_export_auto_approve":true,
    "contract":{"status":"active","started_on":"2025-04-01","ends_on":null},
    "updated_at":"2026-11-24T04:29:12Z","etag":"e-t1-3"})";
inline const QByteArray kRole = R"({"id":"contract_admin","name":"Contract administrator",
    "display_names":{},"description":"","scope_kind":"tenant","admin_level":"contract_admin",
    "operations":[],"assignable_operations":[]})";
inline const QByteArray kNotice = R"({"id":"n-2","kind":"info","title":"Welcome","body":"",
    "published_at":"2026-01-01T00:00:00Z","starts_at":null,"ends_at":null,
    "incident_status":null,"read":false,"updated_at":"2026-01-01T00:00:00Z","etag":"e-n2-1"})";
inline const QByteArray kUsage =
    R"({"time_zone":"Asia/Tokyo","granularity":"week","from":"2026-11-02",
    "to":"2026-11-08","buckets":[],"totals":{"logins":1,"uploads":2,"downloads":3,
    "projects_total":4,"files_total":5}})";

inline QByteArray page(const QByteArray &item)
{
    return R"({"items":[)" + item + R"(],"next_cursor":null})";
}

inline QByteArray tokens(const char *access, const char *refresh, int expiresIn = 900)
{
    return QByteArray(R"({"access_token":")") + access + R"(","refresh_token":")" + refresh +
           R"(","token_type":"Bearer","expires_in":)" + QByteArray::number(expiresIn) +
           R"(,"refresh_expires_in":2592000})";
}

inline Canned ok(const QByteArray &json)
{
    return Canned::json(200, json);
}

// Answers 200 with `json` to the bearer of `accepted`, 401 to everyone else.
inline FakeNetwork::Handler onlyFor(const QByteArray &accepted, const QByteArray &json)
{
    return [accepted, json](const Call &call) {
        return call.header("Authorization") == "Bearer " + accepted
                   ? ok(json)
                   : Canned::problem(401, "unauthenticated");
    };
}

inline QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// What a request ended with, captured in its `finished` slot (it deletes itself afterwards).
struct Outcome
{
    int finished = 0;
    std::optional<ApiError> error;
    QString requestId;
    bool done() const { return finished > 0; }
    Kind kind() const { return error ? error->kind : Kind::Cancelled; }
    QString message() const { return error ? error->message() : QString(); }
};

inline std::shared_ptr<Outcome> watch(ApiRequest *request)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(request, &ApiRequest::finished, request, [outcome, request] {
        ++outcome->finished;
        outcome->error = request->error();
        outcome->requestId = request->requestId();
    });
    return outcome;
}

template<typename T>
inline std::shared_ptr<Outcome> watch(TypedRequest<T> *request, std::optional<T> &value)
{
    QObject::connect(request, &ApiRequest::finished, request, [request, &value] {
        if (!request->error())
            value = request->result();
    });
    return watch(static_cast<ApiRequest *>(request));
}

inline bool allDone(const QList<std::shared_ptr<Outcome>> &outcomes)
{
    return QTest::qWaitFor(
        [&] {
            return std::all_of(outcomes.begin(), outcomes.end(),
                               [](const auto &o) { return o->done(); });
        },
        5000);
}

inline RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.baseDelay = 1ms;
    policy.retryAfterUnit = 10ms;
    return policy;
}

inline RetryPolicy noRetries()
{
    RetryPolicy policy = fastRetries();
    policy.maxRetries = 0;
    return policy;
}

// One row per class of error: the route asked, the canned answer, and what the person must
// be told (kind, HTTP status, a sentence the message contains).
inline void errorClassRows()
{
    QTest::addColumn<QByteArray>("route");
    QTest::addColumn<Canned>("answer");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("sentence");
    const QByteArray get = "GET /tenant";
    const QByteArray login = "POST /auth/login";
    const auto row = [](const char *name, const QByteArray &route, const Canned &answer, Kind kind,
                        int status, const char *sentence) {
        QTest::newRow(name) << route << answer << kind << status << QString::fromUtf8(sentence);
    };
    row("network down", get, Canned::failure(QNetworkReply::ConnectionRefusedError), Kind::Network,
        0, "The service cannot be reached. Check the network connection");
    row("host not found", get, Canned::failure(QNetworkReply::HostNotFoundError), Kind::Network, 0,
        "The service cannot be reached.");
    row("tls", get, Canned::failure(QNetworkReply::SslHandshakeFailedError), Kind::Tls, 0,
        "certificate is not trusted or has changed");
    row("401 session", get, Canned::problem(401, "unauthenticated"), Kind::Unauthenticated, 401,
        "Your session has ended. Please sign in again.");
    row("401 wrong password", login, Canned::problem(401, "invalid-credentials"),
        Kind::Unauthenticated, 401, "The sign-in ID or the password is wrong.");
    row("401 code required", login, Canned::problem(401, "totp-required"), Kind::Unauthenticated,
        401, "six-digit code from your authenticator app");
    row("401 wrong code", login, Canned::problem(401, "totp-invalid"), Kind::Unauthenticated, 401,
        "The authentication code is wrong or was already used.");
    row("403 forbidden", get,
        Canned::problem(403, "forbidden", R"("detail":"Only the contract administrator may.")"),
        Kind::Forbidden, 403,
        "You do not have permission to do this. Only the contract administrator may.");
    row("403 not admin", get, Canned::problem(403, "not-admin"), Kind::Forbidden, 403,
        "no administrative role, so it cannot use the console");
    row("403 disabled", login, Canned::problem(403, "account-disabled"), Kind::Forbidden, 403,
        "This account has been disabled.");
    row("403 option", get, Canned::problem(403, "option-not-purchased"), Kind::Forbidden, 403,
        "Your contract does not include this option.");
    row("404", get, Canned::problem(404, "not-found"), Kind::NotFound, 404,
        "It no longer exists on the service");
    row("409", get, Canned::problem(409, "conflict", R"("detail":"The login is taken.")"),
        Kind::Conflict, 409, "conflicts with existing data. The login is taken.");
    row("412", get, Canned::problem(412, "precondition-failed"), Kind::PreconditionFailed, 412,
        "Someone else changed this in the meantime.");
    row("413", get, Canned::problem(413, "payload-too-large"), Kind::PayloadTooLarge, 413,
        "The request is too large for the service.");
    row("423 locked", login,
        Canned::problem(423, "account-locked", R"("retry_after":900)").header("Retry-After", "900"),
        Kind::Locked, 423, "locked after too many failed sign-ins. Try again in 15 minutes.");
    row("423 retry_after only in the problem", login,
        Canned::problem(423, "account-locked", R"("retry_after":61)"), Kind::Locked, 423,
        "Try again in 2 minutes.");
    row("429 seconds", login, Canned::problem(429, "rate-limited").header("Retry-After", "30"),
        Kind::RateLimited, 429, "Too many requests. Try again in 30 seconds.");
    row("429 minutes", login, Canned::problem(429, "rate-limited").header("Retry-After", "300"),
        Kind::RateLimited, 429, "Too many requests. Try again in 5 minutes.");
    row("429 no Retry-After", login, Canned::problem(429, "rate-limited"), Kind::RateLimited, 429,
        "Too many requests. Try again in a moment.");
    row("400 validation", get,
        Canned::problem(400, "validation",
                        R"("errors":[{"field":"email","message":"must be an e-mail address"},
                                     {"field":"login","message":"is taken"}])"),
        Kind::Validation, 400,
        "Correct the marked fields. email: must be an e-mail address; login: is taken");
    row("500", get, Canned::problem(500, "internal"), Kind::Server, 500,
        "The service had an internal problem.");
    row("503 from a proxy", get, Canned{503, "<html>busy</html>", {{"Content-Type", "text/html"}}},
        Kind::Server, 503, "The service had an internal problem.");
    row("404 not from the service", get,
        Canned{404, "<html>nope</html>", {{"Content-Type", "text/html"}}}, Kind::MalformedResponse,
        404, "sent an answer the console cannot read");
    row("2xx not JSON", get, ok("<html>hello</html>"), Kind::MalformedResponse, 200,
        "sent an answer the console cannot read");
}

} // namespace kanri::test
