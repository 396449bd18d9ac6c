#include "pages/userdetailpanel.h"

#include "pages/displaytext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

QString operationText(domain::Operation op)
{
    switch (op) {
    case domain::Operation::View:
        return UserDetailPanel::tr("view");
    case domain::Operation::Upload:
        return UserDetailPanel::tr("upload");
    case domain::Operation::Download:
        return UserDetailPanel::tr("download");
    case domain::Operation::Edit:
        return UserDetailPanel::tr("edit");
    case domain::Operation::Delete:
        return UserDetailPanel::tr("delete");
    case domain::Operation::Share:
        return UserDetailPanel::tr("share");
    case domain::Operation::CreateProject:
        return UserDetailPanel::tr("create projects");
    case domain::Operation::ManageLabels:
        return UserDetailPanel::tr("manage labels");
    }
    return {};
}

} // namespace

QString operationsText(const QList<domain::Operation> &operations)
{
    QStringList names;
    for (domain::Operation op : operations)
        names << operationText(op);
    return names.join(UserDetailPanel::tr(", "));
}

UserDetailPanel::UserDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("userDetail"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("detailProfile"));
    m_profile->setWordWrap(true);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_profile);
    m_roles = new QTreeWidget(this);
    m_roles->setObjectName(QStringLiteral("detailRoles"));
    m_roles->setHeaderLabels({tr("Role"), tr("Folder or project"), tr("Operations")});
    m_roles->setRootIsDecorated(false);
    m_roles->setWordWrap(true);
    m_roles->header()->setStretchLastSection(true);
    layout->addWidget(m_roles, 1);
    layout->addStretch(); // takes the room while the roles are hidden, so the text stays on top
    showNone(0);
}

void UserDetailPanel::showUser(const domain::User &user, const QList<domain::RoleAssignment> &assignments,
                               const accounts::AccessMap &access)
{
    m_heading->setText(QStringLiteral("<h3>%1</h3>%2").arg(user.name.toHtmlEscaped(), user.nameKana.value_or(QString()).toHtmlEscaped()));
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px; white-space:nowrap'><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString status = DisplayText::userStatus(user.status);
    if (user.status == domain::UserStatus::Locked && user.lockedUntil)
        status = tr("%1 until %2").arg(status, DisplayText::dateTime(user.lockedUntil));
    m_profile->setText(QStringLiteral("<table>") + row(tr("Sign-in ID"), user.login) + row(tr("E-mail"), user.email)
                       + row(tr("Status"), status) + row(tr("Two-step sign-in"), DisplayText::onOff(user.mfaEnabled))
                       + row(tr("Last sign-in"), user.lastLoginAt ? DisplayText::dateTime(user.lastLoginAt) : tr("never"))
                       + row(tr("Created"), DisplayText::dateTime(user.createdAt)) + QStringLiteral("</table>"));
    m_roles->clear();
    for (const domain::RoleAssignment &a : assignments) {
        const accounts::ScopeNode *node = a.scope.id ? access.node(*a.scope.id) : nullptr;
        const QString scope = a.scope.type == domain::ScopeType::Tenant ? tr("Whole tenant")
                              : node                                    ? access.path(a.scope)
                                                                        : tr("(outside your folders)");
        const domain::Role *role = access.role(a.roleId);
        QList<domain::Operation> ops = role ? role->operations : QList<domain::Operation>();
        for (domain::Operation op : a.operations)
            if (!ops.contains(op))
                ops << op;
        m_roles->addTopLevelItem(new QTreeWidgetItem({access.roleName(a.roleId), scope, operationsText(ops)}));
    }
    if (assignments.isEmpty())
        m_roles->addTopLevelItem(new QTreeWidgetItem({tr("No roles"), QString(), QString()}));
    for (int c = 0; c < 2; ++c)
        m_roles->resizeColumnToContents(c);
    m_roles->show();
}

void UserDetailPanel::showNone(int selected)
{
    m_heading->setText(selected > 1 ? tr("<h3>%n users selected</h3>", nullptr, selected) : tr("<h3>No user selected</h3>"));
    m_profile->setText(selected > 1 ? tr("Disable, enable, delete or assign a role to all of them at once.")
                                    : tr("Select a user to see their profile and roles."));
    m_roles->clear();
    m_roles->hide();
}

} // namespace kanri::ui
