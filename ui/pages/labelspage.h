#pragma once

#include "cache/sqlite.h"
#include "commands/labelcommands.h"
#include "pages/page.h"

#include <QMessageBox>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

class QTreeView;

namespace kanri::itemmodels {
class LabelTableModel;
class LabelledAssetModel;
}
namespace kanri::session {
class Workspace;
}

namespace kanri::ui {

class LabelDialog;
class UndoOffer;

// Classification labels (§3.1.1): the labels on the left (define, change, delete), the
// folders and projects on the right with the labels they carry, filtered by a label; the
// chosen label goes on or off the selected folders and projects. Read from the cache; changes
// go to the service (If-Match on label changes) and are followed by a sync.
class LabelsPage : public Page
{
    Q_OBJECT
public:
    explicit LabelsPage(session::Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;
    bool focusSearch() override;

    const LabelCommands &commands() const { return m_commands; }
    // Chooses the label `id` in the list (and filters the assets by it when `filter`).
    bool chooseLabel(const QString &id);
    std::optional<domain::Label> chosenLabel() const;
    // The open dialogs (tests answer them).
    LabelDialog *labelDialog() const { return m_dialog; }
    QMessageBox *confirmation() const { return m_confirmation; }

private:
    void reload();
    void updateCommands();
    void filterChosen();
    void openDialog(bool edit);
    void confirmDelete();
    void deleteLabel(const domain::Label &label);
    void changeAssignments(bool assign);
    void finishChange(const QString &message);

    session::Workspace &m_workspace;
    mutable cache::Database m_db; // opened on first use
    LabelCommands m_commands;
    itemmodels::LabelTableModel *m_labels = nullptr;
    itemmodels::LabelledAssetModel *m_assets = nullptr;
    QTreeView *m_labelView = nullptr;
    QTreeView *m_assetView = nullptr;
    QComboBox *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    UndoOffer *m_undo = nullptr;
    QPointer<LabelDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
    int m_pending = 0;
};

} // namespace kanri::ui
