#pragma once

#include "api/apirequest.h"
#include "api/tlspolicy.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace kanri::api {

// The console's connection to one service. Owns the session's QNetworkAccessManager; builds
// every request with the TLS policy, timeouts and common headers.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 30'000;

    // `baseUrl` is the service root (https://host:port); /api/v1 is appended here.
    ApiClient(QUrl baseUrl, TlsPolicy tls, QObject *parent = nullptr);

    const QUrl &baseUrl() const { return m_baseUrl; }
    const TlsPolicy &tlsPolicy() const { return m_tls; }

    HealthRequest *health();

private:
    QNetworkRequest makeRequest(const QString &path) const;
    template<typename R>
    R *get(const QString &path);
    void watchTls(QNetworkReply *reply, ApiRequest *request);

    QUrl m_baseUrl;
    TlsPolicy m_tls;
    QNetworkAccessManager m_network;
};

} // namespace kanri::api
