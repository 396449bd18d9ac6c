#pragma once

#include "accounts/accessmap.h"
#include "accounts/usercsv.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace kanri::session {
class Workspace;
}
namespace kanri::accounts {
class UserImporter;
}

namespace kanri::ui {

// Bulk registration from a CSV file: the file is read and every row checked offline (on a
// worker thread) and shown with its problems; nothing is sent until the user confirms. Then
// the rows go to the service one by one with idempotency keys, with a progress bar; an
// interruption can be resumed without duplicates, and the result report saved as CSV.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(session::Workspace &workspace, const accounts::AccessMap &access, QWidget *parent);
    ~ImportDialog() override;

    void load(const QString &path);
    const accounts::ImportPlan &plan() const { return m_plan; }
    // Writes the result report (what "Save report…" does after its file dialog): why it could
    // not be saved, or empty once saved.
    QString saveReport(const QString &path) const;

Q_SIGNALS:
    void previewReady();
    void imported(qsizetype failed);
    void interrupted();

private:
    void showPlan();
    void startImport();
    void showRow(qsizetype index);

    session::Workspace &m_workspace;
    const accounts::AccessMap m_access;
    accounts::ImportPlan m_plan;
    accounts::UserImporter *m_importer = nullptr;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_resume;
    QPushButton *m_report;
};

} // namespace kanri::ui
