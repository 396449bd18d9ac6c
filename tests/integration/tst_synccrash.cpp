// Crash safety: `kanri sync` is killed with SIGKILL at random points; each time the cache must
// open, pass PRAGMA integrity_check, and hold exactly the state its watermarks describe. The
// sync after the last kill must end with exactly the service's data.

#include "synctesthelpers.h"

#include "cache/cachekey.h"
#include "cache/cachestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>

using namespace kanri;

namespace {

const QString kLogin = QStringLiteral("keiyaku@demo.example");
constexpr int kKills = 20;
constexpr int kPageSize = 15;

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    QStringList arguments() const
    {
        return {QStringLiteral("sync"), QStringLiteral("--url"), m_svc->url().toString(),
                QStringLiteral("--login"), kLogin, QStringLiteral("--pin"), m_svc->fingerprint(),
                QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("password")),
                QStringLiteral("--cache-passphrase-file"), m_dir.filePath(QStringLiteral("passphrase")),
                QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                QStringLiteral("--page-size"), QString::number(kPageSize)};
    }

    bool cacheExists() const
    {
        return !QDir(m_dir.filePath(QStringLiteral("data/cache"))).entryList({QStringLiteral("*.kcache")}, QDir::Files).isEmpty();
    }

    // The one cache file the command made, opened with the passphrase's key.
    std::unique_ptr<cache::CacheStore> openCache()
    {
        const QDir dir(m_dir.filePath(QStringLiteral("data/cache")));
        const QStringList files = dir.entryList({QStringLiteral("*.kcache")}, QDir::Files);
        if (files.size() != 1) {
            qWarning() << "cache files:" << files;
            return nullptr;
        }
        const QString base = files.first().chopped(int(qstrlen(".kcache")));
        const qsizetype split = base.indexOf(QStringLiteral("--"));
        const cache::CacheLocation location{dir.path(), base.left(split), base.mid(split + 2)};
        const std::optional<cache::KeyInfo> info = cache::readKeyInfo(location);
        if (!info)
            return nullptr;
        if (info->salt != m_salt) {
            m_salt = info->salt;
            m_key = cache::deriveKey(QStringLiteral("crash test passphrase"), *info);
        }
        auto store = std::make_unique<cache::CacheStore>(location, m_key, cache::KeySource::Passphrase);
        if (auto error = store->open()) {
            qWarning() << "cannot open the cache:" << error->technicalDetail;
            return nullptr;
        }
        return store;
    }

    // Every object the watermark of its resource covers (not changed on the service since) is
    // cached as the service has it, and nothing is cached that the service does not have.
    QString disagreement(cache::CacheStore &store, const QString &token)
    {
        QHash<QString, cache::Watermark> marks;
        for (const cache::Watermark &w : store.watermarks())
            marks.insert(w.resource, w);
        for (sync::Resource resource : test::listedResources()) {
            const QString key = sync::resourceKey(resource);
            const QMap<QString, QJsonObject> cached = test::cachedObjects(store.database(), resource);
            const cache::Watermark mark = marks.value(key);
            if (!mark.watermark) {
                if (!cached.isEmpty())
                    return key + QStringLiteral(": rows without a watermark");
                continue;
            }
            if (mark.complete == mark.nextCursor.has_value())
                return key + QStringLiteral(": complete and next cursor disagree");
            const test::Delta since =
                test::deltaSince(*m_svc, sync::resourcePath(resource), *mark.watermark, token, 1000);
            if (!since.ok)
                return key + QStringLiteral(": the service refused the watermark");
            const QStringList changedSince = test::idsOf(since.items) + test::idsOf(since.tombstones);
            const QMap<QString, QJsonObject> served = test::serviceObjects(*m_svc, token, resource);
            for (auto it = served.begin(); it != served.end(); ++it) {
                if (!changedSince.contains(it.key()) && cached.value(it.key()) != it.value())
                    return QStringLiteral("%1 %2: covered by the watermark but not cached as served").arg(key, it.key());
            }
            for (auto it = cached.begin(); it != cached.end(); ++it) {
                if (!served.contains(it.key()) && !changedSince.contains(it.key()))
                    return QStringLiteral("%1 %2: cached but not on the service").arg(key, it.key());
            }
        }
        return {};
    }

    std::unique_ptr<test::ServiceFixture> m_svc;
    QTemporaryDir m_dir;
    QByteArray m_salt;
    QByteArray m_key;

private Q_SLOTS:
    void initTestCase()
    {
        // Every run of the command signs in.
        m_svc = std::make_unique<test::ServiceFixture>(QStringList{QStringLiteral("--demo"), QStringLiteral("--login-rate"), QStringLiteral("1000")});
        QVERIFY(m_svc->started());
        for (const auto &[name, text] : {std::pair{"password", "demo1234\n"}, std::pair{"passphrase", "crash test passphrase\n"}}) {
            QFile f(m_dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
    }

    void killedAtRandomPointsTheCacheStaysConsistent()
    {
        const QString token = m_svc->signIn(kLogin);
        // A first full run, to learn when the cache appears and when the sync ends.
        QElapsedTimer timer;
        timer.start();
        QProcess full;
        full.start(QStringLiteral(KANRI_BIN), arguments());
        QVERIFY2(full.waitForStarted(), qPrintable(full.errorString()));
        int cacheMs = -1;
        while (!full.waitForFinished(5) && full.state() == QProcess::Running) {
            if (cacheMs < 0 && !QDir(m_dir.filePath(QStringLiteral("data/cache"))).entryList({QStringLiteral("*.kcache")}).isEmpty())
                cacheMs = int(timer.elapsed());
            QVERIFY(timer.elapsed() < 120'000);
        }
        const int fullMs = int(timer.elapsed());
        QCOMPARE(full.exitCode(), 0);
        QVERIFY2(full.readAllStandardOutput().startsWith("Synced"), full.readAllStandardError().constData());
        QVERIFY(cacheMs > 0);
        QDir(m_dir.filePath(QStringLiteral("data/cache"))).removeRecursively();

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "seed" << seed << "cache after" << cacheMs << "ms, full run" << fullMs << "ms";
        QRandomGenerator random(seed);
        int killedMidSync = 0;
        int completed = 0;
        // Runs that finish before their kill start over from nothing and do not count.
        for (int i = 0; killedMidSync < kKills && i < 3 * kKills; ++i) {
            QProcess child;
            QElapsedTimer run;
            run.start();
            child.start(QStringLiteral(KANRI_BIN), arguments());
            QVERIFY(child.waitForStarted());
            // Anchored on this run's own progress (a loaded machine makes runs vary): once its
            // cache exists and about as long as a sync takes to get going, then a random share
            // of the rest of a first sync.
            while ((!cacheExists() || run.elapsed() < cacheMs) && child.state() == QProcess::Running)
                child.waitForFinished(5);
            const int delay = random.bounded(std::max(1, (fullMs - cacheMs) * 3 / 4));
            if (child.state() != QProcess::Running || child.waitForFinished(delay)) {
                // Finished before the kill: start over from nothing.
                QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
                ++completed;
                QDir(m_dir.filePath(QStringLiteral("data/cache"))).removeRecursively();
                continue;
            }
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10'000));
            if (!cacheExists()) // killed before the cache existed
                continue;
            auto store = openCache();
            QVERIFY2(store, qPrintable(QStringLiteral("kill %1 after %2 ms: the cache does not open").arg(i).arg(delay)));
            ++killedMidSync;
            QVERIFY2(!store->checkIntegrity(), qPrintable(QStringLiteral("kill %1 after %2 ms").arg(i).arg(delay)));
            const QString problem = disagreement(*store, token);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("kill %1 after %2 ms: %3").arg(i).arg(delay).arg(problem)));
        }
        qInfo() << killedMidSync << "kills while the cache was open," << completed << "runs finished first";
        QCOMPARE(killedMidSync, kKills);

        QProcess last;
        last.start(QStringLiteral(KANRI_BIN), arguments());
        QVERIFY(last.waitForFinished(120'000));
        QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
                 qPrintable(QStringLiteral("status %1 code %2: %3 %4").arg(last.exitStatus()).arg(last.exitCode())
                                .arg(QString::fromLocal8Bit(last.readAllStandardOutput()), QString::fromLocal8Bit(last.readAllStandardError()))));
        auto store = openCache();
        QVERIFY(store);
        QVERIFY(!store->checkIntegrity());
        const QString difference = test::differenceFromService(*m_svc, token, store->database());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
