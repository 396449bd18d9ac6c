#include "consolecontroller.h"

#include "dialogs/certificatedialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/passphrasedialog.h"
#include "dialogs/signindialog.h"
#include "idlemonitor.h"
#include "mainwindow.h"
#include "service/localservice.h"
#include "cache/cachekey.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QCheckBox>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>

#include <utility>

namespace kanri::ui {

namespace {

const QString kIdleKey = QStringLiteral("session/idleLockMinutes");
constexpr double kDefaultIdleMinutes = 15;
constexpr int kProbeIntervalMs = 15'000;

std::chrono::milliseconds idleTimeout(const QSettings &settings)
{
    const double minutes = settings.value(kIdleKey, kDefaultIdleMinutes).toDouble();
    return std::chrono::milliseconds(qint64(qMax(0.0, minutes) * 60'000));
}

} // namespace

ConsoleController::ConsoleController(QSettings &settings, secrets::SecretStore &secrets,
                                     QString dataDir, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(settings)
    , m_secrets(secrets)
    , m_dataDir(std::move(dataDir))
    , m_passphrases(std::make_unique<DialogPassphraseProvider>())
    , m_idle(new IdleMonitor(idleTimeout(settings), this))
{
    connect(m_idle, &IdleMonitor::idle, this, &ConsoleController::lock);
    m_probe.setInterval(kProbeIntervalMs);
    connect(&m_probe, &QTimer::timeout, this, &ConsoleController::probeService);
}

ConsoleController::~ConsoleController()
{
    delete m_connectionDialog;
    teardown();
}

// The window and its dialogs go before the workspace they show, the workspace (and its sync
// thread) before the session it uses.
void ConsoleController::teardown()
{
    m_probe.stop();
    m_idle->setActive(false);
    m_locked = false;
    m_hiddenWhileLocked.clear();
    delete m_signInDialog;
    m_window.reset();
    m_workspace.reset();
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
        connectTo(how.adHoc, false);
    } else if (!how.profileName.isEmpty()) {
        if (const auto profile = m_profiles.find(how.profileName))
            profile->demo && !how.offline ? startDemo() : connectTo(*profile, how.offline);
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
            connectTo(dialog->chosenProfile(), false);
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
        connectTo(demo, false);
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
        m_demo.release()->deleteLater(); // it is the sender of this signal
        showConnections(tr("The demo service could not be started. %1").arg(message));
    });
    m_demo->start(QDir(m_dataDir).filePath(QStringLiteral("demo-service")), {QStringLiteral("--demo")});
    progress->show();
}

void ConsoleController::connectTo(const profile::ConnectionProfile &profile, bool offline)
{
    teardown();
    const bool saved = m_profiles.find(profile.name).has_value();
    m_session = std::make_unique<session::ConsoleSession>(profile, saved ? &m_profiles : nullptr, m_secrets);
    m_approver = std::make_unique<DialogCertificateApprover>(nullptr);
    m_session->client().setCertificateApprover(m_approver.get());
    session::ConsoleSession *session = m_session.get();
    connect(session, &session::ConsoleSession::resumeUnavailable, this,
            [this] { showSignIn(int(SignInDialog::Mode::SignIn)); });
    connect(session, &session::ConsoleSession::serviceUnreachable, this,
            [this](const api::ApiError &error) { goOffline(error.message()); });
    connect(session, &session::ConsoleSession::sessionExpired, this,
            [this] { showSignIn(int(SignInDialog::Mode::Expired)); });
    connect(session, &session::ConsoleSession::signedIn, this, [this] {
        if (m_locked) {
            m_locked = false;
            m_window->setLocked(false);
            for (const QPointer<QWidget> &w : std::exchange(m_hiddenWhileLocked, {}))
                if (w)
                    w->show();
        }
        m_probe.stop();
        m_idle->setActive(true);
        if (m_workspace) {
            m_workspace->setOnline(true);
            m_workspace->requestSync();
        } else {
            openWorkspace(true);
        }
    });
    connect(session, &session::ConsoleSession::signedOut, this,
            [this](const QString &notice) { endSession(notice, std::exchange(m_wipeOnSignOut, false)); });
    connect(session, &session::ConsoleSession::rememberFailed, this, [this](const QString &reason) {
        const QString message = tr("The session could not be kept in the system keychain (%1). "
                                   "You will be asked for the password next time.")
                                    .arg(reason);
        if (m_window)
            m_window->statusBar()->showMessage(message, 15'000);
    });
    if (offline)
        goOffline({});
    else
        session->resume();
}

void ConsoleController::goOffline(const QString &reason)
{
    m_probe.start();
    if (m_workspace) {
        m_workspace->setOnline(false);
        return;
    }
    if (m_session->profile().accountId.isEmpty()) {
        // Never signed in with this profile here: there is nothing to show offline.
        const QString message = reason.isEmpty() ? tr("There is no offline data for this connection yet.") : reason;
        endSession(message, false);
        return;
    }
    openWorkspace(false);
}

void ConsoleController::probeService()
{
    if (!m_session)
        return;
    auto *health = m_session->client().health();
    connect(health, &api::ApiRequest::finished, this, [this, health] {
        health->deleteLater();
        if (health->error() || !m_session)
            return;
        m_probe.stop();
        // The service answers again: back online with the session, or with a new one.
        if (m_session->state() == session::ConsoleSession::State::SignedIn) {
            if (m_workspace) {
                m_workspace->setOnline(true);
                m_workspace->requestSync();
            }
        } else {
            m_session->resume();
        }
    });
}

void ConsoleController::openWorkspace(bool online)
{
    const profile::ConnectionProfile &profile = m_session->profile();
    const QString account = online ? m_session->me().user.id : profile.accountId;
    const cache::CacheLocation location{QDir(m_dataDir).filePath(QStringLiteral("cache")), profile.name, account};
    cache::CacheKeyOptions options;
    options.secrets = &m_secrets;
    options.passphrases = m_passphrases.get();
    cache::openCache(location, options, m_session.get(), [this, online](cache::CacheOpenResult result) {
        if (!result.store) {
            if (!online) {
                endSession(tr("The offline data cannot be opened. %1")
                               .arg(result.error ? result.error->message() : QString()),
                           false);
                return;
            }
            // Online, the console still works: the cache lives in memory for this run.
            QMessageBox::warning(nullptr, tr("Offline cache"),
                                 tr("The offline cache cannot be opened, so this run keeps its data in "
                                    "memory only. %1")
                                     .arg(result.error ? result.error->message() : QString()));
            result.store = std::make_unique<cache::CacheStore>(cache::CacheStore::inMemory());
            if (result.store->open())
                return;
        }
        const bool memoryOnly = result.store->isMemoryOnly();
        if (memoryOnly && !online) {
            // Offline, a cache in memory would be an empty console.
            endSession(tr("The offline data stays locked without its passphrase."), false);
            return;
        }
        m_workspace = std::make_unique<session::Workspace>(*m_session, std::move(result.store), online);
        openMainWindow();
        if (memoryOnly)
            m_window->statusBar()->showMessage(
                tr("The offline cache is kept in memory for this run only: nothing is written to disk."), 30'000);
        if (online)
            m_workspace->requestSync();
    });
}

void ConsoleController::setPassphraseProvider(std::unique_ptr<cache::CachePassphraseProvider> provider)
{
    m_passphrases = std::move(provider);
}

void ConsoleController::setProbeInterval(std::chrono::milliseconds interval)
{
    m_probe.setInterval(interval);
}

bool ConsoleController::hasOfflineData() const
{
    const profile::ConnectionProfile &profile = m_session->profile();
    return !profile.accountId.isEmpty()
           && QFile::exists(cache::CacheLocation{QDir(m_dataDir).filePath(QStringLiteral("cache")), profile.name,
                                                 profile.accountId}
                                .filePath());
}

void ConsoleController::showSignIn(int mode)
{
    if (m_signInDialog)
        m_signInDialog->deleteLater();
    const auto signInMode = SignInDialog::Mode(mode);
    auto *dialog = new SignInDialog(*m_session, signInMode, m_window.get());
    dialog->setOfflineAvailable(signInMode == SignInDialog::Mode::SignIn && !m_workspace && hasOfflineData());
    connect(dialog, &SignInDialog::offlineRequested, this, [this, dialog] {
        dialog->accept(); // not reject(): that leaves for the connection dialog
        goOffline({});
    });
    m_signInDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::leaveRequested, this, [this, signInMode] {
        if (signInMode == SignInDialog::Mode::Unlock)
            m_session->signOut();
        else
            endSession({}, false);
    });
    dialog->open();
}

void ConsoleController::openMainWindow()
{
    m_window = std::make_unique<MainWindow>(*m_workspace);
    connect(m_window.get(), &MainWindow::lockRequested, this, &ConsoleController::lock);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ConsoleController::confirmSignOut);
    connect(m_window.get(), &MainWindow::closed, this, &ConsoleController::quitRequested);
    m_window->show();
}

void ConsoleController::lock()
{
    if (m_locked || !m_window || !m_session || m_session->state() != session::ConsoleSession::State::SignedIn)
        return;
    m_locked = true;
    m_idle->setActive(false);
    m_window->setLocked(true);
    // A clear screen: the dialogs open over the window (a temporary password, a user's
    // details, an import preview) go out of sight too, and come back after the unlock.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w != m_window.get() && (w->windowType() == Qt::Dialog || w->windowType() == Qt::Window)) {
            w->hide();
            m_hiddenWhileLocked << w;
        }
    }
    showSignIn(int(SignInDialog::Mode::Unlock));
}

void ConsoleController::confirmSignOut()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign out"),
                                tr("Sign out of %1? The session is ended on the service, and a remembered "
                                   "session is forgotten on this computer.")
                                    .arg(m_session->me().tenantName),
                                QMessageBox::Yes | QMessageBox::Cancel, m_window.get());
    box->setObjectName(QStringLiteral("signOutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    auto *wipe = new QCheckBox(tr("Also delete the offline data on this computer"), box);
    wipe->setObjectName(QStringLiteral("wipeCacheCheck"));
    box->setCheckBox(wipe);
    connect(box, &QMessageBox::finished, this, [this, box, wipe] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes || !m_session)
            return;
        m_wipeOnSignOut = wipe->isChecked();
        m_session->signOut();
    });
    box->open();
}

void ConsoleController::endSession(const QString &message, bool wipeCache)
{
    // Later, from the event loop: the signal that ends the session may come from a dialog
    // of the window that goes away now.
    QTimer::singleShot(0, this, [this, message, wipeCache] {
        std::optional<cache::CacheLocation> location;
        if (wipeCache && m_workspace)
            location = m_workspace->cache().location();
        teardown();
        if (location)
            cache::wipeCache(*location, &m_secrets, this, [](bool) {});
        showConnections(message);
    });
}

} // namespace kanri::ui
