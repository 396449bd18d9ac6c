#include "common.h"

namespace kanri::domain {

namespace {
constexpr QLatin1StringView kProblemPrefix("urn:kanri:problem:");
}

Decoded<FieldError> FieldError::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    FieldError e;
    e.field = r.string(u"field");
    e.message = r.string(u"message");
    return r.finish(std::move(e));
}

QJsonObject FieldError::toJson() const
{
    return {{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
}

QString Problem::code() const
{
    return type.startsWith(kProblemPrefix) ? type.mid(kProblemPrefix.size()) : QString();
}

QString Problem::typeFor(QStringView code)
{
    return kProblemPrefix + code;
}

Decoded<Problem> Problem::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Problem p;
    p.type = r.optString(u"type").value_or(QStringLiteral("about:blank"));
    p.title = r.string(u"title");
    p.status = static_cast<int>(r.integer(u"status", 100, 599));
    p.detail = r.optString(u"detail");
    p.instance = r.optString(u"instance");
    p.requestId = r.optString(u"request_id");
    if (json.toObject().contains(QLatin1StringView("errors")))
        p.errors = r.list<FieldError>(u"errors");
    p.retryAfter = r.optInteger(u"retry_after", 0, 86400 * 7);
    return r.finish(std::move(p));
}

QJsonObject Problem::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), status}};
    if (detail)
        o.insert(QStringLiteral("detail"), *detail);
    if (instance)
        o.insert(QStringLiteral("instance"), *instance);
    if (requestId)
        o.insert(QStringLiteral("request_id"), *requestId);
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), toJsonArray(errors));
    if (retryAfter)
        o.insert(QStringLiteral("retry_after"), *retryAfter);
    return o;
}

Decoded<Health> Health::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Health h;
    h.status = r.enumeration<HealthStatus>(u"status");
    h.version = r.string(u"version");
    h.time = r.dateTime(u"time");
    h.database = r.enumeration<DatabaseStatus>(u"database");
    return r.finish(std::move(h));
}

QJsonObject Health::toJson() const
{
    return {{QStringLiteral("status"), toWire(status)},
            {QStringLiteral("version"), version},
            {QStringLiteral("time"), formatDateTime(time)},
            {QStringLiteral("database"), toWire(database)}};
}

Decoded<Tombstone> Tombstone::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Tombstone t;
    t.id = r.string(u"id");
    t.deletedAt = r.dateTime(u"deleted_at");
    return r.finish(std::move(t));
}

QJsonObject Tombstone::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("deleted_at"), formatDateTime(deletedAt)}};
}

} // namespace kanri::domain
