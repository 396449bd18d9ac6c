#pragma once

#include "json.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kanri::domain {

struct Folder
{
    QString id;
    QString name;
    std::optional<QString> parentId; // null at the top level
    QDateTime createdAt;
    QDateTime updatedAt;
    QString etag;

    static Decoded<Folder> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Folder &, const Folder &) = default;
};

// POST /folders. parent_id must be sent, null for the top level, so that a forgotten parent
// does not silently create a top-level folder.
struct FolderCreate
{
    QString name;
    std::optional<QString> parentId;

    static Decoded<FolderCreate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const FolderCreate &, const FolderCreate &) = default;
};

// PATCH /folders/{id}: parent_id null moves the folder to the top level.
struct FolderUpdate
{
    std::optional<QString> name;
    std::optional<std::optional<QString>> parentId;

    static Decoded<FolderUpdate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const FolderUpdate &, const FolderUpdate &) = default;
};

struct Project
{
    QString id;
    QString name;
    QString folderId;
    QString description;
    std::optional<QString> createdBy; // user id; null once that user is deleted
    qint64 fileCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString etag;

    static Decoded<Project> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Project &, const Project &) = default;
};

// POST /projects
struct ProjectCreate
{
    QString name;
    QString folderId;
    std::optional<QString> description;

    static Decoded<ProjectCreate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const ProjectCreate &, const ProjectCreate &) = default;
};

// PATCH /projects/{id}
struct ProjectUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;

    static Decoded<ProjectUpdate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const ProjectUpdate &, const ProjectUpdate &) = default;
};

struct File
{
    QString id;
    QString projectId;
    QString name;
    qint64 size = 0; // bytes
    QString contentType;
    QString sha256; // 64 lowercase hex digits
    std::optional<QString> createdBy;
    QDateTime createdAt;

    static Decoded<File> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const File &, const File &) = default;
};

// POST /projects/{id}/files: registers an uploaded file.
struct FileCreate
{
    QString name;
    qint64 size = 0;
    QString contentType;
    QString sha256;

    static Decoded<FileCreate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const FileCreate &, const FileCreate &) = default;
};

// GET /files/{id}/download
struct FileDownload
{
    File file;
    QString url;

    static Decoded<FileDownload> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const FileDownload &, const FileDownload &) = default;
};

} // namespace kanri::domain
