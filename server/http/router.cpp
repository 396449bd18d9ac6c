#include "http/router.h"

#include "domain/json.h"

namespace kanri::server {

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Response Response::json(const QJsonObject &object, int status)
{
    return Response{status, QByteArrayLiteral("application/json"), domain::toBytes(object), {}};
}

Response Response::noContent()
{
    return Response{204, {}, {}, {}};
}

Response Response::problem(int status, QStringView code, const QString &title,
                           const QString &detail, const QList<domain::FieldError> &errors)
{
    domain::Problem p;
    p.type = domain::Problem::typeFor(code);
    p.title = title;
    p.status = status;
    if (!detail.isEmpty())
        p.detail = detail;
    p.errors = errors;
    return fromProblem(p);
}

Response Response::fromProblem(const domain::Problem &problem)
{
    return Response{problem.status, QByteArrayLiteral("application/problem+json"),
                    domain::toBytes(problem.toJson()), {}};
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

void Router::add(Method method, const QString &pattern, Handler handler)
{
    m_routes.append(Route{method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
                          std::move(handler)});
}

Router::Match Router::match(Method method, QStringView path) const
{
    const QList<QStringView> parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QMap<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; matches && i < parts.size(); ++i) {
            const QString &segment = route.segments.at(i);
            if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}')))
                params.insert(segment.mid(1, segment.size() - 2), parts.at(i).toString());
            else
                matches = segment == parts.at(i);
        }
        if (!matches)
            continue;
        result.pathExists = true;
        if (route.method == method) {
            result.handler = &route.handler;
            result.params = std::move(params);
            return result;
        }
    }
    return result;
}

QStringList Router::routes() const
{
    QStringList out;
    for (const Route &route : m_routes)
        out.append(methodName(route.method) + QLatin1Char(' ') + route.pattern);
    out.sort();
    return out;
}

} // namespace kanri::server
