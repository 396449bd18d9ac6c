#include "mainwindow.h"

#include "pages/contractpage.h"
#include "pages/overviewpages.h"
#include "pages/servicestatuspage.h"
#include "session/consolesession.h"

#include <kanri/version.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
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

MainWindow::MainWindow(session::ConsoleSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kanri.svg")));

    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setMaximumWidth(220);
    auto *right = new QStackedWidget(splitter);
    m_pages = new QStackedWidget(right);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_lockCover = new QLabel(tr("Kanri is locked."), right);
    m_lockCover->setObjectName(QStringLiteral("lockCover"));
    m_lockCover->setAlignment(Qt::AlignCenter);
    right->addWidget(m_pages);
    right->addWidget(m_lockCover);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_contract = new ContractPage(session, m_pages);
    addPage(PageId::Dashboard, tr("Dashboard"), createDashboardPage(session, m_pages));
    addPage(PageId::Users, tr("Users"), createUsersPage(session, m_pages));
    addPage(PageId::RolesAccess, tr("Roles & access"), createRolesPage(session, m_pages));
    addPage(PageId::Labels, tr("Labels"), createLabelsPage(session, m_pages));
    addPage(PageId::LogExports, tr("Log exports"), createLogExportsPage(session, m_pages));
    addPage(PageId::Notices, tr("Notices"), createNoticesPage(session, m_pages));
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
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_contract, &ContractPage::connectionChanged, this,
            [this](const QString &summary, bool) { m_connectionLabel->setText(summary); });
    connect(&session, &session::ConsoleSession::signedIn, this, &MainWindow::showSignedIn);

    createActions();
    showSignedIn();
    setLastSync({});
    restoreState();
    m_contract->serviceStatus()->refresh();
}

void MainWindow::addPage(PageId id, const QString &title, Page *page)
{
    Q_ASSERT(int(id) == m_pageList.size());
    m_navigation->addItem(title);
    m_pages->addWidget(page);
    m_pageList.append(page);
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
    const domain::Me &me = m_session.me();
    setWindowTitle(tr("Kanri — %1 (%2)").arg(me.tenantName, m_session.profile().name));
    m_userLabel->setText(tr("%1 — %2").arg(me.user.name, roleName(me.adminLevel)));
    m_userLabel->setToolTip(me.user.login);
}

void MainWindow::setLastSync(const QDateTime &when)
{
    m_syncLabel->setText(when.isValid()
                             ? tr("Last sync: %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
                             : tr("Not synced yet"));
}

void MainWindow::setLocked(bool locked)
{
    auto *right = static_cast<QStackedWidget *>(m_pages->parentWidget());
    right->setCurrentWidget(locked ? static_cast<QWidget *>(m_lockCover) : m_pages);
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
}

} // namespace kanri::ui
