#include "http/httpservice.h"

#include <QDateTime>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QUuid>

namespace kanri::server {

namespace {
constexpr QLatin1StringView kApiPrefix("/api/v1");

QString requestIdFor(const QHttpServerRequest &request)
{
    // A client's id is kept when it is short and printable, so its logs and ours line up.
    const QByteArray given = request.value(QByteArrayLiteral("x-request-id"));
    if (!given.isEmpty() && given.size() <= 64) {
        const bool printable = std::all_of(given.begin(), given.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                   || c == '-' || c == '_' || c == '.';
        });
        if (printable)
            return QString::fromLatin1(given);
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

HttpService::HttpService(const Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{
}

bool HttpService::handleRequest(const QHttpServerRequest &raw, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Request request;
    request.method = raw.method();
    request.path = raw.url().path();
    request.log.path = request.path;
    request.query = raw.query();
    request.body = raw.body();
    request.headers = raw.headers();
    request.peer = raw.remoteAddress();
    request.requestId = requestIdFor(raw);
    request.receivedMs = QDateTime::currentMSecsSinceEpoch();

    const Response response = dispatch(request);
    send(raw, socket, request.requestId, response);
    if (m_observer)
        m_observer(request, response, timer.nsecsElapsed() / 1000);
    return true;
}

Response HttpService::dispatch(Request &request) const
{
    if (!request.path.startsWith(kApiPrefix + QLatin1Char('/'))) {
        return Response::problem(404, u"not-found", QStringLiteral("Not found"),
                                 QStringLiteral("The API is served under /api/v1."));
    }
    request.path = request.path.mid(kApiPrefix.size());
    if (request.body.size() > kMaxBodyBytes) {
        return Response::problem(413, u"payload-too-large", QStringLiteral("Request body too large"),
                                 QStringLiteral("Bodies are limited to 1 MiB."));
    }
    Router::Match match = m_router.match(request.method, request.path);
    if (!match.handler) {
        if (match.pathExists) {
            return Response::problem(405, u"method-not-allowed", QStringLiteral("Method not allowed"),
                                     QStringLiteral("%1 is not served on this path.")
                                         .arg(methodName(request.method)));
        }
        return Response::problem(404, u"not-found", QStringLiteral("Not found"),
                                 QStringLiteral("No such resource."));
    }
    request.params = std::move(match.params);
    return (*match.handler)(request);
}

void HttpService::send(const QHttpServerRequest &request, QTcpSocket *socket,
                       const QString &requestId, const Response &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
    if (!response.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void HttpService::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, requestIdFor(request),
         Response::problem(404, u"not-found", QStringLiteral("Not found")));
}

} // namespace kanri::server
