#include "core/logs.h"

#include "core/storeutil.h"
#include "store/database.h"
#include "store/statement.h"

#include <QTimer>

namespace kanri::server {

AccessLog::AccessLog(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    auto *timer = new QTimer;
    timer->setInterval(200);
    timer->moveToThread(&m_writer);
    m_writerContext = timer;
    connect(timer, &QTimer::timeout, timer, [this] { flush(); });
    connect(&m_writer, &QThread::started, timer, qOverload<>(&QTimer::start));
    // Emitted on the writer thread as it ends: its connection closes there.
    connect(
        &m_writer, &QThread::finished, timer,
        [this, timer] {
            m_database.releaseConnection();
            delete timer;
        },
        Qt::DirectConnection);
    m_writer.setObjectName(QStringLiteral("access-log"));
    m_writer.start();
}

AccessLog::~AccessLog()
{
    m_writer.quit();
    m_writer.wait();
    m_writerContext = nullptr;
    flush(); // what came in since the writer's last round
}

void AccessLog::record(const Request &request, const Response &response, qint64 latencyUs)
{
    QString ip = request.peer.toString();
    if (ip.startsWith(QLatin1StringView("::ffff:")))
        ip = ip.mid(7);
    // A request without the header is logged with an empty agent (the column is NOT NULL).
    QString userAgent = QString::fromLatin1(request.header("user-agent").left(256));
    if (userAgent.isNull())
        userAgent = QLatin1String("");
    Row row{request.log.tenantPk, request.receivedMs, ip, methodName(request.method),
            request.log.path, response.status, latencyUs, response.bodySize(), request.log.userPk,
            request.requestId, userAgent};
    QMutexLocker lock(&m_mutex);
    m_rows.append(std::move(row));
    const bool full = m_rows.size() == 2000;
    lock.unlock();
    if (full) // do not wait for the timer, nor write on this thread
        QMetaObject::invokeMethod(m_writerContext, [this] { flush(); }, Qt::QueuedConnection);
}

void AccessLog::flush()
{
    QList<Row> rows;
    {
        const QMutexLocker lock(&m_mutex);
        rows.swap(m_rows);
    }
    if (rows.isEmpty())
        return;
    Transaction tx(m_database.connection());
    {
        Statement insert = m_database.statements().prepare(QStringLiteral(
            "INSERT INTO access_log (tenant_pk, at, client_ip, method, path, status, latency_us, "
            "bytes, user_pk, request_id, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QVariant null(QMetaType::fromType<qint64>());
        for (const Row &r : std::as_const(rows)) {
            insert.bindAll({r.tenantPk ? QVariant(r.tenantPk) : null, r.at, r.clientIp, r.method,
                            r.path, r.status, r.latencyUs, r.bytes,
                            r.userPk ? QVariant(r.userPk) : null, r.requestId, r.userAgent});
            insert.next();
            insert.reset();
        }
    }
    if (tx.commit())
        return;
    // Kept for the next flush, unless the disk keeps failing: then do not grow without bound.
    const QMutexLocker lock(&m_mutex);
    if (rows.size() + m_rows.size() <= 100'000)
        m_rows = rows + m_rows;
}

bool writeOperation(QSqlDatabase db, const Operation &o)
{
    QSqlQuery q(db);
    const QVariant null(QMetaType::fromType<qint64>());
    // A null QString binds as SQL NULL; these columns are NOT NULL with '' for "none".
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    return run(q,
               QStringLiteral("INSERT INTO operation_log (tenant_pk, at, actor_pk, actor, action, target, "
                              "result, details, client_ip, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {o.tenantPk ? QVariant(o.tenantPk) : null, nowMs(), o.actorPk ? QVariant(o.actorPk) : null,
                text(o.actor), o.action, text(o.target), o.result, text(o.details), text(o.clientIp),
                text(o.requestId)});
}

} // namespace kanri::server
