#include "asset.h"

namespace kanri::domain {

namespace {
constexpr qint64 kMaxCount = 9007199254740991; // 2^53 - 1

void checkSha256(JsonReader &r, QStringView key, const QString &value)
{
    if (r.ok() && !isSha256Hex(value))
        r.fail(key, QStringLiteral("expected 64 lowercase hexadecimal digits"));
}
} // namespace

Decoded<Folder> Folder::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Folder f;
    f.id = r.string(u"id");
    f.name = r.string(u"name");
    f.parentId = r.optString(u"parent_id");
    f.createdAt = r.dateTime(u"created_at");
    f.updatedAt = r.dateTime(u"updated_at");
    f.etag = r.string(u"etag");
    return r.finish(std::move(f));
}

QJsonObject Folder::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("parent_id"), nullable(parentId)},
            {QStringLiteral("created_at"), formatDateTime(createdAt)},
            {QStringLiteral("updated_at"), formatDateTime(updatedAt)},
            {QStringLiteral("etag"), etag}};
}

Decoded<FolderCreate> FolderCreate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    FolderCreate c;
    c.name = r.string(u"name");
    c.parentId = r.nullableString(u"parent_id");
    r.rejectUnknownKeys();
    return r.finish(std::move(c));
}

QJsonObject FolderCreate::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("parent_id"), nullable(parentId)}};
}

Decoded<FolderUpdate> FolderUpdate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    FolderUpdate u;
    u.name = r.optString(u"name");
    u.parentId = r.patchString(u"parent_id");
    r.rejectUnknownKeys();
    return r.finish(std::move(u));
}

QJsonObject FolderUpdate::toJson() const
{
    QJsonObject o;
    if (name)
        o.insert(QStringLiteral("name"), *name);
    if (parentId)
        o.insert(QStringLiteral("parent_id"), nullable(*parentId));
    return o;
}

Decoded<Project> Project::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Project p;
    p.id = r.string(u"id");
    p.name = r.string(u"name");
    p.folderId = r.string(u"folder_id");
    p.description = r.string(u"description");
    p.createdBy = r.optString(u"created_by");
    p.fileCount = r.integer(u"file_count", 0, kMaxCount);
    p.createdAt = r.dateTime(u"created_at");
    p.updatedAt = r.dateTime(u"updated_at");
    p.etag = r.string(u"etag");
    return r.finish(std::move(p));
}

QJsonObject Project::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("folder_id"), folderId},
            {QStringLiteral("description"), description},
            {QStringLiteral("created_by"), nullable(createdBy)},
            {QStringLiteral("file_count"), fileCount},
            {QStringLiteral("created_at"), formatDateTime(createdAt)},
            {QStringLiteral("updated_at"), formatDateTime(updatedAt)},
            {QStringLiteral("etag"), etag}};
}

Decoded<ProjectCreate> ProjectCreate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    ProjectCreate c;
    c.name = r.string(u"name");
    c.folderId = r.string(u"folder_id");
    c.description = r.optString(u"description");
    r.rejectUnknownKeys();
    return r.finish(std::move(c));
}

QJsonObject ProjectCreate::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("folder_id"), folderId}};
    if (description)
        o.insert(QStringLiteral("description"), *description);
    return o;
}

Decoded<ProjectUpdate> ProjectUpdate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    ProjectUpdate u;
    u.name = r.optString(u"name");
    u.description = r.optString(u"description");
    r.rejectUnknownKeys();
    return r.finish(std::move(u));
}

QJsonObject ProjectUpdate::toJson() const
{
    QJsonObject o;
    if (name)
        o.insert(QStringLiteral("name"), *name);
    if (description)
        o.insert(QStringLiteral("description"), *description);
    return o;
}

Decoded<File> File::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    File f;
    f.id = r.string(u"id");
    f.projectId = r.string(u"project_id");
    f.name = r.string(u"name");
    f.size = r.integer(u"size", 0, kMaxCount);
    f.contentType = r.string(u"content_type");
    f.sha256 = r.string(u"sha256");
    checkSha256(r, u"sha256", f.sha256);
    f.createdBy = r.optString(u"created_by");
    f.createdAt = r.dateTime(u"created_at");
    return r.finish(std::move(f));
}

QJsonObject File::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("project_id"), projectId},
            {QStringLiteral("name"), name},
            {QStringLiteral("size"), size},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("created_by"), nullable(createdBy)},
            {QStringLiteral("created_at"), formatDateTime(createdAt)}};
}

Decoded<FileCreate> FileCreate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    FileCreate c;
    c.name = r.string(u"name");
    c.size = r.integer(u"size", 0, kMaxCount);
    c.contentType = r.string(u"content_type");
    c.sha256 = r.string(u"sha256");
    checkSha256(r, u"sha256", c.sha256);
    r.rejectUnknownKeys();
    return r.finish(std::move(c));
}

QJsonObject FileCreate::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("size"), size},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("sha256"), sha256}};
}

Decoded<FileDownload> FileDownload::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    FileDownload d;
    d.file = r.object<File>(u"file");
    d.url = r.string(u"url");
    return r.finish(std::move(d));
}

QJsonObject FileDownload::toJson() const
{
    return {{QStringLiteral("file"), file.toJson()}, {QStringLiteral("url"), url}};
}

} // namespace kanri::domain
