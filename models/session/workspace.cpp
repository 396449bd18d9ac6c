#include "session/workspace.h"

#include "session/consolesession.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kanri::session {

namespace {

// The sync failed because the service could not be reached (rather than refused something).
bool unreachable(const sync::SyncError &error)
{
    if (error.kind != sync::SyncError::Kind::Api || !error.api)
        return false;
    switch (error.api->kind) {
    case api::ApiError::Kind::Network:
    case api::ApiError::Kind::Timeout:
    case api::ApiError::Kind::Server:
        return true;
    default:
        return false;
    }
}

} // namespace

Workspace::Workspace(ConsoleSession &session, std::unique_ptr<cache::CacheStore> cache, bool online,
                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(std::move(cache))
    , m_sync(std::make_unique<sync::SyncEngine>(session.client(), m_cache->connection()))
    , m_online(online)
    , m_dataAsOf(m_cache->lastSyncedAt())
{
    connect(m_sync.get(), &sync::SyncEngine::finished, this, &Workspace::onFinished);
    connect(m_sync.get(), &sync::SyncEngine::failed, this, &Workspace::onFailed);
    connect(&m_timer, &QTimer::timeout, this, &Workspace::requestSync);
    connect(&session, &ConsoleSession::signedIn, this, &Workspace::keepAccount);
    setSyncInterval(kDefaultSyncInterval);
    keepAccount();
}

namespace {
constexpr auto kAccountKey = "account";
}

void Workspace::keepAccount()
{
    if (m_session.state() != ConsoleSession::State::SignedIn)
        return;
    const QByteArray json = QJsonDocument(m_session.me().toJson()).toJson(QJsonDocument::Compact);
    cache::Statement store(m_cache->database(), "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    store.bind(1, QString::fromLatin1(kAccountKey)).bind(2, QString::fromUtf8(json)).run();
}

std::optional<domain::Tenant> Workspace::tenant() const
{
    cache::Statement query(m_cache->database(), "SELECT json FROM tenant LIMIT 1");
    if (!query.isValid() || !query.next())
        return std::nullopt;
    auto decoded = domain::Tenant::fromJson(QJsonDocument::fromJson(query.text(0).toUtf8()).object(), QString());
    if (!decoded)
        return std::nullopt;
    return decoded.value();
}

domain::Me Workspace::account() const
{
    if (m_session.state() == ConsoleSession::State::SignedIn)
        return m_session.me();
    cache::Statement query(m_cache->database(), "SELECT value FROM meta WHERE key = ?1");
    query.bind(1, QString::fromLatin1(kAccountKey));
    if (!query.next())
        return {};
    auto decoded = domain::Me::fromJson(QJsonDocument::fromJson(query.text(0).toUtf8()).object(), QString());
    return decoded ? decoded.value() : domain::Me{};
}

Workspace::~Workspace()
{
    // The engine's thread writes to the cache: it stops before the cache closes.
    m_sync.reset();
}

api::ApiClient &Workspace::client() const
{
    return m_session.client();
}

QString Workspace::offlineReason()
{
    return QCoreApplication::translate("Workspace", "Offline: changes need a connection to the service.");
}

QString Workspace::timeZone() const
{
    cache::Statement query(m_cache->database(), "SELECT time_zone FROM tenant LIMIT 1");
    if (query.isValid() && query.next())
        return query.text(0);
    return QStringLiteral("Asia/Tokyo");
}

void Workspace::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
    if (online && std::exchange(m_syncWhenOnline, false))
        requestSync();
}

void Workspace::requestSync()
{
    if (!m_online) {
        m_syncWhenOnline = true;
        return;
    }
    m_sync->sync();
}

void Workspace::setSyncInterval(std::chrono::milliseconds interval)
{
    if (interval.count() > 0)
        m_timer.start(interval);
    else
        m_timer.stop();
}

void Workspace::onFinished(const sync::SyncSummary &summary)
{
    m_dataAsOf = summary.finishedAt;
    setOnline(true);
    Q_EMIT cacheUpdated(summary);
}

void Workspace::onFailed(const sync::SyncError &error)
{
    if (unreachable(error))
        setOnline(false);
    Q_EMIT syncFailed(error);
}

} // namespace kanri::session
