#pragma once

#include "itemmodels/usagehistory.h"
#include "pages/page.h"
#include "pages/usagemetric.h"

#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kanri::session {
class Workspace;
}

namespace kanri::ui {

class KpiTile;
class UsageBreakdown;
class UsageChart;

// The usage dashboard: the five figures of a period against the previous one, their charts by
// day, week or month, and the breakdown tables. Read from the cache (days in the tenant's
// time zone), so it works offline; a period the cache does not hold says so.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    // The entries of the period list: the presets, then "Custom range".
    static constexpr int kCustomIndex = 5;

    explicit DashboardPage(session::Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;

    void setPreset(itemmodels::UsagePreset preset);
    void setCustomRange(const itemmodels::DayRange &range);
    void setGranularity(domain::Granularity granularity);
    itemmodels::DayRange range() const { return m_range; }
    // The figures shown; nullopt when the period is not in the cache.
    const std::optional<domain::UsageSeries> &series() const { return m_series; }
    KpiTile *tile(UsageMetric metric) const { return m_tiles.value(qsizetype(metric)); }
    UsageChart *chart() const { return m_chart; }
    UsageBreakdown *breakdown() const { return m_breakdown; }

    // Export: the charts as PNG, the figures as CSV (UTF-8 with BOM, for Excel).
    bool saveChartImage(const QString &path) const;
    bool saveCsv(const QString &path) const;

private:
    void buildControls(QWidget *parent, QVBoxLayout *layout);
    void reloadCache();
    void periodChosen();
    void showPeriod();
    void chooseExportFile(bool image);

    session::Workspace &m_workspace;
    cache::Database m_db;
    itemmodels::UsageHistory m_history;
    itemmodels::DayRange m_range;
    std::optional<domain::UsageSeries> m_series;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_granularity = nullptr;
    QPushButton *m_exportImage = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr;
    QList<KpiTile *> m_tiles; // by UsageMetric
    UsageChart *m_chart = nullptr;
    UsageBreakdown *m_breakdown = nullptr;
    bool m_updating = false;
};

} // namespace kanri::ui
