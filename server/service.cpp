#include "service.h"

#include "api/healthroutes.h"
#include "http/httpservice.h"
#include "store/database.h"

#include <QDir>
#include <QSslConfiguration>
#include <QSslServer>

namespace kanri::server {

Service::Service(ServiceOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Service::~Service() = default;

bool Service::start(QString *error)
{
    if (!QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create data directory %1").arg(m_options.dataDir);
        return false;
    }
    QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                 | QFileDevice::ExeOwner);
    const QDir dir(m_options.dataDir);

    auto tls = m_options.certPath.isEmpty()
                   ? ensureLocalTlsMaterial(m_options.dataDir, error)
                   : loadTlsMaterial(m_options.certPath, m_options.keyPath, error);
    if (!tls)
        return false;
    m_tls = *tls;

    m_database = Database::open(dir.filePath(QStringLiteral("kanri.db")), error);
    if (!m_database)
        return false;

    addHealthRoutes(m_router, *m_database);

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setLocalCertificate(m_tls.certificate);
    ssl.setLocalCertificateChain(QList<QSslCertificate>{m_tls.certificate} + m_tls.chain);
    ssl.setPrivateKey(m_tls.key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);

    m_http = new HttpService(m_router, this);
    m_http->sslSetup(ssl);
    m_port = m_http->listen(m_options.listenAddress, m_options.listenPort);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (address in use or not available)")
                     .arg(m_options.listenAddress.toString())
                     .arg(m_options.listenPort);
        return false;
    }
    return true;
}

QUrl Service::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_options.listenAddress.toString());
    url.setPort(m_port);
    return url;
}

QString Service::fingerprint() const
{
    return kanri::server::fingerprint(m_tls.certificate);
}

} // namespace kanri::server
