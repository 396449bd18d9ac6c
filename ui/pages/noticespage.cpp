#include "pages/noticespage.h"

#include "api/apiclient.h"
#include "domain/japanesecalendar.h"
#include "pages/displaytext.h"
#include "pages/overviewpages.h"
#include "pages/pageparts.h"
#include "session/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QTimeZone zoneOf(const QString &name)
{
    const QTimeZone zone(name.toUtf8());
    return zone.isValid() ? zone : QTimeZone(9 * 3600);
}

QString when(const QDateTime &time, const QTimeZone &zone)
{
    return QLocale().toString(time.toTimeZone(zone), QLocale::ShortFormat);
}

} // namespace

QDate NoticesPage::announceFrom(QDate start)
{
    QDate day = start;
    for (int counted = 0; counted < kBannerBusinessDays;) {
        day = day.addDays(-1);
        if (domain::isJapaneseBusinessDay(day))
            ++counted;
    }
    return day;
}

NoticesPage::NoticesPage(session::Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("noticesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Notices"), this));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("maintenanceBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #e8f0fe; color: #174ea6; padding: 6px; }"));
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_markRead = new QAction(tr("Mark as &read"), this);
    m_markRead->setObjectName(QStringLiteral("markReadAction"));
    m_markRead->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_markUnread = new QAction(tr("Mark as &unread"), this);
    m_markUnread->setObjectName(QStringLiteral("markUnreadAction"));
    m_markAllRead = new QAction(tr("Mark &all as read"), this);
    m_markAllRead->setObjectName(QStringLiteral("markAllReadAction"));
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_markRead, m_markUnread, m_markAllRead}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        buttons->addWidget(buttonFor(action, this));
    }
    buttons->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    buttons->addWidget(m_summary);
    layout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("noticeList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Published"), tr("Kind"), tr("Title"), tr("Status")});
    for (int column : {0, 1, 3})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("noticeDetails"));
    splitter->setSizes({300, 300});
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        showChosen();
        updateActions();
    });
    connect(m_markRead, &QAction::triggered, this, [this] {
        QStringList ids;
        for (QTreeWidgetItem *item : m_list->selectedItems())
            ids.append(item->data(0, kIdRole).toString());
        setRead(ids, true);
    });
    connect(m_markUnread, &QAction::triggered, this, [this] {
        QStringList ids;
        for (QTreeWidgetItem *item : m_list->selectedItems())
            ids.append(item->data(0, kIdRole).toString());
        setRead(ids, false);
    });
    connect(m_markAllRead, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const domain::Notice &n : std::as_const(m_notices))
            if (!isRead(n))
                ids.append(n.id);
        setRead(ids, true);
    });
    connect(&workspace, &session::Workspace::cacheUpdated, this, &NoticesPage::reload);
    connect(&workspace, &session::Workspace::onlineChanged, this, &NoticesPage::updateActions);
    reload();
    // The window connects after construction: tell it once the event loop runs.
    QMetaObject::invokeMethod(this, [this] { showList(); }, Qt::QueuedConnection);
}

void NoticesPage::refresh()
{
    reload();
}

void NoticesPage::reload()
{
    QList<domain::Notice> notices;
    if (m_db.isOpen() || !cache::openConnection(m_workspace.cacheConnection(), m_db)) {
        cache::Statement query(m_db, "SELECT json FROM notices ORDER BY published_at DESC, id");
        while (query.next())
            if (auto notice = domain::decodeBody<domain::Notice>(query.text(0).toUtf8()))
                notices.append(*notice);
    }
    m_notices = notices;
    // What the sync brought back agrees with the service now.
    for (const domain::Notice &n : std::as_const(m_notices))
        if (m_readHere.contains(n.id) && m_readHere.value(n.id) == n.read)
            m_readHere.remove(n.id);
    showList();
}

bool NoticesPage::isRead(const domain::Notice &notice) const
{
    return m_readHere.value(notice.id, notice.read);
}

int NoticesPage::unreadCount() const
{
    return int(std::count_if(m_notices.cbegin(), m_notices.cend(), [this](const domain::Notice &n) { return !isRead(n); }));
}

void NoticesPage::showList()
{
    const QTimeZone zone = zoneOf(m_workspace.timeZone());
    QStringList chosen;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        chosen.append(item->data(0, kIdRole).toString());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const domain::Notice &n : std::as_const(m_notices)) {
        QString status;
        if (n.incidentStatus)
            status = DisplayText::incidentStatus(*n.incidentStatus);
        else if (n.startsAt && n.endsAt)
            status = tr("%1 to %2").arg(when(*n.startsAt, zone), when(*n.endsAt, zone));
        auto *item = new QTreeWidgetItem(m_list, {when(n.publishedAt, zone), DisplayText::noticeKind(n.kind), n.title, status});
        item->setData(0, kIdRole, n.id);
        const bool unread = !isRead(n);
        item->setData(0, Qt::AccessibleDescriptionRole, unread ? tr("Unread") : tr("Read"));
        if (unread) {
            item->setText(2, QStringLiteral("● ") + n.title);
            for (int c = 0; c < m_list->columnCount(); ++c) {
                QFont bold = item->font(c);
                bold.setBold(true);
                item->setFont(c, bold);
            }
        }
        item->setSelected(chosen.contains(n.id));
    }
    const int unread = unreadCount();
    m_summary->setText(tr("%1 notices, %2 unread.").arg(DisplayText::number(m_notices.size()), DisplayText::number(unread)));
    updateBanner();
    updateActions();
    showChosen();
    Q_EMIT attentionChanged(unread, unread > 0 ? tr("%n unread notices", nullptr, unread) : QString(), m_bannerText);
}

bool NoticesPage::chooseNotice(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kIdRole).toString() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void NoticesPage::showChosen()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected()) { // the list was filled again: the selection remains
        const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
        item = selected.isEmpty() ? nullptr : selected.first();
    }
    const QString id = item ? item->data(0, kIdRole).toString() : QString();
    const auto n = std::find_if(m_notices.cbegin(), m_notices.cend(), [&id](const domain::Notice &x) { return x.id == id; });
    if (n == m_notices.cend()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Choose a notice to read it.")));
        return;
    }
    const QTimeZone zone = zoneOf(m_workspace.timeZone());
    QString html = QStringLiteral("<h3>%1</h3><p>%2 — %3</p>")
                       .arg(n->title.toHtmlEscaped(), DisplayText::noticeKind(n->kind), when(n->publishedAt, zone));
    if (n->startsAt && n->endsAt)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("From %1 to %2 (%3)").arg(when(*n->startsAt, zone), when(*n->endsAt, zone), m_workspace.timeZone()));
    if (n->incidentStatus)
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Status: %1").arg(DisplayText::incidentStatus(*n->incidentStatus)));
    html += QStringLiteral("<p>%1</p>").arg(n->body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_details->setHtml(html);
}

void NoticesPage::updateBanner()
{
    const QTimeZone zone = zoneOf(m_workspace.timeZone());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(zone).date();
    m_bannerText.clear();
    // The soonest maintenance that is announced and not over.
    const domain::Notice *next = nullptr;
    for (const domain::Notice &n : std::as_const(m_notices)) {
        if (n.kind != domain::NoticeKind::Maintenance || !n.startsAt || !n.endsAt || *n.endsAt <= now)
            continue;
        if (today < announceFrom(n.startsAt->toTimeZone(zone).date()))
            continue;
        if (!next || *n.startsAt < *next->startsAt)
            next = &n;
    }
    if (next)
        m_bannerText = tr("Planned maintenance from %1 to %2 (%3): %4")
                           .arg(when(*next->startsAt, zone), when(*next->endsAt, zone), m_workspace.timeZone(), next->title);
    m_banner->setText(m_bannerText);
    m_banner->setVisible(!m_bannerText.isEmpty());
}

void NoticesPage::updateActions()
{
    const bool online = m_workspace.isOnline();
    bool anyRead = false;
    bool anyUnread = false;
    for (QTreeWidgetItem *item : m_list->selectedItems()) {
        const QString id = item->data(0, kIdRole).toString();
        for (const domain::Notice &n : std::as_const(m_notices))
            if (n.id == id)
                (isRead(n) ? anyRead : anyUnread) = true;
    }
    m_markRead->setEnabled(online && anyUnread);
    m_markUnread->setEnabled(online && anyRead);
    m_markAllRead->setEnabled(online && unreadCount() > 0);
    for (QAction *action : {m_markRead, m_markUnread, m_markAllRead})
        action->setToolTip(online ? QString() : session::Workspace::offlineReason());
}

void NoticesPage::setRead(const QStringList &ids, bool read)
{
    for (const QString &id : ids) {
        api::RequestSpec spec;
        spec.method = read ? QByteArrayLiteral("PUT") : QByteArrayLiteral("DELETE");
        spec.path = QStringLiteral("/notices/%1/read").arg(id);
        auto *request = m_workspace.client().send<void>(std::move(spec));
        connect(request, &api::ApiRequest::finished, this, [this, request, id] {
            if (const auto &error = request->error()) {
                m_readHere.remove(id);
                showList();
                m_summary->setText(error->message());
                return;
            }
            m_workspace.requestSync();
        });
        m_readHere.insert(id, read); // shown at once; the sync confirms it
    }
    showList();
}

Page *createNoticesPage(session::Workspace &workspace, QWidget *parent)
{
    return new NoticesPage(workspace, parent);
}

} // namespace kanri::ui
