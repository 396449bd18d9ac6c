#include "pages/overviewpages.h"

#include "pages/tablepage.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QLocale>

namespace kanri::ui {

Page *createUsersPage(session::Workspace &workspace, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Users"),
        {TablePage::tr("Name"), TablePage::tr("Reading"), TablePage::tr("Sign-in ID"), TablePage::tr("E-mail"),
         TablePage::tr("Status"), TablePage::tr("MFA"), TablePage::tr("Last sign-in"), TablePage::tr("Created")},
        [&workspace](TablePage &p) {
            fetchInto(p, workspace.client().users(overviewParams()), [&p](const domain::Page<domain::User> &users) {
                TablePage::Rows rows;
                for (const domain::User &u : users.items)
                    rows.append({u.name, u.nameKana.value_or(QString()), u.login, u.email, DisplayText::userStatus(u.status),
                                 DisplayText::onOff(u.mfaEnabled),
                                 DisplayText::dateTime(u.lastLoginAt), DisplayText::dateTime(u.createdAt)});
                p.showRows(rows, countSummary(users));
            });
        },
        parent);
    page->setObjectName(QStringLiteral("usersPage"));
    return page;
}

Page *createRolesPage(session::Workspace &workspace, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Roles & access"), {TablePage::tr("Role"), TablePage::tr("Description")},
        [&workspace](TablePage &p) {
            fetchInto(p, workspace.client().roles(), [&p](const domain::Page<domain::Role> &roles) {
                const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
                TablePage::Rows rows;
                for (const domain::Role &r : roles.items)
                    rows.append({r.displayNames.value(language, r.name), r.description});
                p.showRows(rows, TablePage::tr("The roles the service offers, to assign on folders and projects."));
            });
        },
        parent);
    page->setObjectName(QStringLiteral("rolesPage"));
    return page;
}

} // namespace kanri::ui
