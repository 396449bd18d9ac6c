#include "exports/exportscache.h"

namespace kanri::exports {

namespace {

QString downloadKey(const QString &exportId)
{
    return QStringLiteral("log_export_download:") + exportId;
}

} // namespace

ExportsCache::ExportsCache(const cache::CacheConnection &connection)
{
    m_open = !cache::openConnection(connection, m_db);
}

std::optional<QString> ExportsCache::tenantField(const char *path)
{
    if (!m_open)
        return std::nullopt;
    cache::Statement s(m_db, "SELECT json_extract(json, ?1) FROM tenant LIMIT 1");
    s.bind(1, QString::fromLatin1(path));
    if (!s.next() || s.isNull(0))
        return std::nullopt;
    return s.text(0);
}

int ExportsCache::retentionDays()
{
    const std::optional<QString> days = tenantField("$.log_retention_days");
    return days && days->toInt() > 0 ? days->toInt() : 90;
}

QString ExportsCache::timeZone()
{
    return tenantField("$.time_zone").value_or(QStringLiteral("Asia/Tokyo"));
}

std::optional<QString> ExportsCache::findUser(const QString &login)
{
    if (!m_open)
        return std::nullopt;
    cache::Statement s(m_db, "SELECT id FROM users WHERE login = ?1 COLLATE NOCASE LIMIT 1");
    s.bind(1, login);
    if (!s.next())
        return std::nullopt;
    return s.text(0);
}

void ExportsCache::rememberDownload(const QString &exportId, const QString &filePath)
{
    if (!m_open)
        return;
    cache::Statement s(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    s.bind(1, downloadKey(exportId)).bind(2, filePath);
    s.run();
}

void ExportsCache::forgetDownload(const QString &exportId)
{
    if (!m_open)
        return;
    cache::Statement s(m_db, "DELETE FROM meta WHERE key = ?1");
    s.bind(1, downloadKey(exportId));
    s.run();
}

std::optional<QString> ExportsCache::rememberedDownload(const QString &exportId)
{
    if (!m_open)
        return std::nullopt;
    cache::Statement s(m_db, "SELECT value FROM meta WHERE key = ?1");
    s.bind(1, downloadKey(exportId));
    if (!s.next())
        return std::nullopt;
    return s.text(0);
}

} // namespace kanri::exports
