#include "cache/sqlite.h"

#include <sqlite3.h>

#include <QThread>

#include <utility>

namespace kanri::cache {

namespace {

constexpr int kBusyTimeoutMs = 10'000;

// A shared-cache in-memory database answers SQLITE_LOCKED instead of waiting like a file does.
bool waitWhileLocked(int rc, int &waited)
{
    if ((rc & 0xff) != SQLITE_LOCKED || waited >= kBusyTimeoutMs)
        return false;
    QThread::msleep(2);
    waited += 2;
    return true;
}

} // namespace

bool SqlError::isNotADatabase() const { return code == SQLITE_NOTADB; }
bool SqlError::isCorrupt() const { return code == SQLITE_CORRUPT; }
bool SqlError::isFull() const { return code == SQLITE_FULL; }
bool SqlError::isGeneric() const { return code == SQLITE_ERROR; }

Database::~Database() { close(); }

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_error(std::move(other.m_error))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

bool Database::open(const QString &uri, bool create)
{
    close();
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_URI
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(uri.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        captureError(rc);
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 0);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    return true;
}

void Database::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool Database::exec(const char *sql)
{
    int waited = 0;
    for (;;) {
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return true;
        if (waitWhileLocked(rc, waited))
            continue;
        captureError(rc);
        return false;
    }
}

std::optional<qint64> Database::queryInt(const char *sql)
{
    Statement s(*this, sql);
    if (!s.next())
        return std::nullopt;
    return s.int64(0);
}

std::optional<QString> Database::queryText(const char *sql)
{
    Statement s(*this, sql);
    if (!s.next())
        return std::nullopt;
    return s.text(0);
}

qint64 Database::changes() const { return m_db ? sqlite3_changes(m_db) : 0; }

void Database::captureError(int code)
{
    m_error.code = code & 0xff;
    m_error.message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                           : QString::fromUtf8(sqlite3_errstr(code));
}

Statement::Statement(Database &db, const char *sql)
    : m_db(&db)
{
    int waited = 0;
    for (;;) {
        const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
        if (rc == SQLITE_OK)
            return;
        if (waitWhileLocked(rc, waited))
            continue;
        db.captureError(rc);
        m_failed = true;
        return;
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<QString> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt) {
        m_failed = true;
        return false;
    }
    int waited = 0;
    for (;;) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        if (waitWhileLocked(rc, waited)) {
            sqlite3_reset(m_stmt);
            continue;
        }
        m_db->captureError(rc);
        m_failed = true;
        return false;
    }
}

bool Statement::run()
{
    while (next()) {
    }
    const bool ok = !m_failed;
    if (m_stmt)
        sqlite3_reset(m_stmt);
    return ok;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_active(db.exec("BEGIN IMMEDIATE"))
{
}

Transaction::~Transaction()
{
    if (m_active)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec("COMMIT"))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

QByteArray placeholders(qsizetype count)
{
    QByteArray list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i ? ",?" : "?";
    return list;
}

} // namespace kanri::cache
