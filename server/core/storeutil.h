#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace kanri::server {

// Milliseconds since the Unix epoch, UTC: how the store keeps every time.
qint64 nowMs();
QDateTime fromMs(qint64 ms);
std::optional<QDateTime> fromMs(const QVariant &nullableMs);
QVariant toDb(const std::optional<QDateTime> &time);
QVariant toDb(const std::optional<QString> &text);

// A transaction that rolls back unless committed. Transactions nest: an inner one joins the
// outer one, and an inner one that is not committed makes the outer one fail.
// A write transaction takes SQLite's write lock as it begins (BEGIN IMMEDIATE): the serving
// threads write through connections of their own, and a read-then-write in a deferred
// transaction that meets another connection's newer commit fails (SQLITE_BUSY) instead of
// waiting. A read transaction is one snapshot; a write transaction opened inside one ends the
// snapshot and takes the write lock, so what was read before it may be older than the write.
class Transaction
{
public:
    enum class Kind { Write, Read };
    explicit Transaction(QSqlDatabase db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_open; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_outermost = false;
};

// Prepares and runs `sql` with positional bindings. On failure logs the error (never the
// bound values, which may hold personal data) and returns false.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
QSqlQuery runQuery(QSqlDatabase db, const QString &sql, const QVariantList &values = {},
                   bool *ok = nullptr);

// The tenant's next change sequence number (call inside the write transaction).
qint64 nextSeq(QSqlDatabase db, qint64 tenantPk);

// Gives a synced row a new change number without changing its data, so deltas carry it again
// when something it shows or depends on changed (a user's roles, a label's asset count).
// `table` is one of the schema's synced tables (never user input).
bool touchRow(QSqlDatabase db, qint64 tenantPk, const QString &table, qint64 pk);

// ETags are derived from the row's change sequence: "r<seq>".
inline QString etagFor(qint64 seq)
{
    return QStringLiteral("r") + QString::number(seq);
}

} // namespace kanri::server
