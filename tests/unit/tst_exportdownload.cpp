// ExportDownload over a fake network: what it asks for (Range, If-Range), what it leaves on
// disk (.part or the final file) after each outcome, and what it tells the user.
#include "exports/exportdownload.h"
#include "fakenetwork.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kanri;
using exports::ExportDownload;
using test::Canned;
using test::FakeNetwork;
using Kind = ExportDownload::Failure::Kind;
using State = ExportDownload::State;

namespace {

const QByteArray kRoute = "GET /log-exports/le_1/file";
const QByteArray kManifestRoute = "GET /log-exports/le_1/manifest";

// The service's manifest of a file of `size` bytes with SHA-256 `sha`.
Canned manifest(qint64 size, const QByteArray &sha)
{
    domain::LogExportManifest m;
    m.tenantId = QStringLiteral("t_1");
    m.tenantName = QStringLiteral("デモ株式会社");
    m.from = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
    m.to = QDateTime(QDate(2026, 9, 30), QTime(0, 0), Qt::UTC);
    m.rowCount = 1234;
    m.size = size;
    m.sha256 = QString::fromLatin1(sha);
    m.generatedAt = QDateTime(QDate(2026, 10, 1), QTime(3, 0), Qt::UTC);
    return Canned{200, QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}}};
}

QByteArray content()
{
    QByteArray bytes;
    for (int i = 0; i < 300'000; ++i)
        bytes.append(static_cast<char>((qint64(i) * 7919) % 251));
    return bytes;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray quoted(const QByteArray &tag)
{
    return '"' + tag + '"';
}

Canned whole(const QByteArray &bytes, const QByteArray &etag)
{
    return Canned{200, bytes, {{"Content-Type", "application/gzip"}, {"ETag", quoted(etag)}}};
}

Canned range(const QByteArray &bytes, qint64 from, const QByteArray &etag)
{
    const QByteArray contentRange = "bytes " + QByteArray::number(from) + '-' +
                                    QByteArray::number(bytes.size() - 1) + '/' +
                                    QByteArray::number(bytes.size());
    return Canned{206,
                  bytes.mid(from),
                  {{"Content-Type", "application/gzip"},
                   {"ETag", quoted(etag)},
                   {"Content-Range", contentRange}}};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class tst_ExportDownload : public QObject
{
    Q_OBJECT

private:
    QByteArray m_bytes = content();
    QByteArray m_sha = sha256Hex(m_bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeNetwork *m_network = nullptr;
    std::unique_ptr<api::ApiClient> m_client;

    QString target() const { return m_dir->filePath(QStringLiteral("log-export.csv.gz")); }
    QString part() const { return ExportDownload::partPath(target()); }

    domain::LogExport readyExport() const
    {
        domain::LogExport e;
        e.id = QStringLiteral("le_1");
        e.state = domain::LogExportState::Ready;
        e.size = m_bytes.size();
        e.sha256 = QString::fromLatin1(m_sha);
        return e;
    }

    // Runs the download until it completes or fails.
    static bool settle(ExportDownload &download)
    {
        return QTest::qWaitFor(
            [&] {
                return download.state() == State::Completed || download.state() == State::Failed ||
                       download.state() == State::Paused || download.state() == State::Idle;
            },
            10'000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto network = std::make_unique<FakeNetwork>();
        m_network = network.get();
        m_client = std::make_unique<api::ApiClient>(QUrl(QStringLiteral("https://kanri.test")),
                                                    api::TlsPolicy(), std::move(network));
        api::RetryPolicy noRetries;
        noRetries.maxRetries = 0;
        m_client->setRetryPolicy(noRetries);
        m_network->on(kManifestRoute, manifest(m_bytes.size(), m_sha));
    }
    void cleanup()
    {
        m_client.reset();
        m_dir.reset();
    }

    void wholeFileIsVerifiedThenRenamed()
    {
        m_network->on(kRoute, whole(m_bytes, m_sha));
        ExportDownload download(*m_client, readyExport(), target());
        bool finalNameBeforeVerified = false;
        connect(&download, &ExportDownload::stateChanged, this, [&](State s) {
            if (s != State::Completed && QFile::exists(target()))
                finalNameBeforeVerified = true;
        });
        QSignalSpy progress(&download, &ExportDownload::progress);
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Completed);
        QCOMPARE(readFile(target()), m_bytes);
        QVERIFY(!QFile::exists(part()));
        QVERIFY(!finalNameBeforeVerified);
        QCOMPARE(progress.last().at(0).toLongLong(), m_bytes.size());
        const test::Call call = m_network->callsTo(kRoute).value(0);
        QVERIFY(call.header("Range").isEmpty());
        QVERIFY(call.header("Accept").startsWith("application/gzip"));
    }

    void partIsResumedWithRangeAndIfRange()
    {
        QVERIFY(writeFile(part(), m_bytes.left(120'000)));
        m_network->on(kRoute, range(m_bytes, 120'000, m_sha));
        ExportDownload download(*m_client, readyExport(), target());
        QCOMPARE(download.received(), 120'000);
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Completed);
        QCOMPARE(readFile(target()), m_bytes);
        const test::Call call = m_network->callsTo(kRoute).value(0);
        QCOMPARE(call.header("Range"), QByteArray("bytes=120000-"));
        QCOMPARE(call.header("If-Range"), quoted(m_sha));
    }

    void lostConnectionKeepsPartThenResumes()
    {
        Canned cut = whole(m_bytes.left(100'000), m_sha);
        cut.cutOff = QNetworkReply::RemoteHostClosedError;
        m_network->onSequence(kRoute, {cut, range(m_bytes, 100'000, m_sha)});
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Network);
        QVERIFY(download.failure()->partKept);
        QVERIFY2(download.failure()->message.contains(QStringLiteral("resume")),
                 qPrintable(download.failure()->message));
        QCOMPARE(readFile(part()), m_bytes.left(100'000));
        QVERIFY(!QFile::exists(target()));

        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Completed);
        QCOMPARE(readFile(target()), m_bytes);
        QCOMPARE(m_network->callsTo(kRoute).value(1).header("Range"), QByteArray("bytes=100000-"));
    }

    void retriedAttemptStartsItsBodyOver()
    {
        api::RetryPolicy quick;
        quick.baseDelay = std::chrono::milliseconds(1);
        m_client->setRetryPolicy(quick);
        Canned cut = whole(m_bytes.left(50'000), m_sha);
        cut.cutOff = QNetworkReply::RemoteHostClosedError;
        m_network->onSequence(kRoute, {cut, whole(m_bytes, m_sha)});
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Completed);
        QCOMPARE(m_network->count(kRoute), 2);
        QCOMPARE(readFile(target()), m_bytes);
    }

    void corruptedBodyFailsTheChecksumAndIsDeleted()
    {
        QByteArray damaged = m_bytes;
        damaged[1234] = static_cast<char>(damaged.at(1234) ^ 0x01);
        m_network->on(kRoute, whole(damaged, m_sha));
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Checksum);
        QVERIFY(!download.failure()->partKept);
        QVERIFY(download.failure()->message.contains(QStringLiteral("SHA-256")));
        QVERIFY(!QFile::exists(part()));
        QVERIFY(!QFile::exists(target()));
    }

    void rangeOfAnotherFileStartsOver()
    {
        QVERIFY(writeFile(part(), QByteArray(70'000, 'x')));
        m_network->onSequence(kRoute, {range(m_bytes, 70'000, "0000"), whole(m_bytes, m_sha)});
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Completed);
        QCOMPARE(readFile(target()), m_bytes);
        const QList<test::Call> calls = m_network->callsTo(kRoute);
        QCOMPARE(calls.size(), 2);
        QVERIFY(calls.at(1).header("Range").isEmpty());
    }

    void rangePastTheEndStartsOver()
    {
        QVERIFY(writeFile(part(), m_bytes.left(10)));
        Canned unsatisfiable = Canned::problem(416, "validation");
        unsatisfiable.header("Content-Range", "bytes */5");
        m_network->onSequence(kRoute, {unsatisfiable, whole(m_bytes, m_sha)});
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Completed);
        QCOMPARE(readFile(target()), m_bytes);
    }

    void completePartIsVerifiedWithoutAskingForTheFile()
    {
        QVERIFY(writeFile(part(), m_bytes));
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Completed);
        QCOMPARE(m_network->callsTo(kRoute).size(), 0);
        QCOMPARE(m_network->callsTo(kManifestRoute).size(), 1);
        QCOMPARE(readFile(target()), m_bytes);
    }

    void manifestIsKeptBesideTheFile()
    {
        m_network->on(kRoute, whole(m_bytes, m_sha));
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Completed);
        const QJsonObject kept = QJsonDocument::fromJson(readFile(ExportDownload::manifestPath(target()))).object();
        QCOMPARE(kept.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(m_sha));
        QCOMPARE(kept.value(QStringLiteral("row_count")).toInteger(), 1234);
        QCOMPARE(kept.value(QStringLiteral("tenant_name")).toString(), QStringLiteral("デモ株式会社"));
    }

    void manifestOfAnotherFileStopsBeforeTheDownload()
    {
        m_network->on(kRoute, whole(m_bytes, m_sha));
        m_network->on(kManifestRoute, manifest(m_bytes.size(), sha256Hex("another file")));
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Service);
        QVERIFY(download.failure()->message.contains(QStringLiteral("manifest")));
        QCOMPARE(m_network->callsTo(kRoute).size(), 0);
        QVERIFY(!QFile::exists(target()));
        QVERIFY(!QFile::exists(ExportDownload::manifestPath(target())));
    }

    void manifestOutOfReachIsANetworkFailure()
    {
        m_network->on(kManifestRoute, Canned::failure(QNetworkReply::ConnectionRefusedError));
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Network);
        QCOMPARE(m_network->callsTo(kRoute).size(), 0);
    }

    void moreBytesThanTheExportIsRefused()
    {
        m_network->on(kRoute, whole(m_bytes + "extra", m_sha));
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Checksum);
        QVERIFY(!QFile::exists(part()));
        QVERIFY(!QFile::exists(target()));
    }

    void shortBodyIsRefused()
    {
        m_network->on(kRoute, whole(m_bytes.left(1000), m_sha));
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Checksum);
        QVERIFY(!QFile::exists(part()));
    }

    void notEnoughSpaceSendsNothing()
    {
        ExportDownload download(*m_client, readyExport(), target());
        download.setFreeSpaceProbe([](const QString &) { return qint64(4096); });
        download.start();
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Disk);
        QVERIFY(download.failure()->message.contains(QStringLiteral("space")));
        QCOMPARE(m_network->calls.size(), 0);
        QVERIFY(!QFile::exists(part()));
    }

    void unwritableFolderIsSaid()
    {
        ExportDownload download(*m_client, readyExport(),
                                m_dir->filePath(QStringLiteral("missing/log.csv.gz")));
        download.start();
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Disk);
        QCOMPARE(m_network->calls.size(), 0);
    }

    void serviceRefusalIsSaid()
    {
        m_network->on(kRoute, Canned::problem(409, "conflict", "\"detail\":\"The export is expired.\""));
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Service);
        QVERIFY(download.failure()->apiError);
        QCOMPARE(download.failure()->apiError->httpStatus, 409);
        QVERIFY(!download.failure()->message.isEmpty());
        QVERIFY(!QFile::exists(target()));
    }

    void pauseKeepsThePartAndCancelDeletesIt()
    {
        m_network->on(kRoute, Canned::hanging());
        ExportDownload download(*m_client, readyExport(), target());
        download.start();
        QCOMPARE(download.state(), State::Downloading);
        download.pause();
        QVERIFY(settle(download));
        QCOMPARE(download.state(), State::Paused);
        QVERIFY(QFile::exists(part()));
        download.cancel();
        QCOMPARE(download.state(), State::Idle);
        QVERIFY(!QFile::exists(part()));
        QVERIFY(!QFile::exists(target()));
    }

    void notReadyExportIsRefused()
    {
        domain::LogExport e = readyExport();
        e.state = domain::LogExportState::Generating;
        e.size.reset();
        ExportDownload download(*m_client, e, target());
        download.start();
        QCOMPARE(download.state(), State::Failed);
        QCOMPARE(download.failure()->kind, Kind::Service);
        QCOMPARE(m_network->calls.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ExportDownload)
#include "tst_exportdownload.moc"
