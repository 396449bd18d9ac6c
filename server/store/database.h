#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace kanri::server {

class StatementCache;

// The service's SQLite database (Qt SQL): WAL journal, foreign keys, and schema migrations
// numbered by PRAGMA user_version, each applied in its own transaction.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static std::unique_ptr<Database> open(const QString &path, QString *error);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    // Prepared statements kept for the connection (the hot read paths).
    StatementCache &statements() const;
    int schemaVersion() const;
    bool isHealthy() const;

    // The migration steps in order; step i brings user_version from i to i + 1.
    static const QList<QStringList> &migrations();

private:
    explicit Database(QString name);
    bool migrate(QString *error);

    QString m_name;
    mutable std::unique_ptr<StatementCache> m_statements;
};

} // namespace kanri::server
