#include "pages/overviewpages.h"

#include "pages/tablepage.h"
#include "session/consolesession.h"

#include <QLocale>

namespace kanri::ui {

namespace {

// Page size of the overviews: the largest the service allows in one answer.
constexpr int kOverviewLimit = 1000;

QString dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString dateTime(const std::optional<QDateTime> &when)
{
    return when ? dateTime(*when) : QString();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString userStatus(domain::UserStatus status)
{
    switch (status) {
    case domain::UserStatus::Active:
        return TablePage::tr("Active");
    case domain::UserStatus::Disabled:
        return TablePage::tr("Disabled");
    case domain::UserStatus::Locked:
        return TablePage::tr("Locked");
    case domain::UserStatus::Invited:
        return TablePage::tr("Invited");
    }
    return {};
}

QString noticeKind(domain::NoticeKind kind)
{
    switch (kind) {
    case domain::NoticeKind::Maintenance:
        return TablePage::tr("Maintenance");
    case domain::NoticeKind::Incident:
        return TablePage::tr("Incident");
    case domain::NoticeKind::Change:
        return TablePage::tr("Change");
    case domain::NoticeKind::Info:
        return TablePage::tr("Information");
    }
    return {};
}

QString exportState(domain::LogExportState state)
{
    switch (state) {
    case domain::LogExportState::Requested:
        return TablePage::tr("Requested");
    case domain::LogExportState::Approved:
        return TablePage::tr("Approved");
    case domain::LogExportState::Generating:
        return TablePage::tr("Generating");
    case domain::LogExportState::Ready:
        return TablePage::tr("Ready");
    case domain::LogExportState::Expired:
        return TablePage::tr("Expired");
    case domain::LogExportState::Rejected:
        return TablePage::tr("Rejected");
    case domain::LogExportState::Cancelled:
        return TablePage::tr("Cancelled");
    case domain::LogExportState::Failed:
        return TablePage::tr("Failed");
    }
    return {};
}

QString logType(domain::LogType type)
{
    return type == domain::LogType::Access ? TablePage::tr("Access log") : TablePage::tr("Operation log");
}

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

template<typename T>
QString countSummary(const domain::Page<T> &result)
{
    const QString shown = number(result.items.size());
    return result.nextCursor ? TablePage::tr("The first %1 are shown.").arg(shown)
                             : TablePage::tr("%1 in total.").arg(shown);
}

api::ListParams overviewParams()
{
    api::ListParams params;
    params.limit = kOverviewLimit;
    return params;
}

} // namespace

Page *createDashboardPage(session::ConsoleSession &session, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Dashboard"), {TablePage::tr("Measure"), TablePage::tr("Last 30 days")},
        [&session](TablePage &p) {
            const QDate today = QDate::currentDate();
            fetchInto(p, session.client().usage(today.addDays(-29), today), [&p](const domain::UsageSeries &usage) {
                const domain::UsageTotals &t = usage.totals;
                p.showRows({{TablePage::tr("Sign-ins"), number(t.logins)},
                            {TablePage::tr("Projects (total)"), number(t.projectsTotal)},
                            {TablePage::tr("Uploads"), number(t.uploads)},
                            {TablePage::tr("Files (total)"), number(t.filesTotal)},
                            {TablePage::tr("Downloads"), number(t.downloads)}},
                           TablePage::tr("Usage from %1 to %2 (%3).")
                               .arg(QLocale().toString(usage.from, QLocale::ShortFormat),
                                    QLocale().toString(usage.to, QLocale::ShortFormat), usage.timeZone));
            });
        },
        parent);
    page->setObjectName(QStringLiteral("dashboardPage"));
    return page;
}

Page *createUsersPage(session::ConsoleSession &session, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Users"),
        {TablePage::tr("Name"), TablePage::tr("Reading"), TablePage::tr("Sign-in ID"), TablePage::tr("E-mail"),
         TablePage::tr("Status"), TablePage::tr("MFA"), TablePage::tr("Last sign-in"), TablePage::tr("Created")},
        [&session](TablePage &p) {
            fetchInto(p, session.client().users(overviewParams()), [&p](const domain::Page<domain::User> &users) {
                TablePage::Rows rows;
                for (const domain::User &u : users.items)
                    rows.append({u.name, u.nameKana.value_or(QString()), u.login, u.email, userStatus(u.status),
                                 u.mfaEnabled ? TablePage::tr("On") : TablePage::tr("Off"),
                                 dateTime(u.lastLoginAt), dateTime(u.createdAt)});
                p.showRows(rows, countSummary(users));
            });
        },
        parent);
    page->setObjectName(QStringLiteral("usersPage"));
    return page;
}

Page *createRolesPage(session::ConsoleSession &session, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Roles & access"), {TablePage::tr("Role"), TablePage::tr("Description")},
        [&session](TablePage &p) {
            fetchInto(p, session.client().roles(), [&p](const domain::Page<domain::Role> &roles) {
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

Page *createLabelsPage(session::ConsoleSession &session, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Labels"),
        {TablePage::tr("Label"), TablePage::tr("Description"), TablePage::tr("Assets"), TablePage::tr("Updated")},
        [&session](TablePage &p) {
            fetchInto(p, session.client().get<domain::Page<domain::Label>>(QStringLiteral("/labels"), overviewParams().toQuery()),
                      [&p](const domain::Page<domain::Label> &labels) {
                          TablePage::Rows rows;
                          for (const domain::Label &l : labels.items)
                              rows.append({l.name, l.description, number(l.assetCount), dateTime(l.updatedAt)});
                          p.showRows(rows, countSummary(labels));
                      });
        },
        parent);
    page->setObjectName(QStringLiteral("labelsPage"));
    return page;
}

Page *createLogExportsPage(session::ConsoleSession &session, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Log exports"),
        {TablePage::tr("Log"), TablePage::tr("From"), TablePage::tr("To"), TablePage::tr("State"),
         TablePage::tr("Requested")},
        [&session](TablePage &p) {
            fetchInto(p, session.client().get<domain::Page<domain::LogExport>>(QStringLiteral("/log-exports"), overviewParams().toQuery()),
                      [&p](const domain::Page<domain::LogExport> &exports) {
                          TablePage::Rows rows;
                          for (const domain::LogExport &e : exports.items)
                              rows.append({logType(e.logType), dateTime(e.from), dateTime(e.to),
                                           exportState(e.state), dateTime(e.requestedAt)});
                          p.showRows(rows, countSummary(exports));
                      });
        },
        parent);
    page->setObjectName(QStringLiteral("logExportsPage"));
    return page;
}

Page *createNoticesPage(session::ConsoleSession &session, QWidget *parent)
{
    auto *page = new TablePage(
        TablePage::tr("Notices"),
        {TablePage::tr("Published"), TablePage::tr("Kind"), TablePage::tr("Title"), TablePage::tr("Read")},
        [&session](TablePage &p) {
            fetchInto(p, session.client().notices(overviewParams()), [&p](const domain::Page<domain::Notice> &notices) {
                TablePage::Rows rows;
                for (const domain::Notice &n : notices.items)
                    rows.append({dateTime(n.publishedAt), noticeKind(n.kind), n.title,
                                 n.read ? TablePage::tr("Read") : TablePage::tr("Unread")});
                p.showRows(rows, countSummary(notices));
            });
        },
        parent);
    page->setObjectName(QStringLiteral("noticesPage"));
    return page;
}

} // namespace kanri::ui
