#include "api/apiclient.h"

#include <kanri/version.h>

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUuid>

namespace kanri::api {

ApiClient::ApiClient(QUrl baseUrl, TlsPolicy tls, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_tls(std::move(tls))
{
    m_network.setStrictTransportSecurityEnabled(true);
}

QNetworkRequest ApiClient::makeRequest(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QStringLiteral("/api/v1") + path);
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("User-Agent", QByteArrayLiteral("kanri/") + kVersion);
    request.setRawHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    return request;
}

void ApiClient::watchTls(QNetworkReply *reply, ApiRequest *request)
{
    connect(reply, &QNetworkReply::sslErrors, request,
            [this, reply, request](const QList<QSslError> &errors) {
                const QList<QSslError> ignore =
                    m_tls.errorsToIgnore(errors, reply->sslConfiguration().peerCertificate());
                if (ignore.isEmpty())
                    request->m_tlsRefused = true;
                else
                    reply->ignoreSslErrors(ignore);
            });
}

template<typename R>
R *ApiClient::get(const QString &path)
{
    auto *request = new R(this);
    QNetworkReply *reply = m_network.get(makeRequest(path));
    watchTls(reply, request);
    request->attach(reply);
    connect(request, &ApiRequest::finished, request, &QObject::deleteLater, Qt::QueuedConnection);
    return request;
}

HealthRequest *ApiClient::health()
{
    return get<HealthRequest>(QStringLiteral("/health"));
}

} // namespace kanri::api
