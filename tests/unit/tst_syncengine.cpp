// The sync engine against a fake network: paging with cursors, retries with backoff, a page
// that cannot be decoded, a resource the account may not see, and a sync asked for while one
// runs.

#include "apiclientsupport.h"

#include "cache/cachestore.h"
#include "sync/syncengine.h"

#include <QSignalSpy>

using namespace kanri;
using namespace kanri::test;

namespace {

QByteArray delta(const QList<QByteArray> &items, const char *watermark, const char *next = nullptr,
                 const QByteArray &tombstones = {})
{
    QByteArray body = "{\"items\":[";
    for (qsizetype i = 0; i < items.size(); ++i)
        body += (i ? "," : "") + items.at(i);
    body += "],\"next_cursor\":";
    body += next ? QByteArray('"' + QByteArray(next) + '"') : QByteArray("null");
    body += ",\"tombstones\":[" + tombstones + "],\"watermark\":\"" + QByteArray(watermark) + "\"}";
    return body;
}

QByteArray userJson(const char *id, const char *name)
{
    const QByteArray quotedId = '"' + QByteArray(id) + '"';
    const QByteArray quotedName = '"' + QByteArray(name) + '"';
    return QByteArray(kUser).replace("\"u-2\"", quotedId).replace("\"Sato\"", quotedName);
}

const QByteArray kEmptyDelta = delta({}, "9");

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        std::optional<sync::SyncSummary> summary;
        std::optional<sync::SyncError> error;
        int retries = 0;
    };

    Run runOnce(sync::SyncEngine &engine)
    {
        Run run;
        bool done = false;
        QObject context;
        connect(&engine, &sync::SyncEngine::finished, &context, [&](const sync::SyncSummary &s) {
            run.summary = s;
            done = true;
        });
        connect(&engine, &sync::SyncEngine::failed, &context, [&](const sync::SyncError &e) {
            run.error = e;
            done = true;
        });
        connect(&engine, &sync::SyncEngine::retrying, &context, [&] { ++run.retries; });
        engine.sync();
        [&] { QVERIFY(QTest::qWaitFor([&] { return done; }, 20'000)); }();
        return run;
    }

    qint64 count(const char *sql) { return m_store->database().queryInt(sql).value_or(-1); }

    FakeNetwork *m_fake = nullptr;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<cache::CacheStore> m_store;
    std::unique_ptr<sync::SyncEngine> m_engine;

private Q_SLOTS:
    void init()
    {
        auto network = std::make_unique<FakeNetwork>();
        m_fake = network.get();
        m_client = std::make_unique<api::ApiClient>(QUrl(QStringLiteral("https://kanri.test")), api::TlsPolicy(),
                                                    std::move(network));
        m_client->setRetryPolicy(noRetries());
        for (const char *route : {"GET /folders", "GET /projects", "GET /role-assignments", "GET /labels",
                                  "GET /label-assignments", "GET /notices", "GET /log-exports"})
            m_fake->on(route, ok(kEmptyDelta));
        m_fake->on("GET /tenant", ok(kTenant));
        m_fake->on("GET /roles", ok(page(kRole)));
        m_fake->on("GET /usage", ok(kUsage));
        m_store = std::make_unique<cache::CacheStore>(cache::CacheStore::inMemory());
        QVERIFY(!m_store->open());
        m_engine = std::make_unique<sync::SyncEngine>(*m_client, m_store->connection());
        m_engine->setRetryDelays({10ms, 20ms});
    }
    void cleanup()
    {
        m_engine.reset();
        m_client.reset();
        m_store.reset();
    }

    void followsCursorsAndKeepsTheWatermark()
    {
        m_fake->onSequence("GET /users", {ok(delta({userJson("u-1", "A"), userJson("u-2", "B")}, "2", "c1")),
                                          ok(delta({userJson("u-3", "C")}, "3")),
                                          ok(delta({userJson("u-2", "B2")}, "4", nullptr,
                                                   R"({"id":"u-1","deleted_at":"2026-01-01T00:00:00Z"})"))});
        QSignalSpy progress(m_engine.get(), &sync::SyncEngine::progress);
        const Run first = runOnce(*m_engine);
        QVERIFY(first.summary);
        QVERIFY(first.summary->full);
        QCOMPARE(first.summary->counts.value(sync::Resource::Users).changed, 3);
        QCOMPARE(count("SELECT count(*) FROM users"), 3);
        QCOMPARE(m_store->database().queryText("SELECT watermark FROM watermarks WHERE resource = 'users'"), QStringLiteral("3"));
        const QList<Call> calls = m_fake->callsTo("GET /users");
        QCOMPARE(calls.size(), 2);
        QCOMPARE(QUrlQuery(calls.at(0).request.url()).queryItemValue(QStringLiteral("updated_since")), QStringLiteral("0"));
        QCOMPARE(QUrlQuery(calls.at(0).request.url()).queryItemValue(QStringLiteral("limit")), QStringLiteral("1000"));
        QCOMPARE(QUrlQuery(calls.at(1).request.url()).queryItemValue(QStringLiteral("cursor")), QStringLiteral("c1"));
        QVERIFY(!progress.isEmpty());

        // The next sync asks only for what changed since.
        const Run second = runOnce(*m_engine);
        QVERIFY(second.summary);
        QVERIFY(!second.summary->full);
        QCOMPARE(QUrlQuery(m_fake->callsTo("GET /users").at(2).request.url()).queryItemValue(QStringLiteral("updated_since")),
                 QStringLiteral("3"));
        QCOMPARE(second.summary->counts.value(sync::Resource::Users).deleted, 1);
        QCOMPARE(count("SELECT count(*) FROM users"), 2);
        QCOMPARE(m_store->database().queryText("SELECT name FROM users WHERE id = 'u-2'"), QStringLiteral("B2"));
        QVERIFY(second.summary->oneLine().contains(QStringLiteral("users 1/1")));
    }

    void retriesWhenTheNetworkFails()
    {
        m_fake->onSequence("GET /users", {Canned::failure(QNetworkReply::ConnectionRefusedError),
                                          Canned::problem(503, "unavailable"), ok(delta({userJson("u-1", "A")}, "1"))});
        const Run run = runOnce(*m_engine);
        QVERIFY(run.summary);
        QCOMPARE(run.retries, 2);
        QCOMPARE(count("SELECT count(*) FROM users"), 1);
    }

    void givesUpAfterItsRetriesAndKeepsWhatItHad()
    {
        m_fake->on("GET /users", Canned::failure(QNetworkReply::ConnectionRefusedError));
        const Run run = runOnce(*m_engine);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, sync::SyncError::Kind::Api);
        QCOMPARE(run.error->resource, sync::Resource::Users);
        QCOMPARE(run.error->api->kind, api::ApiError::Kind::Network);
        QVERIFY(!run.error->message().isEmpty());
        QCOMPARE(run.retries, 2);
        QCOMPARE(count("SELECT count(*) FROM tenant"), 1); // synced before the users failed
        QCOMPARE(count("SELECT count(*) FROM watermarks WHERE resource = 'users'"), 0);
    }

    void anUndecodablePageWritesNothing()
    {
        m_fake->on("GET /users", ok(delta({userJson("u-1", "A"), R"({"id":"u-9","login":"x"})"}, "2")));
        const Run run = runOnce(*m_engine);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, sync::SyncError::Kind::Malformed);
        QVERIFY2(run.error->technicalDetail.contains(QStringLiteral("items/1")), qPrintable(run.error->technicalDetail));
        QCOMPARE(count("SELECT count(*) FROM users"), 0);
    }

    void aForbiddenResourceIsSkippedAndEmptied()
    {
        m_fake->on("GET /users", ok(kEmptyDelta));
        QVERIFY(m_store->database().exec("INSERT INTO usage_days VALUES ('2026-01-01', 1, 1, 1, 1, 1)"));
        m_fake->on("GET /usage", Canned::problem(403, "forbidden"));
        const Run run = runOnce(*m_engine);
        QVERIFY(run.summary);
        QVERIFY(run.summary->counts.value(sync::Resource::Usage).skipped);
        QCOMPARE(count("SELECT count(*) FROM usage_days"), 0);
    }

    void aSyncAskedForWhileOneRunsFollowsIt()
    {
        m_fake->on("GET /users", ok(kEmptyDelta));
        QSignalSpy finished(m_engine.get(), &sync::SyncEngine::finished);
        m_engine->sync();
        m_engine->sync();
        m_engine->sync();
        QVERIFY(m_engine->isRunning());
        QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 20'000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(m_fake->count("GET /tenant"), 2);
    }

    void cancelStops()
    {
        m_fake->on("GET /users", Canned::hanging());
        QSignalSpy failed(m_engine.get(), &sync::SyncEngine::failed);
        m_engine->sync();
        QVERIFY(QTest::qWaitFor([&] { return m_fake->count("GET /users") == 1; }, 20'000));
        m_engine->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<sync::SyncError>().kind, sync::SyncError::Kind::Cancelled);
        QVERIFY(!m_engine->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
