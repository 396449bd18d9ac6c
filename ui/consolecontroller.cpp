#include "consolecontroller.h"

#include "dialogs/certificatedialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/signindialog.h"
#include "idlemonitor.h"
#include "mainwindow.h"
#include "service/localservice.h"
#include "session/consolesession.h"

#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>

namespace kanri::ui {

namespace {

const QString kIdleKey = QStringLiteral("session/idleLockMinutes");
constexpr double kDefaultIdleMinutes = 15;

std::chrono::milliseconds idleTimeout(const QSettings &settings)
{
    const double minutes = settings.value(kIdleKey, kDefaultIdleMinutes).toDouble();
    return std::chrono::milliseconds(qint64(qMax(0.0, minutes) * 60'000));
}

// Deletes a QObject later, from the event loop: it may be the sender of the signal being handled.
template<typename T> void dispose(std::unique_ptr<T> &owned)
{
    if (owned)
        owned.release()->deleteLater();
}

} // namespace

ConsoleController::ConsoleController(QSettings &settings, secrets::SecretStore &secrets,
                                     QString dataDir, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(settings)
    , m_secrets(secrets)
    , m_dataDir(std::move(dataDir))
    , m_idle(new IdleMonitor(idleTimeout(settings), this))
{
    connect(m_idle, &IdleMonitor::idle, this, &ConsoleController::lock);
}

ConsoleController::~ConsoleController()
{
    // The window and the dialogs go before the session they show.
    delete m_signInDialog;
    delete m_connectionDialog;
    m_window.reset();
    m_session.reset();
}

ConnectionDialog *ConsoleController::connectionDialog() const
{
    return m_connectionDialog;
}

SignInDialog *ConsoleController::signInDialog() const
{
    return m_signInDialog;
}

void ConsoleController::start(const Start &how)
{
    if (how.demo) {
        startDemo();
    } else if (!how.adHoc.url.isEmpty()) {
        connectTo(how.adHoc);
    } else if (!how.profileName.isEmpty()) {
        if (const auto profile = m_profiles.find(how.profileName))
            profile->demo ? startDemo() : connectTo(*profile);
        else
            showConnections(tr("There is no saved connection called “%1”.").arg(how.profileName));
    } else {
        showConnections();
    }
}

void ConsoleController::showConnections(const QString &message)
{
    auto *dialog = new ConnectionDialog(m_profiles);
    m_connectionDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showMessage(message);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted) {
            Q_EMIT quitRequested();
            return;
        }
        if (dialog->demoRequested())
            startDemo();
        else
            connectTo(dialog->chosenProfile());
    });
    dialog->open();
}

void ConsoleController::startDemo()
{
    const auto connectToDemo = [this](const QUrl &url, const QString &fingerprint) {
        profile::ConnectionProfile demo = m_profiles.find(profile::ProfileStore::kDemoProfileName)
                                              .value_or(profile::ConnectionProfile{});
        demo.name = profile::ProfileStore::kDemoProfileName;
        demo.demo = true;
        if (demo.login.isEmpty())
            demo.login = QStringLiteral("keiyaku@demo.example");
        // Printed by the child process this console started: trusted without asking.
        demo.url = url;
        demo.pin = fingerprint;
        m_profiles.save(demo);
        m_profiles.setLastUsed(demo.name);
        connectTo(demo);
    };
    if (m_demo && m_demo->isReady()) {
        connectToDemo(m_demo->url(), m_demo->fingerprint());
        return;
    }
    m_demo = std::make_unique<service::LocalService>();
    auto *progress = new QProgressDialog(tr("Starting the local demo service…"), tr("Cancel"), 0, 0);
    m_demoProgress = progress;
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(QStringLiteral("Kanri"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    connect(progress, &QProgressDialog::canceled, this, [this] {
        m_demo.reset();
        showConnections();
    });
    connect(m_demo.get(), &service::LocalService::ready, this,
            [this, connectToDemo](const QUrl &url, const QString &fingerprint) {
                if (m_demoProgress) {
                    m_demoProgress->disconnect(this);
                    m_demoProgress->close();
                }
                connectToDemo(url, fingerprint);
            });
    connect(m_demo.get(), &service::LocalService::failed, this, [this](const QString &message) {
        if (m_demoProgress) {
            m_demoProgress->disconnect(this);
            m_demoProgress->close();
        }
        dispose(m_demo);
        showConnections(tr("The demo service could not be started. %1").arg(message));
    });
    m_demo->start(QDir(m_dataDir).filePath(QStringLiteral("demo-service")), {QStringLiteral("--demo")});
    progress->show();
}

void ConsoleController::connectTo(const profile::ConnectionProfile &profile)
{
    dispose(m_window);
    dispose(m_session);
    const bool saved = m_profiles.find(profile.name).has_value();
    m_session = std::make_unique<session::ConsoleSession>(profile, saved ? &m_profiles : nullptr, m_secrets);
    m_approver = std::make_unique<DialogCertificateApprover>(nullptr);
    m_session->client().setCertificateApprover(m_approver.get());
    session::ConsoleSession *session = m_session.get();
    connect(session, &session::ConsoleSession::resumeUnavailable, this,
            [this] { showSignIn(int(SignInDialog::Mode::SignIn)); });
    connect(session, &session::ConsoleSession::sessionExpired, this,
            [this] { showSignIn(int(SignInDialog::Mode::Expired)); });
    connect(session, &session::ConsoleSession::signedIn, this, [this] {
        if (m_locked) {
            m_locked = false;
            m_window->setLocked(false);
        }
        if (!m_window)
            openMainWindow();
        m_idle->setActive(true);
    });
    connect(session, &session::ConsoleSession::signedOut, this, [this] { endSession({}); });
    connect(session, &session::ConsoleSession::rememberFailed, this, [this](const QString &reason) {
        const QString message = tr("The session could not be kept in the system keychain (%1). "
                                   "You will be asked for the password next time.")
                                    .arg(reason);
        if (m_window)
            m_window->statusBar()->showMessage(message, 15'000);
    });
    session->resume();
}

void ConsoleController::showSignIn(int mode)
{
    if (m_signInDialog)
        m_signInDialog->deleteLater();
    const auto signInMode = SignInDialog::Mode(mode);
    auto *dialog = new SignInDialog(*m_session, signInMode, m_window.get());
    m_signInDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::leaveRequested, this, [this, signInMode] {
        if (signInMode == SignInDialog::Mode::Unlock)
            m_session->signOut();
        else
            endSession({});
    });
    dialog->open();
}

void ConsoleController::openMainWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    connect(m_window.get(), &MainWindow::lockRequested, this, &ConsoleController::lock);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ConsoleController::confirmSignOut);
    m_window->show();
}

void ConsoleController::lock()
{
    if (m_locked || !m_window || !m_session || m_session->state() != session::ConsoleSession::State::SignedIn)
        return;
    m_locked = true;
    m_idle->setActive(false);
    m_window->setLocked(true);
    showSignIn(int(SignInDialog::Mode::Unlock));
}

void ConsoleController::confirmSignOut()
{
    const auto answer = QMessageBox::question(
        m_window.get(), tr("Sign out"),
        tr("Sign out of %1? The session is ended on the service, and a remembered session is "
           "forgotten on this computer.")
            .arg(m_session->me().tenantName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session->signOut();
}

void ConsoleController::endSession(const QString &message)
{
    m_idle->setActive(false);
    m_locked = false;
    if (m_signInDialog)
        m_signInDialog->deleteLater();
    dispose(m_window);
    dispose(m_session);
    showConnections(message);
}

} // namespace kanri::ui
