#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace kanri::sync {

// Everything the console shows, in the order a sync pulls it.
enum class Resource {
    Tenant,
    Roles,
    Users,
    Folders,
    Projects,
    RoleAssignments,
    Labels,
    LabelAssignments,
    Usage,
    Notices,
    LogExports,
};

inline constexpr std::array kAllResources{
    Resource::Tenant,          Resource::Roles,  Resource::Users,           Resource::Folders,
    Resource::Projects,        Resource::RoleAssignments, Resource::Labels, Resource::LabelAssignments,
    Resource::Usage,           Resource::Notices, Resource::LogExports,
};

// The resource's name in the cache's watermarks table and in summaries: "role_assignments".
QString resourceKey(Resource resource);
std::optional<Resource> resourceFromKey(QStringView key);
// The list or object path below /api/v1: "/role-assignments".
QString resourcePath(Resource resource);
// Lists that take updated_since and answer delta pages.
bool hasDeltas(Resource resource);
// The cache table holding the resource's objects.
const char *resourceTable(Resource resource);
// Translated, for progress and summaries: "Role assignments".
QString resourceDisplayName(Resource resource);

// How many days of usage the cache keeps fresh (GET /usage allows up to 1000 buckets).
inline constexpr int kUsageDays = 400;

} // namespace kanri::sync
