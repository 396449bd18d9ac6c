#include "dialogs/assignroledialog.h"

#include "accounts/userquery.h"
#include "api/apiclient.h"
#include "commands/requestbatch.h"
#include "pages/pageparts.h"
#include "pages/userdetailpanel.h"
#include "session/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace kanri::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kTypeRole = Qt::UserRole + 2;
const QString kTenant = QStringLiteral("tenant");

} // namespace

AssignRoleDialog::AssignRoleDialog(session::Workspace &workspace, const accounts::AccessMap &access,
                                   const QList<domain::User> &users, const QString &scopeId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_access(access)
{
    setObjectName(QStringLiteral("assignRoleDialog"));
    setWindowTitle(tr("Assign role"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(QStringLiteral("chosenUsers"));
    m_chosen->setMaximumHeight(90);
    form->addRow(tr("Users:"), m_chosen);
    m_userSearch = new QLineEdit(this);
    m_userSearch->setObjectName(QStringLiteral("userSearch"));
    m_userSearch->setPlaceholderText(tr("Type a name or sign-in ID to add users"));
    form->addRow(QString(), m_userSearch);
    m_found = new QListWidget(this);
    m_found->setObjectName(QStringLiteral("foundUsers"));
    m_found->setMaximumHeight(90);
    m_found->hide();
    form->addRow(QString(), m_found);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const domain::Role &r : m_access.roles()) {
        const bool possible = r.scopeKind == domain::ScopeKind::Tenant ? m_access.isContractAdmin() : true;
        if (possible)
            m_role->addItem(m_access.roleName(r.id), r.id);
    }
    form->addRow(tr("Role:"), m_role);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumHeight(200);
    form->addRow(tr("On:"), m_tree);
    m_operationBox = new QWidget(this);
    auto *ops = new QHBoxLayout(m_operationBox);
    ops->setContentsMargins(0, 0, 0, 0);
    for (domain::Operation op : {domain::Operation::Upload, domain::Operation::Download, domain::Operation::Edit,
                                 domain::Operation::Delete, domain::Operation::Share, domain::Operation::CreateProject,
                                 domain::Operation::ManageLabels}) {
        auto *box = new QCheckBox(operationsText({op}), m_operationBox);
        box->setObjectName(QStringLiteral("op_") + QString::fromLatin1(domain::wireLiteral(op)));
        ops->addWidget(box);
        m_operations.insert(op, box);
    }
    ops->addStretch(1);
    form->addRow(tr("Operations:"), m_operationBox);
    layout->addLayout(form);
    m_error = messageLine("dialogError", this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *assign = m_buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    assign->setObjectName(QStringLiteral("assignButton"));
    layout->addWidget(m_buttons);

    // The tree: the tenant for tenant roles, then the folders and projects within reach.
    QHash<QString, QTreeWidgetItem *> items;
    auto *tenant = new QTreeWidgetItem(m_tree, {tr("Whole tenant")});
    tenant->setData(0, kIdRole, QString());
    tenant->setData(0, kTypeRole, kTenant);
    QList<accounts::ScopeNode> nodes = m_access.nodes();
    // Parents first, so each child finds its folder.
    std::stable_sort(nodes.begin(), nodes.end(), [this](const accounts::ScopeNode &a, const accounts::ScopeNode &b) {
        return m_access.ancestors(a.id).size() < m_access.ancestors(b.id).size();
    });
    for (const accounts::ScopeNode &n : std::as_const(nodes)) {
        QTreeWidgetItem *parentItem = items.value(n.parentId);
        auto *item = parentItem ? new QTreeWidgetItem(parentItem, {n.name}) : new QTreeWidgetItem(m_tree, {n.name});
        item->setData(0, kIdRole, n.id);
        item->setData(0, kTypeRole, n.type == domain::ScopeType::Folder ? QStringLiteral("folder") : QStringLiteral("project"));
        if (!m_access.reaches(n.id))
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        items.insert(n.id, item);
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    m_tree->expandToDepth(0);

    for (const domain::User &u : users)
        addUser(u);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AssignRoleDialog::onRoleChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AssignRoleDialog::check);
    connect(m_userSearch, &QLineEdit::textChanged, this, &AssignRoleDialog::searchUsers);
    connect(m_found, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        cache::Database db;
        if (!cache::openConnection(m_workspace.cacheConnection(), db))
            if (std::optional<domain::User> u = accounts::cachedUser(db, item->data(kIdRole).toString()))
                addUser(*u);
        m_userSearch->clear();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignRoleDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!selectRole(QStringLiteral("general")))
        onRoleChanged();
    if (!scopeId.isEmpty())
        selectScope(scopeId);
    resize(640, 560);
}

bool AssignRoleDialog::selectRole(const QString &roleId)
{
    const int index = m_role->findData(roleId);
    if (index < 0)
        return false;
    m_role->setCurrentIndex(index);
    onRoleChanged();
    return true;
}

bool AssignRoleDialog::selectScope(const QString &scopeId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == scopeId && (*it)->data(0, kTypeRole).toString() != kTenant) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void AssignRoleDialog::addUser(const domain::User &user)
{
    for (const domain::User &u : std::as_const(m_users))
        if (u.id == user.id)
            return;
    m_users.append(user);
    m_chosen->addItem(QStringLiteral("%1 (%2)").arg(user.name, user.login));
    check();
}

void AssignRoleDialog::searchUsers(const QString &text)
{
    m_found->clear();
    m_found->setVisible(!text.trimmed().isEmpty());
    if (text.trimmed().isEmpty())
        return;
    cache::Database db;
    if (cache::openConnection(m_workspace.cacheConnection(), db))
        return;
    cache::Statement s(db, "SELECT id, name, login FROM users WHERE search_key LIKE ?1 ESCAPE '\\' "
                           "ORDER BY sort_kana = '', sort_kana, name LIMIT 50");
    s.bind(1, accounts::searchPattern(text));
    while (s.next()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(s.text(1), s.text(2)), m_found);
        item->setData(kIdRole, s.text(0));
    }
}

void AssignRoleDialog::onRoleChanged()
{
    const domain::Role *role = m_access.role(m_role->currentData().toString());
    const bool tenantRole = role && role->scopeKind == domain::ScopeKind::Tenant;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        (*it)->setHidden(((*it)->data(0, kTypeRole).toString() == kTenant) != tenantRole);
    if (tenantRole)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    const QList<domain::Operation> assignable = role ? role->assignableOperations : QList<domain::Operation>();
    for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it) {
        it.value()->setVisible(assignable.contains(it.key()));
        it.value()->setChecked(false);
    }
    m_operationBox->setVisible(!assignable.isEmpty());
    check();
}

std::optional<domain::Scope> AssignRoleDialog::chosenScope() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->isHidden() || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    const QString type = item->data(0, kTypeRole).toString();
    if (type == kTenant)
        return domain::Scope{};
    return domain::Scope{type == QLatin1String("folder") ? domain::ScopeType::Folder : domain::ScopeType::Project,
                         item->data(0, kIdRole).toString()};
}

void AssignRoleDialog::check()
{
    const std::optional<domain::Scope> scope = chosenScope();
    const bool ok = !m_users.isEmpty() && scope && m_access.canAssign(m_role->currentData().toString(), *scope);
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ok);
}

void AssignRoleDialog::send()
{
    const std::optional<domain::Scope> scope = chosenScope();
    if (!scope)
        return;
    domain::RoleAssignmentCreate create;
    create.roleId = m_role->currentData().toString();
    create.scope = *scope;
    const domain::Role *role = m_access.role(create.roleId);
    if (role && !role->assignableOperations.isEmpty()) {
        QList<domain::Operation> ops;
        for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it)
            if (it.value()->isVisible() && it.value()->isChecked())
                ops << it.key();
        std::sort(ops.begin(), ops.end());
        create.operations = ops;
    }
    m_buttons->setEnabled(false);
    showMessage(m_error, {});
    // A user who already holds the role there (409) is left as they are, not a failure: with
    // many users chosen, some often do.
    const QList<domain::User> users = m_users;
    QList<api::TypedRequest<domain::RoleAssignment> *> requests;
    for (const domain::User &user : users) {
        create.userId = user.id;
        requests << m_workspace.client().post<domain::RoleAssignment>(QStringLiteral("/role-assignments"), create.toJson(),
                                                                      api::ApiClient::newIdempotencyKey());
    }
    auto failures = std::make_shared<QStringList>();
    auto held = std::make_shared<int>(0);
    auto created = std::make_shared<QList<domain::RoleAssignment>>();
    whenAllAnswered(
        {requests.cbegin(), requests.cend()}, this,
        [users, requests, failures, held, created](qsizetype i, const api::ApiRequest &request) {
            if (const auto &error = request.error()) {
                if (error->kind == api::ApiError::Kind::Conflict)
                    ++*held;
                else
                    *failures << QStringLiteral("%1: %2").arg(users.at(i).name, error->message());
            } else {
                *created << requests.at(i)->result();
            }
        },
        [this, failures, held, created](int given, const QString &) {
            const QString where = m_access.path(chosenScope().value_or(domain::Scope{}));
            QString summary;
            if (given > 0)
                summary = tr("%1 given to %n user(s) on %2.", nullptr, given).arg(m_role->currentText(), where);
            if (given > 0 && *held > 0)
                summary += u' ' + tr("%n already held it there: left unchanged.", nullptr, *held);
            else if (*held > 0)
                summary = tr("%n user(s) already held %1 on %2; nothing was changed.", nullptr, *held)
                              .arg(m_role->currentText(), where);
            if (given > 0 || *held > 0)
                Q_EMIT assigned(summary, *created);
            if (failures->isEmpty()) {
                accept();
                return;
            }
            m_buttons->setEnabled(true);
            showMessage(m_error, failures->join(QLatin1Char('\n')), true);
        });
}

} // namespace kanri::ui
