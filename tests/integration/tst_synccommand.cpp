// `kanri sync` as a script runs it: a saved profile, usage errors, a wrong password or cache
// passphrase (the cache is left as it is), and a damaged cache rebuilt by a full sync.

#include "synctesthelpers.h"

#include "cache/cachekey.h"
#include "cache/cachestore.h"
#include "profile/profile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

using namespace kanri;

namespace {

const QString kLogin = QStringLiteral("keiyaku@demo.example");
const QString kPassphrase = QStringLiteral("command test passphrase");

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSyncCommand : public QObject
{
    Q_OBJECT

private:
    Outcome run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(KANRI_BIN), QStringList{QStringLiteral("sync")} + arguments);
        Outcome o;
        if (!process.waitForFinished(120'000))
            return o;
        o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        o.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        o.err = QString::fromLocal8Bit(process.readAllStandardError());
        return o;
    }
    QString file(const QString &name, const QString &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content.toUtf8() + '\n');
        return path;
    }
    QStringList profileArguments(const QString &passwordFile, const QString &passphraseFile)
    {
        return {QStringLiteral("--profile"), QStringLiteral("main office"), QStringLiteral("--data-dir"), m_data,
                QStringLiteral("--password-file"), passwordFile, QStringLiteral("--cache-passphrase-file"), passphraseFile};
    }
    QString cacheFile()
    {
        const QStringList files = QDir(m_data + QStringLiteral("/cache")).entryList({QStringLiteral("*.kcache")});
        return files.size() == 1 ? m_data + QStringLiteral("/cache/") + files.first() : QString();
    }
    QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<test::ServiceFixture> m_svc;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_password;
    QString m_passphrase;

private Q_SLOTS:
    void initTestCase()
    {
        // Every run of the command signs in.
        m_svc = std::make_unique<test::ServiceFixture>(QStringList{QStringLiteral("--demo"), QStringLiteral("--login-rate"), QStringLiteral("1000")});
        QVERIFY(m_svc->started());
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_password = file(QStringLiteral("password"), QStringLiteral("demo1234"));
        m_passphrase = file(QStringLiteral("passphrase"), kPassphrase);
        // A profile saved by the console, in the data directory's settings.
        QSettings settings(m_data + QStringLiteral("/Kanri/kanri.ini"), QSettings::IniFormat);
        profile::ProfileStore profiles(settings);
        profile::ConnectionProfile p;
        p.name = QStringLiteral("main office");
        p.url = m_svc->url();
        p.login = kLogin;
        p.pin = m_svc->fingerprint();
        profiles.save(p);
        settings.sync();
    }

    void usageErrorsExitWithTwo()
    {
        const Outcome none = run({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("--profile")), qPrintable(none.err));
        QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("--page-size"), QStringLiteral("0")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--url"), QStringLiteral("http://plain.example"), QStringLiteral("--login"), kLogin}).exitCode, 2);
        const Outcome help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--cache-passphrase-file")));
        const Outcome unknown = run({QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("--data-dir"), m_data});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("nobody")), qPrintable(unknown.err));
    }

    void syncsASavedProfile()
    {
        const Outcome o = run(profileArguments(m_password, m_passphrase));
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(o.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(o.out.startsWith(QStringLiteral("Synced: ")), qPrintable(o.out));
        QVERIFY(o.out.contains(QStringLiteral("users 500/0")));
        QVERIFY2(QFileInfo(cacheFile()).fileName().contains(QRegularExpression(QStringLiteral("^main_office-[0-9a-f]{8}--u_"))),
                 qPrintable(cacheFile()));
    }

    void aWrongPasswordOrPassphraseSaysSoAndKeepsTheCache()
    {
        const QByteArray before = bytes(cacheFile());
        QVERIFY(!before.isEmpty());
        const Outcome badPassword = run(profileArguments(file(QStringLiteral("wrong-password"), QStringLiteral("nope")), m_passphrase));
        QCOMPARE(badPassword.exitCode, 1);
        QVERIFY2(badPassword.err.startsWith(QStringLiteral("kanri sync: cannot sign in")), qPrintable(badPassword.err));
        const Outcome badPassphrase = run(profileArguments(m_password, file(QStringLiteral("wrong-passphrase"), QStringLiteral("nope"))));
        QCOMPARE(badPassphrase.exitCode, 1);
        QVERIFY2(badPassphrase.err.contains(QStringLiteral("could not be unlocked")), qPrintable(badPassphrase.err));
        QCOMPARE(bytes(cacheFile()), before);
        QCOMPARE(run(profileArguments(m_password, m_dir.filePath(QStringLiteral("missing")))).exitCode, 1);
    }

    void aDamagedCacheIsRebuiltByAFullSync()
    {
        const QString path = cacheFile();
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 40 * 4096);
        f.seek((f.size() / 4096 / 2) * 4096 + 1000);
        f.write(QByteArray(16, '\x7f'));
        f.close();

        const Outcome o = run(profileArguments(m_password, m_passphrase));
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(QStringLiteral("rebuilt")), qPrintable(o.out));
        QVERIFY(o.out.contains(QStringLiteral("users 500/0")));

        const QFileInfo rebuilt(cacheFile());
        const cache::CacheLocation location{rebuilt.path(), QStringLiteral("main office"),
                                            rebuilt.completeBaseName().section(QStringLiteral("--"), 1)};
        const std::optional<cache::KeyInfo> info = cache::readKeyInfo(location);
        QVERIFY(info);
        cache::CacheStore store(location, cache::deriveKey(kPassphrase, *info), cache::KeySource::Passphrase);
        QVERIFY(!store.open());
        QVERIFY(!store.checkIntegrity());
        const QString difference = test::differenceFromService(*m_svc, m_svc->signIn(kLogin), store.database());
        // The sign-in just now moved the account's last sign-in on; everything else is equal.
        QVERIFY2(difference.isEmpty() || difference.contains(QStringLiteral("keiyaku@demo.example")), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
