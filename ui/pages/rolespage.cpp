#include "pages/rolespage.h"

#include "api/apiclient.h"
#include "dialogs/assignroledialog.h"
#include "pages/overviewpages.h"
#include "pages/pageparts.h"
#include "pages/userdetailpanel.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QTreeWidget *listView(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(QLatin1String(name));
    view->setHeaderLabels(headers);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

RolesPage::RolesPage(session::Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("rolesPage"));
    cache::openConnection(workspace.cacheConnection(), m_db);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Roles & access"), this));
    auto *summary = new QLabel(tr("Who holds which role on each folder and project: directly, or inherited from a folder above it."), this);
    summary->setObjectName(QStringLiteral("pageSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_assign = toolbar->addAction(tr("&Assign role…"));
    m_assign->setObjectName(QStringLiteral("assignRoleAction"));
    m_revoke = toolbar->addAction(tr("&Revoke…"));
    m_revoke->setObjectName(QStringLiteral("revokeRoleAction"));
    m_revoke->setShortcut(QKeySequence::Delete);
    m_revoke->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_revoke);
    layout->addWidget(toolbar);
    m_message = messageLine("actionMessage", this);
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setHeaderLabels({tr("Folders and projects")});
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_nodeHeading = new QLabel(right);
    m_nodeHeading->setObjectName(QStringLiteral("nodeHeading"));
    rightLayout->addWidget(m_nodeHeading);
    m_holderView = listView(right, "holdersTable", {tr("User"), tr("Role"), tr("Operations"), tr("Granted by")});
    rightLayout->addWidget(m_holderView, 2);
    m_userHeading = new QLabel(right);
    m_userHeading->setObjectName(QStringLiteral("userHeading"));
    rightLayout->addWidget(m_userHeading);
    m_userView = listView(right, "userAssignments", {tr("Role"), tr("Folder or project"), tr("Operations")});
    rightLayout->addWidget(m_userView, 1);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RolesPage::showHolders);
    connect(m_holderView, &QTreeWidget::currentItemChanged, this, &RolesPage::showUserAssignments);
    connect(m_assign, &QAction::triggered, this, [this] {
        if (!m_access)
            return;
        QList<domain::User> users;
        if (const std::optional<accounts::Holder> h = currentHolder())
            if (std::optional<domain::User> u = accounts::cachedUser(m_db, h->assignment.userId))
                users << *u;
        auto *dialog = new AssignRoleDialog(m_workspace, *m_access, users, currentNode(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AssignRoleDialog::assigned, this, [this](const QString &text) {
            showMessage(m_message, text);
            m_workspace.requestSync();
        });
        dialog->open();
    });
    connect(m_revoke, &QAction::triggered, this, &RolesPage::revoke);
    connect(&workspace, &session::Workspace::cacheUpdated, this, &RolesPage::reload);
    connect(&workspace, &session::Workspace::onlineChanged, this, &RolesPage::updateActions);
    reload();
}

void RolesPage::refresh()
{
    m_workspace.requestSync();
    reload();
}

void RolesPage::reload()
{
    const QString node = currentNode();
    if (m_db.isOpen())
        m_access = accounts::AccessMap::load(m_db, m_workspace.session().me());
    m_tree->clear();
    if (m_access) {
        QList<accounts::ScopeNode> nodes = m_access->nodes();
        std::stable_sort(nodes.begin(), nodes.end(), [this](const accounts::ScopeNode &a, const accounts::ScopeNode &b) {
            return m_access->ancestors(a.id).size() < m_access->ancestors(b.id).size();
        });
        QHash<QString, QTreeWidgetItem *> items;
        for (const accounts::ScopeNode &n : std::as_const(nodes)) {
            QTreeWidgetItem *parentItem = items.value(n.parentId);
            const QString text = n.type == domain::ScopeType::Project ? tr("%1 (project)").arg(n.name) : n.name;
            auto *item = parentItem ? new QTreeWidgetItem(parentItem, {text}) : new QTreeWidgetItem(m_tree, {text});
            item->setData(0, kIdRole, n.id);
            items.insert(n.id, item);
        }
        m_tree->sortItems(0, Qt::AscendingOrder);
        m_tree->expandToDepth(0);
    }
    if (!selectNode(node))
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showHolders();
}

bool RolesPage::selectNode(const QString &scopeId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == scopeId) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QString RolesPage::currentNode() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, kIdRole).toString() : QString();
}

std::optional<accounts::Holder> RolesPage::currentHolder() const
{
    const QTreeWidgetItem *item = m_holderView->currentItem();
    if (!item)
        return std::nullopt;
    return m_holders.value(item->data(0, kIdRole).toInt());
}

void RolesPage::showHolders()
{
    m_holderView->clear();
    m_holders.clear();
    const QString node = currentNode();
    if (!m_access || node.isEmpty()) {
        m_nodeHeading->setText(tr("No folder or project selected."));
        updateActions();
        return;
    }
    m_nodeHeading->setText(tr("<b>%1</b> — who holds a role here").arg(m_access->path(domain::Scope{domain::ScopeType::Folder, node}).toHtmlEscaped()));
    m_holders = accounts::holdersAt(m_db, *m_access, node);
    for (qsizetype i = 0; i < m_holders.size(); ++i) {
        const accounts::Holder &h = m_holders.at(i);
        const domain::Role *role = m_access->role(h.assignment.roleId);
        QList<domain::Operation> ops = role ? role->operations : QList<domain::Operation>();
        for (domain::Operation op : h.assignment.operations)
            if (!ops.contains(op))
                ops << op;
        const QString grant = h.inheritedFrom.isEmpty()
                                  ? tr("Direct")
                                  : tr("Inherited from %1").arg(m_access->path(domain::Scope{domain::ScopeType::Folder, h.inheritedFrom}));
        auto *item = new QTreeWidgetItem(m_holderView, {h.userName, m_access->roleName(h.assignment.roleId), operationsText(ops), grant});
        item->setData(0, kIdRole, int(i));
    }
    for (int c = 0; c < 3; ++c)
        m_holderView->resizeColumnToContents(c);
    showUserAssignments();
}

void RolesPage::showUserAssignments()
{
    m_userView->clear();
    const std::optional<accounts::Holder> h = currentHolder();
    if (!h || !m_access) {
        m_userHeading->setText(tr("Select a holder to see every role they hold."));
        updateActions();
        return;
    }
    m_userHeading->setText(tr("<b>%1</b> holds:").arg(h->userName.toHtmlEscaped()));
    for (const domain::RoleAssignment &a : accounts::cachedAssignments(m_db, h->assignment.userId)) {
        const QString scope = a.scope.type == domain::ScopeType::Tenant ? tr("Whole tenant") : m_access->path(a.scope);
        new QTreeWidgetItem(m_userView, {m_access->roleName(a.roleId), scope, operationsText(a.operations)});
    }
    m_userView->resizeColumnToContents(0);
    m_userView->resizeColumnToContents(1);
    updateActions();
}

void RolesPage::updateActions()
{
    const bool online = m_workspace.isOnline();
    const QString node = currentNode();
    const bool reach = m_access && !node.isEmpty() && m_access->reaches(node);
    m_assign->setEnabled(online && reach);
    m_assign->setToolTip(!online ? session::Workspace::offlineReason()
                         : reach ? tr("Give users a role on the selected folder or project.")
                                 : tr("The selected folder or project is outside your scopes."));
    const std::optional<accounts::Holder> h = currentHolder();
    const bool direct = h && h->inheritedFrom.isEmpty();
    const bool mayRevoke = h && m_access && m_access->canAssign(h->assignment.roleId, h->assignment.scope);
    m_revoke->setEnabled(online && direct && mayRevoke);
    m_revoke->setToolTip(!online   ? session::Workspace::offlineReason()
                         : !h      ? tr("Select a holder to revoke their role.")
                         : !direct ? tr("This role is inherited: revoke it on the folder it comes from.")
                         : !mayRevoke ? tr("Only the contract administrator can revoke this role.")
                                      : tr("Take the selected role away."));
}

void RolesPage::revoke()
{
    const std::optional<accounts::Holder> h = currentHolder();
    if (!h || !m_access)
        return;
    const domain::RoleAssignment assignment = h->assignment;
    const QString text = tr("Take the role %1 on %2 away from %3?")
                             .arg(m_access->roleName(assignment.roleId), m_access->path(assignment.scope), h->userName);
    confirmDestructive(this, {"revokeConfirmation", tr("Revoke role"), text, tr("Revoke"), {}, {}}, this, [this, assignment] {
        auto *request = m_workspace.client().remove(QStringLiteral("/role-assignments/") + assignment.id, assignment.etag.toUtf8());
        connect(request, &api::ApiRequest::finished, this, [this, request] {
            const auto &error = request->error();
            showMessage(m_message, error ? error->message() : tr("The role was revoked."), error.has_value());
            m_workspace.requestSync();
        });
    });
}

Page *createRolesPage(session::Workspace &workspace, QWidget *parent)
{
    return new RolesPage(workspace, parent);
}

} // namespace kanri::ui
