#pragma once

// A real kanri-service process for integration tests, and a small synchronous HTTPS client
// that talks to it with the certificate pinned. Tests assert on what the wire carries.

#include "api/tlspolicy.h"
#include "service/localservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace kanri::test {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    // The problem type's code ("urn:kanri:problem:not-found" → "not-found").
    QString problem() const
    {
        return json().value(QStringLiteral("type")).toString().remove(QStringLiteral("urn:kanri:problem:"));
    }
};

class ServiceFixture
{
public:
    // Starts `kanri-service --data-dir <tmp> --listen 127.0.0.1:0 <arguments>` and waits for
    // its ready line. Check started() afterwards.
    explicit ServiceFixture(const QStringList &arguments = {QStringLiteral("--demo")},
                            const QString &dataDir = {})
    {
        m_dataDir = dataDir.isEmpty() ? m_tmp.path() : dataDir;
        start(arguments);
    }

    bool started() const { return m_service && m_service->isReady(); }
    QUrl url() const { return m_service->url(); }
    QString fingerprint() const { return m_service->fingerprint(); }
    const QString &dataDir() const { return m_dataDir; }
    // The service's process id (e.g. to kill it hard); 0 when not running.
    qint64 processId() const { return m_service ? m_service->processId() : 0; }

    void stop() { m_service.reset(); }
    // Ends the process as a crash would (SIGKILL): no shutdown code runs.
    void crash()
    {
        if (m_service && m_service->processId() > 0)
            ::kill(static_cast<pid_t>(m_service->processId()), SIGKILL);
        QTest::qWait(200);
        m_service.reset();
    }
    bool restart(const QStringList &arguments = {QStringLiteral("--demo")})
    {
        m_service.reset();
        start(arguments);
        return started();
    }

    // One request; `token` becomes a bearer token; `headers` are extra headers.
    HttpAnswer request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QUrl u = url();
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(QStringLiteral("/api/v1") + (q < 0 ? path : path.left(q)));
        if (q >= 0)
            u.setQuery(path.mid(q + 1), QUrl::StrictMode);
        QNetworkRequest r(u);
        r.setTransferTimeout(60'000);
        if (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT")
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        for (const auto &[k, v] : headers)
            r.setRawHeader(k, v);
        QNetworkReply *reply = m_network.sendCustomRequest(r, method, body);
        const api::TlsPolicy pin(fingerprint());
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
            reply->ignoreSslErrors(pin.errorsToIgnore(errors, reply->sslConfiguration().peerCertificate()));
        });
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(60'000);
        HttpAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.headers = reply->rawHeaderPairs();
        if (a.status == 0)
            a.networkError = reply->errorString();
        reply->deleteLater();
        return a;
    }
    HttpAnswer get(const QString &path, const QString &token = {}) { return request("GET", path, {}, token); }
    // Any method with a JSON body (none when `body` is empty).
    HttpAnswer send(const QByteArray &method, const QString &path, const QJsonObject &body,
                    const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                       token, headers);
    }
    HttpAnswer post(const QString &path, const QJsonObject &body, const QString &token = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
    }

    // Signs in and returns the access token (empty on failure).
    QString signIn(const QString &login, const QString &password = QStringLiteral("demo1234"))
    {
        const HttpAnswer a = post(QStringLiteral("/auth/login"),
                                  {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
        return a.status == 200 ? a.json().value(QStringLiteral("access_token")).toString() : QString();
    }

private:
    void start(const QStringList &arguments)
    {
        m_service = std::make_unique<service::LocalService>();
        QSignalSpy ready(m_service.get(), &service::LocalService::ready);
        QSignalSpy failed(m_service.get(), &service::LocalService::failed);
        m_service->start(m_dataDir, arguments, 120'000);
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 120'000))
            qWarning() << "kanri-service did not become ready in time";
        if (!failed.isEmpty())
            qWarning() << "kanri-service failed:" << failed.first().first().toString();
    }

    QTemporaryDir m_tmp;
    QString m_dataDir;
    std::unique_ptr<service::LocalService> m_service;
    QNetworkAccessManager m_network;
};

} // namespace kanri::test
