// The console's log export download against a real kanri-service, through the signed-in
// session's client: a download cut off by the service dying mid-transfer resumes (in a new
// downloader, as after a console restart) to the exact file; a byte damaged in the service's
// copy is caught by the SHA-256 check and nothing is left under the final name.
#include "exports/exportdownload.h"
#include "logexporttesthelpers.h"
#include "workspacefixture.h"

#include <QRandomGenerator>

#include <csignal>

using namespace kanri;
using exports::ExportDownload;
using State = ExportDownload::State;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

bool settled(const ExportDownload &d)
{
    return d.state() == State::Completed || d.state() == State::Failed;
}

} // namespace

class tst_ExportDownloadService : public QObject
{
    Q_OBJECT

private:
    test::WorkspaceFixture m_ws;
    QTemporaryDir m_downloads;
    QString m_token;
    qint64 m_bigFrom = 0;   // an hour of 30,000 access rows with long, random user agents
    qint64 m_smallFrom = 0; // an hour of 50 rows

    test::ServiceFixture &service() { return m_ws.service(); }

    // Orders an access-log export of the hour from `from` and waits until it is ready; the
    // console's view of it.
    std::optional<domain::LogExport> readyExport(qint64 from)
    {
        const QJsonObject created = test::orderExport(
            service(), m_token,
            test::selection(QStringLiteral("access"), from, from + kHourMs, QStringLiteral("csv")));
        if (created.isEmpty())
            return std::nullopt;
        const QJsonObject ready = test::waitForState(service(), m_token,
                                                     created.value(QStringLiteral("id")).toString(),
                                                     {QStringLiteral("ready")});
        auto decoded = domain::LogExport::fromJson(ready, QStringLiteral("export"));
        if (!decoded || decoded.value().state != domain::LogExportState::Ready)
            return std::nullopt;
        return std::move(decoded).value();
    }

    bool insertRows(qint64 tenantPk, qint64 from, int rows, int agentBytes)
    {
        test::TestDatabase db(service().dataDir());
        if (!db.db().transaction())
            return false;
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral(
            "INSERT INTO access_log (tenant_pk, at, client_ip, method, path, status, latency_us, "
            "bytes, user_pk, request_id, user_agent) VALUES (?, ?, '192.0.2.7', 'GET', "
            "'/api/v1/projects', 200, 1200, 512, NULL, ?, ?)"));
        QByteArray agent(agentBytes, Qt::Uninitialized);
        for (int i = 0; i < rows; ++i) {
            // Random text: the gzip file stays about as large as the log.
            for (qsizetype b = 0; b < agent.size(); ++b)
                agent[b] = static_cast<char>('!' + QRandomGenerator::global()->bounded(90));
            q.bindValue(0, tenantPk);
            q.bindValue(1, from + i * 100);
            q.bindValue(2, QStringLiteral("bench-%1").arg(i));
            q.bindValue(3, QString::fromLatin1(agent));
            if (!q.exec())
                return false;
        }
        return db.db().commit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_ws.open(QStringLiteral("keiyaku@demo.example")));
        m_token = service().signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(!m_token.isEmpty());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_bigFrom = (now - 10 * 24 * kHourMs) / kHourMs * kHourMs;
        m_smallFrom = m_bigFrom - 2 * kHourMs;
        test::TestDatabase db(service().dataDir());
        const qint64 demo =
            db.scalar(QStringLiteral("SELECT pk FROM tenants WHERE slug = 'demo'")).toLongLong();
        QVERIFY(demo > 0);
        QVERIFY(insertRows(demo, m_bigFrom, 30'000, 1500));
        QVERIFY(insertRows(demo, m_smallFrom, 50, 40));
        // Failures surface at once instead of after the client's retries.
        api::RetryPolicy none;
        none.maxRetries = 0;
        m_ws.workspace().client().setRetryPolicy(none);
    }

    void interruptedDownloadResumesToTheExactFile()
    {
        const std::optional<domain::LogExport> e = readyExport(m_bigFrom);
        QVERIFY(e);
        QVERIFY2(*e->size > 20'000'000, qPrintable(QString::number(*e->size)));
        const QString path = m_downloads.filePath(QStringLiteral("big.csv.gz"));
        const QString part = ExportDownload::partPath(path);
        const int port = service().url().port();

        auto first = std::make_unique<ExportDownload>(m_ws.workspace().client(), *e, path);
        bool killed = false;
        connect(first.get(), &ExportDownload::progress, this, [&](qint64 received, qint64 total) {
            if (!killed && received > 0 && received < total) {
                killed = true; // the service dies mid-transfer, as in a crash
                ::kill(static_cast<pid_t>(service().processId()), SIGKILL);
            }
        });
        first->start();
        QVERIFY(QTest::qWaitFor([&] { return settled(*first); }, 60'000));
        QVERIFY(killed);
        QCOMPARE(first->state(), State::Failed);
        QCOMPARE(first->failure()->kind, ExportDownload::Failure::Kind::Network);
        QVERIFY(first->failure()->partKept);
        const qint64 kept = QFileInfo(part).size();
        qInfo("the first download kept %lld of %lld bytes", kept, *e->size);
        QVERIFY2(kept > 0 && kept < *e->size, qPrintable(QString::number(kept)));
        QVERIFY(!QFile::exists(path));
        first.reset(); // the console closes

        service().crash();
        QVERIFY(service().restart({QStringLiteral("--demo"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:%1").arg(port)}));
        ExportDownload second(m_ws.workspace().client(), *e, path);
        QCOMPARE(second.received(), kept);
        QList<qint64> seen;
        connect(&second, &ExportDownload::progress, this,
                [&](qint64 received, qint64) { seen.append(received); });
        second.start();
        QVERIFY(QTest::qWaitFor([&] { return settled(second); }, 60'000));
        QVERIFY2(second.state() == State::Completed,
                 qPrintable(second.failure() ? second.failure()->message : QString()));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.first(), kept); // continued where it stopped (206), not from the start
        QCOMPARE(QFileInfo(path).size(), *e->size);
        QCOMPARE(QString::fromLatin1(sha256Of(path)), *e->sha256);
        QVERIFY(!QFile::exists(part));
    }

    void damagedFileOnTheServiceFailsTheChecksum()
    {
        const std::optional<domain::LogExport> e = readyExport(m_smallFrom);
        QVERIFY(e);
        test::TestDatabase db(service().dataDir());
        const QString fileName =
            db.scalar(QStringLiteral("SELECT file_path FROM log_exports WHERE id = ?"), {e->id})
                .toString();
        QString served = QDir(service().dataDir()).filePath(QStringLiteral("exports/") + fileName);
        if (!QFileInfo(served).isFile())
            served = fileName; // an absolute path
        QFile file(served);
        QVERIFY2(file.open(QIODevice::ReadWrite), qPrintable(served));
        QVERIFY(file.size() > 100);
        QVERIFY(file.seek(file.size() / 2));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.putChar(static_cast<char>(byte ^ 0x20)));
        file.close();

        const QString path = m_downloads.filePath(QStringLiteral("small.csv.gz"));
        ExportDownload download(m_ws.workspace().client(), *e, path);
        download.start();
        QVERIFY(QTest::qWaitFor([&] { return settled(download); }, 30'000));
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, ExportDownload::Failure::Kind::Checksum);
        QVERIFY(download.failure()->message.contains(QStringLiteral("SHA-256")));
        QVERIFY(!download.failure()->partKept);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(ExportDownload::partPath(path)));
    }
};

QTEST_GUILESS_MAIN(tst_ExportDownloadService)
#include "tst_exportdownloadservice.moc"
