#pragma once

#include "itemmodels/dormantusers.h"
#include "itemmodels/usagehistory.h"

#include <QPointer>
#include <QThreadPool>
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

    // Asks the service for the rankings of `range` (when online).
    void showRange(const itemmodels::DayRange &range);
    // Reads the dormant accounts from the cache again, on a thread of the pool: the table and
    // the note change when the answer arrives.
    void reloadDormant();
    int dormantDays() const;
    void setDormantDays(int days);

private:
    void fetchTop(int tab, const QString &by);
    void showDormant(const std::optional<itemmodels::DormantUsers> &dormant);

    session::Workspace &m_workspace;
    itemmodels::DayRange m_range;
    QTabWidget *m_tabs = nullptr;
    QList<QTreeWidget *> m_topTables; // projects, folders, users
    QList<QLabel *> m_topNotes;
    QList<QPointer<api::ApiRequest>> m_pending;
    QComboBox *m_dormantDays = nullptr;
    QLabel *m_dormantNote = nullptr;
    QTreeWidget *m_dormant = nullptr;
    int m_dormantGeneration = 0; // the latest read; older answers are dropped
    QThreadPool m_reader;        // last member: its destructor waits for a read under way
};

} // namespace kanri::ui
