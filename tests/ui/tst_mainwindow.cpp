// The console from start to main window, offscreen, against a real kanri-service process:
// connection dialog, certificate approval, sign-in (and its refusals), the main window with
// the Contract page and status bar, the idle lock, and what the window remembers.
#include "consolecontroller.h"
#include "dialogs/certificatedialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/signindialog.h"
#include "idlemonitor.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "secrets/secretstore.h"
#include "service/localservice.h"
#include "session/consolesession.h"
#include "consoledriver.h"
#include "authtesthelpers.h"
#include "servicefixture.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QRegularExpression>
#include <QLabel>

#include <csignal>
#include <QLineEdit>
#include <QMessageBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace kanri;
using test::textOf;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    std::unique_ptr<test::ServiceFixture> m_service;
    std::unique_ptr<test::ConsoleDriver> m_driver;

    ui::ConsoleController &console() { return m_driver->console(); }

    void saveProfile(const QString &login)
    {
        m_driver->saveProfile(m_service->url(), m_service->fingerprint(), login);
    }

    ui::MainWindow *signInAs(const QString &login)
    {
        saveProfile(login);
        return m_driver->signIn();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = std::make_unique<test::ServiceFixture>(
            QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-users"), QStringLiteral("40"),
                        QStringLiteral("--login-rate"), QStringLiteral("1000")});
        QVERIFY(m_service->started());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dataDir.path());
    }

    void init()
    {
        test::useLanguage(QStringLiteral("en"));
        m_driver = std::make_unique<test::ConsoleDriver>(m_dataDir.path());
        m_driver->reset();
    }

    void cleanup() { m_driver.reset(); }

    void newConnectionApprovesTheCertificateAndOpensTheWindow()
    {
        console().start({});
        ui::ConnectionDialog *connection = console().connectionDialog();
        QVERIFY(connection && connection->isVisible());
        QTest::keyClicks(connection->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Test service"));
        QTest::keyClicks(connection->findChild<QLineEdit *>(QStringLiteral("urlEdit")), m_service->url().toString());
        QTest::keyClicks(connection->findChild<QLineEdit *>(QStringLiteral("loginEdit")), QStringLiteral("keiyaku@demo.example"));
        test::saveScreenshot(*connection, QStringLiteral("connection-en"));
        connection->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();

        ui::SignInDialog *signIn = m_driver->waitForSignIn();
        QVERIFY(signIn);
        QCOMPARE(signIn->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), QStringLiteral("keiyaku@demo.example"));
        QCOMPARE(signIn->focusWidget(), signIn->findChild<QLineEdit *>(QStringLiteral("passwordEdit")));
        test::saveScreenshot(*signIn, QStringLiteral("signin-en"));
        m_driver->submitPassword(*signIn, QStringLiteral("demo1234"));

        // The service's self-signed certificate is shown before anything is sent.
        QTRY_VERIFY_WITH_TIMEOUT(test::visibleTopLevel<ui::CertificateDialog>(), 30'000);
        auto *certificate = test::visibleTopLevel<ui::CertificateDialog>();
        QVERIFY(textOf(*certificate, "fingerprintValue").contains(
            ui::CertificateDialog::groupedFingerprint(m_service->fingerprint()).left(20)));
        test::saveScreenshot(*certificate, QStringLiteral("certificate-en"));
        certificate->findChild<QPushButton *>(QStringLiteral("trustButton"))->click();

        QTRY_VERIFY_WITH_TIMEOUT(console().mainWindow() && console().mainWindow()->isVisible(), 30'000);
        ui::MainWindow &window = *console().mainWindow();
        QCOMPARE(profile::ProfileStore(m_driver->settings()).find(QStringLiteral("Test service"))->pin, m_service->fingerprint());
        QCOMPARE(textOf(window, "userLabel"), QStringLiteral("山田 太郎 — Contract administrator").replace(QStringLiteral("山田 太郎"), console().session()->me().user.name));
        QVERIFY(window.windowTitle().contains(QStringLiteral("デモ株式会社")));

        window.showPage(ui::MainWindow::PageId::Contract);
        QTRY_COMPARE_WITH_TIMEOUT(textOf(window, "tenantName"), QStringLiteral("デモ株式会社"), 30'000);
        QCOMPARE(textOf(window, "tenantTimeZone"), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(textOf(window, "passwordPolicyValue"), QStringLiteral("at least 6 characters, letters, digits"));
        QCOMPARE(textOf(window, "optionsValue"), QStringLiteral("Two-step verification (TOTP): purchased / Log exports: purchased / Single sign-on: not purchased"));
        QTRY_COMPARE_WITH_TIMEOUT(textOf(window, "connectionLabel"), QStringLiteral("Connected to 127.0.0.1"), 30'000);
        window.resize(1100, 700);
        test::saveScreenshot(window, QStringLiteral("mainwindow-en"));
    }

    void accountsWithoutAdministrativeRoleAreRefused()
    {
        saveProfile(QStringLiteral("ippan@demo.example"));
        console().start({QStringLiteral("テスト"), false, false, {}});
        ui::SignInDialog *dialog = m_driver->waitForSignIn();
        QVERIFY(dialog);
        m_driver->submitPassword(*dialog, QStringLiteral("wrong999"));
        QTRY_COMPARE_WITH_TIMEOUT(textOf(*dialog, "messageLabel"),
                                  QStringLiteral("The sign-in ID or the password is wrong. Check both and try again."), 30'000);
        m_driver->submitPassword(*dialog, QStringLiteral("demo1234"));
        QTRY_COMPARE_WITH_TIMEOUT(textOf(*dialog, "messageLabel"),
                                  QStringLiteral("This account has no administrative role, so it cannot use the console. "
                                                 "Sign in with an administrator's account."),
                                  30'000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!console().mainWindow());
        // Back to the connections: the dialog lists the saved one.
        dialog->findChild<QPushButton *>(QStringLiteral("leaveButton"))->click();
        QTRY_VERIFY(console().connectionDialog() && console().connectionDialog()->isVisible());
        QCOMPARE(console().connectionDialog()->findChild<QListWidget *>(QStringLiteral("profileList"))->currentItem()->text(),
                 QStringLiteral("テスト"));
    }

    void authenticatorCodeFieldAppearsWhenTheServiceAsks()
    {
        // The administrator turns on two-step verification through the API.
        const QString token = m_service->signIn(QStringLiteral("kanri@demo.example"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto secret = test::enrolTotp(*m_service, token, now);
        QVERIFY(secret);

        saveProfile(QStringLiteral("kanri@demo.example"));
        console().start({QStringLiteral("テスト"), false, false, {}});
        ui::SignInDialog *dialog = m_driver->waitForSignIn();
        QVERIFY(dialog);
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
        QVERIFY(!code->isVisible());
        m_driver->submitPassword(*dialog, QStringLiteral("demo1234"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 30'000);
        QCOMPARE(textOf(*dialog, "messageLabel"),
                 QStringLiteral("This account also needs the six-digit code from your authenticator app. "
                                "Enter it and sign in again."));
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QTest::keyClicks(code, QStringLiteral("12a"));
        QCOMPARE(code->text(), QStringLiteral("12")); // digits only
        QVERIFY(!button->isEnabled());               // six of them
        code->clear();
        QTest::keyClicks(code, server::auth::totpCode(*secret, now + 30));
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(m_driver->waitForWindow());

        // The later tests sign in as this account without a code.
        const QString admin = m_service->signIn(QStringLiteral("keiyaku@demo.example"));
        QCOMPARE(m_service->request("POST", QStringLiteral("/users/%1/reset-mfa").arg(console().session()->me().user.id), {}, admin)
                     .status,
                 204);
    }

    void lockAsksForThePasswordAgain()
    {
        ui::MainWindow *window = signInAs(QStringLiteral("kanri@demo.example"));
        QVERIFY(window);
        auto *lock = window->findChild<QAction *>(QStringLiteral("lockAction"));
        QCOMPARE(lock->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
        // A dialog open over the window (such as a temporary password) goes out of sight too.
        QPointer<QMessageBox> secret = new QMessageBox(QMessageBox::Information, QStringLiteral("Temporary password"),
                                                       QStringLiteral("Xk4-secret"), QMessageBox::Ok, window);
        secret->setAttribute(Qt::WA_DeleteOnClose);
        secret->open();
        QVERIFY(secret->isVisible());
        lock->trigger();
        ui::SignInDialog *unlock = m_driver->waitForSignIn();
        QVERIFY(unlock);
        QVERIFY(!secret->isVisible());
        QCOMPARE(unlock->mode(), ui::SignInDialog::Mode::Unlock);
        QVERIFY(window->findChild<QWidget *>(QStringLiteral("lockCover"))->isVisible());
        QVERIFY(!window->findChild<QWidget *>(QStringLiteral("pages"))->isVisible());
        QCOMPARE(unlock->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), QStringLiteral("kanri@demo.example"));
        QVERIFY(unlock->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->isReadOnly());
        // Escape does not sign out of a locked console.
        QTest::keyClick(unlock, Qt::Key_Escape);
        QVERIFY(unlock->isVisible());
        m_driver->submitPassword(*unlock, QStringLiteral("demo1234"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<QWidget *>(QStringLiteral("lockCover"))->isVisible(), 30'000);
        QVERIFY(window->findChild<QWidget *>(QStringLiteral("pages"))->isVisible());
        QVERIFY(secret && secret->isVisible()); // back where it was
        secret->close();
    }

    void idleConsoleLocksItself()
    {
        m_driver->settings().setValue(QStringLiteral("session/idleLockMinutes"), 0.03); // 1.8 s
        m_driver->restart();
        QCOMPARE(console().idleMonitor()->timeout(), std::chrono::milliseconds(1800));
        QVERIFY(signInAs(QStringLiteral("kanri@demo.example")));
        QTRY_VERIFY_WITH_TIMEOUT(console().signInDialog() && console().signInDialog()->isVisible()
                                     && console().signInDialog()->mode() == ui::SignInDialog::Mode::Unlock,
                                 10'000);
    }

    void windowRemembersItsPage()
    {
        ui::MainWindow *window = signInAs(QStringLiteral("kanri@demo.example"));
        QVERIFY(window);
        window->showPage(ui::MainWindow::PageId::Notices);
        QSignalSpy quit(&console(), &ui::ConsoleController::quitRequested);
        window->close();
        QCOMPARE(quit.size(), 1); // closing the window ends the program; dialogs closing do not
        m_driver->restart();
        QVERIFY(signInAs(QStringLiteral("kanri@demo.example")));
        QCOMPARE(console().mainWindow()->currentPage(), ui::MainWindow::PageId::Notices);
        auto *refresh = console().mainWindow()->findChild<QAction *>(QStringLiteral("refreshAction"));
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(console().mainWindow()->findChild<QAction *>(QStringLiteral("findAction"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+F")));
        QCOMPARE(console().mainWindow()->findChild<QAction *>(QStringLiteral("quitAction"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Q")));
    }

    void demoButtonStartsAChildServiceThatStopsWithTheConsole()
    {
        console().start({});
        ui::ConnectionDialog *connection = console().connectionDialog();
        QVERIFY(connection);
        connection->findChild<QPushButton *>(QStringLiteral("demoButton"))->click();
        ui::SignInDialog *signIn = m_driver->waitForSignIn(120'000);
        QVERIFY(signIn);
        QVERIFY(signIn->findChild<QLabel *>(QStringLiteral("hintLabel"))->text().contains(QStringLiteral("demo1234")));
        QCOMPARE(signIn->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), QStringLiteral("keiyaku@demo.example"));
        service::LocalService *demo = console().demoService();
        QVERIFY(demo && demo->isReady());
        const auto saved = profile::ProfileStore(m_driver->settings()).find(QStringLiteral("demo"));
        QVERIFY(saved && saved->demo);
        QCOMPARE(saved->pin, demo->fingerprint()); // pinned from the child's ready line
        QCOMPARE(saved->url, demo->url());
        const auto pid = static_cast<pid_t>(demo->processId());
        QVERIFY(pid > 0 && ::kill(pid, 0) == 0);
        m_driver.reset(); // the console goes away: so does its demo service
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 10'000);
    }

    void japaneseScreens()
    {
        test::useLanguage(QStringLiteral("ja"));
        m_driver->restart();
        console().start({});
        QVERIFY(console().connectionDialog());
        QCOMPARE(console().connectionDialog()->findChild<QPushButton *>(QStringLiteral("connectButton"))->text(),
                 QStringLiteral("接続(&C)"));
        test::saveScreenshot(*console().connectionDialog(), QStringLiteral("connection-ja"));
        console().connectionDialog()->close();

        m_driver->restart();
        saveProfile(QStringLiteral("keiyaku@demo.example"));
        console().start({QStringLiteral("テスト"), false, false, {}});
        ui::SignInDialog *signIn = m_driver->waitForSignIn();
        QVERIFY(signIn);
        QCOMPARE(signIn->findChild<QPushButton *>(QStringLiteral("signInButton"))->text(), QStringLiteral("サインイン(&S)"));
        test::saveScreenshot(*signIn, QStringLiteral("signin-ja"));
        m_driver->submitPassword(*signIn, QStringLiteral("demo1234"));
        ui::MainWindow *window = m_driver->waitForWindow();
        QVERIFY(window);
        window->showPage(ui::MainWindow::PageId::Contract);
        QTRY_COMPARE_WITH_TIMEOUT(textOf(*window, "tenantName"), QStringLiteral("デモ株式会社"), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(textOf(*window, "connectionLabel"), QStringLiteral("127.0.0.1 に接続中"), 30'000);
        window->resize(1100, 700);
        test::saveScreenshot(*window, QStringLiteral("mainwindow-ja"));

        // The dashboard, once the first sync has filled the cache (the README's picture).
        QTRY_VERIFY_WITH_TIMEOUT(textOf(*window, "syncLabel").startsWith(QStringLiteral("最終同期")), 60'000);
        window->showPage(ui::MainWindow::PageId::Dashboard);
        ui::Page *dashboard = window->page(ui::MainWindow::PageId::Dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->findChild<QLabel *>(QStringLiteral("kpiValue"))->text().contains(QRegularExpression(QStringLiteral("[0-9]"))), 30'000);
        window->resize(1280, 900);
        if (!qEnvironmentVariableIsEmpty("KANRI_SCREENSHOT_DIR"))
            QTest::qWait(2000); // the rankings come from the service: let them fill the picture
        test::saveScreenshot(*window, QStringLiteral("mainwindow-dashboard-ja"));
        window->showPage(ui::MainWindow::PageId::Users);
        QTRY_VERIFY_WITH_TIMEOUT(textOf(*window->page(ui::MainWindow::PageId::Users), "pageSummary").contains(QStringLiteral("40 of 40")) || textOf(*window->page(ui::MainWindow::PageId::Users), "pageSummary").contains(QStringLiteral("合計 40")), 30'000);
        test::saveScreenshot(*window, QStringLiteral("users-overview-ja"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
