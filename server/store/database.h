#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

class QThread;

namespace kanri::server {

class StatementCache;

// The service's SQLite database (Qt SQL): WAL journal, foreign keys, and schema migrations
// numbered by PRAGMA user_version, each applied in its own transaction. A Qt SQL connection
// belongs to one thread, so each thread that uses the database gets its own connection to the
// same file (opened on first use, with the same settings).
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static std::unique_ptr<Database> open(const QString &path, QString *error);

    // The calling thread's connection.
    QSqlDatabase connection() const;
    // Prepared statements kept for the calling thread's connection (the hot read paths).
    StatementCache &statements() const;
    // Closes the calling thread's connection; a thread other than the opening one calls this
    // before it ends.
    void releaseConnection() const;
    int schemaVersion() const;
    bool isHealthy() const;

    // The migration steps in order; step i brings user_version from i to i + 1.
    static const QList<QStringList> &migrations();

private:
    struct Connection
    {
        QString name;
        std::unique_ptr<StatementCache> statements; // made on first use
    };

    explicit Database(QString name);
    Connection &current() const;
    static bool configure(QSqlDatabase db, QString *error);
    static void close(Connection &connection);
    bool migrate(QString *error);

    const QString m_name;
    mutable QMutex m_mutex;
    mutable std::unordered_map<QThread *, Connection> m_connections; // node-stable
};

} // namespace kanri::server
