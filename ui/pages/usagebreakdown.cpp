#include "pages/usagebreakdown.h"

#include "api/apiclient.h"
#include "itemmodels/dormantusers.h"
#include "pages/displaytext.h"
#include "session/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

QTreeWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTreeWidget(parent);
    table->setRootIsDecorated(false);
    table->setHeaderLabels(headers);
    table->setUniformRowHeights(true);
    table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->header()->setStretchLastSection(false);
    table->setMinimumHeight(180);
    return table;
}

// A number cell that sorts and aligns as a number.
void setNumber(QTreeWidgetItem *item, int column, qint64 value)
{
    item->setText(column, DisplayText::number(value));
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

UsageBreakdown::UsageBreakdown(session::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("breakdownTabs"));
    layout->addWidget(m_tabs);

    const QStringList names{tr("Top projects"), tr("Top folders"), tr("Top users")};
    const QStringList objectNames{QStringLiteral("topProjects"), QStringLiteral("topFolders"), QStringLiteral("topUsers")};
    for (int i = 0; i < names.size(); ++i) {
        auto *tab = new QWidget(m_tabs);
        auto *tabLayout = new QVBoxLayout(tab);
        auto *note = new QLabel(tab);
        note->setObjectName(objectNames.at(i) + QStringLiteral("Note"));
        note->setWordWrap(true);
        QStringList headers{tr("Name"), tr("Uploads"), tr("Downloads")};
        if (i == 2)
            headers = QStringList{tr("Name"), tr("Sign-ins"), tr("Uploads"), tr("Downloads")};
        auto *table = makeTable(headers, tab);
        table->setObjectName(objectNames.at(i));
        tabLayout->addWidget(note);
        tabLayout->addWidget(table, 1);
        m_tabs->addTab(tab, names.at(i));
        m_topTables.append(table);
        m_topNotes.append(note);
    }

    auto *dormantTab = new QWidget(m_tabs);
    auto *dormantLayout = new QVBoxLayout(dormantTab);
    auto *row = new QHBoxLayout;
    auto *daysLabel = new QLabel(tr("No sign-in for:"), dormantTab);
    m_dormantDays = new QComboBox(dormantTab);
    m_dormantDays->setObjectName(QStringLiteral("dormantDays"));
    for (int days : {30, 60, 90})
        m_dormantDays->addItem(tr("%n days", nullptr, days), days);
    daysLabel->setBuddy(m_dormantDays);
    m_dormantNote = new QLabel(dormantTab);
    m_dormantNote->setObjectName(QStringLiteral("dormantNote"));
    row->addWidget(daysLabel);
    row->addWidget(m_dormantDays);
    row->addWidget(m_dormantNote, 1);
    m_dormant = makeTable({tr("Name"), tr("Sign-in ID"), tr("Last sign-in")}, dormantTab);
    m_dormant->setObjectName(QStringLiteral("dormantUsers"));
    dormantLayout->addLayout(row);
    dormantLayout->addWidget(m_dormant, 1);
    m_tabs->addTab(dormantTab, tr("Dormant accounts"));
    connect(m_dormantDays, &QComboBox::currentIndexChanged, this, &UsageBreakdown::reloadDormant);
    m_reader.setMaxThreadCount(1);
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(kFetchDelay);
    connect(&m_fetchTimer, &QTimer::timeout, this, &UsageBreakdown::fetchMissing);
    connect(&workspace, &session::Workspace::onlineChanged, this, [this](bool online) {
        if (online && m_range.isValid())
            showRange(m_range);
    });
}

int UsageBreakdown::dormantDays() const
{
    return m_dormantDays->currentData().toInt();
}

void UsageBreakdown::setDormantDays(int days)
{
    m_dormantDays->setCurrentIndex(m_dormantDays->findData(days));
}

void UsageBreakdown::showRange(const itemmodels::DayRange &range)
{
    m_range = range;
    m_fetchTimer.stop();
    // Answers for a period left are dropped, not aborted: the service works them out anyway,
    // and an abort would close a warm TLS connection.
    for (const QPointer<api::ApiRequest> &request : std::as_const(m_pending))
        if (request)
            request->disconnect(this);
    m_pending.clear();
    if (m_workspace.dataAsOf() != m_rankingsAsOf) {
        m_rankings.clear();
        m_rankingsAsOf = m_workspace.dataAsOf();
    }
    const bool online = m_workspace.isOnline();
    const bool allowed = m_workspace.account().adminLevel == domain::AdminLevel::ContractAdmin;
    bool missing = false;
    for (int tab = 0; tab < m_topTables.size(); ++tab) {
        const auto known = m_rankings.constFind(rankingKey(tab));
        if (known != m_rankings.cend()) {
            showTop(tab, *known);
            continue;
        }
        m_topTables.at(tab)->clear();
        missing = true;
        m_topNotes.at(tab)->setText(
            !allowed ? tr("The rankings are for the contract administrator only.")
            : online ? tr("Loading…")
                     : tr("The rankings come from the service and are not kept offline. "
                          "They return when the console is online."));
    }
    if (missing && online && allowed && range.isValid())
        m_fetchTimer.start();
}

QString UsageBreakdown::rankingKey(int tab) const
{
    return domain::formatDate(m_range.from) + u'/' + domain::formatDate(m_range.to) + u'/' + QString::number(tab);
}

void UsageBreakdown::fetchMissing()
{
    for (int tab = 0; tab < m_topTables.size(); ++tab) {
        if (!m_rankings.contains(rankingKey(tab)))
            fetchTop(tab);
    }
}

void UsageBreakdown::fetchTop(int tab)
{
    static const QStringList kinds{QStringLiteral("project"), QStringLiteral("folder"), QStringLiteral("user")};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), domain::formatDate(m_range.from));
    query.addQueryItem(QStringLiteral("to"), domain::formatDate(m_range.to));
    query.addQueryItem(QStringLiteral("by"), kinds.at(tab));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kTopLimit));
    auto *request = m_workspace.client().get<domain::Page<domain::UsageTopEntry>>(QStringLiteral("/usage/top"), query);
    m_pending.append(request);
    connect(request, &api::ApiRequest::finished, this, [this, request, tab, key = rankingKey(tab)] {
        if (const auto &error = request->error()) {
            m_topNotes.at(tab)->setText(error->message());
            return;
        }
        m_rankings.insert(key, request->result().items);
        showTop(tab, request->result().items);
    });
}

void UsageBreakdown::showTop(int tab, const QList<domain::UsageTopEntry> &entries)
{
    QTreeWidget *table = m_topTables.at(tab);
    table->clear();
    const bool users = tab == 2;
    for (const domain::UsageTopEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(table);
        item->setText(0, entry.name);
        item->setData(0, Qt::UserRole, entry.id);
        int column = 1;
        if (users)
            setNumber(item, column++, entry.logins);
        setNumber(item, column++, entry.uploads);
        setNumber(item, column, entry.downloads);
    }
    m_topNotes.at(tab)->setText(
        entries.isEmpty() ? tr("No activity in this period.")
                          : tr("The %n most active in this period, by uploads, downloads and sign-ins.", nullptr,
                               int(entries.size())));
}

void UsageBreakdown::reloadDormant()
{
    // Off the window's thread; the rows shown stay until the answer of the latest read.
    const int generation = ++m_dormantGeneration;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-dormantDays());
    itemmodels::readDormantUsers(m_reader, m_workspace.cacheConnection(), cutoff, kDormantShown)
        .then(this, [this, generation](const std::optional<itemmodels::DormantUsers> &dormant) {
            if (generation == m_dormantGeneration)
                showDormant(dormant);
        });
}

void UsageBreakdown::showDormant(const std::optional<itemmodels::DormantUsers> &dormant)
{
    m_dormant->clear();
    if (!dormant) {
        m_dormantNote->setText(tr("The cache cannot be read."));
        return;
    }
    QList<QTreeWidgetItem *> items;
    items.reserve(dormant->oldest.size());
    for (const itemmodels::DormantUser &user : std::as_const(dormant->oldest)) {
        auto *item = new QTreeWidgetItem({user.name, user.login,
                                          user.lastLogin ? DisplayText::dateTime(*user.lastLogin) : tr("Never")});
        item->setData(0, Qt::UserRole, user.id);
        items.append(item);
    }
    m_dormant->addTopLevelItems(items);
    const QString total = DisplayText::number(dormant->total);
    m_dormantNote->setText(dormant->total > dormant->oldest.size()
                               ? tr("%1 accounts; the %2 longest without a sign-in are shown.")
                                     .arg(total, DisplayText::number(dormant->oldest.size()))
                               : tr("%1 accounts.").arg(total));
    const int index = m_tabs->count() - 1;
    m_tabs->setTabText(index, tr("Dormant accounts (%1)").arg(total));
}

} // namespace kanri::ui
