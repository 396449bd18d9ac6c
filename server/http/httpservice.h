#pragma once

#include "http/router.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

#include <functional>

class QSslServer;

namespace kanri::server {

// Serves the routes of a Router under /api/v1 with the conventions every route shares:
// X-Request-Id on every response, problem+json for unknown paths and methods, a body limit.
class HttpService : public QAbstractHttpServer
{
public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    explicit HttpService(const Router &router, QObject *parent = nullptr);

    // Called after each response with the request, the response and the time it took; the
    // access log hooks in here.
    using Observer = std::function<void(const Request &, const Response &, qint64 latencyUs)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Serves the connections of `server` (a listening one, which this takes over), refusing
    // bodies over the limit as they arrive (BodyLimit) rather than once buffered.
    void serve(QSslServer *server);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response dispatch(Request &request) const;
    // The 413 of BodyLimit, written straight to the connection; `head` is the request line and
    // headers when they were read.
    void refuseTooLarge(QTcpSocket *socket, const QByteArray &head);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const QString &requestId,
              const Response &response);

    const Router &m_router;
    Observer m_observer;
};

} // namespace kanri::server
