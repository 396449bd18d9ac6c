#pragma once

#include "api/apiclient.h"
#include "pages/displaytext.h"
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

// Runs `request` and hands its result to `rows`, or its error to the page.
template<typename T, typename RowsOf>
void fetchInto(TablePage &page, api::TypedRequest<T> *request, RowsOf rows)
{
    QObject::connect(request, &api::ApiRequest::finished, &page, [&page, request, rows] {
        request->deleteLater();
        if (const auto &error = request->error())
            page.showError(error->message());
        else
            rows(request->result());
    });
}

// "1,000 in total." or, when the service has more, "The first 1,000 are shown."
template<typename T> QString countSummary(const domain::Page<T> &result)
{
    const QString shown = DisplayText::number(result.items.size());
    return result.nextCursor ? TablePage::tr("The first %1 are shown.").arg(shown)
                             : TablePage::tr("%1 in total.").arg(shown);
}

// The largest page the service gives in one answer.
inline api::ListParams overviewParams()
{
    api::ListParams params;
    params.limit = 1000;
    return params;
}

} // namespace kanri::ui
