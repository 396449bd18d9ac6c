#pragma once

// Shared by tst_logexports and tst_logexportfiles: the operator's command line, direct access
// to the service's database (to lay down a known log), quotes and orders, waiting for a state,
// and gunzip.

#include "usertesthelpers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <zlib.h>

namespace kanri::test {

struct CommandResult
{
    int code = -1;
    QString out;
    QString err;
};

// `kanri-service ARGS --data-dir DIR`: the operator's commands, run while the service runs.
inline CommandResult runVendor(const QString &dataDir, QStringList args)
{
    args << QStringLiteral("--data-dir") << dataDir;
    QProcess p;
    p.start(service::LocalService::findExecutable(), args);
    p.waitForFinished(60'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A second connection to the service's SQLite database (WAL: the service keeps running).
class TestDatabase
{
public:
    explicit TestDatabase(const QString &dataDir)
        : m_name(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("kanri.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
        if (!db.open())
            qWarning() << "cannot open the service's database:" << db.lastError().text();
    }
    ~TestDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            qWarning() << "prepare failed:" << q.lastError().text() << sql;
            return false;
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(static_cast<int>(i), values.at(i));
        if (!q.exec()) {
            qWarning() << "query failed:" << q.lastError().text() << sql;
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(static_cast<int>(i), values.at(i));
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    QStringList column(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(static_cast<int>(i), values.at(i));
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

private:
    QString m_name;
};

// RFC 3339 in UTC, with milliseconds when there are any (as the service writes them).
inline QString rfc3339(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return t.toString(ms % 1000 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

inline QJsonObject selection(const QString &type, qint64 fromMs, qint64 toMs, const QString &format,
                             const QJsonObject &filters = {})
{
    QJsonObject o{{QStringLiteral("log_type"), type},
                  {QStringLiteral("from"), rfc3339(fromMs)},
                  {QStringLiteral("to"), rfc3339(toMs)},
                  {QStringLiteral("format"), format}};
    if (!filters.isEmpty())
        o.insert(QStringLiteral("filters"), filters);
    return o;
}

inline QList<QPair<QByteArray, QByteArray>> idempotencyKey(const QString &key = {})
{
    return {
        {QByteArrayLiteral("Idempotency-Key"),
         (key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key).toLatin1()}};
}

// The order body for a quote: the quoted selection again, with its id.
inline QJsonObject orderFor(const QJsonObject &selectionBody, const QJsonObject &quote)
{
    QJsonObject order = selectionBody;
    order.insert(QStringLiteral("quote_id"), quote.value(QStringLiteral("quote_id")));
    return order;
}

// Quotes and orders `selectionBody`; the created export, or {} (with a warning).
inline QJsonObject orderExport(ServiceFixture &svc, const QString &token,
                               const QJsonObject &selectionBody)
{
    const HttpAnswer q = svc.post(QStringLiteral("/log-exports/quote"), selectionBody, token);
    if (q.status != 200) {
        qWarning() << "quote:" << q.status << q.body;
        return {};
    }
    const HttpAnswer o = svc.post(QStringLiteral("/log-exports"), orderFor(selectionBody, q.json()),
                                  token, idempotencyKey());
    if (o.status != 201) {
        qWarning() << "order:" << o.status << o.body;
        return {};
    }
    return o.json();
}

// Polls GET /log-exports/{id} until its state is one of `states`; the last answer's object.
inline QJsonObject waitForState(ServiceFixture &svc, const QString &token, const QString &id,
                                const QStringList &states, int timeoutMs = 90'000)
{
    QJsonObject last;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const HttpAnswer a = svc.get(QStringLiteral("/log-exports/") + id, token);
        last = a.json();
        if (a.status == 200 && states.contains(last.value(QStringLiteral("state")).toString()))
            return last;
        QTest::qWait(100);
    }
    qWarning() << "export" << id << "did not reach" << states << "; last:" << last;
    return last;
}

inline QByteArray gunzip(const QByteArray &data, bool *ok = nullptr)
{
    z_stream z{};
    QByteArray out;
    bool good = inflateInit2(&z, 15 + 16) == Z_OK;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    char buffer[64 * 1024];
    int status = Z_OK;
    while (good && status != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            good = false;
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    if (ok)
        *ok = good && z.avail_in == 0;
    return out;
}

inline QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Actions and actors of the operation log rows about `target`, oldest first ("action by actor").
inline QStringList operationsOn(const TestDatabase &db, const QString &target)
{
    return db.column(
        QStringLiteral("SELECT action || ' by ' || actor FROM operation_log WHERE target = ? "
                       "ORDER BY pk"),
        {target});
}

} // namespace kanri::test
