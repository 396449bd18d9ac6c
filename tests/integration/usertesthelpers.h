#pragma once

// Small wire helpers shared by tst_users, tst_useractions and tst_tenant.

#include "servicefixture.h"

#include <QHash>
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

// An If-Match header for `etag` (none when it is empty).
inline QList<QPair<QByteArray, QByteArray>> ifMatchHeader(const QByteArray &etag)
{
    if (etag.isEmpty())
        return {};
    return {{QByteArrayLiteral("If-Match"), etag}};
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
// Every item of a list (following cursors); warns and returns what it got when a page fails.
inline QJsonArray listAll(ServiceFixture &svc, const QString &path, const QString &token)
{
    bool ok = false;
    const QJsonArray items = allItems(svc, path, token, &ok);
    if (!ok)
        qWarning() << "listing failed:" << path;
    return items;
}

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

// What an administrator reaches, worked out from the contract administrator's view (`token`)
// of GET /folders, /projects and /role-assignments rather than asked of the service: the
// folders and projects inside the scopes of `adminUserId`'s admin assignments (sub-folders
// and their projects included), and the users who hold a role there, the administrator too.
struct Reach
{
    QSet<QString> folders;
    QSet<QString> projects;
    QSet<QString> users;
    QJsonArray assignments; // every live assignment of the tenant
    bool ok = false;
};

inline Reach reachOf(ServiceFixture &svc, const QString &token, const QString &adminUserId)
{
    Reach r;
    bool foldersOk = false;
    bool projectsOk = false;
    bool assignmentsOk = false;
    const QJsonArray folders =
        allItems(svc, QStringLiteral("/folders?limit=1000"), token, &foldersOk);
    const QJsonArray projects =
        allItems(svc, QStringLiteral("/projects?limit=1000"), token, &projectsOk);
    r.assignments =
        allItems(svc, QStringLiteral("/role-assignments?limit=1000"), token, &assignmentsOk);
    if (!foldersOk || !projectsOk || !assignmentsOk)
        return r;
    const auto scopeOf = [](const QJsonObject &a) {
        const QJsonObject scope = a.value(QStringLiteral("scope")).toObject();
        return std::pair{scope.value(QStringLiteral("type")).toString(),
                         scope.value(QStringLiteral("id")).toString()};
    };
    QSet<QString> rootFolders;
    for (const QJsonValue &v : std::as_const(r.assignments)) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("user_id")).toString() != adminUserId ||
            a.value(QStringLiteral("role_id")).toString() != QLatin1StringView("admin"))
            continue;
        const auto [type, id] = scopeOf(a);
        if (type == QLatin1StringView("folder"))
            rootFolders.insert(id);
        else if (type == QLatin1StringView("project"))
            r.projects.insert(id);
    }
    QHash<QString, QString> parent;
    for (const QJsonValue &v : folders)
        parent.insert(v[QStringLiteral("id")].toString(),
                      v[QStringLiteral("parent_id")].toString());
    for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
        QString at = it.key();
        for (int depth = 0; !at.isEmpty() && depth < 100; ++depth) {
            if (rootFolders.contains(at)) {
                r.folders.insert(it.key());
                break;
            }
            at = parent.value(at);
        }
    }
    for (const QJsonValue &v : projects) {
        if (r.folders.contains(v[QStringLiteral("folder_id")].toString()))
            r.projects.insert(v[QStringLiteral("id")].toString());
    }
    r.users.insert(adminUserId);
    for (const QJsonValue &v : std::as_const(r.assignments)) {
        const auto [type, id] = scopeOf(v.toObject());
        if ((type == QLatin1StringView("folder") && r.folders.contains(id)) ||
            (type == QLatin1StringView("project") && r.projects.contains(id)))
            r.users.insert(v[QStringLiteral("user_id")].toString());
    }
    r.ok = !rootFolders.isEmpty() || !r.projects.isEmpty();
    return r;
}

// The id of the folder named `name` (empty if none).
inline QString folderNamed(ServiceFixture &svc, const QString &token, const QString &name)
{
    bool ok = false;
    for (const QJsonValue &v : allItems(svc, QStringLiteral("/folders?limit=1000"), token, &ok)) {
        if (v[QStringLiteral("name")].toString() == name)
            return v[QStringLiteral("id")].toString();
    }
    return {};
}

// Gives `userId` the role on the folder `folderId` (on the tenant when it is empty); the
// answer's status.
inline int assignRole(ServiceFixture &svc, const QString &token, const QString &userId,
                      const QString &roleId, const QString &folderId)
{
    const QJsonObject scope = folderId.isEmpty()
                                  ? QJsonObject{{QStringLiteral("type"), QStringLiteral("tenant")},
                                                {QStringLiteral("id"), QJsonValue::Null}}
                                  : QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")},
                                                {QStringLiteral("id"), folderId}};
    return svc
        .post(QStringLiteral("/role-assignments"),
              {{QStringLiteral("user_id"), userId},
               {QStringLiteral("role_id"), roleId},
               {QStringLiteral("scope"), scope}},
              token)
        .status;
}

// The watermark of everything `resource` holds now, as `token` sees it (empty on failure).
inline QString currentWatermark(ServiceFixture &svc, const QString &resource, const QString &token)
{
    const Delta d = deltaSince(svc, resource, QStringLiteral("0"), token, 1000);
    return d.ok ? d.watermark : QString();
}

} // namespace kanri::test
