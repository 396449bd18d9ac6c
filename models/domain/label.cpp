#include "label.h"

namespace kanri::domain {

namespace {
constexpr qint64 kMaxCount = 9007199254740991; // 2^53 - 1

void checkColor(JsonReader &r, const QString &color)
{
    if (r.ok() && !isHexColor(color))
        r.fail(u"color", QStringLiteral("expected a colour such as #1E90FF"));
}

Decoded<AssetRef> decodeAssetRef(const QJsonValue &json, const QString &path, bool request)
{
    JsonReader r(json, path);
    AssetRef a;
    a.type = r.enumeration<AssetType>(u"type");
    a.id = r.string(u"id");
    if (request)
        r.rejectUnknownKeys();
    return r.finish(std::move(a));
}
} // namespace

bool isHexColor(QStringView text)
{
    if (text.size() != 7 || text.front() != QLatin1Char('#'))
        return false;
    for (QChar c : text.mid(1)) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                         || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                         || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return false;
    }
    return true;
}

Decoded<Label> Label::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Label l;
    l.id = r.string(u"id");
    l.name = r.string(u"name");
    l.color = r.string(u"color");
    checkColor(r, l.color);
    l.level = r.enumeration<LabelLevel>(u"level");
    l.description = r.string(u"description");
    l.assetCount = r.integer(u"asset_count", 0, kMaxCount);
    l.createdAt = r.dateTime(u"created_at");
    l.updatedAt = r.dateTime(u"updated_at");
    l.etag = r.string(u"etag");
    return r.finish(std::move(l));
}

QJsonObject Label::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("color"), color},
            {QStringLiteral("level"), toWire(level)},
            {QStringLiteral("description"), description},
            {QStringLiteral("asset_count"), assetCount},
            {QStringLiteral("created_at"), formatDateTime(createdAt)},
            {QStringLiteral("updated_at"), formatDateTime(updatedAt)},
            {QStringLiteral("etag"), etag}};
}

Decoded<LabelCreate> LabelCreate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LabelCreate c;
    c.name = r.string(u"name");
    c.color = r.string(u"color");
    checkColor(r, c.color);
    c.level = r.enumeration<LabelLevel>(u"level");
    c.description = r.optString(u"description");
    r.rejectUnknownKeys();
    return r.finish(std::move(c));
}

QJsonObject LabelCreate::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("color"), color},
                  {QStringLiteral("level"), toWire(level)}};
    if (description)
        o.insert(QStringLiteral("description"), *description);
    return o;
}

Decoded<LabelUpdate> LabelUpdate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LabelUpdate u;
    u.name = r.optString(u"name");
    u.color = r.optString(u"color");
    if (u.color)
        checkColor(r, *u.color);
    u.level = r.optEnumeration<LabelLevel>(u"level");
    u.description = r.optString(u"description");
    r.rejectUnknownKeys();
    return r.finish(std::move(u));
}

QJsonObject LabelUpdate::toJson() const
{
    QJsonObject o;
    if (name)
        o.insert(QStringLiteral("name"), *name);
    if (color)
        o.insert(QStringLiteral("color"), *color);
    if (level)
        o.insert(QStringLiteral("level"), toWire(*level));
    if (description)
        o.insert(QStringLiteral("description"), *description);
    return o;
}

Decoded<AssetRef> AssetRef::fromJson(const QJsonValue &json, const QString &path)
{
    return decodeAssetRef(json, path, false);
}

Decoded<AssetRef> AssetRef::fromRequestJson(const QJsonValue &json, const QString &path)
{
    return decodeAssetRef(json, path, true);
}

QJsonObject AssetRef::toJson() const
{
    return {{QStringLiteral("type"), toWire(type)}, {QStringLiteral("id"), id}};
}

Decoded<LabelAssignment> LabelAssignment::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LabelAssignment a;
    a.id = r.string(u"id");
    a.labelId = r.string(u"label_id");
    a.target = r.object<AssetRef>(u"target");
    a.createdAt = r.dateTime(u"created_at");
    a.updatedAt = r.dateTime(u"updated_at");
    return r.finish(std::move(a));
}

QJsonObject LabelAssignment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("label_id"), labelId},
            {QStringLiteral("target"), target.toJson()},
            {QStringLiteral("created_at"), formatDateTime(createdAt)},
            {QStringLiteral("updated_at"), formatDateTime(updatedAt)}};
}

Decoded<LabelAssignmentCreate> LabelAssignmentCreate::fromJson(const QJsonValue &json,
                                                               const QString &path)
{
    JsonReader r(json, path);
    LabelAssignmentCreate c;
    c.labelId = r.string(u"label_id");
    c.target = r.requestObject<AssetRef>(u"target");
    r.rejectUnknownKeys();
    return r.finish(std::move(c));
}

QJsonObject LabelAssignmentCreate::toJson() const
{
    return {{QStringLiteral("label_id"), labelId}, {QStringLiteral("target"), target.toJson()}};
}

} // namespace kanri::domain
