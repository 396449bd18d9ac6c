#pragma once

#include "cache/cachestore.h"
#include "cache/sqlite.h"

#include <QString>

#include <optional>

namespace kanri::exports {

// What the log exports page reads from the account's cache besides the exports themselves,
// and where it keeps the downloads it started, so that one interrupted by closing the console
// is found again (and resumed from its .part) on the next start.
class ExportsCache
{
public:
    explicit ExportsCache(const cache::CacheConnection &connection);

    // The tenant's retention window in days and IANA time zone (defaults before a sync).
    int retentionDays();
    QString timeZone();
    // The id of the user with this sign-in ID.
    std::optional<QString> findUser(const QString &login);

    void rememberDownload(const QString &exportId, const QString &filePath);
    void forgetDownload(const QString &exportId);
    std::optional<QString> rememberedDownload(const QString &exportId);

private:
    std::optional<QString> tenantField(const char *path);

    cache::Database m_db;
    bool m_open = false;
};

} // namespace kanri::exports
