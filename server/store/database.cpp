#include "store/database.h"

#include "store/statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace kanri::server {

namespace {
bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.left(80));
    return false;
}
} // namespace

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    const QString name = QStringLiteral("kanri-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Database> database(new Database(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error) || !configure(db, error)
        || !database->migrate(error))
        return nullptr;
    return database;
}

bool Database::configure(QSqlDatabase db, QString *error)
{
    // Per connection (the journal mode is the file's).
    return exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error)
           && exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error);
}

Database::Database(QString name)
    : m_name(std::move(name))
{
    m_connections.emplace(QThread::currentThread(), Connection{m_name, nullptr});
}

Database::~Database()
{
    const QMutexLocker lock(&m_mutex);
    for (auto &[thread, connection] : m_connections)
        close(connection);
}

void Database::close(Connection &connection)
{
    connection.statements.reset(); // finalized before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(connection.name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection.name);
}

Database::Connection &Database::current() const
{
    QThread *thread = QThread::currentThread();
    const QMutexLocker lock(&m_mutex);
    auto it = m_connections.find(thread);
    if (it != m_connections.end())
        return it->second;
    const QString name = m_name + QStringLiteral("-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_name, name);
    QString error;
    if (!db.open() || !configure(db, &error))
        qWarning("kanri-service: cannot open a database connection for a thread: %s",
                 qPrintable(error.isEmpty() ? db.lastError().text() : error));
    return m_connections.emplace(thread, Connection{name, nullptr}).first->second;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(current().name, false);
}

StatementCache &Database::statements() const
{
    Connection &record = current();
    if (!record.statements)
        record.statements = std::make_unique<StatementCache>(QSqlDatabase::database(record.name, false));
    return *record.statements;
}

void Database::releaseConnection() const
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_connections.find(QThread::currentThread());
    if (it == m_connections.end() || it->second.name == m_name)
        return;
    close(it->second);
    m_connections.erase(it);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::isHealthy() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    const auto &steps = migrations();
    if (current < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (current > steps.size()) {
        *error = QStringLiteral("the database has schema version %1, newer than this service "
                                "understands (%2); use a newer kanri-service")
                     .arg(current)
                     .arg(steps.size());
        return false;
    }
    for (qsizetype v = current; v < steps.size(); ++v) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        for (const QString &sql : steps.at(v)) {
            if (!exec(db, sql, error)) {
                db.rollback();
                return false;
            }
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version=%1").arg(v + 1), error) || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace kanri::server
