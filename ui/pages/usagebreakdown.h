#pragma once

#include "itemmodels/dormantusers.h"
#include "domain/usage.h"
#include "itemmodels/usagehistory.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace kanri::session {
class Workspace;
}
namespace kanri::api {
class ApiRequest;
}

namespace kanri::ui {

// The dashboard's breakdown tables: the most active projects, folders and users of the period
// (GET /usage/top: the cache does not keep rankings, so they need the service), and the
// accounts without a sign-in for 30, 60 or 90 days (from the cache, for access reviews).
class UsageBreakdown : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTopLimit = 20;
    static constexpr int kDormantShown = 500;

    explicit UsageBreakdown(session::Workspace &workspace, QWidget *parent = nullptr);

    // Shows the rankings of `range`: at once when this run already has them for the data of
    // the latest sync, else from the service (when online) once the range has stayed put for
    // kFetchDelay, so stepping through dates does not ask for every day passed.
    void showRange(const itemmodels::DayRange &range);
    static constexpr std::chrono::milliseconds kFetchDelay{250};
    // Reads the dormant accounts from the cache again, on a thread of the pool: the table and
    // the note change when the answer arrives.
    void reloadDormant();
    int dormantDays() const;
    void setDormantDays(int days);

private:
    void fetchMissing();
    void fetchTop(int tab);
    void showTop(int tab, const QList<domain::UsageTopEntry> &entries);
    QString rankingKey(int tab) const;
    void showDormant(const std::optional<itemmodels::DormantUsers> &dormant);

    session::Workspace &m_workspace;
    itemmodels::DayRange m_range;
    QTabWidget *m_tabs = nullptr;
    QList<QTreeWidget *> m_topTables; // projects, folders, users
    QList<QLabel *> m_topNotes;
    QList<QPointer<api::ApiRequest>> m_pending; // their answers are dropped when the range changes
    QTimer m_fetchTimer;
    // Rankings fetched this run, by range and kind, for the data as of one sync: a sync
    // (new activity) empties it.
    QHash<QString, QList<domain::UsageTopEntry>> m_rankings;
    std::optional<QDateTime> m_rankingsAsOf;
    QComboBox *m_dormantDays = nullptr;
    QLabel *m_dormantNote = nullptr;
    QTreeWidget *m_dormant = nullptr;
    int m_dormantGeneration = 0; // the latest read; older answers are dropped
    QThreadPool m_reader;        // last member: its destructor waits for a read under way
};

} // namespace kanri::ui
