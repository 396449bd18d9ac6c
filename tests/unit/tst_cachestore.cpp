// The encrypted offline cache: keys, encryption at rest, wrong keys, damage, migrations.

#include "cache/cachekey.h"
#include "cache/cachestore.h"
#include "cache/schema.h"
#include "cache/searchkey.h"
#include "secrets/secretstore.h"
#include "sync/cachewriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>

using namespace kanri;
using namespace kanri::cache;

namespace {

const QByteArray kKeyA(32, 'a');
const QByteArray kKeyB(32, 'b');

QByteArray userPage(const QString &id, const QString &name, const QString &email,
                    const QString &watermark = QStringLiteral("7"))
{
    return QStringLiteral(
               R"({"items":[{"id":"%1","login":"%1","name":"%2","name_kana":"ヤマダ","email":"%3",)"
               R"("status":"active","mfa_enabled":false,"last_login_at":null,"locked_until":null,)"
               R"("created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-02T00:00:00Z","etag":"r1"}],)"
               R"("next_cursor":null,"tombstones":[],"watermark":"%4"})")
        .arg(id, name, email, watermark)
        .toUtf8();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray allBytes(const CacheLocation &location)
{
    QByteArray all;
    for (const QString &file : location.files())
        all += fileBytes(file);
    return all;
}

int mode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

qint64 count(Database &db, const char *sql) { return db.queryInt(sql).value_or(-1); }

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT

private:
    CacheLocation location() const { return CacheLocation{m_dir->path(), QStringLiteral("main/prof"), QStringLiteral("u-1")}; }
    void insertUser(CacheStore &store, const QString &email, const QString &watermark = QStringLiteral("7"))
    {
        auto page = sync::parseDeltaPage(sync::Resource::Users,
                                         userPage(QStringLiteral("u") + watermark, QStringLiteral("山田花子"), email, watermark));
        QVERIFY(std::holds_alternative<sync::ParsedPage>(page));
        sync::ResourceCounts counts;
        sync::CacheWriter writer(store.database());
        QVERIFY(!writer.applyDeltaPage(std::get<sync::ParsedPage>(page), counts));
        QCOMPARE(counts.changed, 1);
    }
    CacheOpenResult openAsync(const CacheKeyOptions &options)
    {
        CacheOpenResult result;
        bool done = false;
        openCache(location(), options, this, [&](CacheOpenResult r) {
            result = std::move(r);
            done = true;
        });
        [&] { QVERIFY(QTest::qWaitFor([&] { return done; }, 30'000)); }();
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void foldsWidthKanaAndCase()
    {
        QCOMPARE(foldForSearch(QStringLiteral("ＹａｍａＤＡ")), QStringLiteral("yamada"));
        QCOMPARE(foldForSearch(QStringLiteral("ﾔﾏﾀﾞ")), QStringLiteral("やまだ"));
        QCOMPARE(foldForSearch(QStringLiteral("ヤマダ")), QStringLiteral("やまだ"));
        QCOMPARE(foldForSearch(QStringLiteral("やまだ")), QStringLiteral("やまだ"));
        QVERIFY(searchKey({QStringLiteral("山田"), QStringLiteral("ヤマダ")}).contains(QStringLiteral("やまだ")));
        QVERIFY(!searchKey({QStringLiteral("ab"), QStringLiteral("cd")}).contains(QStringLiteral("bc")));
    }

    void fileIsEncryptedAndPrivate()
    {
        const QString email = QStringLiteral("hanako.secret@corp.example");
        {
            CacheStore store(location(), kKeyA, KeySource::Keychain);
            QVERIFY(!store.open());
            insertUser(store, email);
            QCOMPARE(count(store.database(), "SELECT count(*) FROM users"), 1);
            // Still open: the WAL holds the page too, and must not show it either.
            const QByteArray raw = allBytes(location());
            QVERIFY(raw.size() > 4096);
            QVERIFY(!raw.contains(email.toUtf8()));
            QVERIFY(!raw.contains(QStringLiteral("山田花子").toUtf8()));
            QVERIFY(!raw.contains("SQLite format 3"));
            QCOMPARE(mode(location().filePath() + QStringLiteral("-wal")), 0600);
        }
        const QByteArray raw = allBytes(location());
        QVERIFY(!raw.contains(email.toUtf8()));
        QVERIFY(!raw.contains(QStringLiteral("山田花子").toUtf8()));
        QCOMPARE(mode(location().filePath()), 0600);
        QCOMPARE(mode(location().keyInfoPath()), 0600);
        QVERIFY2(QFileInfo(location().filePath()).fileName().contains(QRegularExpression(QStringLiteral("^main_prof-[0-9a-f]{8}--u-1\\.kcache$"))),
                 qPrintable(location().filePath()));
        // Profiles whose names differ only in characters a file name cannot hold stay apart.
        QVERIFY(CacheLocation({m_dir->path(), QStringLiteral("main_prof"), QStringLiteral("u-1")}).filePath() != location().filePath());
        QVERIFY(CacheLocation({m_dir->path(), QStringLiteral("a--b"), QStringLiteral("c")}).filePath()
                != CacheLocation({m_dir->path(), QStringLiteral("a"), QStringLiteral("b--c")}).filePath());
    }

    void wrongKeyLeavesTheFileAlone()
    {
        {
            CacheStore store(location(), kKeyA, KeySource::Keychain);
            QVERIFY(!store.open());
            insertUser(store, QStringLiteral("a@x.example"));
        }
        const QByteArray before = allBytes(location());
        {
            CacheStore wrong(location(), kKeyB, KeySource::Keychain);
            const auto error = wrong.open();
            QVERIFY(error);
            QVERIFY2(error->kind == CacheError::Kind::WrongKey, qPrintable(error->technicalDetail));
            QVERIFY(!error->rebuildable());
            QVERIFY(error->message().contains(QStringLiteral("left as it is")));
        }
        QCOMPARE(allBytes(location()), before);
        // Without the key check next to it, SQLite's own answer (not a database) says the same.
        QVERIFY(QFile::remove(location().keyInfoPath()));
        {
            CacheStore wrong(location(), kKeyB, KeySource::Keychain);
            const auto error = wrong.open();
            QVERIFY(error);
            QVERIFY2(error->kind == CacheError::Kind::WrongKey, qPrintable(error->technicalDetail));
        }
        QCOMPARE(fileBytes(location().filePath()), before.left(fileBytes(location().filePath()).size()));
        CacheStore right(location(), kKeyA, KeySource::Keychain);
        QVERIFY(!right.open());
        QCOMPARE(count(right.database(), "SELECT count(*) FROM users"), 1);
    }

    void damageIsDetectedAndRebuilt()
    {
        {
            CacheStore store(location(), kKeyA, KeySource::Keychain);
            QVERIFY(!store.open());
            for (int i = 0; i < 200; ++i)
                insertUser(store, QStringLiteral("user%1@x.example").arg(i), QString::number(i + 10));
            QVERIFY(store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile file(location().filePath());
        QVERIFY(file.size() > 5 * 4096);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 3 * 4096 + 100);
        file.write(QByteArray(64, '\x5a'));
        file.close();

        CacheStore damaged(location(), kKeyA, KeySource::Keychain);
        std::optional<CacheError> error = damaged.open();
        if (!error)
            error = damaged.checkIntegrity();
        QVERIFY(error);
        QVERIFY2(error->kind == CacheError::Kind::Corrupt, qPrintable(error->technicalDetail));
        QVERIFY(error->rebuildable());
        QVERIFY(damaged.removeFiles());
        CacheStore rebuilt(location(), kKeyA, KeySource::Keychain);
        QVERIFY(!rebuilt.open());
        QVERIFY(!rebuilt.checkIntegrity());
        QCOMPARE(count(rebuilt.database(), "SELECT count(*) FROM users"), 0);
    }

    void damagedFirstPageWithTheRightKeyIsCorrupt()
    {
        {
            CacheStore store(location(), kKeyA, KeySource::Keychain);
            QVERIFY(!store.open());
            insertUser(store, QStringLiteral("a@x.example"));
            QVERIFY(store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile file(location().filePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(200);
        file.write(QByteArray(32, '\0'));
        file.close();
        CacheStore damaged(location(), kKeyA, KeySource::Keychain);
        const auto error = damaged.open();
        QVERIFY(error);
        QVERIFY2(error->kind == CacheError::Kind::Corrupt, qPrintable(error->technicalDetail));
    }

    void newerSchemaIsRefused()
    {
        {
            CacheStore store(location(), kKeyA, KeySource::Keychain);
            QVERIFY(!store.open());
            QVERIFY(store.database().exec("PRAGMA user_version = 99"));
        }
        CacheStore store(location(), kKeyA, KeySource::Keychain);
        const auto error = store.open();
        QVERIFY(error);
        QCOMPARE(error->kind, CacheError::Kind::TooNew);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < latestSchemaVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        {
            // A cache as an earlier Kanri left it: its schema, a user, a finished users sync.
            CacheStore fresh(location(), kKeyA, KeySource::Keychain);
            QVERIFY(!fresh.open());
            fresh.removeFiles();
            QFile::remove(location().keyInfoPath());
        }
        {
            CacheStore old(location(), kKeyA, KeySource::Keychain);
            QVERIFY(!old.open()); // creates the file and key info at the latest version…
        }
        {
            // …which is replaced by one built only up to `from`.
            for (const QString &f : location().files().mid(0, 3))
                QFile::remove(f);
            Database db;
            QFile created(location().filePath());
            QVERIFY(created.open(QIODevice::WriteOnly));
            created.close();
            QVERIFY(db.open(location().filePath(), false));
            const QByteArray key = "PRAGMA key = \"x'" + kKeyA.toHex() + "'\"; PRAGMA cipher_page_size = 4096;";
            QVERIFY(db.exec(key.constData()));
            QVERIFY(migrate(db, from));
            QCOMPARE(db.queryInt("PRAGMA user_version"), from);
            if (from >= 1) {
                QVERIFY(db.exec("INSERT INTO users (id, login, name, email, status, mfa, created_at, updated_at, json) "
                                "VALUES ('u1', 'yamada', '山田', 'y@x.example', 'active', 0, 't', 't', '{}');"
                                "INSERT INTO watermarks (resource, watermark, complete) VALUES ('users', '42', 1);"
                                "INSERT INTO watermarks (resource, watermark, complete) VALUES ('folders', '43', 1);"));
            }
        }
        CacheStore store(location(), kKeyA, KeySource::Keychain);
        QVERIFY(!store.open());
        Database &db = store.database();
        QCOMPARE(db.queryInt("PRAGMA user_version"), latestSchemaVersion());
        QVERIFY(!store.checkIntegrity());
        QCOMPARE(count(db, "SELECT count(*) FROM labels"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM users WHERE sort_kana = '' AND search_key = ''"), from >= 1 ? 1 : 0);
        if (from >= 1) {
            QCOMPARE(db.queryText("SELECT name FROM users WHERE id = 'u1'"), QStringLiteral("山田"));
            // Users gained columns that only a fresh pull fills in; other resources keep going.
            const bool usersReset = from < 3;
            QCOMPARE(db.queryInt("SELECT watermark IS NULL FROM watermarks WHERE resource = 'users'"), usersReset ? 1 : 0);
            QCOMPARE(db.queryText("SELECT watermark FROM watermarks WHERE resource = 'folders'"), QStringLiteral("43"));
        }
    }

    void memoryOnlyCacheLeavesNoFile()
    {
        CacheStore store = CacheStore::inMemory();
        QVERIFY(!store.open());
        QVERIFY(store.isMemoryOnly());
        insertUser(store, QStringLiteral("m@x.example"));
        Database second;
        QVERIFY(!openConnection(store.connection(), second));
        QCOMPARE(count(second, "SELECT count(*) FROM users"), 1);
        QVERIFY(QDir(m_dir->path()).isEmpty());
    }

    void keychainKeyIsCreatedAndReused()
    {
        secrets::MemorySecretStore secretStore;
        CacheOpenResult first = openAsync({&secretStore, nullptr, false});
        QVERIFY(first.store);
        QCOMPARE(first.store->keySource(), KeySource::Keychain);
        QVERIFY(secretStore.contains(location().secretName()));
        insertUser(*first.store, QStringLiteral("k@x.example"));
        first.store.reset();

        CacheOpenResult second = openAsync({&secretStore, nullptr, false});
        QVERIFY(second.store);
        QCOMPARE(count(second.store->database(), "SELECT count(*) FROM users"), 1);
        second.store.reset();

        bool wiped = false;
        wipeCache(location(), &secretStore, this, [&](bool ok) { wiped = ok; });
        QVERIFY(QTest::qWaitFor([&] { return wiped; }, 5000));
        QVERIFY(!secretStore.contains(location().secretName()));
        for (const QString &f : location().files())
            QVERIFY2(!QFileInfo::exists(f), qPrintable(f));
    }

    void withoutKeychainAPassphraseOrMemory()
    {
        secrets::MemorySecretStore noKeychain;
        noKeychain.setAvailable(false);
        FixedPassphraseProvider right(QStringLiteral("correct horse"));
        CacheOpenResult created = openAsync({&noKeychain, &right, false});
        QVERIFY(created.store);
        QCOMPARE(created.store->keySource(), KeySource::Passphrase);
        const std::optional<KeyInfo> info = readKeyInfo(location());
        QVERIFY(info);
        QCOMPARE(info->kdf, KeyInfo::Kdf::Argon2id);
        QCOMPARE(info->salt.size(), 16);
        insertUser(*created.store, QStringLiteral("p@x.example"));
        created.store.reset();

        CacheOpenResult reopened = openAsync({&noKeychain, &right, false});
        QVERIFY(reopened.store);
        QCOMPARE(count(reopened.store->database(), "SELECT count(*) FROM users"), 1);
        reopened.store.reset();

        const QByteArray before = allBytes(location());
        FixedPassphraseProvider wrong(QStringLiteral("wrong"));
        CacheOpenResult refused = openAsync({&noKeychain, &wrong, false});
        QVERIFY(!refused.store);
        QVERIFY(refused.error);
        QCOMPARE(refused.error->kind, CacheError::Kind::WrongKey);
        QCOMPARE(allBytes(location()), before);

        // Nobody to ask (or the user declines): memory only, and the file stays.
        CacheOpenResult memory = openAsync({&noKeychain, nullptr, false});
        QVERIFY(memory.store);
        QCOMPARE(memory.store->keySource(), KeySource::MemoryOnly);
        QCOMPARE(allBytes(location()), before);
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
