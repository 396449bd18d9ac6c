#pragma once

#include "accounts/accessmap.h"
#include "cache/sqlite.h"
#include "pages/page.h"

#include <optional>

class QAction;
class QLabel;
class QTreeWidget;

namespace kanri::session {
class Workspace;
}

namespace kanri::ui {

// Roles & access, from the cache: the folder and project tree; for the selected node who
// holds which role there, directly or inherited from a folder above, with the operations and
// the assignment that grants them; assign and revoke; and, for the selected holder, every
// scope and role that user holds.
class RolesPage : public Page
{
    Q_OBJECT
public:
    RolesPage(session::Workspace &workspace, QWidget *parent);

    void refresh() override;
    // Selects a node of the tree (tests).
    bool selectNode(const QString &scopeId);
    QAction *assignAction() const { return m_assign; }
    QAction *revokeAction() const { return m_revoke; }

private:
    void reload();
    void showHolders();
    void showUserAssignments();
    void updateActions();
    void revoke();
    QString currentNode() const;
    std::optional<accounts::Holder> currentHolder() const;

    session::Workspace &m_workspace;
    cache::Database m_db;
    std::optional<accounts::AccessMap> m_access;
    QList<accounts::Holder> m_holders;
    QTreeWidget *m_tree;
    QLabel *m_nodeHeading;
    QTreeWidget *m_holderView;
    QLabel *m_userHeading;
    QTreeWidget *m_userView;
    QLabel *m_message;
    QAction *m_assign;
    QAction *m_revoke;
};

} // namespace kanri::ui
