#include "pages/overviewpages.h"

#include "pages/tablepage.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QLocale>

namespace kanri::ui {

Page *createDashboardPage(session::Workspace &workspace, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Dashboard"), {TablePage::tr("Measure"), TablePage::tr("Last 30 days")},
        [&workspace](TablePage &p) {
            const QDate today = QDate::currentDate();
            fetchInto(p, workspace.client().usage(today.addDays(-29), today), [&p](const domain::UsageSeries &usage) {
                const domain::UsageTotals &t = usage.totals;
                p.showRows({{TablePage::tr("Sign-ins"), DisplayText::number(t.logins)},
                            {TablePage::tr("Projects (total)"), DisplayText::number(t.projectsTotal)},
                            {TablePage::tr("Uploads"), DisplayText::number(t.uploads)},
                            {TablePage::tr("Files (total)"), DisplayText::number(t.filesTotal)},
                            {TablePage::tr("Downloads"), DisplayText::number(t.downloads)}},
                           TablePage::tr("Usage from %1 to %2 (%3).")
                               .arg(QLocale().toString(usage.from, QLocale::ShortFormat),
                                    QLocale().toString(usage.to, QLocale::ShortFormat), usage.timeZone));
            });
        },
        parent);
    page->setObjectName(QStringLiteral("dashboardPage"));
    return page;
}

} // namespace kanri::ui
