#include "cache/cachestore.h"

#include "cache/cachekey.h"
#include "cache/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace kanri::cache {

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A file-name part: safe characters kept, others replaced; when anything was replaced, a
// short hash of the original keeps "a/b" and "a_b" apart.
QString safeName(const QString &part)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]|--"));
    QString name = part;
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    name = name.left(80);
    if (name != part) {
        const QByteArray hash = QCryptographicHash::hash(part.toUtf8(), QCryptographicHash::Sha256);
        name += QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(8));
    }
    return name;
}

// Keys the connection. Must come before anything reads the file.
bool applyKey(Database &db, const CacheConnection &connection)
{
    if (connection.memory)
        return true;
    const QByteArray pragmas = "PRAGMA key = \"x'" + connection.key.toHex()
                               + "'\"; PRAGMA cipher_page_size = 4096;";
    return db.exec(pragmas.constData());
}

// The first read decrypts page 1: SQLITE_NOTADB here means the key does not fit. Then what
// every connection needs.
std::optional<SqlError> firstRead(Database &db, const CacheConnection &connection)
{
    if (!db.queryInt("SELECT count(*) FROM sqlite_master"))
        return db.lastError();
    const char *settings = connection.memory ? "PRAGMA read_uncommitted = 1; PRAGMA foreign_keys = ON;"
                                             : "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
    if (!db.exec(settings))
        return db.lastError();
    return std::nullopt;
}

} // namespace

QString CacheLocation::filePath() const
{
    return QDir(directory).filePath(safeName(profile) + QStringLiteral("--") + safeName(accountId)
                                    + QStringLiteral(".kcache"));
}

QString CacheLocation::keyInfoPath() const { return filePath() + QStringLiteral(".key"); }

QString CacheLocation::secretName() const
{
    return QStringLiteral("cache-key:%1:%2").arg(profile, accountId);
}

QStringList CacheLocation::files() const
{
    const QString file = filePath();
    return {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm"), keyInfoPath()};
}

std::optional<CacheError> openConnection(const CacheConnection &connection, Database &db)
{
    if (!db.open(connection.uri, false) || !applyKey(db, connection))
        return CacheError::fromSql(db.lastError());
    if (const auto error = firstRead(db, connection))
        return CacheError::fromSql(*error);
    return std::nullopt;
}

CacheStore::CacheStore(CacheLocation location, QByteArray key, KeySource source)
    : m_location(std::move(location))
    , m_source(source)
{
    if (source == KeySource::MemoryOnly) {
        m_connection.uri = QStringLiteral("file:kanri-cache-%1?mode=memory&cache=shared")
                               .arg(QUuid::createUuid().toString(QUuid::Id128));
        m_connection.memory = true;
    } else {
        m_connection.uri = m_location.filePath();
        m_connection.key = std::move(key);
    }
}

CacheStore CacheStore::inMemory() { return CacheStore({}, {}, KeySource::MemoryOnly); }

std::optional<CacheError> CacheStore::open()
{
    const bool memory = m_connection.memory;
    const std::optional<KeyInfo> info = memory ? std::nullopt : readKeyInfo(m_location);
    if (info && !info->check.isEmpty() && info->check != keyCheck(m_connection.key))
        return CacheError{CacheError::Kind::WrongKey, QStringLiteral("key check differs")};

    if (!memory) {
        const QString path = m_location.filePath();
        QDir().mkpath(m_location.directory);
        QFile::setPermissions(m_location.directory, kOwnerOnly | QFileDevice::ExeOwner);
        if (!QFileInfo::exists(path)) {
            // Created empty with mode 0600 before SQLite writes anything; SQLite gives its
            // -wal and -shm files the database file's mode.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                || !file.setPermissions(kOwnerOnly))
                return CacheError{CacheError::Kind::Io, file.errorString()};
        }
    }
    if (!m_db.open(m_connection.uri, memory) || !applyKey(m_db, m_connection))
        return CacheError::fromSql(m_db.lastError());
    if (const auto error = firstRead(m_db, m_connection)) {
        m_db.close();
        // Without a key check to go by, an unreadable first page is treated as a wrong key:
        // nothing is deleted on a guess.
        if (error->isNotADatabase() && !(info && !info->check.isEmpty()))
            return CacheError{CacheError::Kind::WrongKey, error->message};
        return CacheError::fromSql(*error);
    }
    if (!memory && !m_db.queryText("PRAGMA journal_mode = WAL"))
        return CacheError::fromSql(m_db.lastError());
    const std::optional<qint64> version = m_db.queryInt("PRAGMA user_version");
    if (!version)
        return CacheError::fromSql(m_db.lastError());
    if (*version > latestSchemaVersion())
        return CacheError{CacheError::Kind::TooNew,
                          QStringLiteral("schema version %1").arg(*version)};
    if (!migrate(m_db))
        return CacheError::fromSql(m_db.lastError());
    if (!memory && (!info || info->check.isEmpty())) {
        KeyInfo written = info.value_or(KeyInfo{});
        written.check = keyCheck(m_connection.key);
        if (!writeKeyInfo(m_location, written))
            return CacheError{CacheError::Kind::Io, QStringLiteral("cannot write the key info")};
    }
    return std::nullopt;
}

std::optional<CacheError> CacheStore::checkIntegrity(bool quick)
{
    Statement check(m_db, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check");
    QStringList problems;
    while (check.next()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (check.failed())
        return CacheError::fromSql(check.error());
    if (!problems.isEmpty())
        return CacheError{CacheError::Kind::Corrupt, problems.join(QLatin1Char('\n'))};
    return std::nullopt;
}

std::optional<QList<Watermark>> readWatermarks(Database &db)
{
    QList<Watermark> result;
    Statement s(db, "SELECT resource, watermark, next_cursor, complete, item_count, synced_at "
                    "FROM watermarks ORDER BY resource");
    while (s.next()) {
        Watermark w;
        w.resource = s.text(0);
        if (!s.isNull(1))
            w.watermark = s.text(1);
        if (!s.isNull(2))
            w.nextCursor = s.text(2);
        w.complete = s.int64(3) != 0;
        w.itemCount = s.int64(4);
        if (!s.isNull(5))
            w.syncedAt = QDateTime::fromString(s.text(5), Qt::ISODateWithMs);
        result.append(std::move(w));
    }
    if (s.failed())
        return std::nullopt;
    return result;
}

QList<Watermark> CacheStore::watermarks() { return readWatermarks(m_db).value_or(QList<Watermark>()); }

std::optional<QDateTime> CacheStore::lastSyncedAt()
{
    const std::optional<QString> value =
        m_db.queryText("SELECT value FROM meta WHERE key = 'last_sync_at'");
    if (!value)
        return std::nullopt;
    return QDateTime::fromString(*value, Qt::ISODateWithMs);
}

bool CacheStore::removeFiles()
{
    m_db.close();
    if (m_connection.memory)
        return true;
    bool ok = true;
    for (const QString &file : m_location.files()) {
        if (QFileInfo::exists(file))
            ok = QFile::remove(file) && ok;
    }
    return ok;
}

} // namespace kanri::cache
