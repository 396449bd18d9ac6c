#include "core/retention.h"

#include "core/storeutil.h"
#include "store/database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRetention, "kanri.retention")

namespace kanri::server {

RetentionJob::RetentionJob(Database &database, qint64 intervalSeconds, qint64 idempotencySeconds,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_idempotencySeconds(idempotencySeconds)
{
    m_timer.setInterval(std::chrono::milliseconds(intervalSeconds * 1000));
    connect(&m_timer, &QTimer::timeout, this, &RetentionJob::purge);
    m_timer.start();
    QTimer::singleShot(0, this, &RetentionJob::purge);
}

qint64 RetentionJob::purge()
{
    QSqlDatabase db = m_database.connection();
    const qint64 now = nowMs();
    constexpr qint64 day = 24LL * 3600 * 1000;
    qint64 deleted = 0;
    Transaction tx(db);
    const auto purgeTable = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery q(db);
        if (run(q, sql, values))
            deleted += q.numRowsAffected();
    };
    for (const QString &table : {QStringLiteral("access_log"), QStringLiteral("operation_log"), QStringLiteral("events")}) {
        purgeTable(QStringLiteral("DELETE FROM %1 WHERE at < ? - ? * (SELECT log_retention_days FROM tenants "
                                  "WHERE tenants.pk = %1.tenant_pk)")
                       .arg(table),
                   {now, day});
        // Rows of no tenant (requests before sign-in) follow the seed's 90 days.
        purgeTable(QStringLiteral("DELETE FROM %1 WHERE tenant_pk IS NULL AND at < ?").arg(table), {now - 90 * day});
    }
    purgeTable(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), {now - day});
    purgeTable(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), {now - m_idempotencySeconds * 1000});
    purgeTable(QStringLiteral("DELETE FROM login_failures WHERE updated_at < ? AND (locked_until IS NULL OR locked_until < ?)"),
               {now - day, now});
    if (!tx.commit())
        return 0;
    if (deleted > 0)
        qCInfo(lcRetention) << "retention purge removed" << deleted << "rows";
    return deleted;
}

} // namespace kanri::server
