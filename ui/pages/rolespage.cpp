#include "pages/rolespage.h"

#include "api/apiclient.h"
#include "commands/rolechanges.h"
#include "dialogs/assignroledialog.h"
#include "pages/labeltags.h"
#include "pages/overviewpages.h"
#include "pages/pageparts.h"
#include "pages/undooffer.h"
#include "pages/userdetailpanel.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

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
    , m_labelCommands(TreeLabelCommands::make(this))
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
    toolbar->addSeparator();
    for (LabelCommand *command : m_labelCommands.all())
        toolbar->addAction(command);
    layout->addWidget(toolbar);
    m_message = messageLine("actionMessage", this);
    m_undo = new UndoOffer(m_message, this);
    layout->addWidget(m_undo->row());

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_labelFilter = addLabelFilter("treeLabelFilter", filterRow, left);
    leftLayout->addLayout(filterRow);
    m_tree = new QTreeWidget(left);
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setHeaderLabels({tr("Folders and projects"), tr("Labels")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setItemDelegateForColumn(1, new LabelTagsDelegate(m_tree));
    m_tree->setColumnWidth(0, 330);
    m_tree->addActions({m_labelCommands.put, m_labelCommands.takeOff});
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    leftLayout->addWidget(m_tree, 1);
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
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 740});
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RolesPage::showHolders);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &RolesPage::updateActions);
    connect(m_labelFilter, &QComboBox::currentIndexChanged, this, &RolesPage::filterByLabel);
    connect(m_labelCommands.put, &QAction::triggered, this, [this] { chooseLabel(true); });
    connect(m_labelCommands.takeOff, &QAction::triggered, this, [this] { chooseLabel(false); });
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
        connect(dialog, &AssignRoleDialog::assigned, this,
                [this](const QString &text, const QList<domain::RoleAssignment> &given) {
                    reportChange(text, false);
                    offerToTakeBack(*m_undo, m_workspace.client(), given, std::bind_front(&RolesPage::reportChange, this));
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
    reload();
}

void RolesPage::reload()
{
    const QString node = currentNode();
    if (m_db.isOpen()) {
        m_access = accounts::AccessMap::load(m_db, m_workspace.session().me());
        m_labelled = itemmodels::LabelledAssets::read(m_db).value_or(itemmodels::LabelledAssets());
    }
    m_assetIndex.clear();
    for (qsizetype i = 0; i < m_labelled.assets.size(); ++i)
        m_assetIndex.insert(m_labelled.assets.at(i).id, i);
    fillLabelFilter(m_labelFilter, m_labelled.byName());
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
            if (const auto at = m_assetIndex.constFind(n.id); at != m_assetIndex.cend()) {
                const QList<itemmodels::LabelTag> tags = m_labelled.tagsOf(m_labelled.assets.at(*at));
                QStringList names;
                for (const itemmodels::LabelTag &tag : tags)
                    names << tag.name;
                item->setText(1, names.join(QStringLiteral(", ")));
                item->setData(1, itemmodels::LabelledAssetModel::kTagsRole, QVariant::fromValue(tags));
            }
            items.insert(n.id, item);
        }
        m_tree->sortItems(0, Qt::AscendingOrder);
        m_tree->expandToDepth(0);
    }
    filterByLabel();
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

bool RolesPage::selectNodes(const QStringList &scopeIds)
{
    m_tree->clearSelection();
    qsizetype found = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const qsizetype at = scopeIds.indexOf((*it)->data(0, kIdRole).toString());
        if (at < 0)
            continue;
        if (at == 0)
            m_tree->setCurrentItem(*it, 0, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        (*it)->setSelected(true);
        ++found;
    }
    return found == scopeIds.size();
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
    LabelSelection labels;
    const QList<itemmodels::LabelledAsset> assets = selectedAssets();
    labels.assets = assets.size();
    labels.labelled = std::count_if(assets.cbegin(), assets.cend(),
                                    [](const itemmodels::LabelledAsset &a) { return !a.assignments.isEmpty(); });
    labels.labels = m_labelled.labels.size();
    labels.contractAdmin = m_workspace.account().adminLevel == domain::AdminLevel::ContractAdmin;
    labels.online = online && m_pending == 0;
    m_labelCommands.update(labels);
    m_undo->setOnline(online);
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
        connect(request, &api::ApiRequest::finished, this, [this, request, assignment] {
            const auto &error = request->error();
            m_undo->withdraw();
            reportChange(error ? error->message() : tr("The role was revoked."), error.has_value());
            if (!error)
                offerToGiveBack(*m_undo, m_workspace.client(), {assignment}, std::bind_front(&RolesPage::reportChange, this));
        });
    });
}

void RolesPage::reportChange(const QString &text, bool failure)
{
    showMessage(m_message, text, failure);
    m_workspace.requestSync();
}

void RolesPage::filterByLabel()
{
    const QString labelId = m_labelFilter->currentData().toString();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        showCarrying(m_tree->topLevelItem(i), labelId);
    if (!labelId.isEmpty())
        m_tree->expandAll();
}

// Shows `item` when it or a node below it carries the label (every node for none); true when shown.
bool RolesPage::showCarrying(QTreeWidgetItem *item, const QString &labelId)
{
    bool below = false;
    for (int i = 0; i < item->childCount(); ++i)
        below = showCarrying(item->child(i), labelId) || below;
    const auto at = m_assetIndex.constFind(item->data(0, kIdRole).toString());
    const bool carries = at != m_assetIndex.cend() && m_labelled.assets.at(*at).assignments.contains(labelId);
    const bool shown = labelId.isEmpty() || carries || below;
    item->setHidden(!shown);
    return shown;
}

QList<itemmodels::LabelledAsset> RolesPage::selectedAssets() const
{
    QList<itemmodels::LabelledAsset> assets;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        if (const auto at = m_assetIndex.constFind(item->data(0, kIdRole).toString()); at != m_assetIndex.cend())
            assets << m_labelled.assets.at(*at);
    return assets;
}

// Asks which label to put on (every label) or take off (those the selected nodes carry).
void RolesPage::chooseLabel(bool assign)
{
    const QList<itemmodels::LabelledAsset> assets = selectedAssets();
    QList<itemmodels::LabelTag> offered;
    for (const itemmodels::LabelTag &tag : m_labelled.byName())
        if (assign || std::any_of(assets.cbegin(), assets.cend(), [&tag](const itemmodels::LabelledAsset &a) {
                return a.assignments.contains(tag.id);
            }))
            offered << tag;
    if (assets.isEmpty() || offered.isEmpty())
        return;
    QStringList names;
    for (const itemmodels::LabelTag &tag : std::as_const(offered))
        names << tag.name;
    m_labelChooser = new QInputDialog(this);
    m_labelChooser->setObjectName(QStringLiteral("labelChooser"));
    m_labelChooser->setAttribute(Qt::WA_DeleteOnClose);
    m_labelChooser->setWindowTitle(assign ? tr("Put label on") : tr("Take label off"));
    m_labelChooser->setLabelText(assign ? tr("Label to put on %n selected folders and projects:", nullptr, int(assets.size()))
                                        : tr("Label to take off %n selected folders and projects:", nullptr, int(assets.size())));
    m_labelChooser->setComboBoxItems(names);
    m_labelChooser->setComboBoxEditable(false);
    connect(m_labelChooser, &QInputDialog::textValueSelected, this, [this, assign, assets, offered, names](const QString &name) {
        const qsizetype at = names.indexOf(name);
        if (at < 0)
            return;
        const qsizetype sent = changeLabel(m_workspace.client(), offered.at(at), assets, assign, this,
                                           [this, tag = offered.at(at), assign](const QString &message, bool changed,
                                                                                 const QList<itemmodels::LabelledAsset> &changedAssets) {
                                               showMessage(m_message, message);
                                               if (!changed)
                                                   return;
                                               --m_pending;
                                               updateActions();
                                               m_workspace.requestSync();
                                               offerLabelUndo(*m_undo, m_workspace.client(), tag, changedAssets, assign,
                                                              std::bind_front(&RolesPage::reportChange, this));
                                           });
        m_pending += sent > 0 ? 1 : 0; // commands wait until every answer is in
        updateActions();
    });
    m_labelChooser->open();
}

Page *createRolesPage(session::Workspace &workspace, QWidget *parent)
{
    return new RolesPage(workspace, parent);
}

} // namespace kanri::ui
