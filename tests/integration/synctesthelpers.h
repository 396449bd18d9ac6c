#pragma once

// Comparing the offline cache with what the service holds, for the sync tests.

#include "usertesthelpers.h"

#include "cache/cachestore.h"
#include "sync/syncresource.h"

#include <QJsonDocument>
#include <QMap>
#include <QTest>

namespace kanri::test {

// The delta resources and how to list them on the wire.
inline const QList<sync::Resource> &listedResources()
{
    static const QList<sync::Resource> resources{
        sync::Resource::Users,  sync::Resource::Folders,          sync::Resource::Projects,
        sync::Resource::RoleAssignments, sync::Resource::Labels, sync::Resource::LabelAssignments,
        sync::Resource::Notices, sync::Resource::LogExports};
    return resources;
}

// id → the object's JSON, as the cache holds it.
inline QMap<QString, QJsonObject> cachedObjects(cache::Database &db, sync::Resource resource)
{
    QMap<QString, QJsonObject> objects;
    const QByteArray sql = QByteArray("SELECT id, json FROM ") + sync::resourceTable(resource);
    cache::Statement s(db, sql.constData());
    while (s.next())
        objects.insert(s.text(0), QJsonDocument::fromJson(s.text(1).toUtf8()).object());
    return objects;
}

// id → the object's JSON, as the service lists it to `token`.
inline QMap<QString, QJsonObject> serviceObjects(ServiceFixture &svc, const QString &token,
                                                 sync::Resource resource)
{
    QMap<QString, QJsonObject> objects;
    const QJsonArray items = listAll(svc, sync::resourcePath(resource) + QStringLiteral("?limit=1000"), token);
    for (const QJsonValue &v : items)
        objects.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    return objects;
}

// Empty when every listed resource in the cache equals the service's, object by object;
// otherwise what differs first.
inline QString differenceFromService(ServiceFixture &svc, const QString &token, cache::Database &db)
{
    for (sync::Resource resource : listedResources()) {
        const QMap<QString, QJsonObject> cached = cachedObjects(db, resource);
        const QMap<QString, QJsonObject> served = serviceObjects(svc, token, resource);
        if (cached.keys() != served.keys())
            return QStringLiteral("%1: %2 cached, %3 on the service")
                .arg(sync::resourceKey(resource))
                .arg(cached.size())
                .arg(served.size());
        for (auto it = served.begin(); it != served.end(); ++it) {
            if (cached.value(it.key()) != it.value())
                return QStringLiteral("%1 %2 differs: %3").arg(sync::resourceKey(resource), it.key(),
                                                                QString::fromUtf8(jsonBytes(cached.value(it.key()))));
        }
    }
    return {};
}

} // namespace kanri::test
