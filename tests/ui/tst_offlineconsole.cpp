// The console with its encrypted cache, offscreen, against a real kanri-service process: the
// first sync, starting offline from the cache (service gone, --offline, "Work offline") and
// coming back online by itself, the cache passphrase without a keychain (offline the cache
// opens with it or not at all), sign-out that wipes the cache, and a session that ends while the
// window stays.
#include "cache/cachestore.h"
#include "consoledriver.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/passphrasedialog.h"
#include "servicefixture.h"
#include "session/consolesession.h"
#include "session/workspace.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>

using namespace kanri;
using test::textOf;

class TestOfflineConsole : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    QUrl m_url;
    QTemporaryDir m_dataDir;
    std::unique_ptr<test::ConsoleDriver> m_driver;

    ui::ConsoleController &console() { return m_driver->console(); }

    QString cacheFile()
    {
        const profile::ConnectionProfile p = *profile::ProfileStore(m_driver->settings()).find(m_driver->profileName());
        return cache::CacheLocation{m_dataDir.filePath(QStringLiteral("cache")), p.name, p.accountId}.filePath();
    }

    // Signs in (remembered) and waits for the first sync to complete.
    ui::MainWindow *signInAndSync(const QString &login = QStringLiteral("keiyaku@demo.example"))
    {
        m_driver->saveProfile(m_url, m_svc->fingerprint(), login, true);
        ui::MainWindow *window = m_driver->signIn();
        if (!window || !QTest::qWaitFor([window] { return textOf(*window, "syncLabel").startsWith(QStringLiteral("Last sync:")); }, 90'000))
            return nullptr;
        return window;
    }

    // Every test signs in a few times: more than the sign-in rate limit allows one address.
    static QStringList serviceArguments()
    {
        return {QStringLiteral("--demo"), QStringLiteral("--demo-users"), QStringLiteral("40"),
                QStringLiteral("--login-rate"), QStringLiteral("1000")};
    }

    bool restartService()
    {
        return m_svc->restart(serviceArguments() + QStringList{QStringLiteral("--listen"),
                                                               QStringLiteral("127.0.0.1:%1").arg(m_url.port())})
               && m_svc->url() == m_url;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>(serviceArguments());
        QVERIFY(m_svc->started());
        m_url = m_svc->url();
        test::useLanguage(QStringLiteral("en"));
    }

    void init()
    {
        if (!m_svc->started())
            QVERIFY(restartService());
        QDir(m_dataDir.filePath(QStringLiteral("cache"))).removeRecursively(); // each test starts without one
        m_driver = std::make_unique<test::ConsoleDriver>(m_dataDir.path());
        m_driver->reset();
    }

    void cleanup()
    {
        m_driver.reset();
        test::useLanguage(QStringLiteral("en"));
    }

    void firstSyncFillsAnOwnerOnlyCache()
    {
        ui::MainWindow *window = signInAndSync();
        QVERIFY(window);
        QVERIFY(QFile::exists(cacheFile()));
        const QFileDevice::Permissions mode = QFile::permissions(cacheFile());
        QVERIFY(mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(mode & others, QFileDevice::Permissions{}); // 0600
        QVERIFY(!window->findChild<QWidget *>(QStringLiteral("offlineBanner"))->isVisible());
        QVERIFY(!window->findChild<QWidget *>(QStringLiteral("syncProgress"))->isVisible());
    }

    void startsOfflineFromTheCacheAndComesBackOnline()
    {
        QVERIFY(signInAndSync());
        m_driver->restart();
        m_svc->stop();
        console().setProbeInterval(std::chrono::milliseconds(300));
        ui::ConsoleController::Start start;
        start.profileName = m_driver->profileName();
        console().start(start);
        ui::MainWindow *window = m_driver->waitForWindow();
        QVERIFY(window);
        auto *banner = window->findChild<QLabel *>(QStringLiteral("offlineBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Offline — data as of ")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("(Asia/Tokyo)")));
        QCOMPARE(textOf(*window, "connectionLabel"), QStringLiteral("Offline"));
        QVERIFY(!console().workspace()->isOnline());
        // Who was signed in, as the cache remembers it.
        QVERIFY2(textOf(*window, "userLabel").endsWith(QStringLiteral(" — Contract administrator")),
                 qPrintable(textOf(*window, "userLabel")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("デモ株式会社")));
        // Every page stays readable: the contract too comes from the cache.
        window->showPage(ui::MainWindow::PageId::Contract);
        QCOMPARE(textOf(*window, "tenantName"), QStringLiteral("デモ株式会社"));
        QCOMPARE(textOf(*window, "tenantTimeZone"), QStringLiteral("Asia/Tokyo"));
        test::saveScreenshot(*window, QStringLiteral("offline-en"));

        // The service answers again: the remembered session signs in and the banner goes.
        QVERIFY(restartService());
        QTRY_VERIFY_WITH_TIMEOUT(console().workspace()->isOnline(), 30'000);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(console().mainWindow(), window); // the same window, never closed
    }

    void offlineFlagOpensTheCacheWithoutTheService()
    {
        QVERIFY(signInAndSync());
        m_driver->restart();
        console().setProbeInterval(std::chrono::hours(1)); // stays offline for the test
        ui::ConsoleController::Start start;
        start.profileName = m_driver->profileName();
        start.offline = true;
        console().start(start);
        ui::MainWindow *window = m_driver->waitForWindow();
        QVERIFY(window);
        QVERIFY(window->findChild<QWidget *>(QStringLiteral("offlineBanner"))->isVisible());
        QVERIFY(console().session()->state() == session::ConsoleSession::State::SignedOut);
    }

    void signInDialogOffersToWorkOffline()
    {
        QVERIFY(signInAndSync());
        m_driver->restart();
        m_driver->saveProfile(m_url, m_svc->fingerprint(), QStringLiteral("keiyaku@demo.example"), false);
        m_svc->stop();
        ui::ConsoleController::Start start;
        start.profileName = m_driver->profileName();
        console().start(start);
        ui::SignInDialog *dialog = m_driver->waitForSignIn();
        QVERIFY(dialog);
        auto *offline = dialog->findChild<QPushButton *>(QStringLiteral("offlineButton"));
        QVERIFY(offline->isVisible());
        m_driver->submitPassword(*dialog, QStringLiteral("demo1234"));
        QTRY_COMPARE_WITH_TIMEOUT(textOf(*dialog, "messageLabel"),
                                  QStringLiteral("The service cannot be reached. Check the network connection and the service address."),
                                  60'000);
        offline->click();
        QVERIFY(m_driver->waitForWindow());
        QVERIFY(!console().workspace()->isOnline());
    }

    void passphraseProtectsTheCacheWithoutAKeychain()
    {
        m_driver->secrets().setAvailable(false);
        m_driver->saveProfile(m_url, m_svc->fingerprint(), QStringLiteral("kanri@demo.example"));
        ui::ConsoleController::Start start;
        start.profileName = m_driver->profileName();
        console().start(start);
        ui::SignInDialog *dialog = m_driver->waitForSignIn();
        QVERIFY(dialog);
        m_driver->submitPassword(*dialog, QStringLiteral("demo1234"));
        QTRY_VERIFY_WITH_TIMEOUT(test::visibleTopLevel<ui::PassphraseDialog>(), 30'000);
        auto *passphrase = test::visibleTopLevel<ui::PassphraseDialog>();
        auto *ok = passphrase->findChild<QPushButton *>(QStringLiteral("okButton"));
        QTest::keyClicks(passphrase->findChild<QLineEdit *>(QStringLiteral("passphraseEdit")), QStringLiteral("correct horse"));
        QTest::keyClicks(passphrase->findChild<QLineEdit *>(QStringLiteral("repeatEdit")), QStringLiteral("correct hors"));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(textOf(*passphrase, "messageLabel"), QStringLiteral("The two entries differ."));
        QTest::keyClicks(passphrase->findChild<QLineEdit *>(QStringLiteral("repeatEdit")), QStringLiteral("e"));
        QVERIFY(ok->isEnabled());
        test::saveScreenshot(*passphrase, QStringLiteral("passphrase-en"));
        ok->click();
        QVERIFY(m_driver->waitForWindow());
        QCOMPARE(console().workspace()->cache().keySource(), cache::KeySource::Passphrase);
    }

    void offlineTheCacheOpensOnlyWithItsPassphrase()
    {
        m_driver->secrets().setAvailable(false);
        m_driver->saveProfile(m_url, m_svc->fingerprint(), QStringLiteral("kanri@demo.example"));
        auto answerPassphrase = [](bool creating, const QString &text) {
            if (!QTest::qWaitFor([] { return test::visibleTopLevel<ui::PassphraseDialog>() != nullptr; }, 30'000))
                return false;
            auto *dialog = test::visibleTopLevel<ui::PassphraseDialog>();
            if (text.isEmpty()) {
                dialog->findChild<QPushButton *>(QStringLiteral("memoryButton"))->click();
                return true;
            }
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit")), text);
            if (creating)
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit")), text);
            dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
            return true;
        };
        ui::ConsoleController::Start start;
        start.profileName = m_driver->profileName();
        console().start(start);
        ui::SignInDialog *signIn = m_driver->waitForSignIn();
        QVERIFY(signIn);
        m_driver->submitPassword(*signIn, QStringLiteral("demo1234"));
        QVERIFY(answerPassphrase(true, QStringLiteral("correct horse")));
        ui::MainWindow *window = m_driver->waitForWindow();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(textOf(*window, "syncLabel").startsWith(QStringLiteral("Last sync:")), 90'000);

        // Offline, declining the passphrase leaves nothing to show: back to the connections.
        start.offline = true;
        m_driver->restart().setProbeInterval(std::chrono::hours(1));
        console().start(start);
        ui::PassphraseDialog *locked = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((locked = test::visibleTopLevel<ui::PassphraseDialog>()), 30'000);
        QCOMPARE(locked->findChild<QPushButton *>(QStringLiteral("memoryButton"))->text(), QStringLiteral("&Leave it locked"));
        test::saveScreenshot(*locked, QStringLiteral("passphrase-open-en"));
        QVERIFY(answerPassphrase(false, QString()));
        QTRY_VERIFY(console().connectionDialog() && console().connectionDialog()->isVisible());
        QCOMPARE(textOf(*console().connectionDialog(), "messageLabel"),
                 QStringLiteral("The offline data stays locked without its passphrase."));
        QVERIFY(!console().mainWindow());

        // With it, the synced data is there.
        m_driver->restart().setProbeInterval(std::chrono::hours(1));
        console().start(start);
        QVERIFY(answerPassphrase(false, QStringLiteral("correct horse")));
        window = m_driver->waitForWindow();
        QVERIFY(window);
        QVERIFY(window->findChild<QWidget *>(QStringLiteral("offlineBanner"))->isVisible());
        QVERIFY(console().workspace()->tenant().has_value());
        QCOMPARE(console().workspace()->cache().keySource(), cache::KeySource::Passphrase);
    }

    void signOutCanWipeTheCache()
    {
        ui::MainWindow *window = signInAndSync();
        QVERIFY(window);
        const QString file = cacheFile();
        const QString key = console().workspace()->cache().location().secretName();
        QVERIFY(m_driver->secrets().contains(key));
        window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY(test::visibleTopLevel<QMessageBox>());
        auto *box = test::visibleTopLevel<QMessageBox>();
        box->findChild<QCheckBox *>(QStringLiteral("wipeCacheCheck"))->setChecked(true);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(console().connectionDialog() && console().connectionDialog()->isVisible(), 30'000);
        QCOMPARE(test::textOf(*console().connectionDialog(), "messageLabel"), QString()); // the service heard of it
        QVERIFY(!console().mainWindow());
        QTRY_VERIFY(!QFile::exists(file));
        QTRY_VERIFY(!m_driver->secrets().contains(key));
    }

    void signOutSaysWhenTheServiceDidNotHearOfIt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("begins");
        QTest::addColumn<QString>("ends");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("You are signed out on this computer, but the service could not be told:")
                            << QStringLiteral("The session stays valid on the service until it expires.");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("このコンピューターではサインアウトしましたが、サービスに通知できませんでした:")
                            << QStringLiteral("サービス上のセッションは有効期限まで有効なままです。");
    }

    void signOutSaysWhenTheServiceDidNotHearOfIt()
    {
        QFETCH(QString, language);
        QFETCH(QString, begins);
        QFETCH(QString, ends);
        ui::MainWindow *window = signInAndSync(); // waits for an English status line
        QVERIFY(window);
        test::useLanguage(language);
        m_svc->stop();
        window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY(test::visibleTopLevel<QMessageBox>());
        test::visibleTopLevel<QMessageBox>()->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(console().connectionDialog() && console().connectionDialog()->isVisible(), 60'000);
        const QString message = test::textOf(*console().connectionDialog(), "messageLabel");
        test::saveScreenshot(*console().connectionDialog(), QStringLiteral("signout-not-heard-") + language);
        QVERIFY2(message.startsWith(begins) && message.endsWith(ends), qPrintable(message));
    }

    void endedSessionAsksToSignInAgainAndKeepsTheWindow()
    {
        ui::MainWindow *window = signInAndSync(QStringLiteral("kanri@demo.example"));
        QVERIFY(window);
        window->showPage(ui::MainWindow::PageId::Contract);
        const QString userId = console().session()->me().user.id;
        const QString admin = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        const auto user = m_svc->get(QStringLiteral("/users/%1").arg(userId), admin);
        QCOMPARE(m_svc->request("PATCH", QStringLiteral("/users/%1").arg(userId), R"({"status":"disabled"})", admin,
                                {{"If-Match", user.header("ETag")}})
                     .status,
                 200);
        window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        ui::SignInDialog *dialog = m_driver->waitForSignIn();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ui::SignInDialog::Mode::Expired);
        QCOMPARE(console().mainWindow(), window);
        QVERIFY(window->isVisible());

        const auto disabled = m_svc->get(QStringLiteral("/users/%1").arg(userId), admin);
        QCOMPARE(m_svc->request("PATCH", QStringLiteral("/users/%1").arg(userId), R"({"status":"active"})", admin,
                                {{"If-Match", disabled.header("ETag")}})
                     .status,
                 200);
        const QPointer<ui::SignInDialog> watched(dialog);
        m_driver->submitPassword(*dialog, QStringLiteral("demo1234"));
        QTRY_VERIFY_WITH_TIMEOUT(!watched || !watched->isVisible(), 30'000);
        QCOMPARE(console().mainWindow(), window);
        QCOMPARE(window->currentPage(), ui::MainWindow::PageId::Contract);
    }
};

QTEST_MAIN(TestOfflineConsole)
#include "tst_offlineconsole.moc"
