#pragma once

#include "commands/logexportcommands.h"
#include "exports/exportdownload.h"
#include "exports/exportscache.h"
#include "pages/page.h"

#include <QHash>

#include <functional>
#include <memory>

class QLabel;
class QTreeView;

namespace kanri::session {
class Workspace;
}
namespace kanri::exports {
class ExportWatcher;
class LogExportTableModel;
} // namespace kanri::exports

namespace kanri::ui {

class ExportDownloadPanel;

// The tenant's paid log exports, from the cache: order one (the wizard, with its price), cancel
// one not yet generated, download a ready one (verified, resumable), show it in its folder.
// While any export is waiting, the service is polled and the cache synced when one changes.
class LogExportsPage : public Page
{
    Q_OBJECT
public:
    LogExportsPage(session::Workspace &workspace, QWidget *parent = nullptr);
    ~LogExportsPage() override;

    void refresh() override;

    // Where "Show in folder" sends the folder (tests replace the desktop's file manager).
    void setFolderOpener(std::function<void(const QString &folder)> open) { m_openFolder = std::move(open); }
    // Starts (or resumes) downloading export `id` to `filePath`: what choosing a file does.
    void download(const QString &id, const QString &filePath);
    exports::ExportDownload *downloadOf(const QString &id) const { return m_downloads.value(id); }
    exports::ExportWatcher &watcher() const { return *m_watcher; }
    void selectExport(const QString &id);

private:
    void reload();
    const domain::LogExport *selected() const;
    void updateActions();
    void requestExport();
    void confirmCancel();
    void cancel(const QString &id);
    void chooseDownloadFile();
    void pauseOrResume();
    void showInFolder();
    void findRememberedDownloads();
    exports::ExportDownload *adoptDownload(const domain::LogExport &e, const QString &filePath);
    bool isContractAdmin() const;

    session::Workspace &m_workspace;
    exports::ExportsCache m_cache;
    exports::LogExportTableModel *m_model = nullptr;
    exports::ExportWatcher *m_watcher = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_message = nullptr;
    ExportDownloadPanel *m_panel = nullptr;
    RequestExportCommand *m_request = nullptr;
    CancelExportCommand *m_cancel = nullptr;
    DownloadExportCommand *m_download = nullptr;
    PauseResumeCommand *m_pauseResume = nullptr;
    ShowInFolderCommand *m_showInFolder = nullptr;
    QHash<QString, exports::ExportDownload *> m_downloads; // by export id; children of the page
    std::function<void(const QString &)> m_openFolder;
};

} // namespace kanri::ui
