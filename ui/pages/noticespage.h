#pragma once

#include "cache/sqlite.h"
#include "domain/notice.h"
#include "pages/page.h"

#include <QSet>

class QAction;
class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace kanri::session {
class Workspace;
}

namespace kanri::ui {

// The service's notices (maintenance, incidents, changes; §4.3.1, §4.3.2, §4.4), newest first,
// unread ones in bold, from the cache. Marking read is kept on the service (PUT
// /notices/{id}/read). Planned maintenance is announced in a banner from five business days
// before it starts until it ends; the unread count goes to the window (attentionChanged).
class NoticesPage : public Page
{
    Q_OBJECT
public:
    static constexpr int kBannerBusinessDays = 5;

    explicit NoticesPage(session::Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;

    int unreadCount() const;
    QString bannerText() const { return m_bannerText; }
    // Chooses notice `id` in the list.
    bool chooseNotice(const QString &id);
    QAction *markReadAction() const { return m_markRead; }
    QAction *markUnreadAction() const { return m_markUnread; }
    QAction *markAllReadAction() const { return m_markAllRead; }

    // The first day (in the tenant's time zone) on which maintenance starting on `start` is
    // announced: five business days (Monday to Friday, not a Japanese national holiday) before it.
    static QDate announceFrom(QDate start);

private:
    void reload();
    void showList();
    void showChosen();
    void setRead(const QStringList &ids, bool read);
    void updateActions();
    void updateBanner();
    bool isRead(const domain::Notice &notice) const;

    session::Workspace &m_workspace;
    cache::Database m_db;
    QList<domain::Notice> m_notices;          // newest first
    QHash<QString, bool> m_readHere;          // changed here, until the sync brings it back
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QString m_bannerText;
    QAction *m_markRead = nullptr;
    QAction *m_markUnread = nullptr;
    QAction *m_markAllRead = nullptr;
};

} // namespace kanri::ui
