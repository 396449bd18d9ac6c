#include "pages/overviewpages.h"

#include "pages/tablepage.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QLocale>

namespace kanri::ui {

Page *createLabelsPage(session::Workspace &workspace, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Labels"),
        {TablePage::tr("Label"), TablePage::tr("Description"), TablePage::tr("Assets"), TablePage::tr("Updated")},
        [&workspace](TablePage &p) {
            fetchInto(p, workspace.client().get<domain::Page<domain::Label>>(QStringLiteral("/labels"), overviewParams().toQuery()),
                      [&p](const domain::Page<domain::Label> &labels) {
                          TablePage::Rows rows;
                          for (const domain::Label &l : labels.items)
                              rows.append({l.name, l.description, DisplayText::number(l.assetCount), DisplayText::dateTime(l.updatedAt)});
                          p.showRows(rows, countSummary(labels));
                      });
        },
        parent);
    page->setObjectName(QStringLiteral("labelsPage"));
    return page;
}

} // namespace kanri::ui
