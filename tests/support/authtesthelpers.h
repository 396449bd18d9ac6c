#pragma once
// Sign-in matters shared by the service, session and UI tests: enrolling an account in TOTP
// through the API, and an OpenSSL server that speaks only TLS 1.1.
#include "auth/totp.h"
#include "servicefixture.h"

#include <QDateTime>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <optional>

namespace kanri::test {

// The account of `token` enrols in TOTP and confirms it with the current code. Returns the
// secret (to compute later codes with server::auth::totpCode), or nullopt when that failed.
// The current step's code is used up by the confirmation: sign in with the next step's.
inline std::optional<QByteArray> enrolTotp(ServiceFixture &svc, const QString &token, qint64 now)
{
    const HttpAnswer enrol = svc.request("POST", QStringLiteral("/auth/totp/enroll"), {}, token);
    if (enrol.status != 200)
        return std::nullopt;
    auto secret = server::auth::base32Decode(enrol.json().value(QStringLiteral("secret")).toString());
    if (!secret)
        return std::nullopt;
    const HttpAnswer confirm = svc.post(QStringLiteral("/auth/totp/confirm"),
                                        {{QStringLiteral("code"), server::auth::totpCode(*secret, now)}}, token);
    if (confirm.status != 204)
        return std::nullopt;
    return secret;
}

// `openssl s_server` on a free loopback port, allowing only TLS 1.1 (and the old ciphers it
// needs), with the service's own certificate; extra arguments e.g. "-www" or "-naccept 1".
class Tls11Server
{
public:
    Tls11Server(const QString &certificate, const QString &key, const QStringList &extra)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return;
        m_port = probe.serverPort();
        probe.close();
        m_process.start(QStringLiteral("openssl"),
                        QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"), QString::number(m_port),
                                    QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                    QStringLiteral("DEFAULT@SECLEVEL=0"), QStringLiteral("-cert"), certificate,
                                    QStringLiteral("-key"), key}
                            + extra);
        if (m_process.waitForStarted())
            QTest::qWait(500); // until it listens
    }
    ~Tls11Server()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    bool started() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace kanri::test
