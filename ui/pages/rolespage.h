#pragma once

#include "accounts/accessmap.h"
#include "cache/sqlite.h"
#include "commands/labelcommands.h"
#include "pages/page.h"

#include <QInputDialog>
#include <QPointer>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace kanri::session {
class Workspace;
}

namespace kanri::ui {

class UndoOffer;

// Roles & access, from the cache: the folder and project tree; for the selected node who
// holds which role there, directly or inherited from a folder above, with the operations and
// the assignment that grants them; assign and revoke; and, for the selected holder, every
// scope and role that user holds. The tree shows the labels of each folder and project, is
// filtered by a label, and puts labels on or off its selected nodes (as the labels page does).
class RolesPage : public Page
{
    Q_OBJECT
public:
    RolesPage(session::Workspace &workspace, QWidget *parent);

    void refresh() override;
    // Selects a node of the tree (tests).
    bool selectNode(const QString &scopeId);
    // Selects these nodes of the tree, the first one current (tests).
    bool selectNodes(const QStringList &scopeIds);
    QAction *assignAction() const { return m_assign; }
    QAction *revokeAction() const { return m_revoke; }
    const TreeLabelCommands &labelCommands() const { return m_labelCommands; }
    // The open label chooser of "Put label on…" / "Take label off…" (tests answer it).
    QInputDialog *labelChooser() const { return m_labelChooser; }

private:
    void reload();
    void showHolders();
    void showUserAssignments();
    void updateActions();
    void revoke();
    // Shows how a change went and syncs.
    void reportChange(const QString &text, bool failure);
    void filterByLabel();
    bool showCarrying(QTreeWidgetItem *item, const QString &labelId);
    QList<itemmodels::LabelledAsset> selectedAssets() const;
    void chooseLabel(bool assign);
    QString currentNode() const;
    std::optional<accounts::Holder> currentHolder() const;

    session::Workspace &m_workspace;
    cache::Database m_db;
    std::optional<accounts::AccessMap> m_access;
    QList<accounts::Holder> m_holders;
    itemmodels::LabelledAssets m_labelled;
    QHash<QString, qsizetype> m_assetIndex; // scope id → index into m_labelled.assets
    TreeLabelCommands m_labelCommands;
    QComboBox *m_labelFilter;
    QPointer<QInputDialog> m_labelChooser;
    int m_pending = 0; // label changes still out
    QTreeWidget *m_tree;
    QLabel *m_nodeHeading;
    QTreeWidget *m_holderView;
    QLabel *m_userHeading;
    QTreeWidget *m_userView;
    QLabel *m_message;
    UndoOffer *m_undo;
    QAction *m_assign;
    QAction *m_revoke;
};

} // namespace kanri::ui
