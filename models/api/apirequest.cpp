#include "api/apirequest.h"

#include <QDateTime>
#include <QNetworkReply>

#include <algorithm>

namespace kanri::api {

namespace {

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ApiError::Kind::Validation;
    case 401:
        return ApiError::Kind::Unauthenticated;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
    case 410:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 412:
    case 428:
        return ApiError::Kind::PreconditionFailed;
    case 413:
        return ApiError::Kind::PayloadTooLarge;
    case 423:
        return ApiError::Kind::Locked;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::MalformedResponse;
    }
}

// Statuses that proxies and load balancers answer themselves, without a problem body; their
// meaning holds anyway. Any other error status without a problem body did not come from a
// Kanri service.
bool meaningfulWithoutProblem(int status)
{
    return status == 401 || status == 413 || status == 429 || status >= 500;
}

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
    // Not cancelled by us, so Qt's own transfer timeout aborted it.
    case QNetworkReply::OperationCanceledError:
        return ApiError::Kind::Timeout;
    default:
        return ApiError::Kind::Network;
    }
}

// Retry-After: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
std::optional<int> retryAfterSeconds(const QByteArray &header)
{
    if (header.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 untilThen = QDateTime::currentDateTimeUtc().secsTo(when);
    return static_cast<int>(std::clamp<qint64>(untilThen, 0, 86400 * 7));
}

} // namespace

bool RequestSpec::isIdempotent() const
{
    return method == "GET" || method == "HEAD" || !idempotencyKey.isEmpty();
}

ApiRequest::ApiRequest(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort();
    });
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::attach(QNetworkReply *reply, std::chrono::milliseconds timeout)
{
    ++m_attempts;
    m_reply = reply;
    m_tlsRefused = false;
    m_tlsPeer = QSslCertificate();
    m_tlsTrustOnly = false;
    m_certificateChanged = false;
    m_timedOut = false;
    m_notModified = false;
    m_httpStatus = 0;
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    // An inactivity timeout, like QNetworkRequest::setTransferTimeout: a slow but moving
    // download is fine, silence is not. Ours also covers managers that ignore that setting.
    m_timeout.setInterval(timeout);
    m_timeout.start();
    auto restart = [this] {
        if (m_reply)
            m_timeout.start();
    };
    connect(reply, &QNetworkReply::downloadProgress, this, restart);
    connect(reply, &QNetworkReply::uploadProgress, this, restart);
    if (streamsBody()) {
        // Bounded: the reply holds at most this much until readBody() takes it.
        reply->setReadBufferSize(kStreamBufferBytes);
        connect(reply, &QNetworkReply::readyRead, this, [this] {
            if (!m_reply || m_finished)
                return;
            const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300)
                readBody(*m_reply);
        });
    }
}

void ApiRequest::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished
        if (m_reply)
            return;
    }
    if (!m_finished) { // held for a refresh, waiting for a retry, or between steps
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        fail(error);
    }
}

void ApiRequest::failMalformed(const domain::DecodeError &error)
{
    ApiError e;
    e.kind = ApiError::Kind::MalformedResponse;
    e.httpStatus = m_httpStatus;
    e.requestId = m_requestId;
    e.field = error.field;
    e.technicalDetail = error.toString();
    conclude(e);
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timeout.stop();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answeredId = reply->rawHeader("X-Request-Id");
    m_requestId = QString::fromLatin1(answeredId.isEmpty() ? m_sentRequestId : answeredId);
    const bool success = m_httpStatus >= 200 && m_httpStatus < 300;
    const bool streamed = success && streamsBody();
    // An aborted reply is closed: it has no body to read.
    const QByteArray body = streamed || !reply->isOpen() ? QByteArray() : reply->readAll();

    // No status, or a success cut off in the middle of its body: the transfer failed.
    if (m_httpStatus == 0 || (success && reply->error() != QNetworkReply::NoError)) {
        ApiError error;
        if (m_cancelled)
            error.kind = ApiError::Kind::Cancelled;
        else if (m_tlsRefused)
            error.kind = ApiError::Kind::Tls;
        else if (m_timedOut)
            error.kind = ApiError::Kind::Timeout;
        else
            error.kind = kindForNetworkError(reply->error());
        error.certificateChanged = error.kind == ApiError::Kind::Tls && m_certificateChanged;
        error.requestId = m_requestId;
        error.technicalDetail = reply->errorString();
        conclude(error);
        return;
    }
    if (m_httpStatus == 304) {
        m_etag = reply->rawHeader("ETag");
        m_notModified = true;
        conclude(std::nullopt);
        return;
    }
    if (success) {
        m_etag = reply->rawHeader("ETag");
        if (streamed) {
            readBody(*reply); // the rest; it may have aborted the request
            if (m_finished)
                return;
        }
        if (decode(body))
            conclude(std::nullopt);
        return;
    }
    conclude(errorFromStatus(reply, body));
}

ApiError ApiRequest::errorFromStatus(QNetworkReply *reply, const QByteArray &body) const
{
    ApiError error;
    error.kind = kindForStatus(m_httpStatus);
    error.httpStatus = m_httpStatus;
    error.requestId = m_requestId;
    error.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
    if (auto problem = domain::decodeBody<domain::Problem>(body)) {
        error.problem = *problem;
        error.technicalDetail = problem->title;
        if (!error.retryAfterSeconds && problem->retryAfter)
            error.retryAfterSeconds = static_cast<int>(*problem->retryAfter);
    } else {
        if (!meaningfulWithoutProblem(m_httpStatus))
            error.kind = ApiError::Kind::MalformedResponse;
        error.technicalDetail =
            QStringLiteral("HTTP %1 without a problem body (%2)")
                .arg(m_httpStatus)
                .arg(reply->header(QNetworkRequest::ContentTypeHeader).toString());
    }
    return error;
}

void ApiRequest::conclude(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    if (m_interceptor && !m_cancelled && m_interceptor(this, error))
        return;
    finish(std::move(error));
}

void ApiRequest::fail(ApiError error)
{
    if (error.requestId.isEmpty())
        error.requestId =
            m_requestId.isEmpty() ? QString::fromLatin1(m_sentRequestId) : m_requestId;
    if (error.httpStatus == 0)
        error.httpStatus = m_httpStatus;
    finish(std::move(error));
}

void ApiRequest::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_error = std::move(error);
    Q_EMIT finished();
}

bool SignInRequest::decode(const QByteArray &body)
{
    auto decoded = domain::decodeBody<domain::TokenResponse>(body);
    if (!decoded) {
        failMalformed(decoded.error());
        return false;
    }
    m_tokens = std::move(decoded).value();
    return true;
}

} // namespace kanri::api
