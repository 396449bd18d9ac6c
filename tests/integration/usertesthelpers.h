#pragma once

// Small wire helpers shared by tst_users, tst_useractions and tst_tenant.

#include "servicefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace kanri::test {

inline QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The ETag header as the entity-tag a client sends back ("\"r7\"").
inline QByteArray quoted(const QString &etag)
{
    return '"' + etag.toLatin1() + '"';
}

inline QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// The field names of a 400 validation problem.
inline QStringList problemFields(const HttpAnswer &a)
{
    QStringList fields;
    for (const QJsonValue &e : a.json().value(QStringLiteral("errors")).toArray())
        fields << e.toObject().value(QStringLiteral("field")).toString();
    return fields;
}

struct Delta
{
    QJsonArray items;
    QJsonArray tombstones;
    QString watermark;
    int pages = 0;
    bool ok = false;
};

// Follows a list's cursors to the end; `path` has its query already ("/users?limit=50").
inline QJsonArray allItems(ServiceFixture &svc, const QString &path, const QString &token, bool *ok)
{
    QJsonArray items;
    QString cursor;
    *ok = false;
    for (int page = 0; page < 1000; ++page) {
        const QString sep =
            path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        const HttpAnswer a = svc.get(
            cursor.isEmpty() ? path : path + sep + QStringLiteral("cursor=") + percent(cursor),
            token);
        if (a.status != 200)
            return items;
        for (const QJsonValue &v : a.json().value(QStringLiteral("items")).toArray())
            items.append(v);
        const QJsonValue next = a.json().value(QStringLiteral("next_cursor"));
        if (next.isNull()) {
            *ok = true;
            return items;
        }
        cursor = next.toString();
    }
    return items;
}

// The whole delta after `watermark`, page by page.
inline Delta deltaSince(ServiceFixture &svc, const QString &resource, const QString &watermark,
                        const QString &token, int limit = 100)
{
    Delta d;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QString path = QStringLiteral("%1?updated_since=%2&limit=%3")
                           .arg(resource, percent(watermark))
                           .arg(limit);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + percent(cursor);
        const HttpAnswer a = svc.get(path, token);
        if (a.status != 200)
            return d;
        const QJsonObject o = a.json();
        ++d.pages;
        for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
            d.items.append(v);
        for (const QJsonValue &v : o.value(QStringLiteral("tombstones")).toArray())
            d.tombstones.append(v);
        d.watermark = o.value(QStringLiteral("watermark")).toString();
        if (o.value(QStringLiteral("next_cursor")).isNull()) {
            d.ok = !d.watermark.isEmpty();
            return d;
        }
        cursor = o.value(QStringLiteral("next_cursor")).toString();
    }
    return d;
}

inline QStringList idsOf(const QJsonArray &objects)
{
    QStringList ids;
    for (const QJsonValue &v : objects)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

inline QJsonObject findById(const QJsonArray &objects, const QString &id)
{
    for (const QJsonValue &v : objects) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace kanri::test
