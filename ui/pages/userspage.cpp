#include "pages/userspage.h"

#include "accounts/userlistmodel.h"
#include "accounts/usercsv.h"
#include "accounts/usersearch.h"
#include "commands/rolechanges.h"
#include "commands/useractions.h"
#include "dialogs/assignroledialog.h"
#include "dialogs/importdialog.h"
#include "exports/savefile.h"
#include "pages/displaytext.h"
#include "pages/overviewpages.h"
#include "pages/pageparts.h"
#include "pages/undooffer.h"
#include "pages/userdetailpanel.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

using Column = accounts::UserListModel::Column;

QComboBox *filterBox(QWidget *parent, const char *name, const QString &tip)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setToolTip(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(260);
    return box;
}

// Refills a filter with "all" and `items` (text, data), keeping the chosen one if still there.
void refill(QComboBox *box, const QString &all, const QList<std::pair<QString, QString>> &items)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, QString());
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

UsersPage::UsersPage(session::Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_search(new accounts::UserSearch(workspace.cacheConnection(), this))
    , m_model(new accounts::UserListModel(workspace.cacheConnection(), this))
    , m_commands(UserCommands::create(this))
    , m_actions(new UserActions(workspace, this))
{
    setObjectName(QStringLiteral("usersPage"));
    cache::openConnection(workspace.cacheConnection(), m_db);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    layout->addWidget(pageHeading(tr("Users"), this));
    layout->addWidget(m_summary);

    auto *filters = new QWidget(this);
    buildFilters(filters);
    layout->addWidget(filters);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("userToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (UserCommand *c : m_commands.all()) {
        if (c == m_commands.exportCsv)
            toolbar->addSeparator();
        toolbar->addAction(c);
        addAction(c);
    }
    layout->addWidget(toolbar);
    m_message = messageLine("actionMessage", this);
    m_undo = new UndoOffer(m_message, this);
    layout->addWidget(m_undo->row());

    auto *splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false); // the order comes from the query
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(int(Column::Name), Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(true);
    const QList<int> widths{150, 160, 220, 220, 80, 220, 70, 130, 130};
    for (int c = 0; c < widths.size(); ++c)
        header->resizeSection(c, widths.at(c));
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        m_query.sort = accounts::UserListModel::sortKey(static_cast<Column>(section));
        m_query.descending = order == Qt::DescendingOrder;
        runQuery();
    });
    auto *columnsMenu = new QMenu(this);
    columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(columnsMenu, &QMenu::aboutToShow, this, [this, columnsMenu] {
        columnsMenu->clear();
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QAction *a = columnsMenu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            a->setEnabled(c != int(Column::Name));
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
    });
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [header, columnsMenu](const QPoint &pos) { columnsMenu->popup(header->mapToGlobal(pos)); });
    auto *columnsButton = filters->findChild<QToolButton *>(QStringLiteral("columnsButton"));
    columnsButton->setMenu(columnsMenu);
    m_table->setColumnHidden(int(Column::Reading), false);

    m_detail = new UserDetailPanel(splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 420});
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::onSelectionChanged);
    m_selectionReader.setMaxThreadCount(1);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_commands.edit->isEnabled())
            m_commands.edit->trigger();
    });
    connect(m_search, &accounts::UserSearch::finished, this, &UsersPage::showResult);
    connect(m_search, &accounts::UserSearch::failed, this, [this](const QString &why) { showMessage(why, true); });
    connect(&workspace, &session::Workspace::cacheUpdated, this, &UsersPage::onCacheUpdated);
    connect(&workspace, &session::Workspace::onlineChanged, this, &UsersPage::updateCommands);
    connect(m_actions, &UserActions::message, this, [this](const QString &text, bool failure) {
        m_undo->withdraw(); // a newer change; an undo offer follows it when it can be taken back
        showMessage(text, failure);
    });
    connect(m_actions, &UserActions::undoable, m_undo, &UndoOffer::offer);

    connect(m_commands.registerUser, &QAction::triggered, this, [this] { m_actions->registerUser(selection()); });
    connect(m_commands.edit, &QAction::triggered, this, [this] { m_actions->edit(selection()); });
    connect(m_commands.disable, &QAction::triggered, this, [this] { m_actions->setDisabled(selection(), true); });
    connect(m_commands.enable, &QAction::triggered, this, [this] { m_actions->setDisabled(selection(), false); });
    connect(m_commands.remove, &QAction::triggered, this, [this] { m_actions->remove(selection()); });
    connect(m_commands.resetPassword, &QAction::triggered, this, [this] { m_actions->resetPassword(selection()); });
    connect(m_commands.resetMfa, &QAction::triggered, this, [this] { m_actions->resetMfa(selection()); });
    connect(m_commands.unlock, &QAction::triggered, this, [this] { m_actions->unlock(selection()); });
    connect(m_commands.assignRole, &QAction::triggered, this, &UsersPage::assignRole);
    connect(m_commands.exportCsv, &QAction::triggered, this, &UsersPage::chooseExportFile);
    connect(m_commands.importCsv, &QAction::triggered, this, &UsersPage::chooseImportFile);
    onCacheUpdated();
}

UsersPage::~UsersPage() = default;

void UsersPage::buildFilters(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("pageSearch"));
    m_searchEdit->setPlaceholderText(tr("Search name, reading, sign-in ID or e-mail (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    row->addWidget(m_searchEdit, 2);
    m_status = filterBox(bar, "statusFilter", tr("Only users with this status"));
    m_role = filterBox(bar, "roleFilter", tr("Only users holding this role"));
    m_scope = filterBox(bar, "scopeFilter", tr("Only users holding a role on this folder or project, or below it"));
    m_label = filterBox(bar, "labelFilter", tr("Only users holding a role on a folder or project with this label"));
    refill(m_status, tr("All statuses"),
           {{DisplayText::userStatus(domain::UserStatus::Active), QStringLiteral("active")},
            {DisplayText::userStatus(domain::UserStatus::Disabled), QStringLiteral("disabled")},
            {DisplayText::userStatus(domain::UserStatus::Locked), QStringLiteral("locked")},
            {DisplayText::userStatus(domain::UserStatus::Invited), QStringLiteral("invited")}});
    for (QComboBox *box : {m_status, m_role, m_scope, m_label}) {
        row->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &UsersPage::runQuery);
    }
    auto *columns = new QToolButton(bar);
    columns->setObjectName(QStringLiteral("columnsButton"));
    columns->setText(tr("Columns"));
    columns->setPopupMode(QToolButton::InstantPopup);
    row->addWidget(columns);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &UsersPage::runQuery);
}

void UsersPage::reloadFilters()
{
    QList<std::pair<QString, QString>> roles, scopes, labels;
    if (m_access) {
        for (const domain::Role &r : m_access->roles())
            roles.append({m_access->roleName(r.id), r.id});
        for (const accounts::ScopeNode &n : m_access->nodes())
            scopes.append({m_access->path(domain::Scope{n.type, n.id}), n.id});
        std::sort(scopes.begin(), scopes.end());
    }
    cache::Statement s(m_db, "SELECT name, id FROM labels ORDER BY name");
    while (s.next())
        labels.append({s.text(0), s.text(1)});
    refill(m_role, tr("All roles"), roles);
    refill(m_scope, tr("All folders and projects"), scopes);
    refill(m_label, tr("All labels"), labels);
}

void UsersPage::refresh()
{
    runQuery();
}

bool UsersPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
    return true;
}

void UsersPage::onCacheUpdated()
{
    if (m_db.isOpen())
        m_access = accounts::AccessMap::load(m_db, m_workspace.session().me());
    reloadFilters();
    m_search->invalidate();
    runQuery();
}

void UsersPage::runQuery()
{
    m_query.search = m_searchEdit->text();
    m_query.status = m_status->currentData().toString();
    m_query.roleId = m_role->currentData().toString();
    m_query.scopeId = m_scope->currentData().toString();
    m_query.labelId = m_label->currentData().toString();
    m_search->request(m_query);
}

void UsersPage::showResult(const accounts::UserQueryResult &result)
{
    QSet<QString> selected;
    for (const domain::User &user : std::as_const(m_selected.users))
        selected.insert(user.id);
    m_model->showResult(result);
    m_summary->setText(tr("%1 of %2 users").arg(DisplayText::number(result.ids.size()), DisplayText::number(result.total)));
    // Keep the selection across a reload when the users are still shown (first screenful), in
    // one change of the selection.
    QItemSelection kept;
    for (int row = 0; row < std::min(m_model->rowCount(), 500) && !selected.isEmpty(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (selected.remove(index.data(accounts::UserListModel::kIdRole).toString()))
            kept.select(index, index);
    }
    if (kept.isEmpty())
        onSelectionChanged();
    else
        m_table->selectionModel()->select(kept, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    Q_EMIT resultShown(result.ids.size(), result.total);
}

UserSelection UsersPage::selection() const
{
    UserSelection s;
    s.access = m_access ? &*m_access : nullptr;
    s.online = m_workspace.isOnline();
    s.contractAdmin = m_access && m_access->isContractAdmin();
    s.users = m_selected.users;
    s.assignments = m_selected.assignments;
    return s;
}

void UsersPage::onSelectionChanged()
{
    const QList<qint64> rows = m_model->rowIds(m_table->selectionModel()->selection());
    const int read = ++m_selectionReads;
    m_selectionRead.cancel(); // one still queued behind the running read never starts
    if (rows.size() <= kSelectionReadAtOnce) {
        showSelection(accounts::cachedSelection(m_db, rows));
        return;
    }
    // Many users (Ctrl+A on 100,000): read on a thread while the window stays responsive; the
    // commands wait for the answer.
    showSelection({});
    m_detail->showNone(int(rows.size()));
    m_selectionRead = accounts::readSelection(m_selectionReader, m_workspace.cacheConnection(), rows);
    m_selectionRead.then(this, [this, read](const std::optional<accounts::SelectedUsers> &selected) {
            if (read == m_selectionReads)
                showSelection(selected.value_or(accounts::SelectedUsers{}));
        });
}

void UsersPage::showSelection(accounts::SelectedUsers selected)
{
    m_selected = std::move(selected);
    const UserSelection s = selection();
    m_commands.update(s);
    if (s.users.size() == 1 && m_access)
        m_detail->showUser(s.users.first(), s.assignments.value(s.users.first().id), *m_access);
    else
        m_detail->showNone(int(s.users.size()));
}

void UsersPage::updateCommands()
{
    m_commands.update(selection());
    m_undo->setOnline(m_workspace.isOnline());
}

void UsersPage::showMessage(const QString &text, bool failure)
{
    ui::showMessage(m_message, text, failure);
}

void UsersPage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export users"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("users.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &UsersPage::exportTo);
    dialog->open();
}

void UsersPage::exportTo(const QString &path)
{
    if (!m_access)
        return;
    QList<qint64> ids;
    ids.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->rowId(row));
    showMessage(tr("Exporting %n user(s)…", nullptr, int(ids.size())), false);
    // Why it failed; empty once the whole file is written (an earlier file of that name is
    // left as it was otherwise).
    auto failure = std::make_shared<QString>();
    QThread *thread = QThread::create([failure, ids, path, access = *m_access, connection = m_workspace.cacheConnection()] {
        cache::Database db;
        if (const auto error = cache::openConnection(connection, db)) {
            *failure = error->message();
            return;
        }
        const std::optional<QByteArray> csv = accounts::exportUsersCsv(db, ids, access);
        *failure = csv ? exports::saveWhole(path, *csv) : db.lastError().message;
    });
    connect(thread, &QThread::finished, this, [this, failure, path, count = ids.size()] {
        const bool ok = failure->isEmpty();
        showMessage(ok ? tr("%n user(s) exported to %1.", nullptr, int(count)).arg(QDir::toNativeSeparators(path))
                       : tr("The users could not be written to %1: %2").arg(QDir::toNativeSeparators(path), *failure),
                    !ok);
        Q_EMIT exportFinished(path, ok);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void UsersPage::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import users"), QString(), tr("CSV files (*.csv *.txt)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &UsersPage::importFrom);
    dialog->open();
}

void UsersPage::importFrom(const QString &path)
{
    if (!m_access)
        return;
    auto *dialog = new ImportDialog(m_workspace, *m_access, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] { m_workspace.requestSync(); });
    dialog->open();
    dialog->load(path);
}

void UsersPage::assignRole()
{
    if (!m_access)
        return;
    auto *dialog = new AssignRoleDialog(m_workspace, *m_access, selection().users, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignRoleDialog::assigned, this, [this](const QString &text, const QList<domain::RoleAssignment> &given) {
        const ChangeReport report = [this](const QString &t, bool failure) {
            showMessage(t, failure);
            m_workspace.requestSync();
        };
        report(text, false);
        offerToTakeBack(*m_undo, m_workspace.client(), given, report);
    });
    dialog->open();
}

Page *createUsersPage(session::Workspace &workspace, QWidget *parent)
{
    return new UsersPage(workspace, parent);
}

} // namespace kanri::ui
