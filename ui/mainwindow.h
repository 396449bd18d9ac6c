#pragma once

#include <QDateTime>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

class QProgressBar;
class QToolButton;

namespace kanri::session {
class ConsoleSession;
class Workspace;
}
namespace kanri::sync {
struct SyncSummary;
}

namespace kanri::ui {

class ContractPage;
class Page;

// The console's main window: navigation on the left, the current page on the right; the
// connection, the signed-in administrator and the last sync in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The navigation, in order; the index is also what QSettings remembers.
    enum class PageId { Dashboard, Users, RolesAccess, Labels, LogExports, Notices, Contract };

    explicit MainWindow(session::Workspace &workspace, QWidget *parent = nullptr);

    Page *page(PageId id) const;
    PageId currentPage() const;
    void showPage(PageId id);
    ContractPage *contractPage() const { return m_contract; }
    // Covers the pages while the console is locked (nothing readable behind the lock dialog).
    void setLocked(bool locked);

Q_SIGNALS:
    void lockRequested();
    void signOutRequested();
    // The user closed the window (File ▸ Quit, Ctrl+Q, the window's close button).
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(PageId id, const QString &title, Page *page);
    void createActions();
    void restoreState();
    void showAbout();
    void showSignedIn();
    void showOnline(bool online);
    void showLastSync();
    void connectSync();

    session::Workspace &m_workspace;
    session::ConsoleSession &m_session;
    QLabel *m_offlineBanner = nullptr;
    QLabel *m_attentionBanner = nullptr; // a page's banner (upcoming maintenance)
    QLabel *m_attentionLabel = nullptr;  // a page's status ("2 unread notices")
    QProgressBar *m_syncProgress = nullptr;
    QToolButton *m_syncCancel = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_body = nullptr;  // the pages, or the lock's cover
    QStackedWidget *m_pages = nullptr;
    QLabel *m_lockCover = nullptr;
    ContractPage *m_contract = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QList<Page *> m_pageList;
};

} // namespace kanri::ui
