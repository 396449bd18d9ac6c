#include "exports/exportjob.h"

#include "exports/exportstore.h"

#include "core/logs.h"
#include "core/storeutil.h"
#include "store/database.h"

#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcExports, "kanri.exports")

namespace kanri::server::exports {

using domain::LogExportState;

namespace {
constexpr qint64 kCancelGraceMs = 2000;
} // namespace

ExportJob::ExportJob(Database &database, qint64 ttlSeconds, int throttleMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_ttlSeconds(ttlSeconds)
    , m_throttleMs(throttleMs)
{
    // No generation runs yet: every partial file is left over from an interrupted one.
    QDir dir(exportsDirectory(m_database.connection()));
    dir.mkpath(QStringLiteral("."));
    for (const QString &name : dir.entryList({QStringLiteral("*.part")}, QDir::Files))
        dir.remove(name);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ExportJob::tick);
    m_timer.start();
    QTimer::singleShot(0, this, &ExportJob::tick);
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        // The export stays `generating`; the next start generates it again.
        m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::poke()
{
    QTimer::singleShot(0, this, &ExportJob::tick);
}

void ExportJob::tick()
{
    expireDue();
    if (!m_thread)
        startNext();
}

void ExportJob::expireDue()
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q =
        runQuery(db,
                 exportSelect() + QStringLiteral("WHERE e.state = 'ready' AND e.expires_at <= ? "
                                                 "ORDER BY e.pk LIMIT 100"),
                 {nowMs()});
    QList<ExportRecord> due;
    while (q.next())
        due.append(exportFromRow(q));
    q.finish();
    const QDir dir(exportsDirectory(db));
    for (const ExportRecord &e : std::as_const(due)) {
        if (changeState(db, e, {LogExportState::Ready}, LogExportState::Expired, Actor::service(),
                        QStringLiteral("file deleted"), std::nullopt,
                        {{QStringLiteral("file_path"), QVariant()}}) &&
            !e.fileName.isEmpty())
            QFile::remove(dir.filePath(e.fileName));
    }
}

void ExportJob::startNext()
{
    QSqlDatabase db = m_database.connection();
    // An export still `generating` here was interrupted by a stop of the service: it goes
    // first, from the beginning. Approved ones wait a moment, so that an order approved
    // automatically can still be cancelled right after it was placed (a mis-click).
    QSqlQuery q = runQuery(
        db,
        exportSelect() + QStringLiteral("WHERE e.state = 'generating' OR (e.state = 'approved' "
                                        "AND e.updated_at <= ?) "
                                        "ORDER BY e.state = 'approved', e.pk LIMIT 1"),
        {nowMs() - kCancelGraceMs});
    if (!q.next())
        return;
    const ExportRecord e = exportFromRow(q);
    q.finish();
    QSqlQuery tenant =
        runQuery(db, QStringLiteral("SELECT time_zone FROM tenants WHERE pk = ?"), {e.tenantPk});
    const QByteArray zone =
        tenant.next() ? tenant.value(0).toString().toLatin1() : QByteArrayLiteral("UTC");
    tenant.finish();

    if (e.object.state == LogExportState::Approved) {
        if (!changeState(db, e, {LogExportState::Approved}, LogExportState::Generating,
                         Actor::service(), {}, std::nullopt,
                         {{QStringLiteral("started_at"), nowMs()}}))
            return;
    } else {
        Transaction tx(db);
        writeOperation(
            db, Operation{e.tenantPk,
                          0,
                          QStringLiteral("service"),
                          actionFor(LogExportState::Generating),
                          e.object.id,
                          QStringLiteral("ok"),
                          QStringLiteral("restarted from the beginning after an interruption"),
                          {},
                          {}});
        tx.commit();
    }

    const QDir dir(exportsDirectory(db));
    m_spec = GenerateSpec{db.databaseName(),
                          e.selection(),
                          e.object.format,
                          e.object.csvBom,
                          zone,
                          dir.filePath(e.object.id + QStringLiteral(".part")),
                          dir.filePath(e.object.id + QStringLiteral(".gz")),
                          m_throttleMs};
    m_runningPk = e.pk;
    m_stop = false;
    auto result = std::make_shared<GenerateResult>();
    m_result = result;
    m_thread = QThread::create(
        [spec = m_spec, result, stop = &m_stop] { *result = generateExport(spec, *stop); });
    connect(m_thread, &QThread::finished, this, &ExportJob::finish);
    qCInfo(lcExports) << "generating export" << e.object.id;
    m_thread->start(QThread::LowPriority);
}

void ExportJob::finish()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const GenerateResult result = *m_result;
    m_result.reset();
    const qint64 pk = m_runningPk;
    m_runningPk = 0;
    if (result.stopped)
        return;

    QSqlDatabase db = m_database.connection();
    QSqlQuery q = runQuery(db, exportSelect() + QStringLiteral("WHERE e.pk = ?"), {pk});
    if (!q.next())
        return;
    const ExportRecord e = exportFromRow(q);
    q.finish();
    if (!result.ok) {
        // The details (paths, database errors) go to the service's log, not to the customer.
        qCWarning(lcExports) << "export" << e.object.id << "failed:" << result.error;
        QFile::remove(m_spec.finalPath);
        changeState(db, e, {LogExportState::Generating}, LogExportState::Failed, Actor::service(),
                    {},
                    QStringLiteral("The file could not be generated on the service. Order "
                                   "again, or ask the vendor."));
        QTimer::singleShot(0, this, &ExportJob::tick);
        return;
    }

    QSqlQuery t =
        runQuery(db, QStringLiteral("SELECT id, name FROM tenants WHERE pk = ?"), {e.tenantPk});
    t.next();
    const qint64 now = nowMs();
    domain::LogExportManifest m;
    m.tenantId = t.value(0).toString();
    m.tenantName = t.value(1).toString();
    t.finish();
    m.logType = e.object.logType;
    m.from = e.object.from;
    m.to = e.object.to;
    m.filters = e.object.filters;
    m.format = e.object.format;
    m.csvBom = e.object.csvBom;
    m.rowCount = result.rows;
    m.size = result.size;
    m.sha256 = result.sha256;
    m.generatedAt = fromMs(now);
    const QString fileName = e.object.id + QStringLiteral(".gz");
    const bool ready = changeState(
        db, e, {LogExportState::Generating}, LogExportState::Ready, Actor::service(),
        QStringLiteral("rows=%1 size=%2 sha256=%3")
            .arg(result.rows)
            .arg(result.size)
            .arg(result.sha256),
        std::nullopt,
        {{QStringLiteral("ready_at"), now},
         {QStringLiteral("expires_at"), now + m_ttlSeconds * 1000},
         {QStringLiteral("row_count"), result.rows},
         {QStringLiteral("size"), result.size},
         {QStringLiteral("sha256"), result.sha256},
         {QStringLiteral("file_path"), fileName},
         {QStringLiteral("manifest"), QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact)}});
    if (!ready) {
        // Moved meanwhile (or the database refused): the file must not outlive its export.
        QFile::remove(m_spec.finalPath);
    } else {
        qCInfo(lcExports) << "export" << e.object.id << "ready:" << result.rows << "rows,"
                          << result.size << "bytes";
    }
    QTimer::singleShot(0, this, &ExportJob::tick);
}

} // namespace kanri::server::exports
