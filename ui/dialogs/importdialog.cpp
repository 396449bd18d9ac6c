#include "dialogs/importdialog.h"

#include "accounts/userimporter.h"
#include "pages/displaytext.h"
#include "exports/savefile.h"
#include "session/workspace.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace kanri::ui {

namespace {

enum PreviewColumn { Line, Login, Name, Roles, Outcome };

QString encodingName(accounts::CsvEncoding encoding)
{
    switch (encoding) {
    case accounts::CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case accounts::CsvEncoding::Utf8Bom:
        return ImportDialog::tr("UTF-8 with BOM");
    case accounts::CsvEncoding::ShiftJis:
        return QStringLiteral("Shift_JIS");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(session::Workspace &workspace, const accounts::AccessMap &access, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_access(access)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import users"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading the file…"), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_preview = new QTableWidget(0, 5, this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Sign-in ID"), tr("Name"), tr("Roles"), tr("Check / outcome")});
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    layout->addWidget(m_preview, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    // Outside the button box, which shows every button it lays out.
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->hide();
    layout->addWidget(m_resume, 0, Qt::AlignRight);
    m_report = buttons->addButton(tr("Save report…"), QDialogButtonBox::ActionRole);
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_report->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_resume->hide();
        m_summary->setText(tr("Resuming…"));
        m_importer->resume();
    });
    connect(m_report, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save import report"), QString(), tr("CSV files (*.csv)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            const QString error = saveReport(path);
            m_summary->setText(error.isEmpty()
                                   ? tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path))
                                   : tr("The report could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), error));
        });
        dialog->open();
    });
    resize(900, 560);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::load(const QString &path)
{
    // Read and validated on a worker thread: 10,000 rows must not freeze the window.
    auto plan = std::make_shared<accounts::ImportPlan>();
    QThread *thread = QThread::create([plan, path, access = m_access, connection = m_workspace.cacheConnection()] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            plan->fileError = QCoreApplication::translate("ImportDialog", "The file could not be read: %1").arg(file.errorString());
            return;
        }
        accounts::ImportContext context;
        context.map = &access;
        cache::Database db;
        if (!cache::openConnection(connection, db)) {
            context.policy = accounts::cachedPasswordPolicy(db);
            context.takenLogins = accounts::cachedLogins(db);
        }
        *plan = accounts::planImport(file.readAll(), context);
    });
    connect(thread, &QThread::finished, this, [this, plan] {
        m_plan = std::move(*plan);
        showPlan();
        Q_EMIT previewReady();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ImportDialog::showPlan()
{
    if (!m_plan.fileError.isEmpty()) {
        m_summary->setText(m_plan.fileError + QLatin1Char(' ') + tr("Nothing was sent."));
        return;
    }
    m_preview->setRowCount(int(m_plan.rows.size()));
    for (int r = 0; r < m_plan.rows.size(); ++r) {
        const accounts::ImportRow &row = m_plan.rows.at(r);
        QStringList roles;
        for (const accounts::ImportRole &role : row.roles)
            roles << m_access.roleName(role.roleId) + QLatin1Char('@') + m_access.path(role.scope);
        const QStringList cells{QString::number(row.line), row.user.login, row.user.name, roles.join(QStringLiteral(", ")),
                                !row.errors.isEmpty() ? row.errors.join(QLatin1Char(' '))
                                : row.notes.isEmpty() ? tr("OK")
                                                      : tr("OK. %1").arg(row.notes.join(QLatin1Char(' ')))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!row.errors.isEmpty())
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    const qsizetype bad = m_plan.errorRows();
    const QString rows = tr("%n row(s) read (%1).", nullptr, int(m_plan.rows.size())).arg(encodingName(m_plan.encoding));
    if (bad > 0) {
        m_summary->setText(rows + QLatin1Char(' ')
                           + tr("%n row(s) have problems, shown in red: correct the file and open it again. Nothing was sent.",
                                nullptr, int(bad)));
        // The rows with problems first: they are what the user has to look at.
        m_preview->sortItems(Outcome, Qt::DescendingOrder);
        return;
    }
    m_summary->setText(rows + QLatin1Char(' ') + tr("Every row can be imported. Nothing is sent until you click Import."));
    m_import->setText(tr("Import %n user(s)", nullptr, int(m_plan.rows.size())));
    m_import->setEnabled(m_workspace.isOnline());
    if (!m_workspace.isOnline())
        m_import->setToolTip(session::Workspace::offlineReason());
}

void ImportDialog::startImport()
{
    if (!m_plan.canImport())
        return;
    m_import->setEnabled(false);
    m_progress->setRange(0, int(m_plan.rows.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Importing…"));
    m_importer = new accounts::UserImporter(m_workspace.client(), m_plan, this);
    connect(m_importer, &accounts::UserImporter::progress, this, [this](qsizetype done, qsizetype) { m_progress->setValue(int(done)); });
    connect(m_importer, &accounts::UserImporter::rowFinished, this, &ImportDialog::showRow);
    connect(m_importer, &accounts::UserImporter::finished, this, [this](qsizetype failed) {
        m_report->setEnabled(true);
        m_summary->setText(tr("Import finished: %1 created, %2 failed.")
                               .arg(DisplayText::number(m_importer->doneRows() - failed), DisplayText::number(failed)));
        m_workspace.requestSync();
        Q_EMIT imported(failed);
    });
    connect(m_importer, &accounts::UserImporter::interrupted, this, [this](const api::ApiError &error) {
        m_report->setEnabled(true);
        m_resume->show();
        m_summary->setText(tr("The import stopped after %1 of %2 rows: %3 Resume when the service answers again; rows already "
                              "sent are not sent twice.")
                               .arg(DisplayText::number(m_importer->doneRows()), DisplayText::number(m_plan.rows.size()),
                                    error.message()));
        m_workspace.requestSync();
        Q_EMIT interrupted();
    });
    m_importer->start();
}

void ImportDialog::showRow(qsizetype index)
{
    const accounts::UserImporter::RowResult &result = m_importer->results().at(index);
    const QString text = result.outcome == accounts::UserImporter::Outcome::Created ? tr("Created") : tr("Failed: %1").arg(result.reason);
    if (QTableWidgetItem *item = m_preview->item(int(index), Outcome))
        item->setText(text);
}

QString ImportDialog::saveReport(const QString &path) const
{
    if (!m_importer)
        return tr("Nothing was imported yet.");
    return exports::saveWhole(path, m_importer->reportCsv());
}

} // namespace kanri::ui
