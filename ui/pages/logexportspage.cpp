#include "pages/logexportspage.h"

#include "dialogs/logexportwizard.h"
#include "exports/logexportorders.h"
#include "exports/logexporttablemodel.h"
#include "pages/exportdownloadpanel.h"
#include "pages/overviewpages.h"
#include "pages/pageparts.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

using exports::LogExportTableModel;

// The name the service gives the file (Content-Disposition), in the downloads folder.
QString suggestedPath(const domain::LogExport &e)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder)
        .filePath(e.fileName());
}

} // namespace

LogExportsPage::LogExportsPage(session::Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_cache(workspace.cacheConnection())
    , m_openFolder([](const QString &folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); })
{
    setObjectName(QStringLiteral("logExportsPage"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("exportsNote"));
    m_note->setWordWrap(true);
    m_message = messageLine("exportsMessage", this);

    m_request = new RequestExportCommand(this);
    m_cancel = new CancelExportCommand(this);
    m_download = new DownloadExportCommand(this);
    m_pauseResume = new PauseResumeCommand(this);
    m_showInFolder = new ShowInFolderCommand(this);
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("exportsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : std::initializer_list<QAction *>{m_request, m_cancel, m_download, m_pauseResume, m_showInFolder}) {
        toolbar->addAction(action);
        addAction(action); // shortcuts while the page has focus
    }
    connect(m_request, &QAction::triggered, this, &LogExportsPage::requestExport);
    connect(m_cancel, &QAction::triggered, this, &LogExportsPage::confirmCancel);
    connect(m_download, &QAction::triggered, this, &LogExportsPage::chooseDownloadFile);
    connect(m_pauseResume, &QAction::triggered, this, &LogExportsPage::pauseOrResume);
    connect(m_showInFolder, &QAction::triggered, this, &LogExportsPage::showInFolder);

    m_model = new LogExportTableModel(workspace.cacheConnection(), m_cache.timeZone(), this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("logExportsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(m_model);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_cancel, m_download, m_pauseResume, m_showInFolder});
    m_view->header()->setStretchLastSection(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogExportsPage::updateActions);
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (m_download->isEnabled())
            m_download->trigger();
    });

    m_panel = new ExportDownloadPanel(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Log exports"), this));
    layout->addWidget(m_note);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_panel);
    layout->addWidget(m_summary);

    m_watcher = new exports::ExportWatcher(workspace.client(), this);
    connect(m_watcher, &exports::ExportWatcher::changed, this, [this] { m_workspace.requestSync(); });
    connect(&workspace, &session::Workspace::cacheUpdated, this, &LogExportsPage::reload);
    connect(&workspace, &session::Workspace::onlineChanged, this, &LogExportsPage::reload);
    reload();
}

LogExportsPage::~LogExportsPage() = default;

bool LogExportsPage::isContractAdmin() const
{
    return m_workspace.session().me().adminLevel == domain::AdminLevel::ContractAdmin;
}

void LogExportsPage::refresh()
{
    reload();
}

void LogExportsPage::reload()
{
    const QString current = selected() ? selected()->id : QString();
    m_model->reload();
    findRememberedDownloads();
    if (m_model->error())
        m_summary->setText(m_model->error()->message());
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("No log exports yet."));
    else
        m_summary->setText(tr("%n export(s).", nullptr, m_model->rowCount()));
    if (!m_workspace.isOnline())
        m_note->setText(session::Workspace::offlineReason());
    else if (!isContractAdmin())
        m_note->setText(tr("Only the contract administrator can order, cancel and download log "
                           "exports; you can see them here."));
    else
        m_note->setText(tr("Logs are kept for %n day(s) and can be obtained as a paid export.",
                           nullptr, m_cache.retentionDays()));
    if (m_workspace.isOnline())
        m_watcher->watch(m_model->exports());
    else
        m_watcher->stop();
    selectExport(current.isEmpty() && m_model->rowCount() > 0 ? m_model->exports().first().id : current);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
    updateActions();
}

void LogExportsPage::selectExport(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

const domain::LogExport *LogExportsPage::selected() const
{
    return m_model->exportAt(m_view->currentIndex().row());
}

void LogExportsPage::updateActions()
{
    LogExportSelection s;
    s.selected = selected();
    s.download = s.selected ? m_downloads.value(s.selected->id) : nullptr;
    s.online = m_workspace.isOnline();
    s.contractAdmin = isContractAdmin();
    for (LogExportCommand *command : std::initializer_list<LogExportCommand *>{m_request, m_cancel, m_download, m_pauseResume, m_showInFolder})
        command->update(s);
    m_panel->follow(s.selected ? m_downloads.value(s.selected->id) : nullptr);
}

void LogExportsPage::requestExport()
{
    LogExportWizardSetup setup;
    setup.timeZone = m_cache.timeZone();
    setup.retentionDays = m_cache.retentionDays();
    setup.findUser = [this](const QString &login) { return m_cache.findUser(login); };
    auto *wizard = new LogExportWizard(m_workspace.client(), setup, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &LogExportWizard::ordered, this, [this](const domain::LogExport &created) {
        m_message->setText(tr("Export ordered: %1, %2.")
                               .arg(LogExportTableModel::logTypeName(created.logType),
                                    LogExportTableModel::price(created.price)));
        m_message->show();
        m_workspace.requestSync();
    });
    wizard->open();
}

void LogExportsPage::confirmCancel()
{
    const domain::LogExport *e = selected();
    if (!e)
        return;
    const QString text = tr("Cancel this export? It will not be generated or billed.\n\n%1, %2")
                             .arg(LogExportTableModel::logTypeName(e->logType),
                                  m_model->data(m_model->index(m_model->rowOf(e->id),
                                                               static_cast<int>(LogExportTableModel::Column::Period)))
                                      .toString());
    confirmDestructive(this,
                       {"cancelExportConfirmation", tr("Cancel log export"), text, tr("Cancel export"), {},
                        tr("Keep it"), QMessageBox::Question},
                       this, [this, id = e->id] { cancel(id); });
}

void LogExportsPage::cancel(const QString &id)
{
    api::NoContentRequest *request = exports::cancelExport(m_workspace.client(), id);
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        const auto &error = request->error();
        showMessage(m_message, error ? error->message() : tr("The export was cancelled; it will not be billed."),
                    error.has_value());
        m_workspace.requestSync();
    });
}

void LogExportsPage::chooseDownloadFile()
{
    const domain::LogExport *e = selected();
    if (!e)
        return;
    auto *dialog = new QFileDialog(this, tr("Save log export"), suggestedPath(*e),
                                   tr("Compressed log (*.gz)"));
    dialog->setObjectName(QStringLiteral("exportSaveDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, id = e->id](const QString &path) { download(id, path); });
    dialog->open();
}

void LogExportsPage::download(const QString &id, const QString &filePath)
{
    const domain::LogExport *e = m_model->exportAt(m_model->rowOf(id));
    if (!e)
        return;
    exports::ExportDownload *d = m_downloads.value(id);
    if (d && d->filePath() != filePath) {
        if (d->state() == exports::ExportDownload::State::Downloading ||
            d->state() == exports::ExportDownload::State::Verifying)
            return;
        d->cancel(); // another file chosen: the old .part goes
        delete d;
        d = nullptr;
    }
    if (!d)
        d = adoptDownload(*e, filePath);
    m_cache.rememberDownload(id, filePath);
    selectExport(id);
    d->start();
    updateActions();
}

void LogExportsPage::pauseOrResume()
{
    const domain::LogExport *e = selected();
    exports::ExportDownload *d = e ? m_downloads.value(e->id) : nullptr;
    if (!d)
        return;
    if (m_pauseResume->resumes())
        d->start();
    else
        d->pause();
}

void LogExportsPage::showInFolder()
{
    const domain::LogExport *e = selected();
    if (const exports::ExportDownload *d = e ? m_downloads.value(e->id) : nullptr)
        m_openFolder(QFileInfo(d->filePath()).absolutePath());
}

void LogExportsPage::findRememberedDownloads()
{
    // Downloads of an earlier run, left as .part files: offered for resuming.
    for (const domain::LogExport &e : m_model->exports()) {
        if (m_downloads.contains(e.id) || e.state != domain::LogExportState::Ready)
            continue;
        const std::optional<QString> path = m_cache.rememberedDownload(e.id);
        if (!path)
            continue;
        if (!QFileInfo::exists(exports::ExportDownload::partPath(*path))) {
            m_cache.forgetDownload(e.id);
            continue;
        }
        adoptDownload(e, *path);
    }
}

exports::ExportDownload *LogExportsPage::adoptDownload(const domain::LogExport &e, const QString &filePath)
{
    auto *d = new exports::ExportDownload(m_workspace.client(), e, filePath, this);
    m_downloads.insert(e.id, d);
    connect(d, &exports::ExportDownload::stateChanged, this, [this, d, id = e.id](exports::ExportDownload::State state) {
        // Nothing left to resume: the file is complete, or what was received is gone.
        const bool gone = state == exports::ExportDownload::State::Failed && !d->failure()->partKept;
        if (state == exports::ExportDownload::State::Completed || gone)
            m_cache.forgetDownload(id);
        updateActions();
    });
    return d;
}

Page *createLogExportsPage(session::Workspace &workspace, QWidget *parent)
{
    return new LogExportsPage(workspace, parent);
}

} // namespace kanri::ui
