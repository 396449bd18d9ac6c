#pragma once

#include "api/apierror.h"
#include "cache/cacheerror.h"
#include "sync/syncresource.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace kanri::sync {

// Why a sync stopped. What it applied before stays in the cache; the next sync resumes.
struct SyncError
{
    enum class Kind {
        Api,       // the service or the network (see api)
        Cache,     // the cache could not be written (see cache)
        Malformed, // a page could not be decoded
        Cancelled,
    };
    Kind kind = Kind::Api;
    std::optional<Resource> resource;
    std::optional<api::ApiError> api;
    std::optional<cache::CacheError> cache;
    QString technicalDetail;

    QString message() const;
};

struct ResourceCounts
{
    qint64 changed = 0; // objects created or changed
    qint64 deleted = 0; // tombstones applied
    bool skipped = false; // not visible to this account (403)
};

// What one sync did.
struct SyncSummary
{
    QMap<Resource, ResourceCounts> counts;
    bool full = false; // at least one resource was pulled from the beginning
    QDateTime finishedAt;
    qint64 elapsedMs = 0;

    // Objects of the delta resources (the tenant, roles and usage are refreshed whole each time
    // and not counted as changes).
    qint64 totalChanged() const;
    qint64 totalDeleted() const;
    // "Synced: 1,204 changed, 3 deleted (users 1,200/3, role assignments 4/0) in 2.1 s"
    QString oneLine() const;
};

} // namespace kanri::sync
