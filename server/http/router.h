#pragma once

#include "domain/common.h"

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace kanri::server {

using Method = QHttpServerRequest::Method;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct Request
{
    Method method = Method::Get;
    QString path; // below /api/v1, e.g. "/users/u_1"
    QUrlQuery query;
    QByteArray body;
    HeaderList headers;
    QHostAddress peer;
    QString requestId;
    QMap<QString, QString> params; // from {placeholders} in the route pattern
    qint64 receivedMs = 0;

    // What the access log records about the caller, filled in by the layers that learn it.
    struct LogInfo
    {
        qint64 tenantPk = 0;
        qint64 userPk = 0;
        QString path; // the full request path as received (no query string)
    };
    mutable LogInfo log;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

struct Response
{
    Response(int status_ = 200, QByteArray contentType_ = {}, QByteArray body_ = {}, HeaderList headers_ = {})
        : status(status_)
        , contentType(std::move(contentType_))
        , body(std::move(body_))
        , headers(std::move(headers_))
    {
    }

    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HeaderList headers;
    // Set for large downloads: the body is `fileLength` bytes of this file from `fileOffset`,
    // streamed as the connection drains instead of held in `body`.
    QString filePath;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;

    qint64 bodySize() const { return filePath.isEmpty() ? body.size() : fileLength; }

    static Response json(const QJsonObject &object, int status = 200);
    static Response noContent();
    // An RFC 9457 problem of type urn:kanri:problem:<code>.
    static Response problem(int status, QStringView code, const QString &title,
                            const QString &detail = {}, const QList<domain::FieldError> &errors = {});
    static Response fromProblem(const domain::Problem &problem);
};

using Handler = std::function<Response(const Request &)>;

// Maps "METHOD /pattern/{param}" to handlers. Patterns are relative to /api/v1.
class Router
{
public:
    void add(Method method, const QString &pattern, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr;
        QMap<QString, QString> params;
        bool pathExists = false; // some method is routed for this path (→ 405, not 404)
    };
    Match match(Method method, QStringView path) const;

    // Every served route as "METHOD /pattern", sorted: compared with the spec by a test.
    QStringList routes() const;

private:
    struct Route
    {
        Method method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
};

QString methodName(Method method);

} // namespace kanri::server
