#pragma once

#include "pages/page.h"

#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace kanri::ui {

// A page that shows what the service answered as a sortable, searchable table: a heading, a
// line saying what is shown (or why nothing is), a search field and the rows.
class TablePage : public Page
{
    Q_OBJECT
public:
    using Rows = QList<QStringList>;
    // Starts fetching; later calls showRows() or showError() on the page.
    using Fetch = std::function<void(TablePage &page)>;

    TablePage(const QString &heading, const QStringList &columns, Fetch fetch, QWidget *parent = nullptr);

    void refresh() override;
    bool focusSearch() override;

    void showRows(const Rows &rows, const QString &summary);
    void showError(const QString &message);
    QTreeView *view() const { return m_view; }

private:
    Fetch m_fetch;
    QLabel *m_summary = nullptr;
    QLineEdit *m_search = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    bool m_busy = false;
};

} // namespace kanri::ui
