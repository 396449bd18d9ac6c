#pragma once

#include "http/router.h"
#include "serviceoptions.h"
#include "tls/certificates.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace kanri::server {

class AccessLog;
class Api;
class Database;
class ServingThreads;
struct ServiceContext;

// The composition root of kanri-service: TLS material, database, routes and the HTTPS
// listener (its serving threads).
class Service : public QObject
{
    Q_OBJECT
public:
    explicit Service(ServiceOptions options, QObject *parent = nullptr);
    ~Service() override;

    bool start(QString *error);

    QUrl url() const;
    QString fingerprint() const;
    const Router &router() const { return m_router; }

private:
    ServiceOptions m_options;
    TlsMaterial m_tls;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<Api> m_api;
    AccessLog *m_accessLog = nullptr;
    Router m_router;
    std::unique_ptr<ServingThreads> m_http;
    quint16 m_port = 0;
};

} // namespace kanri::server
