#include "api/apirequest.h"

#include <QNetworkReply>

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

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::OperationCanceledError:
        return ApiError::Kind::Cancelled;
    default:
        return ApiError::Kind::Network;
    }
}

} // namespace

ApiRequest::ApiRequest(QObject *parent)
    : QObject(parent)
{
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::attach(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::abort()
{
    if (m_reply && !m_finished)
        m_reply->abort();
}

void ApiRequest::failMalformed(const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::MalformedResponse;
    error.httpStatus = m_httpStatus;
    error.requestId = m_requestId;
    error.technicalDetail = detail;
    finish(error);
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    const QByteArray body = reply->readAll();

    if (m_httpStatus == 0) {
        ApiError error;
        error.kind = m_tlsRefused ? ApiError::Kind::Tls : kindForNetworkError(reply->error());
        error.technicalDetail = reply->errorString();
        finish(error);
        return;
    }
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        if (decode(body))
            finish(std::nullopt);
        return;
    }
    ApiError error;
    error.kind = kindForStatus(m_httpStatus);
    error.httpStatus = m_httpStatus;
    error.requestId = m_requestId;
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
    if (ok && retryAfter >= 0)
        error.retryAfterSeconds = retryAfter;
    if (auto problem = domain::decodeBody<domain::Problem>(body)) {
        error.problem = *problem;
        error.technicalDetail = problem->title;
    } else {
        error.technicalDetail = QStringLiteral("HTTP %1 without a problem body").arg(m_httpStatus);
    }
    finish(error);
}

void ApiRequest::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
}

} // namespace kanri::api
