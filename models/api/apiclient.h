#pragma once

#include "api/apirequest.h"
#include "api/certificateapprover.h"
#include "api/retrypolicy.h"
#include "api/streamrequest.h"
#include "api/tlspolicy.h"
#include "domain/domain.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace kanri::api {

using HealthRequest = TypedRequest<domain::Health>;
using MeRequest = TypedRequest<domain::Me>;
using TenantRequest = TypedRequest<domain::Tenant>;
using RoleListRequest = TypedRequest<domain::Page<domain::Role>>;
using UserListRequest = TypedRequest<domain::Page<domain::User>>;
using NoticeListRequest = TypedRequest<domain::Page<domain::Notice>>;
using UsageRequest = TypedRequest<domain::UsageSeries>;
using NoContentRequest = TypedRequest<void>;

// Paging and delta parameters shared by the list operations.
struct ListParams
{
    std::optional<int> limit; // 1–1000; the service's default (100) when absent
    QString cursor;           // next_cursor of the previous page
    QString updatedSince;     // a watermark ("0" = from the beginning): the answer is a delta page

    QUrlQuery toQuery() const;
};

// The console's connection to one service, for one session. Owns the session's
// QNetworkAccessManager; builds every request with the TLS policy, the timeout, the common
// headers and the bearer token. Requests that may be repeated are retried with backoff; a 401
// holds the authenticated requests, refreshes the token once and replays them.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 30'000;

    // `baseUrl` is the service root (https://host:port); /api/v1 is appended here.
    ApiClient(QUrl baseUrl, TlsPolicy tls, QObject *parent = nullptr);
    // Sends through `network` instead of a manager of its own (tests pass a fake).
    ApiClient(QUrl baseUrl, TlsPolicy tls, std::unique_ptr<QNetworkAccessManager> network,
              QObject *parent = nullptr);
    ~ApiClient() override;

    const QUrl &baseUrl() const { return m_baseUrl; }
    const TlsPolicy &tlsPolicy() const { return m_tls; }

    // Without any data moving for this long, an attempt fails with Kind::Timeout.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    // ── TLS trust ──
    // Asked when an unpinned client meets a certificate that only lacks a trusted issuer
    // (self-signed): once, while every request that met it waits for the answer. Accepted, the
    // certificate becomes this client's pin (certificatePinned) and the requests are sent
    // again; declined, they fail with Kind::Tls and that certificate is not offered again.
    // A pinned client never asks: a different certificate is refused (certificateChanged).
    // The approver must outlive the client, or be unset first. Without one, nothing is asked.
    void setCertificateApprover(CertificateApprover *approver) { m_approver = approver; }

    // ── Session ──
    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    // POST /auth/login, then GET /auth/me. The tokens are kept in memory from then on.
    SignInRequest *signIn(const QString &login, const QString &password,
                          const std::optional<QString> &totp = std::nullopt);
    // A remembered session: POST /auth/refresh with `refreshToken`, then GET /auth/me.
    SignInRequest *resumeSession(const QString &refreshToken);
    // POST /auth/logout (revoking the refresh token too), then forgets the tokens.
    NoContentRequest *signOut();
    // Told every new refresh token, and an empty string when the session ends, so that the
    // console can keep it in the keychain ("remember me"). Memory only without it.
    void setRefreshTokenStore(std::function<void(const QString &)> store);

    // ── Endpoints ──
    HealthRequest *health();
    MeRequest *me();
    TenantRequest *tenant();
    RoleListRequest *roles(const ListParams &params = {});
    UserListRequest *users(const ListParams &params = {});
    NoticeListRequest *notices(const ListParams &params = {});
    UsageRequest *usage(QDate from, QDate to,
                        domain::Granularity granularity = domain::Granularity::Day);

    // ── Building blocks: one line per endpoint ──
    template<typename T> TypedRequest<T> *get(const QString &path, const QUrlQuery &query = {})
    {
        RequestSpec spec;
        spec.path = path;
        spec.query = query;
        return send<T>(std::move(spec));
    }
    // With an idempotency key (see newIdempotencyKey()) the create may be retried safely.
    template<typename T>
    TypedRequest<T> *post(const QString &path, const QJsonObject &body,
                          const QByteArray &idempotencyKey = {})
    {
        return send<T>(jsonSpec("POST", path, body, idempotencyKey, {}));
    }
    template<typename T>
    TypedRequest<T> *patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
    {
        return send<T>(jsonSpec("PATCH", path, body, {}, ifMatch));
    }
    NoContentRequest *remove(const QString &path, const QByteArray &ifMatch);
    // A GET whose 2xx body goes to `sink` as it arrives (a file download), never all in memory.
    // `sink` must outlive the request (or abort it first).
    StreamRequest *stream(RequestSpec spec, BodySink &sink);
    template<typename T> TypedRequest<T> *send(RequestSpec spec)
    {
        auto *request = new TypedRequest<T>(this);
        start(request, std::move(spec));
        return request;
    }
    static QByteArray newIdempotencyKey();

Q_SIGNALS:
    // The service refused to refresh the session (the refresh token expired or was revoked):
    // every held request failed with Kind::Unauthenticated. Emitted once per session.
    void sessionExpired();
    // The user approved the service's certificate: the profile should keep `fingerprint`.
    void certificatePinned(const QString &fingerprint);

private:
    static RequestSpec jsonSpec(const char *method, const QString &path, const QJsonObject &body,
                                const QByteArray &idempotencyKey, const QByteArray &ifMatch);
    void start(ApiRequest *request, RequestSpec spec, ApiRequest::Interceptor interceptor = {});
    void dispatch(ApiRequest *request);
    void transmit(ApiRequest *request);
    QNetworkRequest makeRequest(const ApiRequest &request) const;
    void watchTls(QNetworkReply *reply, ApiRequest *request);
    bool intercept(ApiRequest *request, const std::optional<ApiError> &error);
    bool interceptTls(ApiRequest *request, const ApiError &error);
    void onCertificateReviewed(quint64 review, bool accepted);

    // session.cpp
    SignInRequest *beginSession(RequestSpec spec);
    void completeSignIn(SignInRequest *request);
    bool holdForRefresh(ApiRequest *request);
    void startRefresh();
    void onRefreshFinished(TypedRequest<domain::TokenResponse> *refresh);
    void adoptTokens(const domain::TokenResponse &tokens);
    void forgetTokens();
    void expireSession();
    void releaseHeld(const std::optional<ApiError> &failure);

    QUrl m_baseUrl;
    TlsPolicy m_tls;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::chrono::milliseconds m_timeout{kTimeoutMs};
    RetryPolicy m_retry;

    QByteArray m_accessToken;
    QString m_refreshToken;
    std::function<void(const QString &)> m_storeRefreshToken;
    QTimer m_refreshTimer;              // proactive refresh, at 80 % of the lifetime
    QPointer<ApiRequest> m_refreshing;  // the one refresh in flight
    QList<QPointer<ApiRequest>> m_held; // authenticated requests waiting for it
    bool m_signingOut = false;

    CertificateApprover *m_approver = nullptr;
    quint64 m_review = 0; // the review in progress (0: none)
    quint64 m_lastReview = 0;
    QString m_reviewedFingerprint; // of the certificate under review
    QString m_declinedFingerprint; // not offered again
    QList<std::pair<QPointer<ApiRequest>, ApiError>> m_awaitingApproval;
};

} // namespace kanri::api
