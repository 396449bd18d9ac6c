#include "profile/profile.h"
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using kanri::profile::ConnectionProfile;
using kanri::profile::ProfileStore;
using kanri::secrets::MemorySecretStore;
using kanri::secrets::SecretResult;

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("kanri.ini")); }
    static ConnectionProfile profile(const QString &name, const QString &url)
    {
        ConnectionProfile p;
        p.name = name;
        p.url = QUrl(url);
        p.login = QStringLiteral("keiyaku@demo.example");
        return p;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan)); }
    void init() { QFile::remove(settingsPath()); }

    void savedProfilesSurviveARestartSortedByName()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ProfileStore store(settings);
            ConnectionProfile prod = profile(QStringLiteral("本番"), QStringLiteral("https://kanri.example.co.jp"));
            prod.pin = QStringLiteral("sha256:") + QString(64, u'a');
            prod.rememberSession = true;
            store.save(prod);
            store.save(profile(QStringLiteral("test 10"), QStringLiteral("https://test10.example:8443")));
            store.save(profile(QStringLiteral("test 9"), QStringLiteral("https://test9.example:8443")));
            store.setLastUsed(QStringLiteral("本番"));
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(settings);
        const QList<ConnectionProfile> all = store.profiles();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("test 9")); // numeric order, not "test 10" first
        QCOMPARE(all.at(1).name, QStringLiteral("test 10"));
        const auto prod = store.find(QStringLiteral("本番"));
        QVERIFY(prod);
        QCOMPARE(prod->url, QUrl(QStringLiteral("https://kanri.example.co.jp")));
        QCOMPARE(prod->pin, QStringLiteral("sha256:") + QString(64, u'a'));
        QVERIFY(prod->rememberSession);
        QCOMPARE(store.lastUsed(), QStringLiteral("本番"));
        QVERIFY(!store.find(QStringLiteral("missing")));
    }

    void saveReplacesRenameKeepsLastUsedRemoveForgets()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(settings);
        store.save(profile(QStringLiteral("a"), QStringLiteral("https://a.example")));
        store.save(profile(QStringLiteral("a"), QStringLiteral("https://a2.example")));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.find(QStringLiteral("a"))->url.host(), QStringLiteral("a2.example"));

        store.setLastUsed(QStringLiteral("a"));
        store.replace(QStringLiteral("a"), profile(QStringLiteral("b"), QStringLiteral("https://b.example")));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.lastUsed(), QStringLiteral("b"));

        store.remove(QStringLiteral("b"));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.lastUsed().isEmpty());
    }

    void problemNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("expected"); // a word of the message; empty = valid
        QTest::newRow("valid") << "prod" << "https://kanri.example" << "" << "";
        QTest::newRow("valid pinned") << "prod" << "https://127.0.0.1:8443" << (QStringLiteral("sha256:") + QString(64, u'0')) << "";
        QTest::newRow("no name") << " " << "https://kanri.example" << "" << "name";
        QTest::newRow("no url") << "prod" << "" << "" << "address";
        QTest::newRow("plain http") << "prod" << "http://kanri.example" << "" << "https://";
        QTest::newRow("short pin") << "prod" << "https://kanri.example" << "sha256:abc" << "64";
        QTest::newRow("upper-case pin") << "prod" << "https://kanri.example" << (QStringLiteral("sha256:") + QString(64, u'A')) << "64";
    }
    void problemNamesWhatIsWrong()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, pin);
        QFETCH(QString, expected);
        ConnectionProfile p = profile(name, url);
        p.pin = pin;
        if (expected.isEmpty())
            QCOMPARE(p.problem(), QString());
        else
            QVERIFY2(p.problem().contains(expected), qPrintable(p.problem()));
    }

    void memorySecretStoreAnswersAsynchronouslyAndCanBeUnavailable()
    {
        MemorySecretStore store;
        QObject context;
        QList<SecretResult> answers;
        const auto collect = [&](const SecretResult &r) { answers.append(r); };
        store.write(QStringLiteral("k"), "secret", &context, collect);
        QVERIFY(answers.isEmpty()); // never answered before the caller returns
        QTRY_COMPARE(answers.size(), 1);
        store.read(QStringLiteral("k"), &context, collect);
        QTRY_COMPARE(answers.size(), 2);
        QCOMPARE(answers.at(1).data, QByteArray("secret"));
        store.remove(QStringLiteral("k"), &context, collect);
        store.read(QStringLiteral("k"), &context, collect);
        QTRY_COMPARE(answers.size(), 4);
        QCOMPARE(answers.at(3).status, SecretResult::Status::NotFound);

        store.setAvailable(false);
        store.write(QStringLiteral("k"), "secret", &context, collect);
        QTRY_COMPARE(answers.size(), 5);
        QCOMPARE(answers.at(4).status, SecretResult::Status::Unavailable);
        QVERIFY(!store.contains(QStringLiteral("k")));

        // A context that went away gets no answer.
        auto *gone = new QObject;
        bool called = false;
        store.read(QStringLiteral("k"), gone, [&](const SecretResult &) { called = true; });
        delete gone;
        QTest::qWait(20);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
