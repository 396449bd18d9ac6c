#pragma once

#include "domain/usage.h"
#include "pages/usagemetric.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace kanri::ui {

// The dashboard's charts over the buckets of a period: sign-ins, uploads and downloads in
// one, the project and file totals (two scales) in the other. Pointing at a point shows its
// bucket and exact value.
class UsageChart : public QWidget
{
    Q_OBJECT
public:
    explicit UsageChart(QWidget *parent = nullptr);

    void showSeries(const domain::UsageSeries &series);
    void clear();
    // Both charts, one above the other, as the user sees them.
    QImage image() const;
    // What pointing at point `index` of `metric` shows ("Tue 2026-11-03 — Sign-ins: 12").
    QString pointText(UsageMetric metric, int index) const;
    QLineSeries *line(UsageMetric metric) const;

private:
    QChartView *makeView(const QString &title);
    void attach(UsageMetric metric, QChart *chart, QValueAxis *axis);
    void showPoint(UsageMetric metric, const QPointF &point, bool entered);
    QString bucketText(int index) const;

    domain::UsageSeries m_series;
    QList<QLineSeries *> m_lines; // by UsageMetric
    QChartView *m_activity = nullptr;
    QChartView *m_totals = nullptr;
    QCategoryAxis *m_activityDays = nullptr;
    QCategoryAxis *m_totalsDays = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QValueAxis *m_projectAxis = nullptr;
    QValueAxis *m_fileAxis = nullptr;
    QLabel *m_pointLabel = nullptr;
};

} // namespace kanri::ui
