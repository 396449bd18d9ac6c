#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace kanri::cache {

// The outcome of a failed SQLite call: its primary result code and SQLite's own message.
struct SqlError
{
    int code = 0; // SQLITE_* (primary code)
    QString message;

    bool isNotADatabase() const;
    bool isCorrupt() const;
    bool isFull() const;
    bool isGeneric() const; // SQLITE_ERROR
};

// One connection to an SQLite (SQLCipher) database; closed when destroyed. Not shared between
// threads: each thread opens its own.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `uri` is a file path or an SQLite URI ("file:name?mode=memory&cache=shared").
    bool open(const QString &uri, bool create);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements without results. False on error (see lastError()).
    bool exec(const char *sql);
    // The first column of the first row of `sql`, or nullopt on error or without rows.
    std::optional<qint64> queryInt(const char *sql);
    std::optional<QString> queryText(const char *sql);

    qint64 changes() const;
    const SqlError &lastError() const { return m_error; }
    // Records SQLite's current error of this connection as lastError().
    void captureError(int code);

private:
    sqlite3 *m_db = nullptr;
    SqlError m_error;
};

// A prepared statement. Bind indexes start at 1, column indexes at 0.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const std::optional<QString> &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64{value}); }
    Statement &bind(int index, bool value) { return bind(index, qint64{value ? 1 : 0}); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    // Advances to the next row: true while there is one. On an error, false and error() is set.
    bool next();
    // Runs a statement that returns no rows (INSERT, UPDATE, DELETE). False on error.
    bool run();
    // Makes the statement ready to run again, with its bindings cleared.
    void reset();

    bool failed() const { return m_failed; }
    const SqlError &error() const { return m_db->lastError(); }

    QString text(int column) const;
    qint64 int64(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    bool isInteger(int column) const;
    int columnCount() const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// "?,?,…,?" with `count` parameters, for "… IN (…)" over a batch of values.
QByteArray placeholders(qsizetype count);

// BEGIN IMMEDIATE … COMMIT; rolled back when destroyed uncommitted.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace kanri::cache
