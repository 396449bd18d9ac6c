#include "sync/syncresource.h"

#include <QCoreApplication>

namespace kanri::sync {

namespace {

struct Info
{
    Resource resource;
    const char *key;
    const char *path;
    const char *table;
    bool deltas;
};

constexpr std::array kInfo{
    Info{Resource::Tenant, "tenant", "/tenant", "tenant", false},
    Info{Resource::Roles, "roles", "/roles", "roles", false},
    Info{Resource::Users, "users", "/users", "users", true},
    Info{Resource::Folders, "folders", "/folders", "folders", true},
    Info{Resource::Projects, "projects", "/projects", "projects", true},
    Info{Resource::RoleAssignments, "role_assignments", "/role-assignments", "role_assignments", true},
    Info{Resource::Labels, "labels", "/labels", "labels", true},
    Info{Resource::LabelAssignments, "label_assignments", "/label-assignments", "label_assignments", true},
    Info{Resource::Usage, "usage", "/usage", "usage_days", false},
    Info{Resource::Notices, "notices", "/notices", "notices", true},
    Info{Resource::LogExports, "log_exports", "/log-exports", "log_exports", true},
};

const Info &info(Resource resource) { return kInfo[static_cast<std::size_t>(resource)]; }

} // namespace

QString resourceKey(Resource resource) { return QString::fromLatin1(info(resource).key); }

std::optional<Resource> resourceFromKey(QStringView key)
{
    for (const Info &i : kInfo) {
        if (key == QLatin1String(i.key))
            return i.resource;
    }
    return std::nullopt;
}

QString resourcePath(Resource resource) { return QString::fromLatin1(info(resource).path); }
bool hasDeltas(Resource resource) { return info(resource).deltas; }
const char *resourceTable(Resource resource) { return info(resource).table; }

QString resourceDisplayName(Resource resource)
{
    switch (resource) {
    case Resource::Tenant:
        return QCoreApplication::translate("SyncResource", "Tenant");
    case Resource::Roles:
        return QCoreApplication::translate("SyncResource", "Roles");
    case Resource::Users:
        return QCoreApplication::translate("SyncResource", "Users");
    case Resource::Folders:
        return QCoreApplication::translate("SyncResource", "Folders");
    case Resource::Projects:
        return QCoreApplication::translate("SyncResource", "Projects");
    case Resource::RoleAssignments:
        return QCoreApplication::translate("SyncResource", "Role assignments");
    case Resource::Labels:
        return QCoreApplication::translate("SyncResource", "Labels");
    case Resource::LabelAssignments:
        return QCoreApplication::translate("SyncResource", "Label assignments");
    case Resource::Usage:
        return QCoreApplication::translate("SyncResource", "Usage");
    case Resource::Notices:
        return QCoreApplication::translate("SyncResource", "Notices");
    case Resource::LogExports:
        return QCoreApplication::translate("SyncResource", "Log exports");
    }
    return {};
}

} // namespace kanri::sync
