#pragma once

// Small wire helpers for the folder/project/file and role-assignment tests: conditional
// requests, whole lists and whole deltas (following next_cursor).

#include "servicefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kanri::test {

using namespace Qt::StringLiterals;

inline QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// PATCH / DELETE with If-Match (left out when `etag` is empty).
inline HttpAnswer patch(ServiceFixture &svc, const QString &path, const QJsonObject &body,
                        const QString &token, const QString &etag)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers.append({"If-Match", '"' + etag.toLatin1() + '"'});
    return svc.request("PATCH", path, compact(body), token, headers);
}

inline HttpAnswer remove(ServiceFixture &svc, const QString &path, const QString &token,
                         const QString &etag)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers.append({"If-Match", '"' + etag.toLatin1() + '"'});
    return svc.request("DELETE", path, {}, token, headers);
}

inline QString etagOf(const HttpAnswer &a)
{
    return a.json().value(u"etag"_s).toString();
}

// The field a 400 validation names.
inline QString fieldOf(const HttpAnswer &a)
{
    return a.json().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString();
}

// Every item of a plain list (`path` may carry filters), or an empty list on an error.
inline QJsonArray listAll(ServiceFixture &svc, const QString &path, const QString &token)
{
    QJsonArray items;
    QString cursor;
    const QChar join = path.contains(u'?') ? u'&' : u'?';
    for (int page = 0; page < 100; ++page) {
        const HttpAnswer a = svc.get(path + join + u"limit=1000"_s +
                                         (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                                     token);
        if (a.status != 200)
            return {};
        for (const QJsonValue v : a.json().value(u"items"_s).toArray())
            items.append(v);
        cursor = a.json().value(u"next_cursor"_s).toString();
        if (cursor.isEmpty())
            break;
    }
    return items;
}

struct Delta
{
    int status = 0;
    QJsonArray items;
    QJsonArray tombstones;
    QString watermark;

    QSet<QString> itemIds() const
    {
        QSet<QString> ids;
        for (const QJsonValue v : items)
            ids.insert(v.toObject().value(u"id"_s).toString());
        return ids;
    }
    QSet<QString> tombstoneIds() const
    {
        QSet<QString> ids;
        for (const QJsonValue v : tombstones)
            ids.insert(v.toObject().value(u"id"_s).toString());
        return ids;
    }
    QJsonObject item(const QString &id) const
    {
        for (const QJsonValue v : items) {
            if (v.toObject().value(u"id"_s).toString() == id)
                return v.toObject();
        }
        return {};
    }
};

// A whole delta since `since` (pages of `limit`), ending at the last page's watermark.
inline Delta delta(ServiceFixture &svc, const QString &path, const QString &token,
                   const QString &since, int limit = 1000)
{
    Delta d;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        const HttpAnswer a =
            svc.get(path + u"?updated_since="_s + since + u"&limit="_s + QString::number(limit) +
                        (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                    token);
        d.status = a.status;
        if (a.status != 200)
            return d;
        const QJsonObject o = a.json();
        for (const QJsonValue v : o.value(u"items"_s).toArray())
            d.items.append(v);
        for (const QJsonValue v : o.value(u"tombstones"_s).toArray())
            d.tombstones.append(v);
        d.watermark = o.value(u"watermark"_s).toString();
        cursor = o.value(u"next_cursor"_s).toString();
        if (cursor.isEmpty())
            break;
    }
    return d;
}

inline QSet<QString> idsOf(const QJsonArray &items)
{
    QSet<QString> ids;
    for (const QJsonValue v : items)
        ids.insert(v.toObject().value(u"id"_s).toString());
    return ids;
}

// Folder name → id for a tenant's whole tree (names of the demo tree are unique).
inline QHash<QString, QString> folderIds(ServiceFixture &svc, const QString &token)
{
    QHash<QString, QString> ids;
    for (const QJsonValue v : listAll(svc, u"/folders"_s, token))
        ids.insert(v.toObject().value(u"name"_s).toString(),
                   v.toObject().value(u"id"_s).toString());
    return ids;
}

inline QString userIdOf(ServiceFixture &svc, const QString &token)
{
    return svc.get(u"/auth/me"_s, token)
        .json()
        .value(u"user"_s)
        .toObject()
        .value(u"id"_s)
        .toString();
}

} // namespace kanri::test
