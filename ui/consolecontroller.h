#pragma once

#include "profile/profile.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class QProgressDialog;
class QSettings;

namespace kanri::cache {
class CachePassphraseProvider;
}
namespace kanri::secrets {
class SecretStore;
}
namespace kanri::service {
class LocalService;
}
namespace kanri::session {
class ConsoleSession;
class Workspace;
}

namespace kanri::ui {

class ConnectionDialog;
class DialogCertificateApprover;
class IdleMonitor;
class MainWindow;
class SignInDialog;

// The console's flow from start to quit: choose a connection (or start the local demo
// service), sign in, the main window; the idle lock, an ended session and sign-out in between.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    struct Start
    {
        QString profileName;      // --profile: skip the connection dialog
        bool demo = false;        // --demo: the built-in demo service
        bool offline = false;     // --offline: open the profile's cache without the service
        profile::ConnectionProfile adHoc; // --url/--pin: an unsaved profile (url empty: none)
    };

    // `settings` holds the profiles and the window state; `dataDir` the demo service's data.
    ConsoleController(QSettings &settings, secrets::SecretStore &secrets, QString dataDir,
                      QObject *parent = nullptr);
    ~ConsoleController() override;

    void start(const Start &how);
    // Who is asked for the cache passphrase when there is no keychain (default: a dialog).
    void setPassphraseProvider(std::unique_ptr<cache::CachePassphraseProvider> provider);
    // While offline, how often the service is asked whether it answers again (default 15 s).
    void setProbeInterval(std::chrono::milliseconds interval);

    // For tests and screenshots: what is on screen now.
    ConnectionDialog *connectionDialog() const;
    SignInDialog *signInDialog() const;
    MainWindow *mainWindow() const { return m_window.get(); }
    session::ConsoleSession *session() const { return m_session.get(); }
    session::Workspace *workspace() const { return m_workspace.get(); }
    service::LocalService *demoService() const { return m_demo.get(); }
    IdleMonitor *idleMonitor() const { return m_idle; }

Q_SIGNALS:
    // The user quit: from the connection dialog, or by closing the main window. (Dialogs come
    // and go between the two, so the application must not quit when its last window closes.)
    void quitRequested();

private:
    void showConnections(const QString &message = {});
    bool hasOfflineData() const;
    void startDemo();
    void connectTo(const profile::ConnectionProfile &profile, bool offline);
    void showSignIn(int mode);
    void openWorkspace(bool online);
    void openMainWindow();
    void goOffline(const QString &reason);
    void probeService();
    void lock();
    void confirmSignOut();
    void endSession(const QString &message, bool wipeCache);
    void teardown();

    QSettings &m_settings;
    profile::ProfileStore m_profiles;
    secrets::SecretStore &m_secrets;
    QString m_dataDir;
    std::unique_ptr<service::LocalService> m_demo;
    std::unique_ptr<session::ConsoleSession> m_session;
    std::unique_ptr<session::Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<cache::CachePassphraseProvider> m_passphrases;
    QTimer m_probe; // while offline: asks the service's /health until it answers
    std::unique_ptr<DialogCertificateApprover> m_approver;
    QPointer<ConnectionDialog> m_connectionDialog;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<QProgressDialog> m_demoProgress;
    IdleMonitor *m_idle = nullptr;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenWhileLocked; // dialogs put out of sight by the lock
    bool m_wipeOnSignOut = false;
};

} // namespace kanri::ui
