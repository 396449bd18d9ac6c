#include "pages/overviewpages.h"

#include "pages/tablepage.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QLocale>

namespace kanri::ui {

Page *createLogExportsPage(session::Workspace &workspace, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Log exports"),
        {TablePage::tr("Log"), TablePage::tr("From"), TablePage::tr("To"), TablePage::tr("State"),
         TablePage::tr("Requested")},
        [&workspace](TablePage &p) {
            fetchInto(p, workspace.client().get<domain::Page<domain::LogExport>>(QStringLiteral("/log-exports"), overviewParams().toQuery()),
                      [&p](const domain::Page<domain::LogExport> &exports) {
                          TablePage::Rows rows;
                          for (const domain::LogExport &e : exports.items)
                              rows.append({DisplayText::logType(e.logType), DisplayText::dateTime(e.from), DisplayText::dateTime(e.to),
                                           DisplayText::exportState(e.state), DisplayText::dateTime(e.requestedAt)});
                          p.showRows(rows, countSummary(exports));
                      });
        },
        parent);
    page->setObjectName(QStringLiteral("logExportsPage"));
    return page;
}

} // namespace kanri::ui
