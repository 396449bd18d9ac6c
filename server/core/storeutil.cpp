#include "core/storeutil.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcStore, "kanri.store")

namespace kanri::server {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<QDateTime> fromMs(const QVariant &nullableMs)
{
    if (nullableMs.isNull())
        return std::nullopt;
    return fromMs(nullableMs.toLongLong());
}

QVariant toDb(const std::optional<QDateTime> &time)
{
    return time ? QVariant(time->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant toDb(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType::fromType<QString>());
}

namespace {
// Per thread, as each thread has its own connection.
thread_local int transactionDepth = 0;
thread_local bool transactionPoisoned = false;
thread_local bool transactionWrites = false; // the open transaction holds the write lock

bool execute(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qCWarning(lcStore) << sql << "failed:" << query.lastError().text();
    return false;
}
} // namespace

Transaction::Transaction(QSqlDatabase db, Kind kind)
    : m_db(std::move(db))
{
    const bool write = kind == Kind::Write;
    if (transactionDepth == 0) {
        m_open = execute(m_db, write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        if (!m_open)
            return;
        m_outermost = true;
        transactionPoisoned = false;
        transactionWrites = write;
    } else if (write && !transactionWrites) {
        m_open = execute(m_db, QStringLiteral("COMMIT"))
                 && execute(m_db, QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open) {
            transactionPoisoned = true;
            return;
        }
        transactionWrites = true;
    } else {
        m_open = true;
    }
    ++transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --transactionDepth;
    if (m_outermost)
        m_db.rollback();
    else
        transactionPoisoned = true;
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    --transactionDepth;
    if (!m_outermost)
        return true;
    if (!transactionPoisoned && m_db.commit())
        return true;
    if (!transactionPoisoned)
        qCWarning(lcStore) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
    return false;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (query.lastQuery() != sql && !query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text() << sql.left(120);
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << query.lastError().text() << sql.left(120);
        return false;
    }
    return true;
}

QSqlQuery runQuery(QSqlDatabase db, const QString &sql, const QVariantList &values, bool *ok)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool done = run(query, sql, values);
    if (ok)
        *ok = done;
    return query;
}

qint64 nextSeq(QSqlDatabase db, qint64 tenantPk)
{
    QSqlQuery q = runQuery(db, QStringLiteral("UPDATE tenants SET change_seq = change_seq + 1 "
                                              "WHERE pk = ? RETURNING change_seq"),
                           {tenantPk});
    return q.next() ? q.value(0).toLongLong() : -1;
}

bool touchRow(QSqlDatabase db, qint64 tenantPk, const QString &table, qint64 pk)
{
    QSqlQuery q(db);
    return run(q, QStringLiteral("UPDATE %1 SET seq = ? WHERE pk = ? AND tenant_pk = ?").arg(table),
               {nextSeq(db, tenantPk), pk, tenantPk});
}

} // namespace kanri::server
