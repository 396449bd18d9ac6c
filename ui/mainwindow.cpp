#include "mainwindow.h"

#include "api/apiclient.h"
#include "pages/servicestatuspage.h"

#include <kanri/version.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace kanri::ui {

MainWindow::MainWindow(api::ApiClient &client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kanri — %1").arg(client.baseUrl().authority()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kanri.svg")));

    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setMaximumWidth(240);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_statusPage = new ServiceStatusPage(client, m_pages);
    m_statusPage->setObjectName(QStringLiteral("serviceStatusPage"));
    addPage(tr("Service status"), m_statusPage);
    m_navigation->setCurrentRow(0);

    m_connectionLabel = new QLabel(tr("Connecting…"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_statusPage, &ServiceStatusPage::connectionChanged, this,
            [this](const QString &summary, bool) { m_connectionLabel->setText(summary); });

    createActions();
    restoreState();
    m_statusPage->refresh();
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(tr("Ctrl+Q")));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), m_statusPage, &ServiceStatusPage::refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Kanri"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kanri"),
                       tr("<h3>Kanri %1</h3><p>Admin console for contract administrators.</p>"
                          "<p>Connected to %2.</p>")
                           .arg(QLatin1StringView(kVersion), m_client.baseUrl().toString().toHtmlEscaped()));
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(960, 640);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace kanri::ui
