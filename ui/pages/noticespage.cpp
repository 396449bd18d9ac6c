#include "pages/overviewpages.h"

#include "pages/tablepage.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QLocale>

namespace kanri::ui {

Page *createNoticesPage(session::Workspace &workspace, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Notices"),
        {TablePage::tr("Published"), TablePage::tr("Kind"), TablePage::tr("Title"), TablePage::tr("Read")},
        [&workspace](TablePage &p) {
            fetchInto(p, workspace.client().notices(overviewParams()), [&p](const domain::Page<domain::Notice> &notices) {
                TablePage::Rows rows;
                for (const domain::Notice &n : notices.items)
                    rows.append({DisplayText::dateTime(n.publishedAt), DisplayText::noticeKind(n.kind), n.title,
                                 n.read ? TablePage::tr("Read") : TablePage::tr("Unread")});
                p.showRows(rows, countSummary(notices));
            });
        },
        parent);
    page->setObjectName(QStringLiteral("noticesPage"));
    return page;
}

} // namespace kanri::ui
