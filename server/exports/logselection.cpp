#include "exports/logselection.h"

#include "core/storeutil.h"

#include <QTimeZone>

namespace kanri::server::exports {

QString LogSelection::fromWhere(QVariantList *values) const
{
    const bool access = logType == domain::LogType::Access;
    QString sql =
        access ? QStringLiteral(" FROM access_log x LEFT JOIN users u ON u.pk = x.user_pk")
               : QStringLiteral(" FROM operation_log x LEFT JOIN users u ON u.pk = x.actor_pk");
    sql += QStringLiteral(" WHERE x.tenant_pk = ? AND x.at >= ? AND x.at < ?");
    *values << tenantPk << fromMs << toMs;
    if (userPk) {
        sql +=
            access ? QStringLiteral(" AND x.user_pk = ?") : QStringLiteral(" AND x.actor_pk = ?");
        *values << *userPk;
    }
    if (access && pathPrefix) {
        // substr counts characters like QString::toUcs4 does; LIKE would fold ASCII case.
        sql += QStringLiteral(" AND substr(x.path, 1, ?) = ?");
        *values << static_cast<qint64>(pathPrefix->toUcs4().size()) << *pathPrefix;
    }
    if (!access && action) {
        sql += QStringLiteral(" AND x.action = ?");
        *values << *action;
    }
    return sql;
}

QString LogSelection::selectSql(QVariantList *values) const
{
    const QString columns =
        logType == domain::LogType::Access
            ? QStringLiteral("SELECT x.at, x.client_ip, u.id, u.login, x.method, x.path, x.status, "
                             "x.latency_us, x.bytes, x.request_id, x.user_agent")
            : QStringLiteral("SELECT x.at, u.id, x.actor, x.action, x.target, x.result, x.details, "
                             "x.client_ip, x.request_id");
    return columns + fromWhere(values) + QStringLiteral(" ORDER BY x.at, x.pk");
}

qint64 LogSelection::count(QSqlDatabase db, bool *ok) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*)") + fromWhere(&values);
    QSqlQuery q = runQuery(db, sql, values, ok);
    if (*ok && !q.next())
        *ok = false;
    return *ok ? q.value(0).toLongLong() : 0;
}

double LogSelection::averageTextBytes(QSqlDatabase db) const
{
    QVariantList values;
    const QString text =
        logType == domain::LogType::Access
            ? QStringLiteral(
                  "length(CAST(x.path AS BLOB)) + length(CAST(x.user_agent AS BLOB)) "
                  "+ length(x.client_ip) + length(x.request_id) + length(coalesce(u.login, ''))")
            : QStringLiteral(
                  "length(CAST(x.target AS BLOB)) + length(CAST(x.details AS BLOB)) "
                  "+ length(CAST(x.actor AS BLOB)) + length(x.action) + length(x.client_ip) "
                  "+ length(x.request_id)");
    const QString sql = QStringLiteral("SELECT avg(n) FROM (SELECT ") + text +
                        QStringLiteral(" AS n") + fromWhere(&values) +
                        QStringLiteral(" LIMIT 2000)");
    QSqlQuery q = runQuery(db, sql, values);
    return q.next() ? q.value(0).toDouble() : 0.0;
}

qint64 retentionStart(qint64 nowMs, int retentionDays, const QByteArray &timeZoneId)
{
    QTimeZone zone(timeZoneId);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate firstDay =
        fromMs(nowMs - qint64(retentionDays) * 24 * 3600 * 1000).toTimeZone(zone).date();
    return firstDay.startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace kanri::server::exports
