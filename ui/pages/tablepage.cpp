#include "pages/tablepage.h"

#include "pages/pageparts.h"

#include <QCollator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kanri::ui {

TablePage::TablePage(const QString &heading, const QStringList &columns, Fetch fetch, QWidget *parent)
    : Page(parent)
    , m_fetch(std::move(fetch))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(heading, this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pageSearch"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new QStandardItemModel(0, int(columns.size()), this);
    m_model->setHorizontalHeaderLabels(columns);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("pageTable"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    layout->addWidget(m_view, 1);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

void TablePage::refresh()
{
    if (m_busy)
        return;
    m_busy = true;
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("Loading…"));
    m_fetch(*this);
}

bool TablePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void TablePage::showRows(const Rows &rows, const QString &summary)
{
    m_busy = false;
    m_model->removeRows(0, m_model->rowCount());
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row) {
            auto *item = new QStandardItem(cell);
            item->setEditable(false);
            items.append(item);
        }
        m_model->appendRow(items);
    }
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
    m_summary->setText(summary);
}

void TablePage::showError(const QString &message)
{
    m_busy = false;
    m_summary->setText(message);
}

} // namespace kanri::ui
