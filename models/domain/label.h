#pragma once

#include "json.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kanri::domain {

// Confidentiality, from least to most restricted: 公開, 社内, 社外秘, 機密.
enum class LabelLevel { Public, Internal, Confidential, Secret };
template<>
struct EnumTraits<LabelLevel>
{
    static constexpr std::array values{std::pair{LabelLevel::Public, "public"},
                                       std::pair{LabelLevel::Internal, "internal"},
                                       std::pair{LabelLevel::Confidential, "confidential"},
                                       std::pair{LabelLevel::Secret, "secret"}};
};

struct Label
{
    QString id;
    QString name;
    QString color; // "#RRGGBB"
    LabelLevel level = LabelLevel::Public;
    QString description;
    qint64 assetCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString etag;

    static Decoded<Label> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Label &, const Label &) = default;
};

// POST /labels
struct LabelCreate
{
    QString name;
    QString color;
    LabelLevel level = LabelLevel::Public;
    std::optional<QString> description;

    static Decoded<LabelCreate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LabelCreate &, const LabelCreate &) = default;
};

// PATCH /labels/{id}
struct LabelUpdate
{
    std::optional<QString> name;
    std::optional<QString> color;
    std::optional<LabelLevel> level;
    std::optional<QString> description;

    static Decoded<LabelUpdate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LabelUpdate &, const LabelUpdate &) = default;
};

enum class AssetType { Folder, Project };
template<>
struct EnumTraits<AssetType>
{
    static constexpr std::array values{std::pair{AssetType::Folder, "folder"},
                                       std::pair{AssetType::Project, "project"}};
};

// A folder or project that a label is attached to.
struct AssetRef
{
    AssetType type = AssetType::Folder;
    QString id;

    static Decoded<AssetRef> fromJson(const QJsonValue &json, const QString &path);
    static Decoded<AssetRef> fromRequestJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const AssetRef &, const AssetRef &) = default;
};

struct LabelAssignment
{
    QString id;
    QString labelId;
    AssetRef target;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Decoded<LabelAssignment> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LabelAssignment &, const LabelAssignment &) = default;
};

// POST /label-assignments
struct LabelAssignmentCreate
{
    QString labelId;
    AssetRef target;

    static Decoded<LabelAssignmentCreate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LabelAssignmentCreate &, const LabelAssignmentCreate &) = default;
};

// True for "#RRGGBB" (hex digits of either case).
bool isHexColor(QStringView text);

} // namespace kanri::domain
