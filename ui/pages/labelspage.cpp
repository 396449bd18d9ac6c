#include "pages/labelspage.h"

#include "api/apiclient.h"
#include "dialogs/labeldialog.h"
#include "itemmodels/labelledassetmodel.h"
#include "itemmodels/labeltablemodel.h"
#include "pages/displaytext.h"
#include "pages/labeltags.h"
#include "pages/overviewpages.h"
#include "pages/pageparts.h"
#include "pages/undooffer.h"
#include "session/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace kanri::ui {

namespace {

using LabelColumn = itemmodels::LabelTableModel::Column;

// The cache's label rows as people read them: the level in words, the colour as a swatch.
class LabelDisplayModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto column = LabelColumn(index.column());
        if (column == LabelColumn::Level && role == Qt::DisplayRole) {
            const auto level = domain::fromWire<domain::LabelLevel>(QIdentityProxyModel::data(index, role).toString());
            return level ? DisplayText::labelLevel(*level) : QIdentityProxyModel::data(index, role);
        }
        if (column == LabelColumn::Name && role == Qt::DecorationRole)
            return QColor(QIdentityProxyModel::data(index, itemmodels::LabelTableModel::kColorRole).toString());
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

LabelsPage::LabelsPage(session::Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_commands(LabelCommands::make(this))
{
    setObjectName(QStringLiteral("labelsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Labels"), this));
    m_status = messageLine("labelStatus", this);
    m_undo = new UndoOffer(m_status, this);
    layout->addWidget(m_undo->row());

    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *leftButtons = new QHBoxLayout;
    for (LabelCommand *c : {m_commands.create, m_commands.edit, m_commands.remove})
        leftButtons->addWidget(buttonFor(c, left));
    leftButtons->addStretch(1);
    leftLayout->addLayout(leftButtons);
    m_labels = new itemmodels::LabelTableModel(workspace.cacheConnection(), this);
    auto *display = new LabelDisplayModel(this);
    display->setSourceModel(m_labels);
    m_labelView = new QTreeView(left);
    m_labelView->setObjectName(QStringLiteral("labelView"));
    m_labelView->setRootIsDecorated(false);
    m_labelView->setModel(display);
    m_labelView->setColumnHidden(int(LabelColumn::Color), true);
    m_labelView->header()->setSectionResizeMode(int(LabelColumn::Description), QHeaderView::Stretch);
    m_labelView->addActions({m_commands.create, m_commands.edit, m_commands.remove});
    m_labelView->setContextMenuPolicy(Qt::ActionsContextMenu);
    leftLayout->addWidget(m_labelView, 1);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filter = addLabelFilter("labelFilter", filterRow, right);
    m_search = new QLineEdit(right);
    m_search->setObjectName(QStringLiteral("assetSearch"));
    m_search->setPlaceholderText(tr("Search folders and projects"));
    m_search->setClearButtonEnabled(true);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(buttonFor(m_commands.assign, right));
    filterRow->addWidget(buttonFor(m_commands.unassign, right));
    rightLayout->addLayout(filterRow);
    m_assets = new itemmodels::LabelledAssetModel(workspace.cacheConnection(), this);
    m_assetView = new QTreeView(right);
    m_assetView->setObjectName(QStringLiteral("assetView"));
    m_assetView->setRootIsDecorated(false);
    m_assetView->setUniformRowHeights(true);
    m_assetView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_assetView->setModel(m_assets);
    m_assetView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_assetView->setItemDelegateForColumn(int(itemmodels::LabelledAssetModel::Column::Labels),
                                          new LabelTagsDelegate(m_assetView));
    m_assetView->addActions({m_commands.assign, m_commands.unassign});
    m_assetView->setContextMenuPolicy(Qt::ActionsContextMenu);
    rightLayout->addWidget(m_assetView, 1);
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    rightLayout->addWidget(m_summary);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 640});

    connect(m_commands.create, &QAction::triggered, this, [this] { openDialog(false); });
    connect(m_commands.edit, &QAction::triggered, this, [this] { openDialog(true); });
    connect(m_commands.remove, &QAction::triggered, this, &LabelsPage::confirmDelete);
    connect(m_commands.assign, &QAction::triggered, this, [this] { changeAssignments(true); });
    connect(m_commands.unassign, &QAction::triggered, this, [this] { changeAssignments(false); });
    connect(m_labelView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LabelsPage::updateCommands);
    connect(m_labelView, &QTreeView::doubleClicked, this, [this] {
        if (const auto label = chosenLabel())
            m_filter->setCurrentIndex(m_filter->findData(label->id));
    });
    connect(m_assetView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LabelsPage::updateCommands);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &LabelsPage::filterChosen);
    connect(m_search, &QLineEdit::textChanged, m_assets, &itemmodels::LabelledAssetModel::setTextFilter);
    connect(m_assets, &QAbstractItemModel::modelReset, this, &LabelsPage::filterChosen);
    connect(&workspace, &session::Workspace::cacheUpdated, this, &LabelsPage::reload);
    connect(&workspace, &session::Workspace::onlineChanged, this, &LabelsPage::updateCommands);
    reload();
}

void LabelsPage::refresh()
{
    reload();
}

bool LabelsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void LabelsPage::reload()
{
    const std::optional<domain::Label> chosen = chosenLabel();
    m_labels->reload();
    m_assets->reload();
    QList<itemmodels::LabelTag> labels;
    for (int row = 0; row < m_labels->rowCount(); ++row) {
        const QModelIndex index = m_labels->index(row, 0);
        labels.append({index.data(itemmodels::LabelTableModel::kIdRole).toString(), index.data().toString(),
                       index.data(itemmodels::LabelTableModel::kColorRole).toString()});
    }
    fillLabelFilter(m_filter, labels);
    m_assets->setLabelFilter(m_filter->currentData().toString());
    if (chosen)
        chooseLabel(chosen->id);
    updateCommands();
}

bool LabelsPage::chooseLabel(const QString &id)
{
    for (int row = 0; row < m_labels->rowCount(); ++row) {
        if (m_labels->index(row, 0).data(itemmodels::LabelTableModel::kIdRole).toString() == id) {
            m_labelView->setCurrentIndex(m_labelView->model()->index(row, 0));
            return true;
        }
    }
    return false;
}

std::optional<domain::Label> LabelsPage::chosenLabel() const
{
    const QModelIndex current = m_labelView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_labelView->selectionModel()->isSelected(current))
        return std::nullopt;
    const QString id = current.siblingAtColumn(0).data(itemmodels::LabelTableModel::kIdRole).toString();
    if (!m_db.isOpen() && cache::openConnection(m_workspace.cacheConnection(), m_db))
        return std::nullopt;
    cache::Statement query(m_db, "SELECT json FROM labels WHERE id = ?");
    query.bind(1, id);
    if (!query.next())
        return std::nullopt;
    auto label = domain::decodeBody<domain::Label>(query.text(0).toUtf8());
    return label ? std::optional(*label) : std::nullopt;
}

void LabelsPage::filterChosen()
{
    const QString id = m_filter->currentData().toString();
    if (id != m_assets->labelFilter()) {
        m_assets->setLabelFilter(id); // resets the model, which comes back here
        return;
    }
    const QString shown = DisplayText::number(m_assets->rowCount());
    m_summary->setText(id.isEmpty() ? tr("%1 folders and projects.").arg(shown)
                                    : tr("%1 folders and projects carry “%2”.").arg(shown, m_assets->labels().value(id).name));
    updateCommands();
}

void LabelsPage::updateCommands()
{
    LabelSelection selection;
    selection.label = chosenLabel();
    selection.assets = m_assetView->selectionModel()->selectedRows().size();
    selection.contractAdmin = m_workspace.account().adminLevel == domain::AdminLevel::ContractAdmin;
    selection.online = m_workspace.isOnline() && m_pending == 0;
    m_commands.update(selection);
    m_undo->setOnline(m_workspace.isOnline());
    if (!m_workspace.isOnline())
        showMessage(m_status, session::Workspace::offlineReason());
    else if (m_status->text() == session::Workspace::offlineReason())
        showMessage(m_status, {});
}

void LabelsPage::openDialog(bool edit)
{
    std::optional<domain::Label> existing;
    if (edit && !(existing = chosenLabel()))
        return;
    m_dialog = new LabelDialog(m_workspace.client(), existing, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &LabelDialog::saved, this, [this, edit](const domain::Label &label) {
        finishChange(edit ? tr("The label “%1” was changed.").arg(label.name)
                          : tr("The label “%1” was defined.").arg(label.name));
    });
    m_dialog->open();
}

void LabelsPage::confirmDelete()
{
    const std::optional<domain::Label> label = chosenLabel();
    if (!label)
        return;
    const qsizetype carrying = m_assets->carrying(label->id);
    const QString details = carrying == 0
                                ? tr("No folder or project carries it.")
                                : tr("%n folders and projects carry it and will lose it. This cannot be undone.", nullptr,
                                     int(carrying));
    m_confirmation = confirmDestructive(this,
                                        {"deleteLabelConfirmation", tr("Delete label"),
                                         tr("Delete the label “%1”?").arg(label->name), tr("Delete"), details, {}},
                                        this, [this, label = *label] { deleteLabel(label); });
}

void LabelsPage::deleteLabel(const domain::Label &label)
{
    ++m_pending;
    updateCommands();
    auto *request = m_workspace.client().remove(QStringLiteral("/labels/") + label.id, '"' + label.etag.toUtf8() + '"');
    connect(request, &api::ApiRequest::finished, this, [this, request, name = label.name] {
        --m_pending;
        const auto &error = request->error();
        finishChange(error ? error->message() : tr("The label “%1” was deleted.").arg(name));
    });
}

void LabelsPage::changeAssignments(bool assign)
{
    const std::optional<domain::Label> label = chosenLabel();
    if (!label)
        return;
    QList<itemmodels::LabelledAsset> assets;
    for (const QModelIndex &index : m_assetView->selectionModel()->selectedRows())
        assets << m_assets->asset(index.row());
    // Commands wait until every answer is in.
    const itemmodels::LabelTag tag{label->id, label->name, label->color};
    const qsizetype sent = changeLabel(
        m_workspace.client(), tag, assets, assign, this,
        [this, tag, assign](const QString &message, bool changed, const QList<itemmodels::LabelledAsset> &changedAssets) {
            if (!changed) {
                showMessage(m_status, message);
                return;
            }
            --m_pending;
            finishChange(message);
            offerLabelUndo(*m_undo, m_workspace.client(), tag, changedAssets, assign, [this](const QString &text, bool failure) {
                showMessage(m_status, text, failure);
                m_workspace.requestSync();
            });
        });
    m_pending += sent > 0 ? 1 : 0;
    updateCommands();
}

void LabelsPage::finishChange(const QString &message)
{
    m_undo->withdraw();
    showMessage(m_status, message);
    updateCommands();
    m_workspace.requestSync();
}

Page *createLabelsPage(session::Workspace &workspace, QWidget *parent)
{
    return new LabelsPage(workspace, parent);
}

} // namespace kanri::ui
