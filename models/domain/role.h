#pragma once

#include "auth.h"
#include "json.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kanri::domain {

// What a role lets its holder do within its scope.
enum class Operation { View, Upload, Download, Edit, Delete, Share, CreateProject, ManageLabels };
template<>
struct EnumTraits<Operation>
{
    static constexpr std::array values{
        std::pair{Operation::View, "view"},
        std::pair{Operation::Upload, "upload"},
        std::pair{Operation::Download, "download"},
        std::pair{Operation::Edit, "edit"},
        std::pair{Operation::Delete, "delete"},
        std::pair{Operation::Share, "share"},
        std::pair{Operation::CreateProject, "create_project"},
        std::pair{Operation::ManageLabels, "manage_labels"}};
};

// Where a role can be assigned.
enum class ScopeKind { Tenant, FolderOrProject };
template<>
struct EnumTraits<ScopeKind>
{
    static constexpr std::array values{std::pair{ScopeKind::Tenant, "tenant"},
                                       std::pair{ScopeKind::FolderOrProject, "folder_or_project"}};
};

// GET /roles: the catalogue.
struct Role
{
    QString id; // "contract_admin", "admin", "general", "guest", "drone_operator"
    QString name;
    QMap<QString, QString> displayNames; // language → name, e.g. "ja" → "契約管理者"
    QString description;
    ScopeKind scopeKind = ScopeKind::Tenant;
    AdminLevel adminLevel = AdminLevel::None;
    QList<Operation> operations;
    // Operations an assignment of this role may pick; empty for roles with a fixed set.
    QList<Operation> assignableOperations;

    static Decoded<Role> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Role &, const Role &) = default;
};

enum class ScopeType { Tenant, Folder, Project };
template<>
struct EnumTraits<ScopeType>
{
    static constexpr std::array values{std::pair{ScopeType::Tenant, "tenant"},
                                       std::pair{ScopeType::Folder, "folder"},
                                       std::pair{ScopeType::Project, "project"}};
};

// The whole tenant (id null), or one folder or project (id set).
struct Scope
{
    ScopeType type = ScopeType::Tenant;
    std::optional<QString> id;

    static Decoded<Scope> fromJson(const QJsonValue &json, const QString &path);
    static Decoded<Scope> fromRequestJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Scope &, const Scope &) = default;
};

struct RoleAssignment
{
    QString id;
    QString userId;
    QString roleId;
    Scope scope;
    QList<Operation> operations;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString etag;

    static Decoded<RoleAssignment> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const RoleAssignment &, const RoleAssignment &) = default;
};

// POST /role-assignments. Without operations the role's own set applies.
struct RoleAssignmentCreate
{
    QString userId;
    QString roleId;
    Scope scope;
    std::optional<QList<Operation>> operations;

    static Decoded<RoleAssignmentCreate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const RoleAssignmentCreate &, const RoleAssignmentCreate &) = default;
};

// PATCH /role-assignments/{id}
struct RoleAssignmentUpdate
{
    QList<Operation> operations;

    static Decoded<RoleAssignmentUpdate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const RoleAssignmentUpdate &, const RoleAssignmentUpdate &) = default;
};

} // namespace kanri::domain
