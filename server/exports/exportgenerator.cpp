#include "exports/exportgenerator.h"

#include "exports/gzipwriter.h"
#include "exports/logformat.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace kanri::server::exports {

namespace {
constexpr int kChunkRows = 5000;
constexpr qsizetype kFlushBytes = 1024 * 1024;

// A read-only connection of this thread, removed again when the generation ends.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path)
        : m_name(QStringLiteral("kanri-export-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~ReadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};
} // namespace

GenerateResult generateExport(const GenerateSpec &spec, const std::atomic<bool> &stop)
{
    GenerateResult result;
    const auto fail = [&](const QString &message) {
        result.error = message;
        return result;
    };
    GzipWriter writer(spec.partPath, spec.finalPath);
    if (!writer.open())
        return fail(writer.errorString());
    ReadConnection connection(spec.databasePath);
    if (!connection.ok())
        return fail(QStringLiteral("cannot open the database: %1").arg(connection.error()));
    {
        QSqlQuery query(connection.db());
        query.setForwardOnly(true);
        QVariantList values;
        if (!query.prepare(spec.selection.selectSql(&values)))
            return fail(QStringLiteral("cannot read the log: %1").arg(query.lastError().text()));
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(static_cast<int>(i), values.at(i));
        if (!query.exec())
            return fail(QStringLiteral("cannot read the log: %1").arg(query.lastError().text()));

        RowFormatter formatter(spec.selection.logType, spec.format, spec.csvBom,
                               QTimeZone(spec.timeZoneId));
        QByteArray buffer = formatter.preamble();
        buffer.reserve(kFlushBytes + 64 * 1024);
        int inChunk = 0;
        while (query.next()) {
            formatter.append(buffer, query);
            ++result.rows;
            if (buffer.size() >= kFlushBytes) {
                if (!writer.write(buffer))
                    return fail(writer.errorString());
                buffer.resize(0);
            }
            if (++inChunk == kChunkRows) {
                inChunk = 0;
                if (stop.load()) {
                    result.stopped = true;
                    return result;
                }
                if (spec.throttleMs > 0)
                    QThread::msleep(static_cast<unsigned long>(spec.throttleMs));
            }
        }
        if (query.lastError().isValid())
            return fail(QStringLiteral("reading the log failed: %1").arg(query.lastError().text()));
        if (!writer.write(buffer))
            return fail(writer.errorString());
    }
    if (!writer.finish())
        return fail(writer.errorString());
    result.ok = true;
    result.size = writer.size();
    result.sha256 = writer.sha256Hex();
    return result;
}

} // namespace kanri::server::exports
