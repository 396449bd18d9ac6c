#pragma once

#include "accounts/accessmap.h"
#include "accounts/userquery.h"
#include "cache/sqlite.h"
#include "commands/usercommands.h"
#include "pages/page.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kanri::accounts {
class UserListModel;
class UserSearch;
struct UserQueryResult;
}
namespace kanri::session {
class Workspace;
}

namespace kanri::ui {

class UserActions;
class UserDetailPanel;
class UndoOffer;

// Every user the signed-in administrator may see, from the cache: search as you type (width,
// kana and case folded; run on a thread of its own), filters by status, role, folder or project
// and label, sortable columns that can be hidden, "1,234 of 100,000" always shown, the selected
// user's details, and the user commands (register, edit, disable/enable, delete, resets,
// unlock, assign, CSV export and import).
class UsersPage : public Page
{
    Q_OBJECT
public:
    // Up to this many selected users are read at once on the GUI thread; more on a thread.
    static constexpr qsizetype kSelectionReadAtOnce = 200;

    UsersPage(session::Workspace &workspace, QWidget *parent);
    ~UsersPage() override;

    void refresh() override;
    bool focusSearch() override;

    // Writes the users shown to `path` (what the export command does after its file dialog).
    void exportTo(const QString &path);
    // Opens the import dialog on `path` (what the import command does after its file dialog).
    void importFrom(const QString &path);
    const UserCommands &commands() const { return m_commands; }
    accounts::UserListModel *model() const { return m_model; }
    // The selection as the commands see it.
    UserSelection selection() const;

Q_SIGNALS:
    // The table shows the answer to the latest query (for tests and the benchmark).
    void resultShown(qint64 shown, qint64 total);
    void exportFinished(const QString &path, bool ok);

private:
    void buildFilters(QWidget *bar);
    void reloadFilters();
    void runQuery();
    void showResult(const accounts::UserQueryResult &result);
    void onSelectionChanged();
    void showSelection(accounts::SelectedUsers selected);
    void onCacheUpdated();
    void updateCommands();
    void showMessage(const QString &text, bool failure);
    void chooseExportFile();
    void chooseImportFile();
    void assignRole();

    session::Workspace &m_workspace;
    cache::Database m_db; // reads of a few selected users, on the GUI thread
    std::optional<accounts::AccessMap> m_access;
    accounts::UserQuery m_query;
    accounts::UserSearch *m_search;
    accounts::UserListModel *m_model;
    UserCommands m_commands;
    UserActions *m_actions;
    QLabel *m_summary;
    QLabel *m_message;
    UndoOffer *m_undo;
    QLineEdit *m_searchEdit;
    QComboBox *m_status;
    QComboBox *m_role;
    QComboBox *m_scope;
    QComboBox *m_label;
    QTableView *m_table;
    UserDetailPanel *m_detail;
    accounts::SelectedUsers m_selected; // what the commands act on
    int m_selectionReads = 0;           // the latest read of a large selection; older answers are dropped
    QFuture<std::optional<accounts::SelectedUsers>> m_selectionRead;
    QThreadPool m_selectionReader;      // last member: its destructor waits for a read under way
};

} // namespace kanri::ui
