#include "mainwindow.h"

#include "pages/contractpage.h"
#include "pages/overviewpages.h"
#include "pages/servicestatuspage.h"
#include "session/consolesession.h"
#include "session/workspace.h"
#include "sync/syncengine.h"

#include <kanri/version.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace kanri::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kPageKey = QStringLiteral("mainWindow/page");

QString roleName(domain::AdminLevel level)
{
    switch (level) {
    case domain::AdminLevel::ContractAdmin:
        return MainWindow::tr("Contract administrator");
    case domain::AdminLevel::Admin:
        return MainWindow::tr("Administrator");
    case domain::AdminLevel::None:
        break;
    }
    return MainWindow::tr("No administrative role");
}

} // namespace

MainWindow::MainWindow(session::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_session(workspace.session())
{
    session::ConsoleSession &session = m_session;
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kanri.svg")));

    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setMaximumWidth(220);
    auto *rightSide = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(rightSide);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_offlineBanner = new QLabel(rightSide);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }"));
    m_offlineBanner->setVisible(false);
    rightLayout->addWidget(m_offlineBanner);
    m_attentionBanner = new QLabel(rightSide);
    m_attentionBanner->setObjectName(QStringLiteral("attentionBanner"));
    m_attentionBanner->setWordWrap(true);
    m_attentionBanner->setStyleSheet(QStringLiteral("QLabel { background: #e8f0fe; color: #174ea6; padding: 6px; }"));
    m_attentionBanner->setVisible(false);
    rightLayout->addWidget(m_attentionBanner);
    m_body = new QStackedWidget(rightSide);
    rightLayout->addWidget(m_body, 1);
    m_pages = new QStackedWidget(m_body);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_lockCover = new QLabel(tr("Kanri is locked."), m_body);
    m_lockCover->setObjectName(QStringLiteral("lockCover"));
    m_lockCover->setAlignment(Qt::AlignCenter);
    m_body->addWidget(m_pages);
    m_body->addWidget(m_lockCover);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_contract = new ContractPage(workspace, m_pages);
    addPage(PageId::Dashboard, tr("Dashboard"), createDashboardPage(workspace, m_pages));
    addPage(PageId::Users, tr("Users"), createUsersPage(workspace, m_pages));
    addPage(PageId::RolesAccess, tr("Roles & access"), createRolesPage(workspace, m_pages));
    addPage(PageId::Labels, tr("Labels"), createLabelsPage(workspace, m_pages));
    addPage(PageId::LogExports, tr("Log exports"), createLogExportsPage(workspace, m_pages));
    addPage(PageId::Notices, tr("Notices"), createNoticesPage(workspace, m_pages));
    addPage(PageId::Contract, tr("Contract"), m_contract);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pageList.size())
            return;
        m_pages->setCurrentIndex(row);
        m_pageList.at(row)->refresh();
    });

    m_connectionLabel = new QLabel(tr("Connecting…"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(200);
    m_syncProgress->setVisible(false);
    m_attentionLabel = new QLabel(this);
    m_attentionLabel->setObjectName(QStringLiteral("attentionLabel"));
    m_attentionLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_attentionLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    m_syncCancel = new QToolButton(this);
    m_syncCancel->setObjectName(QStringLiteral("syncCancel"));
    m_syncCancel->setText(tr("Stop"));
    m_syncCancel->setToolTip(tr("Stop the sync; what was received is kept and the next sync continues from there."));
    m_syncCancel->setVisible(false);
    statusBar()->addPermanentWidget(m_syncCancel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_contract, &ContractPage::connectionChanged, this, [this](const QString &summary, bool) {
        if (m_workspace.isOnline())
            m_connectionLabel->setText(summary);
    });
    connect(&workspace, &session::Workspace::onlineChanged, this, &MainWindow::showOnline);
    connect(&session, &session::ConsoleSession::signedIn, this, &MainWindow::showSignedIn);

    createActions();
    connectSync();
    showSignedIn();
    showLastSync();
    showOnline(workspace.isOnline());
    restoreState();
    m_contract->serviceStatus()->refresh();
}

void MainWindow::addPage(PageId id, const QString &title, Page *page)
{
    Q_ASSERT(int(id) == m_pageList.size());
    m_navigation->addItem(title);
    m_pages->addWidget(page);
    m_pageList.append(page);
    connect(page, &Page::attentionChanged, this, [this, id, title](int count, const QString &status, const QString &banner) {
        m_navigation->item(int(id))->setText(count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
        m_attentionLabel->setText(status);
        m_attentionLabel->setVisible(!status.isEmpty());
        m_attentionBanner->setText(banner);
        m_attentionBanner->setVisible(!banner.isEmpty());
    });
}

Page *MainWindow::page(PageId id) const
{
    return m_pageList.value(int(id));
}

MainWindow::PageId MainWindow::currentPage() const
{
    return PageId(qMax(0, m_navigation->currentRow()));
}

void MainWindow::showPage(PageId id)
{
    m_navigation->setCurrentRow(int(id));
}

void MainWindow::showSignedIn()
{
    const domain::Me me = m_workspace.account();
    setWindowTitle(tr("Kanri — %1 (%2)").arg(me.tenantName, m_session.profile().name));
    m_userLabel->setText(tr("%1 — %2").arg(me.user.name, roleName(me.adminLevel)));
    m_userLabel->setToolTip(me.user.login);
}

void MainWindow::showLastSync()
{
    const auto when = m_workspace.dataAsOf();
    m_syncLabel->setText(when ? tr("Last sync: %1").arg(QLocale().toString(when->toLocalTime(), QLocale::ShortFormat))
                              : tr("Not synced yet"));
}

void MainWindow::showOnline(bool online)
{
    if (!online) {
        const auto asOf = m_workspace.dataAsOf();
        const QTimeZone zone(m_workspace.timeZone().toUtf8());
        const QString when = asOf ? QLocale().toString(zone.isValid() ? asOf->toTimeZone(zone) : asOf->toLocalTime(),
                                                       QLocale::ShortFormat)
                                  : tr("never synced");
        m_offlineBanner->setText(tr("Offline — data as of %1 (%2). Changes are disabled until the service answers again.")
                                     .arg(when, m_workspace.timeZone()));
        m_connectionLabel->setText(tr("Offline"));
    } else {
        m_connectionLabel->setText(tr("Online"));
    }
    m_offlineBanner->setVisible(!online);
}

void MainWindow::connectSync()
{
    sync::SyncEngine &engine = m_workspace.syncEngine();
    connect(&engine, &sync::SyncEngine::started, this, [this](bool full) {
        // The first sync takes a while: show how far it is. Later ones are quick and quiet.
        m_syncProgress->setVisible(full);
        m_syncCancel->setVisible(full);
        m_syncProgress->setRange(0, 0);
        m_syncLabel->setText(tr("Syncing…"));
    });
    connect(&engine, &sync::SyncEngine::progress, this, [this](sync::Resource, qint64 done, qint64 estimated) {
        if (estimated > 0) {
            m_syncProgress->setRange(0, 1000);
            m_syncProgress->setValue(int(qMin<qint64>(1000, done * 1000 / estimated)));
        }
    });
    connect(m_syncCancel, &QToolButton::clicked, &engine, &sync::SyncEngine::cancel);
    const auto done = [this] {
        m_syncProgress->setVisible(false);
        m_syncCancel->setVisible(false);
        showLastSync();
    };
    connect(&m_workspace, &session::Workspace::cacheUpdated, this, done);
    connect(&m_workspace, &session::Workspace::syncFailed, this, [this, done](const sync::SyncError &error) {
        done();
        if (error.kind != sync::SyncError::Kind::Cancelled)
            statusBar()->showMessage(tr("Sync failed: %1").arg(error.message()), 15'000);
    });
}

void MainWindow::setLocked(bool locked)
{
    m_body->setCurrentWidget(locked ? static_cast<QWidget *>(m_lockCover) : m_pages);
    m_navigation->setEnabled(!locked);
    menuBar()->setEnabled(!locked);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *lock = fileMenu->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *signOut = fileMenu->addAction(tr("Sign &out…"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Find"), this, [this] {
        if (!m_pageList.at(m_pages->currentIndex())->focusSearch())
            statusBar()->showMessage(tr("This page has nothing to search."), 3000);
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), this, [this] {
        m_pageList.at(m_pages->currentIndex())->refresh();
        m_contract->serviceStatus()->refresh();
        m_workspace.requestSync();
    });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    viewMenu->addSeparator();
    for (int i = 0; i < m_pageList.size(); ++i) {
        // Alt+1 … Alt+7 jump to the pages, in navigation order.
        QAction *go = viewMenu->addAction(m_navigation->item(i)->text(), this,
                                          [this, i] { m_navigation->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Kanri"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kanri"),
                       tr("<h3>Kanri %1</h3><p>Admin console for contract administrators.</p>"
                          "<p>Connected to %2.</p>")
                           .arg(QLatin1StringView(kVersion),
                                m_session.profile().url.toString().toHtmlEscaped()));
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 700);
    const int page = settings.value(kPageKey, int(PageId::Dashboard)).toInt();
    m_navigation->setCurrentRow(page >= 0 && page < m_pageList.size() ? page : 0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kPageKey, m_navigation->currentRow());
    event->accept();
    Q_EMIT closed();
}

} // namespace kanri::ui
