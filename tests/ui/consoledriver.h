#pragma once
// Drives the console as a person would, for the offscreen UI tests: its own settings file and
// in-memory keychain, a saved profile for the test service, the sign-in dialog by object name.
#include "consolecontroller.h"
#include "dialogs/signindialog.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

namespace kanri::test {

class ConsoleDriver
{
public:
    static QString profileName() { return QStringLiteral("テスト"); }

    explicit ConsoleDriver(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
    }

    QString settingsPath() const { return m_dataDir + QStringLiteral("/kanri.ini"); }
    QSettings &settings() { return *m_settings; }
    secrets::MemorySecretStore &secrets() { return m_secrets; }
    ui::ConsoleController &console() { return *m_console; }

    // A new console (as after a restart of the program), keeping the settings and keychain.
    ui::ConsoleController &restart()
    {
        m_console.reset();
        m_settings.reset(); // written back before it is read again
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_console = std::make_unique<ui::ConsoleController>(*m_settings, m_secrets, m_dataDir);
        return *m_console;
    }
    // Forgets everything: settings, profiles, keychain.
    void reset()
    {
        m_console.reset();
        m_settings.reset();
        QFile::remove(settingsPath());
        m_secrets = {};
        restart();
    }

    // The profile profileName() for the service at `url`, its certificate approved.
    profile::ConnectionProfile saveProfile(const QUrl &url, const QString &pin, const QString &login,
                                           bool remember = false)
    {
        profile::ProfileStore store(*m_settings);
        profile::ConnectionProfile p = store.find(profileName()).value_or(profile::ConnectionProfile{});
        p.name = profileName();
        p.url = url;
        p.login = login;
        p.pin = pin;
        p.rememberSession = remember;
        store.save(p);
        return p;
    }

    ui::SignInDialog *waitForSignIn(int timeoutMs = 30'000)
    {
        if (!QTest::qWaitFor([this] { return m_console->signInDialog() && m_console->signInDialog()->isVisible(); },
                             timeoutMs))
            return nullptr;
        return m_console->signInDialog();
    }

    static void submitPassword(ui::SignInDialog &dialog, const QString &password)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        edit->clear();
        QTest::keyClicks(edit, password);
        dialog.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    }

    ui::MainWindow *waitForWindow(int timeoutMs = 30'000)
    {
        if (!QTest::qWaitFor([this] { return m_console->mainWindow() && m_console->mainWindow()->isVisible(); },
                             timeoutMs))
            return nullptr;
        return m_console->mainWindow();
    }

    // Starts with the saved profile and signs in with `password`; the main window, or null.
    ui::MainWindow *signIn(const QString &password = QStringLiteral("demo1234"), bool offline = false)
    {
        ui::ConsoleController::Start start;
        start.profileName = profileName();
        start.offline = offline;
        m_console->start(start);
        ui::SignInDialog *dialog = waitForSignIn();
        if (!dialog)
            return nullptr;
        submitPassword(*dialog, password);
        return waitForWindow();
    }

private:
    QString m_dataDir;
    std::unique_ptr<QSettings> m_settings;
    secrets::MemorySecretStore m_secrets;
    std::unique_ptr<ui::ConsoleController> m_console;
};

} // namespace kanri::test
