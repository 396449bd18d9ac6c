#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QUtf8StringView>
#include <QVariantList>

#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace kanri::server {

// A prepared statement of the sqlite3 C API, for the hot read paths: text columns are read as
// the store's UTF-8 without copies, and the statement is prepared once per connection. It runs
// on the Qt SQL connection's own handle, so it joins that connection's transaction. Move-only;
// going out of scope resets it and gives it back to its cache.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters are numbered from 1, as in the SQL ("?").
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindBlob(int index, QByteArrayView bytes);
    // Binds `values` to ?1, ?2, … as Qt SQL would: integers, text, bytes as a BLOB, nulls.
    void bindAll(const QVariantList &values);

    // Steps to the next row: false at the end and on errors (then failed() is true, logged).
    bool next();
    // Makes the statement ready to run again (bind anew).
    void reset();
    bool failed() const { return m_failed; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    // Valid until the next call of next().
    QUtf8StringView text(int column) const;
    QString string(int column) const;

private:
    friend class StatementCache;
    Statement(sqlite3_stmt *statement, bool *inUse);
    void release();

    sqlite3_stmt *m_statement = nullptr;
    bool *m_inUse = nullptr; // the cache's flag; null: not cached, finalized when done
    bool m_failed = false;
};

// The prepared statements of one connection, by SQL text. Must go before the connection
// closes.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement for `sql`, ready to bind; an invalid one if it does not prepare (logged).
    Statement prepare(const QString &sql);

private:
    static constexpr std::size_t kMaxEntries = 64;

    struct Entry
    {
        sqlite3_stmt *statement = nullptr;
        bool inUse = false;
    };
    sqlite3 *m_db = nullptr;
    std::unordered_map<QString, Entry> m_entries; // nodes stay put: Statements point at inUse
};

} // namespace kanri::server
