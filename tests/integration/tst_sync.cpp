// The sync engine against a real kanri-service: the first sync, changes, deletions and role
// changes made on the service, tenant isolation, an administrator's scope, resuming.

#include "synctesthelpers.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace kanri;
using namespace std::chrono_literals;

namespace {

const QString kKeiyaku = QStringLiteral("keiyaku@demo.example");

struct SyncOutcome
{
    std::optional<sync::SyncSummary> summary;
    std::optional<sync::SyncError> error;
};

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cache::CacheStore> openCache(const QString &account)
    {
        auto store = std::make_unique<cache::CacheStore>(
            cache::CacheLocation{m_dir.path(), QStringLiteral("test"), account}, QByteArray(32, 'k'),
            cache::KeySource::Keychain);
        if (auto error = store->open())
            qWarning() << "cache:" << error->technicalDetail;
        return store;
    }

    std::unique_ptr<api::ApiClient> signedIn(const QString &login)
    {
        auto client = std::make_unique<api::ApiClient>(m_svc->url(), api::TlsPolicy(m_svc->fingerprint()));
        api::SignInRequest *request = client->signIn(login, QStringLiteral("demo1234"));
        QSignalSpy done(request, &api::ApiRequest::finished);
        if (!done.wait(30'000) || request->error())
            qWarning() << "sign-in failed for" << login;
        return client;
    }

    // One sync of `login`'s cache; `during` may act on the engine while it runs.
    SyncOutcome runSync(const QString &login, cache::CacheStore &store, int pageSize = 1000,
                        const std::function<void(sync::SyncEngine &)> &during = {})
    {
        auto client = signedIn(login);
        sync::SyncEngine engine(*client, store.connection());
        engine.setPageSize(pageSize);
        engine.setRetryDelays({});
        SyncOutcome outcome;
        bool done = false;
        connect(&engine, &sync::SyncEngine::finished, this, [&](const sync::SyncSummary &s) {
            outcome.summary = s;
            done = true;
        });
        connect(&engine, &sync::SyncEngine::failed, this, [&](const sync::SyncError &e) {
            outcome.error = e;
            done = true;
        });
        if (during)
            during(engine);
        engine.sync();
        if (!QTest::qWaitFor([&] { return done; }, 120'000))
            qWarning() << "sync did not finish";
        return outcome;
    }

    QString token(const QString &login)
    {
        if (!m_tokens.contains(login))
            m_tokens.insert(login, m_svc->signIn(login));
        return m_tokens.value(login);
    }

    std::unique_ptr<test::ServiceFixture> m_svc;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_tokens;
    std::unique_ptr<cache::CacheStore> m_keiyakuCache;

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>();
        QVERIFY(m_svc->started());
        QVERIFY(!token(kKeiyaku).isEmpty());
        m_keiyakuCache = openCache(QStringLiteral("keiyaku"));
        QVERIFY(m_keiyakuCache->isOpen());
    }

    void firstSyncEqualsTheService()
    {
        const SyncOutcome outcome = runSync(kKeiyaku, *m_keiyakuCache, 200);
        QVERIFY2(outcome.summary, outcome.error ? qPrintable(outcome.error->message()) : "no outcome");
        QVERIFY(outcome.summary->full);
        QCOMPARE(outcome.summary->counts.value(sync::Resource::Users).changed,
                 test::listAll(*m_svc, QStringLiteral("/users?limit=1000"), token(kKeiyaku)).size());

        cache::Database &db = m_keiyakuCache->database();
        const QString difference = test::differenceFromService(*m_svc, token(kKeiyaku), db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // Objects without deltas.
        const test::HttpAnswer tenant = m_svc->get(QStringLiteral("/tenant"), token(kKeiyaku));
        QCOMPARE(db.queryText("SELECT json FROM tenant"), QString::fromUtf8(tenant.body));
        QCOMPARE(db.queryInt("SELECT count(*) FROM roles"),
                 test::listAll(*m_svc, QStringLiteral("/roles"), token(kKeiyaku)).size());
        QCOMPARE(db.queryInt("SELECT count(*) FROM usage_days"), sync::kUsageDays);
        // Every resource finished, and the watermarks say so.
        for (const cache::Watermark &w : m_keiyakuCache->watermarks()) {
            QVERIFY2(w.complete && !w.nextCursor, qPrintable(w.resource));
            if (sync::hasDeltas(*sync::resourceFromKey(w.resource)))
                QVERIFY2(w.watermark, qPrintable(w.resource));
        }
        QCOMPARE(m_keiyakuCache->watermarks().size(), qsizetype(sync::kAllResources.size()));
        QVERIFY(m_keiyakuCache->lastSyncedAt());

        // Nothing a person could read is in the file.
        QByteArray raw;
        for (const QString &file : m_keiyakuCache->location().files()) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                raw += f.readAll();
        }
        const QJsonObject someone = test::listAll(*m_svc, QStringLiteral("/users?limit=5"), token(kKeiyaku)).at(3).toObject();
        QVERIFY(raw.size() > 100'000);
        QVERIFY(!raw.contains(kKeiyaku.toUtf8()));
        QVERIFY(!raw.contains(someone.value(QStringLiteral("email")).toString().toUtf8()));
        QVERIFY(!raw.contains(someone.value(QStringLiteral("name")).toString().toUtf8()));
    }

    void changesDeletionsAndRoleChangesArrive()
    {
        const QString t = token(kKeiyaku);
        const QJsonArray users = test::listAll(*m_svc, QStringLiteral("/users?limit=1000"), t);
        const QJsonObject renamed = users.at(10).toObject();
        const QJsonObject deleted = users.at(11).toObject();
        const QJsonObject promoted = users.at(12).toObject();
        const QString renamedId = renamed.value(QStringLiteral("id")).toString();
        const QString deletedId = deleted.value(QStringLiteral("id")).toString();
        const QString promotedId = promoted.value(QStringLiteral("id")).toString();

        QCOMPARE(m_svc->request("PATCH", QStringLiteral("/users/") + renamedId,
                                test::jsonBytes({{QStringLiteral("name"), QStringLiteral("改名 太郎")}}), t,
                                test::ifMatchHeader(test::quoted(renamed.value(QStringLiteral("etag")).toString())))
                     .status,
                 200);
        QCOMPARE(m_svc->request("DELETE", QStringLiteral("/users/") + deletedId, {}, t,
                                test::ifMatchHeader(test::quoted(deleted.value(QStringLiteral("etag")).toString())))
                     .status,
                 204);
        const QString folder = test::listAll(*m_svc, QStringLiteral("/folders?limit=1"), t).at(0).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(test::assignRole(*m_svc, t, promotedId, QStringLiteral("admin"), folder), 201);
        const QJsonObject revoked = test::listAll(*m_svc, QStringLiteral("/role-assignments?limit=1000"), t).at(5).toObject();
        QCOMPARE(m_svc->request("DELETE", QStringLiteral("/role-assignments/") + revoked.value(QStringLiteral("id")).toString(), {}, t,
                                test::ifMatchHeader(test::quoted(revoked.value(QStringLiteral("etag")).toString())))
                     .status,
                 204);

        const SyncOutcome outcome = runSync(kKeiyaku, *m_keiyakuCache);
        QVERIFY2(outcome.summary, outcome.error ? qPrintable(outcome.error->message()) : "no outcome");
        QVERIFY(!outcome.summary->full);
        const sync::ResourceCounts userCounts = outcome.summary->counts.value(sync::Resource::Users);
        // The renamed user, the one signing in for the sync, and the deleted one's tombstone;
        // nothing else is fetched again.
        QVERIFY2(userCounts.changed >= 2 && userCounts.changed <= 4, qPrintable(QString::number(userCounts.changed)));
        QCOMPARE(userCounts.deleted, 1);
        QVERIFY(outcome.summary->counts.value(sync::Resource::RoleAssignments).changed >= 1);
        QVERIFY(outcome.summary->counts.value(sync::Resource::RoleAssignments).deleted >= 1);

        cache::Database &db = m_keiyakuCache->database();
        const QString difference = test::differenceFromService(*m_svc, t, db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        cache::Statement name(db, "SELECT name FROM users WHERE id = ?");
        name.bind(1, renamedId);
        QVERIFY(name.next());
        QCOMPARE(name.text(0), QStringLiteral("改名 太郎"));
        cache::Statement gone(db, "SELECT count(*) FROM users WHERE id = ?");
        gone.bind(1, deletedId);
        QVERIFY(gone.next());
        QCOMPARE(gone.int64(0), 0);
        cache::Statement admin(db, "SELECT count(*) FROM role_assignments WHERE user_id = ? AND role_id = 'admin' AND scope_id = ?");
        admin.bind(1, promotedId).bind(2, folder);
        QVERIFY(admin.next());
        QCOMPARE(admin.int64(0), 1);
    }

    void anotherTenantNeverAppears()
    {
        const QString other = QStringLiteral("keiyaku@other.example");
        const QString otherToken = token(other); // signs in before the sync, as the sync does
        auto otherCache = openCache(QStringLiteral("other"));
        const SyncOutcome outcome = runSync(other, *otherCache);
        QVERIFY2(outcome.summary, outcome.error ? qPrintable(outcome.error->message()) : "no outcome");
        const QString difference = test::differenceFromService(*m_svc, otherToken, otherCache->database());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        const QStringList otherUsers = test::cachedObjects(otherCache->database(), sync::Resource::Users).keys();
        const QStringList demoUsers = test::cachedObjects(m_keiyakuCache->database(), sync::Resource::Users).keys();
        QVERIFY(!otherUsers.isEmpty());
        for (const QString &id : otherUsers)
            QVERIFY(!demoUsers.contains(id));
        QCOMPARE(otherCache->database().queryInt("SELECT count(*) FROM users WHERE email LIKE '%@demo.example'"), 0);
        QCOMPARE(m_keiyakuCache->database().queryInt("SELECT count(*) FROM users WHERE email LIKE '%@other.example'"), 0);
        QVERIFY(otherCache->database().queryText("SELECT id FROM tenant") != m_keiyakuCache->database().queryText("SELECT id FROM tenant"));
    }

    void administratorGetsItsScopeOnly()
    {
        const QString kanri = QStringLiteral("kanri@demo.example");
        const QString kanriToken = token(kanri);
        auto adminCache = openCache(QStringLiteral("kanri"));
        const SyncOutcome outcome = runSync(kanri, *adminCache);
        QVERIFY2(outcome.summary, outcome.error ? qPrintable(outcome.error->message()) : "no outcome");
        QVERIFY(outcome.summary->counts.value(sync::Resource::Usage).skipped); // contract administrator only
        QCOMPARE(adminCache->database().queryInt("SELECT count(*) FROM usage_days"), 0);
        const QString difference = test::differenceFromService(*m_svc, kanriToken, adminCache->database());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(adminCache->database().queryInt("SELECT count(*) FROM users")
                < m_keiyakuCache->database().queryInt("SELECT count(*) FROM users"));
    }

    void aCancelledSyncResumesWhereItStopped()
    {
        auto cache = openCache(QStringLiteral("resume"));
        const SyncOutcome cancelled = runSync(kKeiyaku, *cache, 50, [this](sync::SyncEngine &engine) {
            connect(&engine, &sync::SyncEngine::progress, this,
                    [&engine](sync::Resource resource, qint64 done, qint64) {
                        if (resource == sync::Resource::Users && done >= 150)
                            engine.cancel();
                    });
        });
        QVERIFY(cancelled.error);
        QCOMPARE(cancelled.error->kind, sync::SyncError::Kind::Cancelled);
        const QList<cache::Watermark> marks = cache->watermarks();
        const auto it = std::find_if(marks.begin(), marks.end(), [](const cache::Watermark &w) {
            return w.resource == QLatin1String("users");
        });
        QVERIFY(it != marks.end());
        QVERIFY(!it->complete);
        QVERIFY(it->nextCursor);
        const qint64 kept = cache->database().queryInt("SELECT count(*) FROM users").value_or(0);
        QVERIFY(kept >= 150);
        QCOMPARE(kept % 50, 0); // whole pages only

        const SyncOutcome resumed = runSync(kKeiyaku, *cache, 50);
        QVERIFY2(resumed.summary, resumed.error ? qPrintable(resumed.error->message()) : "no outcome");
        const qint64 total = cache->database().queryInt("SELECT count(*) FROM users").value_or(0);
        QVERIFY(resumed.summary->counts.value(sync::Resource::Users).changed <= total - kept + 2);
        const QString difference = test::differenceFromService(*m_svc, token(kKeiyaku), cache->database());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
