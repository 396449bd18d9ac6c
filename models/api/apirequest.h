#pragma once

#include "api/apierror.h"
#include "domain/auth.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

class QNetworkReply;

namespace kanri::api {

// What goes on the wire for one request, kept so that the request can be sent again (a retry,
// or a replay after a token refresh).
struct RequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // below /api/v1, e.g. "/users"
    QUrlQuery query;
    std::optional<QByteArray> body; // JSON
    QByteArray idempotencyKey;      // creates: the same key on every attempt
    QByteArray ifMatch;             // updates and deletes: the object's entity-tag
    bool authenticated = true;      // carries the bearer token; a 401 refreshes and replays
    // Further headers (If-None-Match, Range, If-Range, Accept), set last: they win.
    QList<std::pair<QByteArray, QByteArray>> headers;

    // Safe to send again when the outcome of an attempt is unknown: GETs, and creates that
    // carry an Idempotency-Key (the service answers a repeat with the first result).
    bool isIdempotent() const;
};

// One request to the service. Its result or its error is set exactly once, then `finished`
// is emitted once; the request deletes itself after `finished` has been delivered, so read
// its result in the slot. Retries and replays after a token refresh happen inside: the
// caller sees only the final outcome.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ~ApiRequest() override;

    bool isFinished() const { return m_finished; }
    const std::optional<ApiError> &error() const { return m_error; }
    // X-Request-Id of the last attempt: the service's, or the one sent when no answer came.
    const QString &requestId() const { return m_requestId; }
    int httpStatus() const { return m_httpStatus; }
    // The ETag of a successful answer, to send as If-Match with a later change.
    const QByteArray &etag() const { return m_etag; }
    // A conditional GET (If-None-Match) was answered 304: a success with nothing to decode.
    bool notModified() const { return m_notModified; }
    const RequestSpec &spec() const { return m_spec; }
    int attempts() const { return m_attempts; }

    // Stops the request; unless it has finished already, it finishes with Kind::Cancelled.
    void abort();

    // What a streaming request's reply buffers at most before readBody() takes it.
    static constexpr qint64 kStreamBufferBytes = 1 << 20;

Q_SIGNALS:
    void finished();

protected:
    explicit ApiRequest(QObject *parent = nullptr);
    // Decodes a successful body; returns false (after calling failMalformed) when it cannot.
    virtual bool decode(const QByteArray &body) = 0;
    void failMalformed(const domain::DecodeError &error);
    // A streaming request is handed the body of a 2xx answer as it arrives, by readBody() on
    // every readyRead and once more at the end (then decode() gets an empty body), instead of
    // collecting it in memory. Error bodies are collected as usual.
    virtual bool streamsBody() const { return false; }
    virtual void readBody(QNetworkReply &reply) { Q_UNUSED(reply); }

private:
    friend class ApiClient;
    // Sees every outcome before it becomes final; returns true when the client takes the
    // request back (to retry it, hold it for a token refresh, or continue a sign-in).
    using Interceptor = std::function<bool(ApiRequest *, const std::optional<ApiError> &)>;

    void attach(QNetworkReply *reply, std::chrono::milliseconds timeout);
    void onReplyFinished();
    ApiError errorFromStatus(QNetworkReply *reply, const QByteArray &body) const;
    void conclude(std::optional<ApiError> error);
    // Final: fills in the request id and status when the error lacks them.
    void fail(ApiError error);
    void finish(std::optional<ApiError> error);

    RequestSpec m_spec;
    Interceptor m_interceptor;
    QByteArray m_sentRequestId;
    QByteArray m_sentToken; // the access token of the current attempt
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    std::optional<ApiError> m_error;
    QString m_requestId;
    QByteArray m_etag;
    bool m_notModified = false;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_replayed = false; // already sent again after a refresh: a second 401 is final
    bool m_finished = false;
    bool m_tlsRefused = false;
    // The refused certificate, whether its only faults were trust errors (an approval could
    // overrule them), and whether it differs from the pinned one.
    QSslCertificate m_tlsPeer;
    bool m_tlsTrustOnly = false;
    bool m_certificateChanged = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
};

// A request whose 2xx body decodes to T (any domain type with T::fromJson).
template<typename T> class TypedRequest : public ApiRequest
{
public:
    explicit TypedRequest(QObject *parent = nullptr)
        : ApiRequest(parent)
    {}
    const T &result() const { return *m_result; }

protected:
    bool decode(const QByteArray &body) override
    {
        auto decoded = domain::decodeBody<T>(body);
        if (!decoded) {
            failMalformed(decoded.error());
            return false;
        }
        m_result = std::move(decoded).value();
        return true;
    }

private:
    std::optional<T> m_result;
};

// A request answered by 204 (or whose body does not matter).
template<> class TypedRequest<void> : public ApiRequest
{
public:
    explicit TypedRequest(QObject *parent = nullptr)
        : ApiRequest(parent)
    {}

protected:
    bool decode(const QByteArray &) override { return true; }
};

// POST /auth/login (or /auth/refresh when resuming a remembered session), then GET /auth/me:
// finishes once both have answered, with the tokens and who signed in.
class SignInRequest : public ApiRequest
{
    Q_OBJECT
public:
    explicit SignInRequest(QObject *parent = nullptr)
        : ApiRequest(parent)
    {}
    const domain::TokenResponse &tokens() const { return m_tokens; }
    const domain::Me &me() const { return m_me; }

protected:
    bool decode(const QByteArray &body) override;

private:
    friend class ApiClient;
    domain::TokenResponse m_tokens;
    domain::Me m_me;
};

} // namespace kanri::api
