#include "http/httpservice.h"

#include "http/bodylimit.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerResponder>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUuid>

#include <memory>

namespace kanri::server {

namespace {
constexpr QLatin1StringView kApiPrefix("/api/v1");

// Writes a byte range of a file to a connection as fast as the connection drains, so a large
// download holds at most about a megabyte in memory. Lives as a child of the socket: a client
// that goes away ends the transfer.
class FileStream : public QObject
{
public:
    static constexpr qint64 kChunk = 256 * 1024;
    static constexpr qint64 kHighWater = 1024 * 1024;

    FileStream(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 length)
        : QObject(socket)
        , m_socket(socket)
        , m_file(std::move(file))
        , m_remaining(length)
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &FileStream::pump);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, &FileStream::pump);
    }

    void pump()
    {
        while (m_remaining > 0 && pending() < kHighWater) {
            const QByteArray chunk = m_file->read(std::min(m_remaining, kChunk));
            if (chunk.isEmpty()) {
                // The file shrank or failed under us: the promised length cannot be kept, so
                // the client must see a broken transfer rather than a short "complete" one.
                m_socket->abort();
                return;
            }
            m_socket->write(chunk);
            m_remaining -= chunk.size();
        }
        if (m_remaining == 0)
            deleteLater();
    }

private:
    qint64 pending() const
    {
        qint64 bytes = m_socket->bytesToWrite();
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
            bytes += ssl->encryptedBytesToWrite();
        return bytes;
    }

    QTcpSocket *m_socket;
    std::unique_ptr<QFile> m_file;
    qint64 m_remaining;
};

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

Response payloadTooLarge()
{
    return Response::problem(413, u"payload-too-large", QStringLiteral("Request body too large"),
                             QStringLiteral("Bodies are limited to 1 MiB."));
}
} // namespace

HttpService::HttpService(const Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{
}

void HttpService::serve(QSslServer *server)
{
    bind(server);
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        new BodyLimit(socket, kMaxBodyBytes, [this](QTcpSocket *s, const QByteArray &head) {
            refuseTooLarge(s, head);
        });
    });
}

void HttpService::refuseTooLarge(QTcpSocket *socket, const QByteArray &head)
{
    Request request;
    request.method = Method::Unknown;
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() == 3) {
        static const QHash<QByteArray, Method> methods{
            {"GET", Method::Get},       {"POST", Method::Post}, {"PUT", Method::Put},
            {"PATCH", Method::Patch},   {"DELETE", Method::Delete}, {"HEAD", Method::Head},
            {"OPTIONS", Method::Options}};
        request.method = methods.value(requestLine.at(0), Method::Unknown);
        request.log.path = QUrl::fromEncoded(requestLine.at(1)).path();
    }
    request.peer = socket->peerAddress();
    request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.receivedMs = QDateTime::currentMSecsSinceEpoch();
    const Response response = payloadTooLarge();
    socket->write("HTTP/1.1 413 Payload Too Large\r\nX-Request-Id: " + request.requestId.toLatin1()
                  + "\r\nContent-Type: " + response.contentType + "\r\nContent-Length: "
                  + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n"
                  + response.body);
    if (m_observer)
        m_observer(request, response, 0);
}

bool HttpService::handleRequest(const QHttpServerRequest &raw, QTcpSocket *socket)
{
    BodyLimit::requestDone(socket);
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
    if (request.body.size() > kMaxBodyBytes)
        return payloadTooLarge();
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
    std::unique_ptr<QFile> file;
    if (!response.filePath.isEmpty()) {
        file = std::make_unique<QFile>(response.filePath);
        if (!file->open(QIODevice::ReadOnly) || file->size() < response.fileOffset + response.fileLength
            || !file->seek(response.fileOffset)) {
            send(request, socket, requestId,
                 Response::problem(500, u"internal", QStringLiteral("File unavailable"),
                                   QStringLiteral("The file could not be read.")));
            return;
        }
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
    if (!response.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.bodySize()));
    if (!file) {
        responder.writeBody(response.body);
        return;
    }
    responder.writeBody(QByteArray()); // ends the header block; the file follows as it drains
    if (response.fileLength > 0)
        (new FileStream(socket, std::move(file), response.fileLength))->pump();
}

void HttpService::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, requestIdFor(request),
         Response::problem(404, u"not-found", QStringLiteral("Not found")));
}

} // namespace kanri::server
