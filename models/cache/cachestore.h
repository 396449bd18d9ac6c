#pragma once

#include "cache/cacheerror.h"
#include "cache/sqlite.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kanri::cache {

// Where the cache of one profile and signed-in account lives.
struct CacheLocation
{
    QString directory; // e.g. <app data>/cache
    QString profile;
    QString accountId;

    // <directory>/<profile>--<account>.kcache, both parts reduced to safe file-name characters
    // (with a short hash of the original when that changed anything).
    QString filePath() const;
    // Next to the file: how its key is made (salt, KDF parameters) and a check of the key.
    QString keyInfoPath() const;
    // The name of the cache key in the secret store.
    QString secretName() const;
    // Every file that belongs to the cache (database, -wal, -shm, key info).
    QStringList files() const;
};

// Where the cache key came from, which the console tells the user.
enum class KeySource {
    Keychain,   // a random key kept in the system keychain
    Passphrase, // derived from the user's cache passphrase
    MemoryOnly, // no key to keep: the cache lives in memory for this run only
};

// What another connection to an opened cache needs (a worker thread, an item model).
struct CacheConnection
{
    QString uri;    // a file path, or the URI of the in-memory database
    QByteArray key; // the raw 256-bit key; empty for the in-memory cache
    bool memory = false;
};

// Opens a further connection to a cache that a CacheStore has opened and migrated.
std::optional<CacheError> openConnection(const CacheConnection &connection, Database &db);

// A resource's sync state, as the sync engine stores it with each page it applies.
struct Watermark
{
    QString resource;
    std::optional<QString> watermark;
    std::optional<QString> nextCursor;
    bool complete = false;
    qint64 itemCount = 0;
    std::optional<QDateTime> syncedAt;
};

// Every resource's sync state; nullopt when the cache cannot be read (see db.lastError()).
std::optional<QList<Watermark>> readWatermarks(Database &db);

// The encrypted offline cache of one profile and account: the file, its schema and its first
// connection (which keeps an in-memory cache alive). Other threads open their own connections
// with connection().
class CacheStore
{
public:
    // A file keyed with `key` (32 bytes), or, with an empty `location`, an in-memory cache.
    CacheStore(CacheLocation location, QByteArray key, KeySource source);
    static CacheStore inMemory();

    // Creates or opens the file (mode 0600), checks the key, migrates the schema.
    // WrongKey leaves the file as it was. Call once.
    std::optional<CacheError> open();
    // PRAGMA integrity_check (quick: quick_check, which reads every page but skips the index
    // cross-checks): Corrupt when it finds anything, or a page fails its authentication.
    std::optional<CacheError> checkIntegrity(bool quick = false);

    bool isOpen() const { return m_db.isOpen(); }
    KeySource keySource() const { return m_source; }
    bool isMemoryOnly() const { return m_source == KeySource::MemoryOnly; }
    const CacheLocation &location() const { return m_location; }
    const CacheConnection &connection() const { return m_connection; }
    Database &database() { return m_db; }

    QList<Watermark> watermarks();
    // When the last sync finished completely; nullopt before the first one.
    std::optional<QDateTime> lastSyncedAt();
    // Closes the connection and deletes every file of this cache (not its key).
    bool removeFiles();

private:
    CacheLocation m_location;
    CacheConnection m_connection;
    KeySource m_source;
    Database m_db;
};

} // namespace kanri::cache
