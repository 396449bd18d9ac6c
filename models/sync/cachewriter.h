#pragma once

#include "cache/cacheerror.h"
#include "cache/sqlite.h"
#include "domain/decoded.h"
#include "sync/syncresource.h"
#include "sync/syncresult.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <variant>

namespace kanri::sync {

// One object ready for its table: the values of the resource's columns, in order.
using CacheRow = QList<QVariant>;

// A decoded delta page, not yet written.
struct ParsedPage
{
    Resource resource = Resource::Users;
    QList<CacheRow> rows;
    QStringList tombstones;
    std::optional<QString> nextCursor;
    std::optional<QString> watermark;
};

// Decodes a delta page of `resource` (every item through its domain type, so the cache holds
// only what the contract allows).
std::variant<ParsedPage, domain::DecodeError> parseDeltaPage(Resource resource,
                                                            const QByteArray &body);

// Writes what the service sent into the cache. Each call is one transaction: the objects of a
// page together with the resource's watermark, so that a kill at any moment leaves the cache
// as it was before the page or after it.
class CacheWriter
{
public:
    explicit CacheWriter(cache::Database &db) : m_db(db) {}

    std::optional<cache::CacheError> applyDeltaPage(const ParsedPage &page, ResourceCounts &counts);
    // Consecutive pages of one resource in one transaction, with the last page's watermark
    // (what a kill leaves is still the state at a page boundary). counts[i] is for pages[i].
    std::optional<cache::CacheError> applyDeltaPages(const QList<ParsedPage> &pages,
                                                     QList<ResourceCounts> &counts);
    // Objects without deltas: replaced whole.
    std::optional<SyncError> applyTenant(const QByteArray &body);
    std::optional<SyncError> applyRoles(const QList<QByteArray> &pages, ResourceCounts &counts);
    std::optional<SyncError> applyUsage(const QByteArray &body, ResourceCounts &counts);
    // A resource this account may not see: its rows go, and it is marked synced.
    std::optional<cache::CacheError> clearResource(Resource resource);
    std::optional<cache::CacheError> recordSyncFinished(const QDateTime &at);

private:
    std::optional<cache::CacheError> writeWatermark(Resource resource, const std::optional<QString> &watermark,
                                                    const std::optional<QString> &nextCursor);
    cache::CacheError lastError() const { return cache::CacheError::fromSql(m_db.lastError()); }

    cache::Database &m_db;
};

} // namespace kanri::sync
