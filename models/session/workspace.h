#pragma once

#include "cache/cachestore.h"
#include "domain/auth.h"
#include "domain/tenant.h"
#include "sync/syncresult.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace kanri::api {
class ApiClient;
}
namespace kanri::sync {
class SyncEngine;
}

namespace kanri::session {

class ConsoleSession;

// What the pages of the main window work with once an account's cache is open: the session
// (to send changes), the encrypted cache (to read, through models of their own connection),
// the sync engine, and whether the console is online. Pages read from the cache, send changes
// through the session's client, then call requestSync(); they reload on cacheUpdated().
class Workspace : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes kDefaultSyncInterval{5};

    // `session` must outlive the workspace. Offline from the start when `online` is false.
    Workspace(ConsoleSession &session, std::unique_ptr<cache::CacheStore> cache, bool online,
              QObject *parent = nullptr);
    ~Workspace() override;

    ConsoleSession &session() const { return m_session; }
    api::ApiClient &client() const;
    cache::CacheStore &cache() const { return *m_cache; }
    // For models and workers: a connection of their own to the same cache.
    const cache::CacheConnection &cacheConnection() const { return m_cache->connection(); }
    sync::SyncEngine &syncEngine() const { return *m_sync; }

    // Online: the service answers and the account is signed in. Offline, pages stay readable
    // and every change is disabled with offlineReason() as its tooltip.
    bool isOnline() const { return m_online; }
    void setOnline(bool online);
    static QString offlineReason();
    // When the cache last completed a sync (the "as of" of the offline banner).
    std::optional<QDateTime> dataAsOf() const { return m_dataAsOf; }
    // The tenant's IANA time zone, from the cache ("Asia/Tokyo" before the first sync).
    QString timeZone() const;
    // The tenant as the last sync cached it (GET /tenant); nullopt before the first sync.
    std::optional<domain::Tenant> tenant() const;
    // Who is signed in: the session's answer online; offline, the one the cache kept.
    domain::Me account() const;

    // Syncs now (F5, after a change): at once when online, else when back online.
    void requestSync();
    // Periodic sync while online (zero: off).
    void setSyncInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    void onlineChanged(bool online);
    // A sync finished: models over the cache should reload.
    void cacheUpdated(const kanri::sync::SyncSummary &summary);
    void syncFailed(const kanri::sync::SyncError &error);

private:
    void onFinished(const sync::SyncSummary &summary);
    void keepAccount();
    void onFailed(const sync::SyncError &error);

    ConsoleSession &m_session;
    std::unique_ptr<cache::CacheStore> m_cache;
    std::unique_ptr<sync::SyncEngine> m_sync;
    QTimer m_timer;
    bool m_online;
    bool m_syncWhenOnline = false;
    std::optional<QDateTime> m_dataAsOf;
};

} // namespace kanri::session
