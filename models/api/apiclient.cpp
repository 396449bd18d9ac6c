#include "api/apiclient.h"

#include <kanri/version.h>

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUuid>

#include <algorithm>

namespace kanri::api {

ApiClient::ApiClient(QUrl baseUrl, TlsPolicy tls, QObject *parent)
    : ApiClient(std::move(baseUrl), std::move(tls), std::make_unique<QNetworkAccessManager>(),
                parent)
{}

ApiClient::ApiClient(QUrl baseUrl, TlsPolicy tls, std::unique_ptr<QNetworkAccessManager> network,
                     QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_tls(std::move(tls))
    , m_network(std::move(network))
{
    m_network->setStrictTransportSecurityEnabled(true);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ApiClient::startRefresh);
}

ApiClient::~ApiClient()
{
    // The requests (our children) abort their replies, which belong to the manager: delete
    // them while it still exists, and before any of them could reach back into a half-gone
    // client.
    m_held.clear();
    const auto requests = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
    for (ApiRequest *request : requests) {
        request->m_interceptor = {};
        delete request;
    }
}

QByteArray ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

RequestSpec ApiClient::jsonSpec(const char *method, const QString &path, const QJsonObject &body,
                                const QByteArray &idempotencyKey, const QByteArray &ifMatch)
{
    RequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.body = domain::toBytes(body);
    spec.idempotencyKey = idempotencyKey;
    spec.ifMatch = ifMatch;
    return spec;
}

StreamRequest *ApiClient::stream(RequestSpec spec, BodySink &sink)
{
    auto *request = new StreamRequest(sink, this);
    start(request, std::move(spec));
    return request;
}

NoContentRequest *ApiClient::remove(const QString &path, const QByteArray &ifMatch)
{
    RequestSpec spec;
    spec.method = QByteArrayLiteral("DELETE");
    spec.path = path;
    spec.ifMatch = ifMatch;
    return send<void>(std::move(spec));
}

void ApiClient::start(ApiRequest *request, RequestSpec spec, ApiRequest::Interceptor interceptor)
{
    request->m_spec = std::move(spec);
    // One id for every attempt of this request, so an error report finds them all in the
    // service's access log.
    request->m_sentRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    if (interceptor)
        request->m_interceptor = std::move(interceptor);
    else
        request->m_interceptor = [this](ApiRequest *r, const std::optional<ApiError> &error) {
            return intercept(r, error);
        };
    connect(request, &ApiRequest::finished, request, &QObject::deleteLater, Qt::QueuedConnection);
    dispatch(request);
}

void ApiClient::dispatch(ApiRequest *request)
{
    if (request->isFinished())
        return;
    if (request->m_spec.authenticated && m_refreshing) {
        m_held.append(request); // sent with the new token once the refresh answers
        return;
    }
    transmit(request);
}

QNetworkRequest ApiClient::makeRequest(const ApiRequest &request) const
{
    const RequestSpec &spec = request.m_spec;
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QStringLiteral("/api/v1") + spec.path);
    if (!spec.query.isEmpty())
        url.setQuery(spec.query);
    QNetworkRequest wire(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    wire.setSslConfiguration(ssl);
    wire.setTransferTimeout(static_cast<int>(m_timeout.count()));
    wire.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    wire.setRawHeader("Accept", "application/json, application/problem+json");
    wire.setRawHeader("User-Agent", QByteArrayLiteral("kanri/") + kVersion);
    wire.setRawHeader("X-Request-Id", request.m_sentRequestId);
    if (spec.body)
        wire.setRawHeader("Content-Type", "application/json");
    if (!spec.idempotencyKey.isEmpty())
        wire.setRawHeader("Idempotency-Key", spec.idempotencyKey);
    if (!spec.ifMatch.isEmpty())
        wire.setRawHeader("If-Match", spec.ifMatch);
    if (!request.m_sentToken.isEmpty())
        wire.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + request.m_sentToken);
    for (const auto &[name, value] : spec.headers)
        wire.setRawHeader(name, value);
    return wire;
}

void ApiClient::transmit(ApiRequest *request)
{
    request->m_sentToken = request->m_spec.authenticated ? m_accessToken : QByteArray();
    const QNetworkRequest wire = makeRequest(*request);
    const RequestSpec &spec = request->m_spec;
    const QByteArray body = spec.body.value_or(QByteArray());
    QNetworkReply *reply = nullptr;
    if (spec.method == "GET")
        reply = m_network->get(wire);
    else if (spec.method == "POST")
        reply = m_network->post(wire, body);
    else if (spec.method == "PUT")
        reply = m_network->put(wire, body);
    else if (spec.method == "DELETE" && !spec.body)
        reply = m_network->deleteResource(wire);
    else
        reply = m_network->sendCustomRequest(wire, spec.method, body);
    watchTls(reply, request);
    request->attach(reply, m_timeout);
}

void ApiClient::watchTls(QNetworkReply *reply, ApiRequest *request)
{
    connect(reply, &QNetworkReply::sslErrors, request,
            [this, reply, request](const QList<QSslError> &errors) {
                const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                const QList<QSslError> ignore = m_tls.errorsToIgnore(errors, peer);
                if (!ignore.isEmpty()) {
                    reply->ignoreSslErrors(ignore);
                    return;
                }
                request->m_tlsRefused = true;
                request->m_tlsPeer = peer;
                request->m_tlsTrustOnly =
                    !peer.isNull() &&
                    std::all_of(errors.begin(), errors.end(),
                                [](const QSslError &e) { return isTrustError(e.error()); });
                request->m_certificateChanged =
                    !peer.isNull() && !m_tls.pinnedFingerprint().isEmpty() &&
                    certificateFingerprint(peer).compare(m_tls.pinnedFingerprint(),
                                                         Qt::CaseInsensitive) != 0;
            });
}

bool ApiClient::interceptTls(ApiRequest *request, const ApiError &error)
{
    if (error.certificateChanged || !request->m_tlsTrustOnly || request->m_tlsPeer.isNull())
        return false;
    const QString fingerprint = certificateFingerprint(request->m_tlsPeer);
    const QString &pin = m_tls.pinnedFingerprint();
    if (!pin.isEmpty()) {
        // Pinned while this request's handshake was under way.
        if (fingerprint.compare(pin, Qt::CaseInsensitive) == 0) {
            dispatch(request);
        } else {
            ApiError changed = error;
            changed.certificateChanged = true;
            request->fail(changed);
        }
        return true;
    }
    if (!m_approver || fingerprint == m_declinedFingerprint)
        return false;
    if (m_review != 0) {
        // Another request's handshake met a certificate that is already being reviewed (or,
        // rarely, a different one: it will be refused as changed once the first is pinned).
        m_awaitingApproval.append({request, error});
        return true;
    }
    m_review = ++m_lastReview;
    m_reviewedFingerprint = fingerprint;
    m_awaitingApproval.append({request, error});
    QPointer<ApiClient> self(this);
    const quint64 review = m_review;
    m_approver->review(CertificateReview::of(request->m_tlsPeer, m_baseUrl.host()),
                       [self, review](bool accepted) {
                           // Handled from the event loop: the approver may answer at once,
                           // from inside this call, or long after the client is gone.
                           if (self)
                               QMetaObject::invokeMethod(
                                   self.get(),
                                   [self, review, accepted] {
                                       if (self)
                                           self->onCertificateReviewed(review, accepted);
                                   },
                                   Qt::QueuedConnection);
                       });
    return true;
}

void ApiClient::onCertificateReviewed(quint64 review, bool accepted)
{
    if (review != m_review)
        return; // answered twice
    m_review = 0;
    const QString fingerprint = std::exchange(m_reviewedFingerprint, {});
    const auto waiting = std::exchange(m_awaitingApproval, {});
    if (accepted) {
        m_tls = TlsPolicy(fingerprint);
        Q_EMIT certificatePinned(fingerprint);
    } else {
        m_declinedFingerprint = fingerprint;
    }
    for (const auto &[request, error] : waiting) {
        if (!request || request->isFinished())
            continue;
        if (accepted && certificateFingerprint(request->m_tlsPeer) == fingerprint) {
            dispatch(request);
        } else {
            ApiError refused = error;
            refused.certificateChanged = accepted; // met a different certificate meanwhile
            request->fail(refused);
        }
    }
}

bool ApiClient::intercept(ApiRequest *request, const std::optional<ApiError> &error)
{
    if (!error)
        return false;
    if (error->kind == ApiError::Kind::Tls && request->m_tlsRefused)
        return interceptTls(request, *error);
    if (error->kind == ApiError::Kind::Unauthenticated && request->m_spec.authenticated)
        return holdForRefresh(request);
    const auto delay = retryDelay(request->m_spec, *error, request->m_retries, m_retry);
    if (!delay)
        return false;
    ++request->m_retries;
    QTimer::singleShot(*delay, request, [this, request] { dispatch(request); });
    return true;
}

// ── Endpoints ──

QUrlQuery ListParams::toQuery() const
{
    QUrlQuery query;
    if (limit)
        query.addQueryItem(QStringLiteral("limit"), QString::number(*limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (!updatedSince.isEmpty())
        query.addQueryItem(QStringLiteral("updated_since"), updatedSince);
    return query;
}

HealthRequest *ApiClient::health()
{
    RequestSpec spec;
    spec.path = QStringLiteral("/health");
    spec.authenticated = false;
    return send<domain::Health>(std::move(spec));
}

MeRequest *ApiClient::me()
{
    return get<domain::Me>(QStringLiteral("/auth/me"));
}

TenantRequest *ApiClient::tenant()
{
    return get<domain::Tenant>(QStringLiteral("/tenant"));
}

RoleListRequest *ApiClient::roles(const ListParams &params)
{
    return get<domain::Page<domain::Role>>(QStringLiteral("/roles"), params.toQuery());
}

UserListRequest *ApiClient::users(const ListParams &params)
{
    return get<domain::Page<domain::User>>(QStringLiteral("/users"), params.toQuery());
}

NoticeListRequest *ApiClient::notices(const ListParams &params)
{
    return get<domain::Page<domain::Notice>>(QStringLiteral("/notices"), params.toQuery());
}

UsageRequest *ApiClient::usage(QDate from, QDate to, domain::Granularity granularity)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), domain::formatDate(from));
    query.addQueryItem(QStringLiteral("to"), domain::formatDate(to));
    query.addQueryItem(QStringLiteral("granularity"), domain::toWire(granularity));
    return get<domain::UsageSeries>(QStringLiteral("/usage"), query);
}

} // namespace kanri::api
