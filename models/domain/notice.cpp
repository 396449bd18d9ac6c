#include "notice.h"

namespace kanri::domain {

Decoded<Notice> Notice::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Notice n;
    n.id = r.string(u"id");
    n.kind = r.enumeration<NoticeKind>(u"kind");
    n.title = r.string(u"title");
    n.body = r.string(u"body");
    n.publishedAt = r.dateTime(u"published_at");
    n.startsAt = r.optDateTime(u"starts_at");
    n.endsAt = r.optDateTime(u"ends_at");
    n.incidentStatus = r.optEnumeration<IncidentStatus>(u"incident_status");
    n.read = r.boolean(u"read");
    n.updatedAt = r.dateTime(u"updated_at");
    n.etag = r.string(u"etag");
    return r.finish(std::move(n));
}

QJsonObject Notice::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), toWire(kind)},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("published_at"), formatDateTime(publishedAt)},
            {QStringLiteral("starts_at"), nullable(startsAt)},
            {QStringLiteral("ends_at"), nullable(endsAt)},
            {QStringLiteral("incident_status"),
             incidentStatus ? QJsonValue(toWire(*incidentStatus)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("read"), read},
            {QStringLiteral("updated_at"), formatDateTime(updatedAt)},
            {QStringLiteral("etag"), etag}};
}

} // namespace kanri::domain
