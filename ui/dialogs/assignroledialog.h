#pragma once

#include "accounts/accessmap.h"
#include "domain/domain.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace kanri::session {
class Workspace;
}

namespace kanri::ui {

// Gives users a role on a scope: the users (given, or picked by search), a role of the
// service's catalogue, a folder or project from the tree (the whole tenant for tenant roles),
// and, for roles that let an assignment pick them, the operations (a general user's; the
// drone operator's project creation). Only what the administrator may assign is offered.
class AssignRoleDialog : public QDialog
{
    Q_OBJECT
public:
    AssignRoleDialog(session::Workspace &workspace, const accounts::AccessMap &access, const QList<domain::User> &users,
                     const QString &scopeId, QWidget *parent);

    // Chooses a scope of the tree (tests, and the roles page's selected node).
    bool selectScope(const QString &scopeId);
    bool selectRole(const QString &roleId);
    void addUser(const domain::User &user);

Q_SIGNALS:
    // Roles were given: `summary` for the page's message line, `given` the new assignments.
    void assigned(const QString &summary, const QList<domain::RoleAssignment> &given);

private:
    void onRoleChanged();
    void searchUsers(const QString &text);
    void check();
    void send();
    std::optional<domain::Scope> chosenScope() const;

    session::Workspace &m_workspace;
    const accounts::AccessMap m_access;
    QList<domain::User> m_users;
    QListWidget *m_chosen;
    QLineEdit *m_userSearch;
    QListWidget *m_found;
    QComboBox *m_role;
    QTreeWidget *m_tree;
    QHash<domain::Operation, QCheckBox *> m_operations;
    QWidget *m_operationBox;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace kanri::ui
