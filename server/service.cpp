#include "service.h"

#include "api/assetroutes.h"
#include "api/assignmentroutes.h"
#include "api/authroutes.h"
#include "api/healthroutes.h"
#include "api/labelroutes.h"
#include "api/logexportroutes.h"
#include "api/noticeroutes.h"
#include "api/roleroutes.h"
#include "api/tenantroutes.h"
#include "api/usageroutes.h"
#include "api/userroutes.h"
#include "core/api.h"
#include "core/lockoutexpiry.h"
#include "core/logs.h"
#include "core/retention.h"
#include "demo/demodata.h"
#include "exports/exportjob.h"
#include "http/servingthreads.h"
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

Service::~Service()
{
    // The serving threads stop, then the access log flushes its last rows before the database
    // closes.
    m_http.reset();
    delete m_accessLog;
}

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

    if (m_options.demo) {
        demo::DemoOptions demoOptions;
        demoOptions.users = m_options.demoUsers;
        if (!demo::seedDemo(*m_database, demoOptions, error))
            return false;
    }

    m_context = std::make_unique<ServiceContext>(ServiceContext{*m_database, m_options.config});
    m_api = std::make_unique<Api>(m_router, *m_context);
    addHealthRoutes(m_router, *m_database);
    addAuthRoutes(*m_api);
    addRoleRoutes(*m_api);
    addLabelRoutes(*m_api);
    addNoticeRoutes(*m_api);
    addUsageRoutes(*m_api);
    addAssetRoutes(*m_api);
    addAssignmentRoutes(*m_api);
    addTenantRoutes(*m_api);
    addUserRoutes(*m_api);
    addLogExportRoutes(*m_api);

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setLocalCertificate(m_tls.certificate);
    ssl.setLocalCertificateChain(QList<QSslCertificate>{m_tls.certificate} + m_tls.chain);
    ssl.setPrivateKey(m_tls.key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);

    new RetentionJob(*m_database, m_options.config.purgeIntervalSeconds, m_options.config.idempotencySeconds, this);
    new LockoutExpiry(*m_database, this);
    new exports::ExportJob(*m_database, m_options.config.exportTtlSeconds,
                           static_cast<int>(m_options.config.exportThrottleMs), this);

    HttpService::Observer observer;
    if (m_options.config.accessLog) {
        m_accessLog = new AccessLog(*m_database, this);
        observer = [log = m_accessLog](const Request &request, const Response &response, qint64 latencyUs) {
            log->record(request, response, latencyUs);
        };
    }
    m_http = std::make_unique<ServingThreads>(m_router, ssl, std::move(observer), *m_database);
    QString listenError;
    m_port = m_http->listen(m_options.listenAddress, m_options.listenPort,
                            m_options.config.httpThreads, &listenError);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (address in use or not available: %3)")
                     .arg(m_options.listenAddress.toString())
                     .arg(m_options.listenPort)
                     .arg(listenError);
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
