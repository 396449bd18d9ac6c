#include "store/statement.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace kanri::server {

namespace {

// The connection's sqlite3 handle, as Qt's SQLite driver exposes it.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

QString sqlOf(sqlite3_stmt *statement)
{
    return QString::fromUtf8(sqlite3_sql(statement)).left(120);
}

} // namespace

Statement::Statement(sqlite3_stmt *statement, bool *inUse)
    : m_statement(statement)
    , m_inUse(inUse)
{
}

Statement::~Statement()
{
    release();
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_failed(other.m_failed)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_statement = std::exchange(other.m_statement, nullptr);
        m_inUse = std::exchange(other.m_inUse, nullptr);
        m_failed = other.m_failed;
    }
    return *this;
}

void Statement::release()
{
    if (!m_statement)
        return;
    if (m_inUse) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        *m_inUse = false;
    } else {
        sqlite3_finalize(m_statement);
    }
    m_statement = nullptr;
    m_inUse = nullptr;
}

namespace {
void checkBind(sqlite3_stmt *statement, int rc, bool *failed)
{
    if (rc == SQLITE_OK)
        return;
    *failed = true;
    qCWarning(lcStore) << "bind failed:" << sqlite3_errstr(rc) << sqlOf(statement);
}
} // namespace

void Statement::bind(int index, qint64 value)
{
    if (m_statement)
        checkBind(m_statement, sqlite3_bind_int64(m_statement, index, value), &m_failed);
}

void Statement::bind(int index, const QString &text)
{
    if (!m_statement)
        return;
    if (text.isNull()) {
        checkBind(m_statement, sqlite3_bind_null(m_statement, index), &m_failed);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    checkBind(m_statement,
              sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                                SQLITE_TRANSIENT),
              &m_failed);
}

void Statement::bindBlob(int index, QByteArrayView bytes)
{
    if (m_statement)
        checkBind(m_statement,
                  sqlite3_bind_blob(m_statement, index, bytes.data(), static_cast<int>(bytes.size()),
                                    SQLITE_TRANSIENT),
                  &m_failed);
}

void Statement::bindAll(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int index = static_cast<int>(i) + 1;
        if (value.isNull()) {
            if (m_statement)
                checkBind(m_statement, sqlite3_bind_null(m_statement, index), &m_failed);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            bind(index, value.toLongLong());
            break;
        case QMetaType::QByteArray:
            bindBlob(index, value.toByteArray());
            break;
        case QMetaType::QString:
            bind(index, value.toString());
            break;
        default:
            qCWarning(lcStore) << "cannot bind a value of type" << value.typeName();
            m_failed = true;
        }
    }
}

bool Statement::next()
{
    if (!m_statement) {
        m_failed = true;
        return false;
    }
    if (m_failed)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        qCWarning(lcStore) << "query failed:" << sqlite3_errmsg(sqlite3_db_handle(m_statement))
                           << sqlOf(m_statement);
    }
    return false;
}

void Statement::reset()
{
    m_failed = false;
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QUtf8StringView Statement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QUtf8StringView(bytes, sqlite3_column_bytes(m_statement, column));
}

QString Statement::string(int column) const
{
    return text(column).toString();
}

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(handleOf(db))
{
    if (!m_db)
        qCWarning(lcStore) << "no SQLite handle: prepared statements unavailable";
}

StatementCache::~StatementCache()
{
    for (auto &[sql, entry] : m_entries)
        sqlite3_finalize(entry.statement);
}

Statement StatementCache::prepare(const QString &sql)
{
    auto it = m_entries.find(sql);
    if (it != m_entries.end() && !it->second.inUse) {
        it->second.inUse = true;
        return Statement(it->second.statement, &it->second.inUse);
    }
    if (!m_db)
        return {};
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcStore) << "prepare failed:" << sqlite3_errmsg(m_db) << sql.left(120);
        sqlite3_finalize(statement);
        return {};
    }
    if (it != m_entries.end())
        return Statement(statement, nullptr); // the cached one is in use further up: a one-off
    if (m_entries.size() >= kMaxEntries) {
        // Statements whose SQL names a caller's scopes vary; drop the idle ones now and then.
        for (auto e = m_entries.begin(); e != m_entries.end();) {
            if (e->second.inUse) {
                ++e;
                continue;
            }
            sqlite3_finalize(e->second.statement);
            e = m_entries.erase(e);
        }
    }
    auto &entry = m_entries[sql];
    entry = Entry{statement, true};
    return Statement(statement, &entry.inUse);
}

} // namespace kanri::server
